"""Whom to visit next: the rep's accounts ranked, each with its reasons in words.

Shown on the Today page. A rep sees their own list; a manager picks any rep of the
team. "Plan visit" books the selected account for the next working day in one action.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.errors import FieldsalesError
from app.services.visit_ranking import RankedAccount, Ranking, Reason, rank_accounts
from app.views.analytics.sections import rates_note
from app.views.shared.bidi import fill
from app.views.shared.context import AppContext
from app.views.shared.formatting import Formatter, error_text
from app.views.shared.whole_parts import WholePartsDelegate
from app.views.shared.widgets import FieldError, RecordTable

SHOWN = 100
VISIT_START = time(9, 0)
VISIT_LENGTH = timedelta(hours=1)
# Arabic and Persian separate list items with their own semicolon.
ARABIC_SEMICOLON_LANGUAGES = ("ar", "fa")


def reason_separator(language: str) -> str:
    """What joins an account's reasons in one cell, in the user's language."""
    return "\u061b " if language in ARABIC_SEMICOLON_LANGUAGES else "; "


def reason_text(reason: Reason, fmt: Formatter) -> str:
    """The reason in the user's language, its dates and amounts formatted for them."""
    template = QCoreApplication.translate("ranking", reason.template)
    currency = reason.params.get("currency")
    values = {}
    for name, value in reason.params.items():
        if isinstance(value, date):
            values[name] = fmt.date(value)
        elif isinstance(value, Decimal) and name == "amount":
            values[name] = fmt.money(value, currency)
        elif isinstance(value, int | Decimal):
            values[name] = fmt.number(value)
        else:
            values[name] = str(value)
    return template.format(**values)


def next_working_day(today: date) -> date:
    day = today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class VisitNextPanel(QGroupBox):
    planned = Signal(str)  # the new visit's id

    def __init__(self, ctx: AppContext, *, manager: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Whom to visit next"))
        self.ctx = ctx
        self.manager = manager
        self.me = ctx.username
        self.today: date | None = None
        self.ranking: Ranking | None = None
        self._ranked: dict[str, RankedAccount] = {}
        self.rep = QComboBox()
        self.rep.setObjectName("rankingRep")
        self.rep.currentIndexChanged.connect(lambda _i: self.rank())
        self.table = RecordTable(
            [self.tr("Score"), self.tr("Account"), self.tr("Segment"), self.tr("Why")]
        )
        self.table.setObjectName("visitNext")
        # The reasons, the last column, are cut between reasons (the selected
        # account's are shown whole below the table): never in the middle of a date.
        self.reasons_cell = WholePartsDelegate(parent=self.table)
        self.table.setItemDelegateForColumn(self.table.columnCount() - 1, self.reasons_cell)
        self.table.currentCellChanged.connect(lambda *_: self._show_reasons())
        self.reasons = QLabel()
        self.reasons.setObjectName("rankingReasons")
        self.reasons.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("rankingNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.plan_button = QPushButton(self.tr("Plan visit"))
        self.plan_button.setObjectName("planVisit")
        self.plan_button.setToolTip(self.tr("Book the selected account for the next working day"))
        self.plan_button.clicked.connect(self.plan_selected)
        self.error = FieldError()
        self.rep_label = QLabel(self.tr("Rep"))
        top = QHBoxLayout()
        top.addWidget(self.rep_label)
        top.addWidget(self.rep)
        top.addWidget(self.note, 1)
        top.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reasons)

    def _day(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        from app.services.dashboard import team_members
        from app.views.analytics.dashboard_page import viewer

        self.manager, self.me = viewer(self.ctx)  # a first connection may have just told us
        self.rep_label.setVisible(self.manager)
        self.rep.setVisible(self.manager)
        if self.manager:
            with self.ctx.session() as session:
                members = team_members(session)
            chosen = self.rep.currentData() or self.me
            self.rep.blockSignals(True)
            self.rep.clear()
            for name in members:
                self.rep.addItem(name, name)
            index = self.rep.findData(chosen)
            self.rep.setCurrentIndex(max(index, 0))
            self.rep.blockSignals(False)
        self.rank()

    def owner(self) -> str:
        return (self.rep.currentData() if self.manager else None) or self.me

    def rank(self) -> None:
        from app.services.exchange_rates import reporting_currency

        fmt = self.ctx.formatter
        with self.ctx.session() as session:
            self.ranking = rank_accounts(
                session,
                owner=self.owner(),
                today=self._day(),
                currency=reporting_currency(session),
            )
        shown = self.ranking.accounts[:SHOWN]
        separator = self.reasons_cell.separator = reason_separator(fmt.language)
        self._ranked = {account.account_id: account for account in shown}
        self.table.set_rows(
            [
                (
                    account.account_id,
                    [
                        fmt.number(account.score),
                        account.name,
                        account.segment or "",
                        separator.join(reason_text(r, fmt) for r in account.reasons if r.points),
                    ],
                )
                for account in shown
            ],
            right_aligned={0},
        )
        notes = []
        if len(self.ranking.accounts) > SHOWN:
            notes.append(
                fill(
                    self.tr("The first %1 of %2 accounts."),
                    fmt.number(SHOWN),
                    fmt.number(len(self.ranking.accounts)),
                )
            )
        rates = rates_note(fmt, self.ranking.rates, self.ranking.missing)
        if rates:
            notes.append(rates)
        self.note.setText("\n".join(notes))
        if shown:
            self.table.selectRow(0)
        self.plan_button.setEnabled(bool(shown))
        self._show_reasons()

    def _show_reasons(self) -> None:
        account = self._ranked.get(self.table.current_id() or "")
        if account is None:
            self.reasons.clear()
            return
        fmt = self.ctx.formatter
        lines = [
            fill(self.tr("%1 (%2 points)"), reason_text(reason, fmt), fmt.number(reason.points))
            for reason in account.reasons
        ]
        self.reasons.setText(f"<b>{account.name}</b><br>" + "<br>".join(lines))

    def plan_selected(self) -> str | None:
        """Plan a visit to the selected account on the next working day at 9:00."""
        from app.models import Account
        from app.services.visits import plan_visit

        account_id = self.table.current_id()
        if account_id is None:
            return None
        self.error.clear()
        day = next_working_day(self._day())
        local = datetime.now().astimezone().tzinfo
        start = datetime.combine(day, VISIT_START, tzinfo=local)
        try:
            with self.ctx.transaction() as session:
                visit = plan_visit(
                    session,
                    account=session.get(Account, account_id),
                    planned_start=start,
                    planned_end=start + VISIT_LENGTH,
                    owner=self.owner(),
                )
                visit_id = visit.id
        except FieldsalesError as error:
            self.error.show_error(error_text(error))
            return None
        self.rank()
        self.planned.emit(visit_id)
        return visit_id
