"""The dashboard's figures as tables: the same rows on screen, in CSV and in the PDF.

Screen and PDF show them formatted in the user's language and calendar; CSV gets
plain values (ISO dates, exact decimals) a spreadsheet can compute with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QDate

from app.services.dashboard import Dashboard
from app.services.exchange_rates import RateUsed
from app.views.shared.bidi import fill, isolated
from app.views.shared.formatting import PERSIAN_DIGITS, Formatter
from app.views.shared.labels import stage_label


@dataclass
class Section:
    key: str
    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)  # formatted
    csv_rows: list[list[str]] = field(default_factory=list)  # plain values
    numeric: frozenset[int] = frozenset()
    note: str = ""


def rep_name(owner: str) -> str:
    return owner or QCoreApplication.translate("Dashboard", "(no owner)")


def exact_number(fmt: Formatter, value: Decimal) -> str:
    """Every digit of ``value`` (a rate of 3.6725 is not 3.673), in the user's digits."""
    text = format_decimal(
        value, locale=fmt.babel_locale, decimal_quantization=False, numbering_system="default"
    )
    return text.translate(PERSIAN_DIGITS) if fmt.language == "fa" else text


def rates_note(fmt: Formatter, rates: list[RateUsed], missing: dict[str, Decimal]) -> str:
    """Which rates a total used and what it left out: never a silent guess.

    Every code, rate, date and amount is its own isolate (``fill``): left bare, "1 USD =
    3.6725 AED" in an Arabic sentence became one left-to-right run with the "1" thrown
    to its far end, and "UK£" a "£UK".
    """
    parts = []
    if rates:
        used = "; ".join(
            fill(
                QCoreApplication.translate("Dashboard", "1 %1 = %2 %3 from %4"),
                r.from_currency,
                exact_number(fmt, r.rate),
                r.to_currency,
                fmt.date(r.valid_from),
            )
            for r in rates
        )
        parts.append(fill(QCoreApplication.translate("Dashboard", "Rates used: %1"), used))
    if missing:
        left_out = ", ".join(isolated(fmt.money(amount, code)) for code, amount in missing.items())
        parts.append(
            fill(
                QCoreApplication.translate(
                    "Dashboard", "No exchange rate in force, left out of the totals: %1"
                ),
                left_out,
            )
        )
    return "\n".join(parts)


def _plain(value: Decimal | int | None) -> str:
    return "" if value is None else str(value)


def pipeline_section(board: Dashboard, fmt: Formatter) -> Section:
    names = {stage.stage_id: stage_label(stage.name) for stage in board.stages}
    section = Section(
        "pipeline",
        QCoreApplication.translate("Dashboard", "Pipeline by stage and rep"),
        [
            QCoreApplication.translate("Dashboard", "Stage"),
            QCoreApplication.translate("Dashboard", "Rep"),
            QCoreApplication.translate("Dashboard", "Opportunities"),
            QCoreApplication.translate("Dashboard", "Total"),
            QCoreApplication.translate("Dashboard", "Weighted"),
        ],
        numeric=frozenset({2, 3, 4}),
        note=rates_note(fmt, board.pipeline_rates, board.pipeline_missing),
    )
    for cell in board.pipeline:
        section.rows.append(
            [
                names[cell.stage_id],
                rep_name(cell.owner),
                fmt.number(cell.count),
                fmt.money(cell.total, board.currency),
                fmt.money(cell.weighted, board.currency),
            ]
        )
        section.csv_rows.append(
            [
                names[cell.stage_id],
                cell.owner,
                str(cell.count),
                _plain(cell.total),
                _plain(cell.weighted),
            ]
        )
    totals = board.stage_totals()
    count = sum(t.count for t in totals.values())
    total = sum((t.total for t in totals.values()), Decimal(0))
    weighted = sum((t.weighted for t in totals.values()), Decimal(0))
    section.rows.append(
        [
            QCoreApplication.translate("Dashboard", "All stages"),
            "",
            fmt.number(count),
            fmt.money(total, board.currency),
            fmt.money(weighted, board.currency),
        ]
    )
    section.csv_rows.append(["", "", str(count), _plain(total), _plain(weighted)])
    return section


