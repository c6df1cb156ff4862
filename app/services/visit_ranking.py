"""Whom to visit next: a rep's accounts ranked by a score, with the reasons in words.

The score of an account is the sum of these points (every part is listed as a
reason, so the rep sees why an account ranks where it does):

=====================  ================================================================
visit due              10 × days since the last completed visit ÷ the segment's cadence
                       (at most 30). Never visited: 20. A visit already planned from
                       today on: 0, said so.
open pipeline          1 per 1,000 of open pipeline weighted by probability, in the
                       reporting currency (at most 20). Amounts without a rate in force
                       are left out, said so.
contract renewing      15 when an active contract's notice deadline (end date − notice
                       period) falls within 60 days (or has passed, before its end).
overdue follow-ups     10 per open task of the account due before today (at most 20).
quote about to expire  8 per sent quote valid until within 7 days (at most 16).
credit block           −10 when the account is blocked or its credit is used up
                       (open balance + open orders ≥ credit limit): a visit cannot
                       end in an order without an override.
=====================  ================================================================

Ties are broken by the longest time since a visit, then by name. Cadences come from
the synced ``visit_cadence`` catalog; a segment without one uses
``DEFAULT_CADENCES`` (then ``DEFAULT_CADENCE_DAYS``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import translatable
from app.models import (
    AccountStatus,
    VisitCadence,
)
from app.models.money import line_amounts
from app.services.exchange_rates import Converter, RateBook, RateUsed

DEFAULT_CADENCE_DAYS = 30
DEFAULT_CADENCES = {
    "retail": 30,
    "wholesale": 21,
    "hospitality": 30,
    "healthcare": 45,
    "manufacturing": 45,
    "public sector": 60,
}
VISIT_POINTS_PER_CADENCE = Decimal(10)
VISIT_POINTS_MAX = Decimal(30)
NEVER_VISITED_POINTS = Decimal(20)
PIPELINE_UNIT = Decimal(1000)
PIPELINE_POINTS_MAX = Decimal(20)
RENEWAL_POINTS = Decimal(15)
RENEWAL_WINDOW_DAYS = 60
TASK_POINTS = Decimal(10)
TASK_POINTS_MAX = Decimal(20)
QUOTE_POINTS = Decimal(8)
QUOTE_POINTS_MAX = Decimal(16)
QUOTE_WINDOW_DAYS = 7
CREDIT_BLOCK_POINTS = Decimal(-10)
HUNDRED = Decimal(100)
BLOCKED = AccountStatus.BLOCKED.value

# Reason texts, in the "ranking" context; the view translates, then fills in the
# parameters (dates and amounts formatted in the user's language and calendar).
LAST_VISIT = translatable("ranking", "Last visit {days} days ago; due every {cadence} days")
NEVER_VISITED = translatable("ranking", "Never visited; due every {cadence} days")
ALREADY_PLANNED = translatable("ranking", "A visit is already planned on {date}")
PIPELINE = translatable("ranking", "Open pipeline {amount} weighted by probability")
PIPELINE_MISSING = translatable(
    "ranking", "Pipeline in {currencies} not counted: no exchange rate in force"
)
RENEWAL = translatable("ranking", "Contract {number} ends on {date}; notice by {deadline}")
OVERDUE_TASKS = translatable("ranking", "Overdue follow-up tasks: {count}, oldest due {date}")
QUOTE_EXPIRING = translatable("ranking", "Quote {number} expires on {date}")
ACCOUNT_BLOCKED = translatable("ranking", "Account blocked: orders need an override")
CREDIT_USED_UP = translatable("ranking", "Credit used up: orders need an override")


@dataclass(frozen=True)
class Reason:
    template: str  # untranslated, "ranking" context
    points: Decimal
    params: dict[str, Any] = field(default_factory=dict)  # raw values: dates, Decimals


@dataclass(frozen=True)
class RankedAccount:
    account_id: str
    name: str
    segment: str | None
    score: Decimal
    days_since_visit: int | None
    reasons: tuple[Reason, ...]


@dataclass
class Ranking:
    owner: str
    currency: str
    today: date
    accounts: list[RankedAccount]
    rates: list[RateUsed]
    missing: dict[str, Decimal]


def cadences(session: Session) -> dict[str, int]:
    """Segment (case-folded) -> days between visits: the defaults, then the catalog's."""
    found = dict(DEFAULT_CADENCES)
    for segment, days in session.execute(
        select(VisitCadence.segment, VisitCadence.days).where(VisitCadence.deleted.is_(False))
    ):
        if segment and days and days > 0:
            found[segment.strip().casefold()] = days
    return found


