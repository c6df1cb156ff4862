"""Read-only views the desktop screens and the PDFs need, as plain dataclasses.

Nothing here writes; every query skips soft-deleted rows. Dates are the caller's
"today" (the rep's local date), passed in so screens and tests agree on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Account,
    Attachment,
    Contact,
    Contract,
    Opportunity,
    Order,
    PipelineStage,
    Quote,
    Task,
    Visit,
)
from app.models.statuses import (
    OPEN_ORDER_STATUSES,
    ContractStatus,
    OrderStatus,
    QuoteStatus,
    VisitStatus,
)
from app.services.credit import CreditStatus, credit_status


@dataclass(frozen=True)
class AccountSummary:
    """The account 360 header: what is going on with this customer at a glance."""

    account_id: str
    account_number: str
    name: str
    contacts: int
    open_opportunities: int  # in a stage that is neither won nor lost
    planned_visits: int
    last_visit_at: datetime | None  # the last completed visit's check-out
    open_quotes: int  # draft or sent
    draft_orders: int
    open_orders: int  # submitted or confirmed
    open_tasks: int
    active_contracts: int
    attachments: int
    credit: CreditStatus


def _count(session: Session, model: type, *conditions: object) -> int:
    query = select(func.count()).select_from(model).where(model.deleted.is_(False), *conditions)
    return session.scalar(query) or 0


def account_summary(session: Session, account: Account) -> AccountSummary:
    last_visit = session.scalar(
        select(func.max(Visit.checked_out_at)).where(
            Visit.account_id == account.id,
            Visit.deleted.is_(False),
            Visit.status == VisitStatus.COMPLETED,
        )
    )
    return AccountSummary(
        account_id=account.id,
        account_number=account.account_number,
        name=account.name,
        contacts=_count(session, Contact, Contact.account_id == account.id),
        open_opportunities=session.scalar(
            select(func.count())
            .select_from(Opportunity)
            .join(PipelineStage, Opportunity.stage_id == PipelineStage.id)
            .where(
                Opportunity.account_id == account.id,
                Opportunity.deleted.is_(False),
                PipelineStage.is_won.is_(False),
                PipelineStage.is_lost.is_(False),
            )
        )
        or 0,
        planned_visits=_count(
            session, Visit, Visit.account_id == account.id, Visit.status == VisitStatus.PLANNED
        ),
        # Visit.checked_out_at comes back naive from an aggregate; it is stored in UTC.
        last_visit_at=last_visit.replace(tzinfo=UTC) if last_visit is not None else None,
        open_quotes=_count(
            session,
            Quote,
            Quote.account_id == account.id,
            Quote.status.in_([QuoteStatus.DRAFT, QuoteStatus.SENT]),
        ),
        draft_orders=_count(
            session, Order, Order.account_id == account.id, Order.status == OrderStatus.DRAFT
        ),
        open_orders=_count(
            session,
            Order,
            Order.account_id == account.id,
            Order.status.in_([str(s) for s in OPEN_ORDER_STATUSES]),
        ),
        open_tasks=_count(session, Task, Task.account_id == account.id, Task.done.is_(False)),
        active_contracts=_count(
            session,
            Contract,
            Contract.account_id == account.id,
            Contract.status == ContractStatus.ACTIVE,
        ),
        attachments=_count(
            session,
            Attachment,
            Attachment.owner_entity == "account",
            Attachment.owner_id == account.id,
        ),
        credit=credit_status(session, account),
    )


@dataclass(frozen=True)
class RenewalDue:
    contract: Contract
    notice_deadline: date  # end_date − notice period: the last day to cancel or renegotiate
    days_to_deadline: int  # negative once the deadline has passed


def renewals_due(session: Session, *, today: date, within_days: int) -> list[RenewalDue]:
    """Active contracts whose notice deadline falls within ``within_days`` of ``today``.

    Contracts whose deadline has already passed but which have not ended yet are
    included too (with a negative ``days_to_deadline``): they still need a decision.
    Soonest deadline first.
    """
    contracts = session.scalars(
        select(Contract).where(
            Contract.deleted.is_(False),
            Contract.status == ContractStatus.ACTIVE,
            Contract.end_date.is_not(None),
            Contract.end_date >= today,
        )
    )
    horizon = today + timedelta(days=within_days)
    due = []
    for contract in contracts:
        deadline = contract.end_date - timedelta(days=contract.notice_period_days or 0)
        if deadline <= horizon:
            due.append(RenewalDue(contract, deadline, (deadline - today).days))
    return sorted(due, key=lambda item: (item.notice_deadline, item.contract.number))


def quotes_expiring(session: Session, *, today: date, within_days: int) -> list[Quote]:
    """Sent quotes still valid today whose validity ends within ``within_days``."""
    return list(
        session.scalars(
            select(Quote)
            .where(
                Quote.deleted.is_(False),
                Quote.status == QuoteStatus.SENT,
                Quote.valid_until >= today,
                Quote.valid_until <= today + timedelta(days=within_days),
            )
            .order_by(Quote.valid_until, Quote.number)
        )
    )


def overdue_tasks(session: Session, *, today: date, assignee: str | None = None) -> list[Task]:
    """Open tasks due before ``today``, oldest first."""
    query = select(Task).where(Task.deleted.is_(False), Task.done.is_(False), Task.due_date < today)
    if assignee is not None:
        query = query.where(Task.assignee == assignee)
    return list(session.scalars(query.order_by(Task.due_date, Task.title)))


def todays_visits(
    session: Session, *, day: date, tz: tzinfo = UTC, owner: str | None = None
) -> list[Visit]:
    """Visits still to do on ``day`` in the rep's time zone ``tz`` (planned or checked in)."""
    start = datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz).astimezone(UTC)
    query = select(Visit).where(
        Visit.deleted.is_(False),
        Visit.status.in_([VisitStatus.PLANNED, VisitStatus.CHECKED_IN]),
        Visit.planned_start >= start,
        Visit.planned_start < end,
    )
    if owner is not None:
        query = query.where(Visit.owner == owner)
    return list(session.scalars(query.order_by(Visit.planned_start)))