def forecast_section(board: Dashboard, fmt: Formatter) -> Section:
    section = Section(
        "forecast",
        QCoreApplication.translate("Dashboard", "Forecast by month of expected close"),
        [
            QCoreApplication.translate("Dashboard", "Month"),
            QCoreApplication.translate("Dashboard", "Opportunities"),
            QCoreApplication.translate("Dashboard", "Total"),
            QCoreApplication.translate("Dashboard", "Weighted forecast"),
        ],
        numeric=frozenset({1, 2, 3}),
        note="\n".join(
            part
            for part in (
                QCoreApplication.translate(
                    "Dashboard", "Open stages only: each amount times its stage's probability."
                ),
                rates_note(fmt, board.forecast_rates, board.forecast_missing),
            )
            if part
        ),
    )
    for month in board.forecast:
        # Forecast months are Gregorian months (expected close dates are grouped by
        # them), so they are named in the Gregorian calendar, in the user's language.
        label = fmt.locale.toString(QDate(month.month.year, month.month.month, 1), "MMMM yyyy")
        section.rows.append(
            [
                label,
                fmt.number(month.count),
                fmt.money(month.total, board.currency),
                fmt.money(month.weighted, board.currency),
            ]
        )
        section.csv_rows.append(
            [
                month.month.strftime("%Y-%m"),
                str(month.count),
                _plain(month.total),
                _plain(month.weighted),
            ]
        )
    return section


def visits_section(board: Dashboard, fmt: Formatter) -> Section:
    section = Section(
        "visits",
        QCoreApplication.translate("Dashboard", "Visits per rep and week"),
        [
            QCoreApplication.translate("Dashboard", "Rep"),
            QCoreApplication.translate("Dashboard", "Week of"),
            QCoreApplication.translate("Dashboard", "Planned"),
            QCoreApplication.translate("Dashboard", "Completed"),
            QCoreApplication.translate("Dashboard", "Missed"),
            QCoreApplication.translate("Dashboard", "Cancelled"),
        ],
        numeric=frozenset({2, 3, 4, 5}),
    )
    for week in board.visits:
        counts = [week.planned, week.completed, week.missed, week.cancelled]
        section.rows.append(
            [rep_name(week.owner), fmt.date(week.week), *(fmt.number(n) for n in counts)]
        )
        section.csv_rows.append([week.owner, week.week.isoformat(), *(str(n) for n in counts)])
    return section


def idle_section(board: Dashboard, fmt: Formatter) -> Section:
    section = Section(
        "idle",
        fill(
            QCoreApplication.translate("Dashboard", "Accounts not visited in %1 days"),
            fmt.number(board.idle_days),
        ),
        [
            QCoreApplication.translate("Dashboard", "Account"),
            QCoreApplication.translate("Dashboard", "Rep"),
            QCoreApplication.translate("Dashboard", "Last visit"),
            QCoreApplication.translate("Dashboard", "Days since"),
        ],
        numeric=frozenset({3}),
    )
    if board.idle_count > len(board.idle_accounts):
        section.note = fill(
            QCoreApplication.translate(
                "Dashboard", "Accounts: %1; the %2 longest without a visit are listed."
            ),
            fmt.number(board.idle_count),
            fmt.number(len(board.idle_accounts)),
        )
    else:
        section.note = fill(
            QCoreApplication.translate("Dashboard", "Accounts: %1."), fmt.number(board.idle_count)
        )
    for account in board.idle_accounts:
        section.rows.append(
            [
                account.name,
                rep_name(account.owner),
                fmt.date(account.last_visit)
                if account.last_visit
                else QCoreApplication.translate("Dashboard", "never"),
                fmt.number(account.days) if account.days is not None else "",
            ]
        )
        section.csv_rows.append(
            [
                account.name,
                account.owner,
                account.last_visit.isoformat() if account.last_visit else "",
                _plain(account.days),
            ]
        )
    return section


