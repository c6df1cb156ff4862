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
from typing import Any, NamedTuple

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


class _Facts(NamedTuple):
    """One account's row of FACTS_SQL, decoded (a tuple: thousands are made per ranking)."""

    account_id: str
    name: str
    segment: str | None
    status: str
    credit_limit: Decimal
    open_balance: Decimal
    currency: str
    last_visit: datetime | None
    next_visit: datetime | None
    pipeline: list  # [amount, currency, probability]
    overdue: int
    oldest_due: date | None
    contracts: list  # [number, end date, notice days], soonest end first
    quotes: list  # [number, valid until], soonest first
    order_lines: list  # [currency, quantity, unit price, discount %, tax %]


def _moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _list(text: str | None) -> list:
    return json.loads(text) if text and text != EMPTY else []


def _facts(session: Session, owner: str, today: date) -> list[_Facts]:
    params = {
        "owner": owner,
        "today": today.isoformat(),
        "midnight": f"{today.isoformat()} 00:00:00.000000",
        "quote_horizon": (today + timedelta(days=QUOTE_WINDOW_DAYS)).isoformat(),
    }
    found = []
    for row in session.connection().exec_driver_sql(FACTS_SQL, params).all():
        # "oldest-due count", or NULL when nothing is overdue
        oldest, _, count = (row[10] or "").partition(" ")
        contracts = [[n, date.fromisoformat(end), notice] for n, end, notice in _list(row[11])]
        quotes = [[n, date.fromisoformat(valid)] for n, valid in _list(row[12])]
        if len(contracts) > 1:
            contracts.sort(key=lambda c: (c[1], c[0]))
        if len(quotes) > 1:
            quotes.sort(key=lambda q: (q[1], q[0]))
        found.append(
            _Facts(
                account_id=row[0],
                name=row[1],
                segment=row[2],
                status=row[3],
                credit_limit=Decimal(row[4] or 0),
                open_balance=Decimal(row[5] or 0),
                currency=row[6],
                last_visit=_moment(row[7]),
                next_visit=_moment(row[8]),
                pipeline=_list(row[9]),
                overdue=int(count) if count else 0,
                oldest_due=date.fromisoformat(oldest) if oldest else None,
                contracts=contracts,
                quotes=quotes,
                order_lines=_list(row[13]),
            )
        )
    return found


def _by_points(reason: Reason) -> Decimal:
    return -reason.points


def _visit_reason(
    last: datetime | None, upcoming: datetime | None, cadence: int, today: date
) -> tuple[Reason, int | None]:
    days = (today - last.date()).days if last is not None else None
    if upcoming is not None:
        return Reason(ALREADY_PLANNED, Decimal(0), {"date": upcoming.date()}), days
    if days is None:
        return Reason(NEVER_VISITED, NEVER_VISITED_POINTS, {"cadence": cadence}), None
    points = min(VISIT_POINTS_MAX, VISIT_POINTS_PER_CADENCE * days / cadence)
    points = points.quantize(Decimal("0.1"))
    return Reason(LAST_VISIT, points, {"days": days, "cadence": cadence}), days


def rank_accounts(session: Session, *, owner: str, today: date, currency: str) -> Ranking:
    """``owner``'s accounts, highest score first; see the module docstring for the score."""
    cadence_table = cadences(session)
    book = RateBook.load(session)
    converter = Converter(book, currency, today)
    ranked = []
    for fact in _facts(session, owner, today):
        reasons: list[Reason] = []
        cadence = cadence_for(cadence_table, fact.segment)
        visit, days = _visit_reason(fact.last_visit, fact.next_visit, cadence, today)
        reasons.append(visit)
        weighted, missing = Decimal(0), set()
        for amount, opp_currency, probability in fact.pipeline:
            value = Decimal(amount or 0) * probability / HUNDRED
            converted = converter.convert(value, opp_currency)
            if converted is None:
                missing.add(opp_currency)
            else:
                weighted += converted
        if weighted > 0:
            points = min(PIPELINE_POINTS_MAX, weighted / PIPELINE_UNIT).quantize(Decimal("0.1"))
            reasons.append(
                Reason(
                    PIPELINE,
                    points,
                    {"amount": converter.rounded(weighted), "currency": currency},
                )
            )
        if missing:
            reasons.append(
                Reason(PIPELINE_MISSING, Decimal(0), {"currencies": ", ".join(sorted(missing))})
            )
        for number, end, notice in fact.contracts:
            deadline = end - timedelta(days=notice or 0)
            if deadline <= today + timedelta(days=RENEWAL_WINDOW_DAYS):
                reasons.append(
                    Reason(
                        RENEWAL,
                        RENEWAL_POINTS,
                        {"number": number, "date": end, "deadline": deadline},
                    )
                )
                break
        if fact.overdue:
            reasons.append(
                Reason(
                    OVERDUE_TASKS,
                    min(TASK_POINTS_MAX, TASK_POINTS * fact.overdue),
                    {"count": fact.overdue, "date": fact.oldest_due},
                )
            )
        quote_points = QUOTE_POINTS_MAX
        for number, valid_until in fact.quotes:
            points = min(QUOTE_POINTS, quote_points)
            quote_points -= points
            reasons.append(Reason(QUOTE_EXPIRING, points, {"number": number, "date": valid_until}))
        if fact.status == AccountStatus.BLOCKED.value:
            reasons.append(Reason(ACCOUNT_BLOCKED, CREDIT_BLOCK_POINTS))
        elif _credit_used_up(fact, today, book):
            reasons.append(Reason(CREDIT_USED_UP, CREDIT_BLOCK_POINTS))
        score = sum((reason.points for reason in reasons), Decimal(0))
        ordered = tuple(sorted(reasons, key=_by_points)) if len(reasons) > 1 else tuple(reasons)
        ranked.append(RankedAccount(fact.account_id, fact.name, fact.segment, score, days, ordered))
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


def _credit_used_up(fact: _Facts, today: date, book: RateBook) -> bool:
    """Open balance + open orders ≥ credit limit; an account without a limit is never used up.

    Orders in another currency count with the rate in force; one without a rate makes
    the credit unknown, which is not a block (the order editor says so).
    """
    if fact.credit_limit <= 0:
        return False
    if not fact.order_lines:
        return fact.open_balance >= fact.credit_limit
    converter = Converter(book, fact.currency, today)
    committed = fact.open_balance
    for order_currency, quantity, unit_price, discount, tax in fact.order_lines:
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
    return committed >= fact.credit_limit
