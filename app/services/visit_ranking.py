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

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import translatable
from app.models import (
    Account,
    AccountStatus,
    Contract,
    ContractStatus,
    Opportunity,
    Order,
    OrderLine,
    PipelineStage,
    Quote,
    QuoteStatus,
    Task,
    Visit,
    VisitCadence,
    VisitStatus,
)
from app.models.base import UTCDateTime
from app.models.money import line_amounts
from app.models.statuses import OPEN_ORDER_STATUSES
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


class _Facts:
    """Everything the score needs about the rep's accounts, in one query per kind."""

    def __init__(self, session: Session, owner: str, today: date) -> None:
        mine = select(Account.id).where(Account.deleted.is_(False), Account.owner == owner)
        self.accounts = session.execute(
            select(
                Account.id,
                Account.name,
                Account.segment,
                Account.status,
                Account.credit_limit,
                Account.open_balance,
                Account.currency,
            ).where(
                Account.deleted.is_(False),
                Account.owner == owner,
                Account.status != AccountStatus.INACTIVE.value,
            )
        ).all()
        self.last_visit: dict[str, datetime] = dict(
            session.execute(
                select(Visit.account_id, func.max(Visit.planned_start, type_=UTCDateTime))
                .where(
                    Visit.deleted.is_(False),
                    Visit.status == VisitStatus.COMPLETED.value,
                    Visit.account_id.in_(mine),
                )
                .group_by(Visit.account_id)
            ).all()
        )
        self.next_visit: dict[str, datetime] = dict(
            session.execute(
                select(Visit.account_id, func.min(Visit.planned_start, type_=UTCDateTime))
                .where(
                    Visit.deleted.is_(False),
                    Visit.status.in_([VisitStatus.PLANNED.value, VisitStatus.CHECKED_IN.value]),
                    Visit.planned_start >= _midnight(today),
                    Visit.account_id.in_(mine),
                )
                .group_by(Visit.account_id)
            ).all()
        )
        self.pipeline = session.execute(
            select(
                Opportunity.account_id,
                Opportunity.amount,
                Opportunity.currency,
                PipelineStage.probability,
            )
            .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
            .where(
                Opportunity.deleted.is_(False),
                PipelineStage.is_won.is_(False),
                PipelineStage.is_lost.is_(False),
                Opportunity.account_id.in_(mine),
            )
        ).all()
        self.contracts = session.execute(
            select(
                Contract.account_id,
                Contract.number,
                Contract.end_date,
                Contract.notice_period_days,
            )
            .where(
                Contract.deleted.is_(False),
                Contract.status == ContractStatus.ACTIVE.value,
                Contract.end_date >= today,
                Contract.account_id.in_(mine),
            )
            .order_by(Contract.end_date)
        ).all()
        self.tasks = session.execute(
            select(Task.account_id, func.count(), func.min(Task.due_date))
            .where(
                Task.deleted.is_(False),
                Task.done.is_(False),
                Task.due_date < today,
                Task.account_id.in_(mine),
            )
            .group_by(Task.account_id)
        ).all()
        self.quotes = session.execute(
            select(Quote.account_id, Quote.number, Quote.valid_until)
            .where(
                Quote.deleted.is_(False),
                Quote.status == QuoteStatus.SENT.value,
                Quote.valid_until >= today,
                Quote.valid_until <= today + timedelta(days=QUOTE_WINDOW_DAYS),
                Quote.account_id.in_(mine),
            )
            .order_by(Quote.valid_until, Quote.number)
        ).all()
        self.open_order_lines = session.execute(
            select(
                Order.account_id,
                Order.currency,
                OrderLine.quantity,
                OrderLine.unit_price,
                OrderLine.discount_percent,
                OrderLine.tax_rate,
            )
            .join(OrderLine, OrderLine.order_id == Order.id)
            .where(
                Order.deleted.is_(False),
                OrderLine.deleted.is_(False),
                Order.status.in_([str(status) for status in OPEN_ORDER_STATUSES]),
                Order.account_id.in_(mine),
            )
        ).all()


def _by_account(rows: list) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(row)
    return grouped


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
    facts = _Facts(session, owner, today)
    cadence_table = cadences(session)
    book = RateBook.load(session)
    converter = Converter(book, currency, today)
    pipeline = _by_account(facts.pipeline)
    contracts = _by_account(facts.contracts)
    quotes = _by_account(facts.quotes)
    tasks = {row[0]: row for row in facts.tasks}
    order_lines = _by_account(facts.open_order_lines)
    ranked = []
    for account_id, name, segment, status, limit, balance, account_currency in facts.accounts:
        reasons: list[Reason] = []
        cadence = cadence_for(cadence_table, segment)
        visit, days = _visit_reason(
            facts.last_visit.get(account_id), facts.next_visit.get(account_id), cadence, today
        )
        reasons.append(visit)
        weighted, missing = Decimal(0), set()
        for _, amount, opp_currency, probability in pipeline.get(account_id, ()):
            value = (amount or Decimal(0)) * probability / HUNDRED
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
        for _, number, end, notice in contracts.get(account_id, ()):
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
        if account_id in tasks:
            _, count, oldest = tasks[account_id]
            reasons.append(
                Reason(
                    OVERDUE_TASKS,
                    min(TASK_POINTS_MAX, TASK_POINTS * count),
                    {"count": count, "date": oldest},
                )
            )
        quote_points = QUOTE_POINTS_MAX
        for _, number, valid_until in quotes.get(account_id, ()):
            points = min(QUOTE_POINTS, quote_points)
            quote_points -= points
            reasons.append(Reason(QUOTE_EXPIRING, points, {"number": number, "date": valid_until}))
        if status == AccountStatus.BLOCKED.value:
            reasons.append(Reason(ACCOUNT_BLOCKED, CREDIT_BLOCK_POINTS))
        elif _credit_used_up(
            limit, balance, account_currency, order_lines.get(account_id, ()), today, book
        ):
            reasons.append(Reason(CREDIT_USED_UP, CREDIT_BLOCK_POINTS))
        score = sum((reason.points for reason in reasons), Decimal(0))
        ordered = tuple(sorted(reasons, key=lambda r: -r.points))
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
    limit: Decimal | None,
    balance: Decimal | None,
    currency: str,
    lines: list,
    today: date,
    book: RateBook,
) -> bool:
    """Open balance + open orders ≥ credit limit; an account without a limit is never used up.

    Orders in another currency count with the rate in force; one without a rate makes
    the credit unknown, which is not a block (the order editor says so).
    """
    if not limit or limit <= 0:
        return False
    converter = Converter(book, currency, today)
    committed = balance or Decimal(0)
    for _, order_currency, quantity, unit_price, discount, tax in lines:
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