def quotes_section(board: Dashboard, fmt: Formatter) -> Section:
    section = Section(
        "quotes",
        QCoreApplication.translate("Dashboard", "Quotes sent and turned into orders"),
        [
            QCoreApplication.translate("Dashboard", "Rep"),
            QCoreApplication.translate("Dashboard", "Quotes sent"),
            QCoreApplication.translate("Dashboard", "Became orders"),
            QCoreApplication.translate("Dashboard", "Conversion"),
        ],
        numeric=frozenset({1, 2, 3}),
        note=fill(
            QCoreApplication.translate("Dashboard", "Quotes issued since %1."),
            fmt.date(board.window_start),
        ),
    )
    for row in board.quotes:
        section.rows.append(
            [
                rep_name(row.owner),
                fmt.number(row.sent),
                fmt.number(row.converted),
                fmt.percent(row.rate),
            ]
        )
        section.csv_rows.append([row.owner, str(row.sent), str(row.converted), _plain(row.rate)])
    return section


def renewals_section(board: Dashboard, fmt: Formatter) -> Section:
    section = Section(
        "renewals",
        QCoreApplication.translate("Dashboard", "Contracts renewing in the next 90 days"),
        [
            QCoreApplication.translate("Dashboard", "Contract"),
            QCoreApplication.translate("Dashboard", "Account"),
            QCoreApplication.translate("Dashboard", "Rep"),
            QCoreApplication.translate("Dashboard", "Ends"),
            QCoreApplication.translate("Dashboard", "Value"),
            fill(QCoreApplication.translate("Dashboard", "Value in %1"), board.currency),
        ],
        numeric=frozenset({4, 5}),
        note=rates_note(fmt, board.renewal_rates, board.renewal_missing),
    )
    for row in board.renewals:
        section.rows.append(
            [
                row.number,
                row.account,
                rep_name(row.owner),
                fmt.date(row.end_date),
                fmt.money(row.value, row.currency),
                fmt.money(row.converted, board.currency)
                if row.converted is not None
                else QCoreApplication.translate("Dashboard", "no rate"),
            ]
        )
        section.csv_rows.append(
            [
                row.number,
                row.account,
                row.owner,
                row.end_date.isoformat(),
                f"{row.value} {row.currency}",
                _plain(row.converted),
            ]
        )
    section.rows.append(
        [
            "",
            QCoreApplication.translate("Dashboard", "Total"),
            "",
            "",
            "",
            fmt.money(board.renewal_total, board.currency),
        ]
    )
    section.csv_rows.append(["", "", "", "", "", _plain(board.renewal_total)])
    return section


class _CountingFormatter:
    """``fmt`` with whole numbers and dates remembered: a team's tables repeat the same
    few counts and days hundreds of times (a thousand renewals end on ninety days),
    and each was formatted from scratch (Babel for numbers; the locale's pattern
    rebuilt, and the calendar asked, for dates)."""

    def __init__(self, fmt: Formatter) -> None:
        self._fmt = fmt
        self._numbers: dict[object, str] = {}
        self._dates: dict[object, str] = {}

    def date(self, value):
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = self._fmt.date(value)
        return text

    def number(self, value):
        if not isinstance(value, int):
            return self._fmt.number(value)
        text = self._numbers.get(value)
        if text is None:
            text = self._numbers[value] = self._fmt.number(value)
        return text

    def __getattr__(self, name: str):
        return getattr(self._fmt, name)


def all_sections(board: Dashboard, fmt: Formatter) -> list[Section]:
    fmt = _CountingFormatter(fmt)  # type: ignore[assignment]
    return [
        pipeline_section(board, fmt),
        forecast_section(board, fmt),
        visits_section(board, fmt),
        idle_section(board, fmt),
        quotes_section(board, fmt),
        renewals_section(board, fmt),
    ]