def cadence_for(table: dict[str, int], segment: str | None) -> int:
    return table.get((segment or "").strip().casefold(), DEFAULT_CADENCE_DAYS)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


# One statement, one pass over the rep's accounts: what each score needs, with the
# rows behind a reason as JSON lists (amounts stay exact: they are stored as text).
# Visit times come back as stored ("2026-03-02 10:00:00.000000"): their day is the
# first ten characters, cheaper cut in Python than through SQLite's date functions.
FACTS_SQL = """
SELECT a.id, a.name, a.segment, a.status, a.credit_limit, a.open_balance, a.currency,
  (SELECT max(v.planned_start) FROM visit v
    WHERE v.account_id = a.id AND v.deleted = 0 AND v.status = 'completed'),
  (SELECT min(v.planned_start) FROM visit v
    WHERE v.account_id = a.id AND v.deleted = 0 AND v.status IN ('planned', 'checked_in')
      AND v.planned_start >= :midnight),
  (SELECT json_group_array(json_array(o.amount, o.currency, s.probability))
    FROM opportunity o JOIN pipeline_stage s ON s.id = o.stage_id
    WHERE o.account_id = a.id AND o.deleted = 0 AND s.is_won = 0 AND s.is_lost = 0),
  (SELECT min(t.due_date) || ' ' || count(*) FROM task t
    WHERE t.account_id = a.id AND t.deleted = 0 AND t.done = 0 AND t.due_date < :today),
  (SELECT json_group_array(json_array(c.number, c.end_date, c.notice_period_days))
    FROM contract c
    WHERE c.account_id = a.id AND c.deleted = 0 AND c.status = 'active' AND c.end_date >= :today),
  (SELECT json_group_array(json_array(q.number, q.valid_until)) FROM quote q
    WHERE q.account_id = a.id AND q.deleted = 0 AND q.status = 'sent'
      AND q.valid_until >= :today AND q.valid_until <= :quote_horizon),
  (SELECT json_group_array(json_array(
        o.currency, l.quantity, l.unit_price, l.discount_percent, l.tax_rate))
    FROM "order" o JOIN order_line l ON l.order_id = o.id
    WHERE o.account_id = a.id AND o.deleted = 0 AND l.deleted = 0
      AND o.status IN ('submitted', 'confirmed'))
FROM account a
WHERE a.deleted = 0 AND a.owner = :owner AND a.status != 'inactive'
"""
EMPTY = "[]"


def _params(owner: str, today: date) -> dict[str, str]:
    return {
        "owner": owner,
        "today": today.isoformat(),
        "midnight": f"{today.isoformat()} 00:00:00.000000",
        "quote_horizon": (today + timedelta(days=QUOTE_WINDOW_DAYS)).isoformat(),
    }


def _by_points(reason: Reason) -> Decimal:
    return -reason.points


def _visit_reason(
    days: int | None, upcoming: str | None, cadence: int
) -> tuple[Reason, int | None]:
    if upcoming is not None:
        return Reason(ALREADY_PLANNED, Decimal(0), {"date": date.fromisoformat(upcoming)}), days
    if days is None:
        return Reason(NEVER_VISITED, NEVER_VISITED_POINTS, {"cadence": cadence}), None
    points = min(VISIT_POINTS_MAX, VISIT_POINTS_PER_CADENCE * days / cadence)
    points = points.quantize(Decimal("0.1"))
    return Reason(LAST_VISIT, points, {"days": days, "cadence": cadence}), days


def _pipeline_reasons(rows: str, converter: Converter, currency: str) -> list[Reason]:
    weighted, missing = Decimal(0), set()
    for amount, opp_currency, probability in json.loads(rows):
        converted = converter.convert(Decimal(amount or 0) * probability / HUNDRED, opp_currency)
        if converted is None:
            missing.add(opp_currency)
        else:
            weighted += converted
    reasons = []
    if weighted > 0:
        points = min(PIPELINE_POINTS_MAX, weighted / PIPELINE_UNIT).quantize(Decimal("0.1"))
        amount = converter.rounded(weighted)
        reasons.append(Reason(PIPELINE, points, {"amount": amount, "currency": currency}))
    if missing:
        currencies = ", ".join(sorted(missing))
        reasons.append(Reason(PIPELINE_MISSING, Decimal(0), {"currencies": currencies}))
    return reasons


def _renewal_reason(rows: str, today: date) -> Reason | None:
    """The contract ending first whose notice deadline falls in the window."""
    horizon = today + timedelta(days=RENEWAL_WINDOW_DAYS)
    contracts = sorted(
        (date.fromisoformat(end), number, notice) for number, end, notice in json.loads(rows)
    )
    for end, number, notice in contracts:
        deadline = end - timedelta(days=notice or 0)
        if deadline <= horizon:
            return Reason(
                RENEWAL, RENEWAL_POINTS, {"number": number, "date": end, "deadline": deadline}
            )
    return None


