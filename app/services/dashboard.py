"""The team dashboard: pipeline, forecast and activity in one reporting currency.

A manager's workspace holds their team's records, so "the team" is everything in
it; a rep's dashboard is the same computation restricted to ``owner``. Rules, so a
figure can be checked by hand:

* Pipeline: every live opportunity, by stage and owner: count, total and weighted
  total (total × the stage's probability). Amounts are converted with the rate in
  force on ``today``; those without a rate are left out and listed as missing.
  Each cell is rounded to the reporting currency; stage and rep totals add cells.
* Forecast: opportunities in open stages (neither won nor lost) with an expected
  close date, by month of that date: Σ amount × probability.
* Visits: per owner and week (Monday to Sunday, by planned start in UTC) over the
  last ``weeks`` weeks including this one: planned (still planned or checked in),
  completed, missed, cancelled.
* Idle accounts: active or blocked accounts with no completed visit in the last
  ``idle_days`` days (or never), the longest idle first.
* Quotes: quotes sent (any status after draft) issued in the visits' window, by
  the account's owner, and how many became an order.
* Renewals: active contracts ending within 90 days of ``today``, with their value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import Integer, String, cast, func, literal, select, text, type_coerce
from sqlalchemy.orm import Session

from app.models import (
    Account,
    AccountStatus,
    Contract,
    ContractStatus,
    Opportunity,
    PipelineStage,
    Quote,
    QuoteStatus,
    Visit,
    VisitStatus,
)
from app.models.base import UTCDateTime
from app.services.exchange_rates import Converter, RateBook, RateUsed

RENEWAL_HORIZON_DAYS = 90
DEFAULT_IDLE_DAYS = 60
DEFAULT_WEEKS = 12
IDLE_LIST_LIMIT = 200
HUNDRED = Decimal(100)
ZERO = Decimal(0)
SENT_QUOTE_STATUSES = (
    QuoteStatus.SENT.value,
    QuoteStatus.ACCEPTED.value,
    QuoteStatus.REJECTED.value,
    QuoteStatus.EXPIRED.value,
)
VISIT_COLUMNS = {
    VisitStatus.PLANNED.value: "planned",
    VisitStatus.CHECKED_IN.value: "planned",
    VisitStatus.COMPLETED.value: "completed",
    VisitStatus.MISSED.value: "missed",
    VisitStatus.CANCELLED.value: "cancelled",
}


@dataclass(frozen=True)
class StageInfo:
    stage_id: str
    name: str
    position: int
    probability: int
    is_won: bool
    is_lost: bool


@dataclass(frozen=True)
class PipelineCell:
    stage_id: str
    owner: str
    count: int
    total: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class ForecastMonth:
    month: date  # the first day of the month
    count: int
    total: Decimal
    weighted: Decimal


@dataclass
class WeekActivity:
    owner: str
    week: date  # Monday
    planned: int = 0
    completed: int = 0
    missed: int = 0
    cancelled: int = 0


@dataclass(frozen=True)
class IdleAccount:
    account_id: str
    name: str
    owner: str
    last_visit: date | None
    days: int | None  # None: never visited


@dataclass(frozen=True)
class QuoteConversion:
    owner: str
    sent: int
    converted: int

    @property
    def rate(self) -> Decimal | None:
        """Converted / sent as a percent with one decimal, None when nothing was sent."""
        if not self.sent:
            return None
        return (Decimal(self.converted) * HUNDRED / self.sent).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class Renewal:
    contract_id: str
    number: str
    account: str
    owner: str
    end_date: date
    value: Decimal
    currency: str
    converted: Decimal | None  # None: no rate in force


@dataclass
class Dashboard:
    currency: str
    today: date
    owner: str | None
    idle_days: int
    window_start: date
    stages: list[StageInfo] = field(default_factory=list)
    pipeline: list[PipelineCell] = field(default_factory=list)
    forecast: list[ForecastMonth] = field(default_factory=list)
    visits: list[WeekActivity] = field(default_factory=list)
    idle_accounts: list[IdleAccount] = field(default_factory=list)
    idle_count: int = 0
    quotes: list[QuoteConversion] = field(default_factory=list)
    renewals: list[Renewal] = field(default_factory=list)
    renewal_total: Decimal = Decimal(0)
    rates: list[RateUsed] = field(default_factory=list)  # every rate used, by pair
    pipeline_rates: list[RateUsed] = field(default_factory=list)
    renewal_rates: list[RateUsed] = field(default_factory=list)
    # currency -> amount left out for want of a rate, in the pipeline and in renewals
    pipeline_missing: dict[str, Decimal] = field(default_factory=dict)
    forecast_rates: list[RateUsed] = field(default_factory=list)
    forecast_missing: dict[str, Decimal] = field(default_factory=dict)
    renewal_missing: dict[str, Decimal] = field(default_factory=dict)

    @property
    def reps(self) -> list[str]:
        names = {c.owner for c in self.pipeline} | {v.owner for v in self.visits}
        return sorted(names, key=str.casefold)

    def stage_totals(self) -> dict[str, PipelineCell]:
        return _totals(self.pipeline, key=lambda cell: cell.stage_id)

    def rep_totals(self) -> dict[str, PipelineCell]:
        return _totals(self.pipeline, key=lambda cell: cell.owner)

    def weeks(self) -> list[date]:
        return [self.window_start + timedelta(weeks=n) for n in range(self._week_count())]

    def _week_count(self) -> int:
        return (monday_of(self.today) - self.window_start).days // 7 + 1


def _totals(cells: list[PipelineCell], *, key) -> dict[str, PipelineCell]:
    sums: dict[str, list] = {}
    for cell in cells:
        entry = sums.setdefault(key(cell), [0, Decimal(0), Decimal(0)])
        entry[0] += cell.count
        entry[1] += cell.total
        entry[2] += cell.weighted
    return {
        name: PipelineCell(stage_id="", owner="", count=c, total=t, weighted=w)
        for name, (c, t, w) in sums.items()
    }


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def load_stages(session: Session) -> list[StageInfo]:
    rows = session.execute(
        select(
            PipelineStage.id,
            PipelineStage.name,
            PipelineStage.position,
            PipelineStage.probability,
            PipelineStage.is_won,
            PipelineStage.is_lost,
        )
        .where(PipelineStage.deleted.is_(False))
        .order_by(PipelineStage.position, PipelineStage.name)
    ).all()
    return [StageInfo(*row) for row in rows]


def _pipeline(
    session: Session, dashboard: Dashboard, converter: Converter, forecast: Converter
) -> None:
    stages = {stage.stage_id: stage for stage in dashboard.stages}
    # Amounts and dates as the text they are stored as: twenty thousand opportunities
    # are read, and only the sums need to be Decimals and only the months dates.
    query = select(
        Opportunity.stage_id,
        Opportunity.owner,
        Opportunity.currency,
        type_coerce(Opportunity.amount, String),
        type_coerce(Opportunity.expected_close_date, String),
    ).where(Opportunity.deleted.is_(False))
    if dashboard.owner is not None:
        query = query.where(Opportunity.owner == dashboard.owner)
    # Sum exactly per (stage, owner, currency) first, then convert each sum once.
    cells: dict[tuple[str, str, str], list] = {}
    by_month: dict[tuple[str, str, str], list] = {}  # (yyyy-mm, currency, stage)
    for stage_id, owner, currency, amount, close in session.execute(query):
        stage = stages.get(stage_id)
        if stage is None:
            continue
        value = Decimal(amount) if amount else ZERO
        entry = cells.get((stage_id, owner or "", currency))
        if entry is None:
            entry = cells[(stage_id, owner or "", currency)] = [0, ZERO]
        entry[0] += 1
        entry[1] += value
        if close is not None and not (stage.is_won or stage.is_lost):
            bucket = by_month.get((close[:7], currency, stage_id))
            if bucket is None:
                bucket = by_month[(close[:7], currency, stage_id)] = [0, ZERO]
            bucket[0] += 1
            bucket[1] += value
    # Σ amount × p ÷ 100 over a stage's amounts is (Σ amount) × p ÷ 100, exactly.
    months: dict[tuple[date, str], list] = {}
    for (yyyy_mm, currency, stage_id), (count, total) in by_month.items():
        key = (date.fromisoformat(f"{yyyy_mm}-01"), currency)
        bucket = months.setdefault(key, [0, ZERO, ZERO])
        bucket[0] += count
        bucket[1] += total
        bucket[2] += total * stages[stage_id].probability / HUNDRED
    by_cell: dict[tuple[str, str], list] = {}
    for (stage_id, owner, currency), (count, amount) in cells.items():
        target = by_cell.setdefault((stage_id, owner), [0, Decimal(0)])
        converted = converter.convert(amount, currency)
        target[0] += count
        if converted is not None:
            target[1] += converted
    order = {stage.stage_id: index for index, stage in enumerate(dashboard.stages)}
    for (stage_id, owner), (count, amount) in sorted(
        by_cell.items(), key=lambda item: (order[item[0][0]], item[0][1].casefold())
    ):
        total = converter.rounded(amount)
        weighted = converter.rounded(amount * stages[stage_id].probability / HUNDRED)
        dashboard.pipeline.append(PipelineCell(stage_id, owner, count, total, weighted))
    by_month: dict[date, list] = {}
    for (month, currency), (count, total, weighted) in months.items():
        target = by_month.setdefault(month, [0, Decimal(0), Decimal(0)])
        target[0] += count
        rate_total = forecast.convert(total, currency)
        if rate_total is not None:
            target[1] += rate_total
            target[2] += forecast.convert(weighted, currency) or Decimal(0)
    dashboard.forecast = [
        ForecastMonth(month, count, forecast.rounded(total), forecast.rounded(weighted))
        for month, (count, total, weighted) in sorted(by_month.items())
    ]


def _visits(session: Session, dashboard: Dashboard) -> None:
    # Whole weeks since the window's first Monday: one julianday per visit, where
    # date(planned_start, 'weekday 0', '-6 days') parsed and shifted each twice
    # (a quarter of this query's time over a team's 23k visits).
    start_day = func.julianday(dashboard.window_start.isoformat())
    week = cast((func.julianday(Visit.planned_start) - start_day) / 7, Integer)
    end = monday_of(dashboard.today) + timedelta(weeks=1)
    query = (
        select(Visit.owner, week, Visit.status, func.count())
        .where(
            Visit.deleted.is_(False),
            Visit.planned_start >= _start_of(dashboard.window_start),
            Visit.planned_start < _start_of(end),
        )
        .group_by(Visit.owner, week, Visit.status)
    )
    if dashboard.owner is not None:
        query = query.where(Visit.owner == dashboard.owner)
    rows: dict[tuple[str, date], WeekActivity] = {}
    mondays = dashboard.weeks()
    for owner, week_number, status, count in session.execute(query):
        column = VISIT_COLUMNS.get(status)
        if column is None:
            continue
        key = (owner or "", mondays[week_number])
        activity = rows.setdefault(key, WeekActivity(owner=key[0], week=key[1]))
        setattr(activity, column, getattr(activity, column) + count)
    dashboard.visits = [rows[key] for key in sorted(rows, key=lambda k: (k[0].casefold(), k[1]))]


def _idle_accounts(session: Session, dashboard: Dashboard) -> None:
    """How many live accounts had no completed visit since the cutoff, and the longest
    idle of them: never visited first (by name), then the oldest last visit.

    Neither question touches every account's visits: the count subtracts the accounts
    visited since the cutoff (few, read from ix_visit_planned_start alone) from all
    live accounts, and the list walks ix_account_lower_name until it has enough
    never-visited accounts; only when there are too few are last visits grouped.
    """
    cutoff = _start_of(dashboard.today - timedelta(days=dashboard.idle_days))
    live = [Account.deleted.is_(False), Account.status != AccountStatus.INACTIVE.value]
    if dashboard.owner is not None:
        live.append(Account.owner == dashboard.owner)
    completed = [Visit.deleted.is_(False), Visit.status == VisitStatus.COMPLETED.value]
    recent = select(Visit.account_id).where(*completed, Visit.planned_start >= cutoff)
    accounts = select(func.count()).select_from(Account)
    total = session.scalar(accounts.where(*live)) or 0
    visited = session.scalar(accounts.where(*live, Account.id.in_(recent))) or 0
    dashboard.idle_count = total - visited
    # SELECT 1, not *: answered from ix_visit_account_status_start without the row.
    ever = select(literal(1)).where(*completed, Visit.account_id == Account.id).exists()
    never = session.execute(
        select(Account.id, Account.name, Account.owner)
        .where(*live, ~ever)
        .order_by(func.lower(Account.name))
        .limit(IDLE_LIST_LIMIT)
    ).all()
    idle = [IdleAccount(id_, name, owner or "", None, None) for id_, name, owner in never]
    room = IDLE_LIST_LIMIT - len(idle)
    if room > 0:
        last = (
            select(
                Visit.account_id.label("account_id"),
                func.max(Visit.planned_start, type_=UTCDateTime).label("last"),
            )
            .where(*completed)
            .group_by(Visit.account_id)
            .subquery()
        )
        rows = session.execute(
            select(Account.id, Account.name, Account.owner, last.c.last)
            .join(last, last.c.account_id == Account.id)
            .where(*live, last.c.last < cutoff)
            .order_by(last.c.last, func.lower(Account.name))
            .limit(room)
        )
        for account_id, name, owner, moment in rows:
            day = moment.date()
            idle.append(
                IdleAccount(account_id, name, owner or "", day, (dashboard.today - day).days)
            )
    dashboard.idle_accounts = idle


def _quotes(session: Session, dashboard: Dashboard) -> None:
    converted = func.sum(func.iif(Quote.order_id.is_not(None), 1, 0))
    query = (
        select(Account.owner, func.count(), converted)
        .join(Account, Account.id == Quote.account_id)
        .where(
            Quote.deleted.is_(False),
            Quote.status.in_(SENT_QUOTE_STATUSES),
            Quote.issue_date >= dashboard.window_start,
            Quote.issue_date <= dashboard.today,
        )
        .group_by(Account.owner)
    )
    if dashboard.owner is not None:
        query = query.where(Account.owner == dashboard.owner)
    dashboard.quotes = sorted(
        (
            QuoteConversion(owner or "", sent, done or 0)
            for owner, sent, done in session.execute(query)
        ),
        key=lambda q: q.owner.casefold(),
    )


def _renewals(session: Session, dashboard: Dashboard, converter: Converter) -> None:
    query = (
        select(
            Contract.id,
            Contract.number,
            Account.name,
            Account.owner,
            Contract.end_date,
            Contract.value,
            Contract.currency,
        )
        .join(Account, Account.id == Contract.account_id)
        .where(
            Contract.deleted.is_(False),
            Contract.status == ContractStatus.ACTIVE.value,
            Contract.end_date >= dashboard.today,
            Contract.end_date <= dashboard.today + timedelta(days=RENEWAL_HORIZON_DAYS),
        )
        .order_by(Contract.end_date, Contract.number)
    )
    if dashboard.owner is not None:
        query = query.where(Account.owner == dashboard.owner)
    total = Decimal(0)
    for contract_id, number, account, owner, end, value, currency in session.execute(query):
        amount = converter.convert(value or Decimal(0), currency)
        rounded = converter.rounded(amount) if amount is not None else None
        total += rounded or Decimal(0)
        dashboard.renewals.append(
            Renewal(contract_id, number, account, owner or "", end, value, currency, rounded)
        )
    dashboard.renewal_total = total


def build_dashboard(
    session: Session,
    *,
    currency: str,
    today: date,
    owner: str | None = None,
    idle_days: int = DEFAULT_IDLE_DAYS,
    weeks: int = DEFAULT_WEEKS,
) -> Dashboard:
    """The dashboard of the whole workspace (a manager's team) or of one ``owner``."""
    dashboard = Dashboard(
        currency=currency,
        today=today,
        owner=owner,
        idle_days=idle_days,
        window_start=monday_of(today) - timedelta(weeks=weeks - 1),
        stages=load_stages(session),
    )
    book = RateBook.load(session)
    pipeline = Converter(book, currency, today)
    forecast = Converter(book, currency, today)
    renewals = Converter(book, currency, today)
    _pipeline(session, dashboard, pipeline, forecast)
    _visits(session, dashboard)
    _idle_accounts(session, dashboard)
    _quotes(session, dashboard)
    _renewals(session, dashboard, renewals)
    used = {**pipeline.used, **renewals.used}
    dashboard.rates = [used[pair] for pair in sorted(used)]
    dashboard.pipeline_rates = pipeline.rates
    dashboard.renewal_rates = renewals.rates
    dashboard.forecast_rates = forecast.rates
    dashboard.forecast_missing = dict(sorted(forecast.missing.items()))
    dashboard.pipeline_missing = dict(sorted(pipeline.missing.items()))
    dashboard.renewal_missing = dict(sorted(renewals.missing.items()))
    return dashboard


def team_members(session: Session) -> list[str]:
    """Everyone who owns accounts, opportunities or visits here: a manager's reps."""
    names = {n for n in session.scalars(select(Opportunity.owner).distinct()) if n}
    for table in ("account", "visit"):  # both with an index led by owner
        names.update(n for n in session.scalars(text(OWNERS_SQL.format(table=table))) if n)
    return sorted(names, key=str.casefold)


# The distinct owners of a table by hopping along its owner index, one seek per owner
# (SQLite has no skip scan for DISTINCT): a team's fifty names read in fifty steps
# instead of walking the index entry of each of 100k accounts and visits. Only for a
# table whose index starts with owner: without one, each step would scan the table.
OWNERS_SQL = """
WITH RECURSIVE owners(name) AS (
    SELECT min(owner) FROM "{table}"
    UNION ALL
    SELECT (SELECT min(owner) FROM "{table}" WHERE owner > owners.name)
    FROM owners WHERE owners.name IS NOT NULL
)
SELECT name FROM owners WHERE name IS NOT NULL
"""