def _quote_reasons(rows: str) -> list[Reason]:
    reasons, left = [], QUOTE_POINTS_MAX
    for valid_until, number in sorted((valid, number) for number, valid in json.loads(rows)):
        points = min(QUOTE_POINTS, left)
        left -= points
        reasons.append(
            Reason(
                QUOTE_EXPIRING, points, {"number": number, "date": date.fromisoformat(valid_until)}
            )
        )
    return reasons


def rank_accounts(session: Session, *, owner: str, today: date, currency: str) -> Ranking:
    """``owner``'s accounts, highest score first; see the module docstring for the score.

    Rows are decoded only where a reason has something to say: most accounts of a
    rep have no deal, task, quote or contract pending, and thousands are ranked.
    """
    cadence_table = cadences(session)
    book = RateBook.load(session)
    converter = Converter(book, currency, today)
    ranked = []
    rows = session.connection().exec_driver_sql(FACTS_SQL, _params(owner, today)).all()
    # A rep's accounts share a few segments and a year of possible visit days: each
    # (last visit, planned visit, cadence) is scored once, not once per account.
    segment_cadences: dict[str | None, int] = {}
    visits: dict[tuple[str | None, str | None, int], tuple[Reason, int | None]] = {}
    for (
        account_id, name, segment, status, limit, balance, account_currency,
        last_visit, upcoming, pipeline, overdue, contracts, quotes, order_lines,
    ) in rows:  # fmt: skip
        cadence = segment_cadences.get(segment)
        if cadence is None:
            cadence = segment_cadences[segment] = cadence_for(cadence_table, segment)
        key = (last_visit and last_visit[:10], upcoming and upcoming[:10], cadence)
        scored = visits.get(key)
        if scored is None:
            days = (today - date.fromisoformat(key[0])).days if key[0] else None
            scored = visits[key] = _visit_reason(days, key[1], cadence)
        visit, days = scored
        reasons = [visit]
        if pipeline != EMPTY:
            reasons += _pipeline_reasons(pipeline, converter, currency)
        if contracts != EMPTY and (renewal := _renewal_reason(contracts, today)):
            reasons.append(renewal)
        if overdue:  # "oldest-due count"
            oldest, _, count = overdue.partition(" ")
            reasons.append(
                Reason(
                    OVERDUE_TASKS,
                    min(TASK_POINTS_MAX, TASK_POINTS * int(count)),
                    {"count": int(count), "date": date.fromisoformat(oldest)},
                )
            )
        if quotes != EMPTY:
            reasons += _quote_reasons(quotes)
        if status == BLOCKED:
            reasons.append(Reason(ACCOUNT_BLOCKED, CREDIT_BLOCK_POINTS))
        elif limit and _credit_used_up(
            Decimal(limit), Decimal(balance or 0), account_currency, order_lines, today, book
        ):
            reasons.append(Reason(CREDIT_USED_UP, CREDIT_BLOCK_POINTS))
        if len(reasons) == 1:
            score, ordered = visit.points, (visit,)
        else:
            score = sum((reason.points for reason in reasons), Decimal(0))
            ordered = tuple(sorted(reasons, key=_by_points))
        ranked.append(RankedAccount(account_id, name, segment, score, days, ordered))
    ranked.sort(
        key=lambda a: (
            -a.score,
            -(a.days_since_visit if a.days_since_visit is not None else 10**6),
            a.name.casefold(),
        )
    )
    return Ranking(
        owner=owner,
        currency=currency,
        today=today,
        accounts=ranked,
        rates=converter.rates,
        missing=dict(sorted(converter.missing.items())),
    )


def _credit_used_up(
    limit: Decimal, balance: Decimal, currency: str, order_lines: str, today: date, book: RateBook
) -> bool:
    """Open balance + open orders ≥ credit limit; an account without a limit is never used up.

    Orders in another currency count with the rate in force; one without a rate makes
    the credit unknown, which is not a block (the order editor says so).
    """
    if limit <= 0:
        return False
    if order_lines == EMPTY:
        return balance >= limit
    converter = Converter(book, currency, today)
    committed = balance
    for order_currency, quantity, unit_price, discount, tax in json.loads(order_lines):
        amounts = line_amounts(
            quantity=quantity,
            unit_price=unit_price,
            discount_percent=discount,
            tax_rate=tax,
            currency=order_currency,
        )
        gross = amounts.total + amounts.total * amounts.tax_rate / HUNDRED
        converted = converter.convert(gross, order_currency)
        if converted is None:
            return False
        committed += converted
    return committed >= limit
