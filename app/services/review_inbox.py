"""What a manager reads: the team's submitted visit reports, and one report in full.

The workspace of a manager holds every record of the team's territories (the
server sends them), so the inbox is a query on the local copy and works offline.
A report's rep is the visit's owner (the rep who planned it), else the account's.

Newest first means most recently submitted first: a report a rep resubmitted
after changes comes back to the top, pending again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.models import Account, Attachment, Contact, Task, Visit, VisitReport
from app.models.statuses import ReviewState
from app.services.reviews import submitted_report
from app.sync.connection import reviewed_territories

REPORT_OWNER = "visit_report"
REVIEW_STATES = tuple(state.value for state in ReviewState)


@dataclass(frozen=True)
class InboxFilter:
    rep: str | None = None
    since: date | None = None  # the visit's day, inclusive, in local time
    until: date | None = None
    account_id: str | None = None
    outcome: str | None = None
    state: str | None = None  # pending | approved | changes_requested


@dataclass(frozen=True)
class InboxRow:
    visit_id: str
    report_id: str
    account_id: str
    account_name: str
    rep: str
    visit_start: datetime
    submitted_at: datetime | None
    outcome: str | None
    review_state: str
    review_comment: str | None
    attachments: int


@dataclass(frozen=True)
class FollowUp:
    title: str
    due_date: date | None
    assignee: str | None
    done: bool


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    filename: str
    media_type: str
    size: int

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


@dataclass(frozen=True)
class ReportDetail:
    visit_id: str
    report_id: str
    account_id: str
    account_name: str
    account_number: str
    city: str | None
    rep: str
    contacts: list[str]
    purpose: str | None
    visit_status: str
    planned_start: datetime
    planned_end: datetime
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    summary: str
    outcome: str | None
    next_steps: str | None
    follow_up: FollowUp | None
    submitted_at: datetime | None
    review_state: str
    review_comment: str | None
    reviewed_by: str | None
    reviewed_at: datetime | None
    attachments: list[AttachmentInfo] = field(default_factory=list)


def _rep_column():
    return func.coalesce(Visit.owner, Account.owner, "")


def _submitted(session: Session, *columns) -> Select:
    query = (
        select(*columns)
        .select_from(VisitReport)
        .join(Visit, VisitReport.visit_id == Visit.id)
        .join(Account, Visit.account_id == Account.id)
        .where(
            VisitReport.submitted.is_(True),
            VisitReport.deleted.is_(False),
            Visit.deleted.is_(False),
        )
    )
    return _reviewed_only(session, query)


def _reviewed_only(session: Session, query: Select) -> Select:
    """Only reports of territories whose team this user manages (docs/sync.md, review):
    a manager who is only a member of another team does not see that team's reports
    here. Without word from the server (an older one), every report stays."""
    scope = reviewed_territories(session)
    return query if scope is None else query.where(Account.territory_id.in_(scope))


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def team_inbox(
    session: Session, filters: InboxFilter | None = None, *, limit: int | None = None
) -> list[InboxRow]:
    """The team's submitted reports matching ``filters``, most recently submitted first
    (the newest ``limit`` of them when given)."""
    filters = filters or InboxFilter()
    rep = _rep_column()
    # Plain columns, not ORM objects: a thousand rows load in milliseconds.
    query = _submitted(
        session,
        Visit.id,
        VisitReport.id,
        Account.id,
        Account.name,
        rep,
        Visit.planned_start,
        VisitReport.submitted_at,
        VisitReport.outcome,
        VisitReport.review_state,
        VisitReport.review_comment,
    )
    if filters.rep:
        query = query.where(rep == filters.rep)
    if filters.since:
        query = query.where(Visit.planned_start >= _local_midnight(filters.since))
    if filters.until:
        query = query.where(Visit.planned_start < _local_midnight(filters.until + timedelta(1)))
    if filters.account_id:
        query = query.where(Visit.account_id == filters.account_id)
    if filters.outcome:
        query = query.where(VisitReport.outcome == filters.outcome)
    if filters.state:
        query = query.where(VisitReport.review_state == filters.state)
    query = (
        query.order_by(VisitReport.submitted_at.desc(), Visit.planned_start.desc(), VisitReport.id)
        .limit(limit)
        .subquery()
    )
    # Files are counted for the rows shown only, after the limit.
    counted = select(query, _files_of(query.c[1]))
    return [InboxRow(*values) for values in session.execute(counted)]


def _files_of(report_id) -> object:
    return (
        select(func.count())
        .where(
            Attachment.owner_entity == REPORT_OWNER,
            Attachment.owner_id == report_id,
            Attachment.deleted.is_(False),
        )
        .scalar_subquery()
    )


def pending_by_rep(session: Session) -> dict[str, int]:
    """How many reports wait for review, per rep (reps with none are left out)."""
    rep = _rep_column()
    query = (
        select(rep, func.count())
        .select_from(VisitReport)
        .join(Visit, VisitReport.visit_id == Visit.id)
        .join(Account, Visit.account_id == Account.id)
        .where(
            VisitReport.submitted.is_(True),
            VisitReport.deleted.is_(False),
            Visit.deleted.is_(False),
            VisitReport.review_state == ReviewState.PENDING,
        )
        .group_by(rep)
        .order_by(rep)
    )
    query = _reviewed_only(session, query)
    return {name: count for name, count in session.execute(query)}


@dataclass(frozen=True)
class InboxChoices:
    """What the filters offer: every rep and every account with a submitted report."""

    reps: list[str]
    accounts: list[tuple[str, str]]  # (id, name), by name


def inbox_choices(session: Session) -> InboxChoices:
    """The reps and accounts of the submitted reports, in one pass over them."""
    rep = _rep_column()
    reps: set[str] = set()
    accounts: dict[str, str] = {}
    for name, account_id, account_name in session.execute(
        _submitted(session, rep, Account.id, Account.name).distinct()
    ):
        if name:
            reps.add(name)
        accounts[account_id] = account_name
    by_name = sorted(accounts.items(), key=lambda item: (item[1].casefold(), item[0]))
    return InboxChoices(sorted(reps), by_name)


def report_detail(session: Session, visit_id: str) -> ReportDetail:
    """Everything a manager reads before deciding: the visit, the report, its files."""
    report = submitted_report(session, visit_id)
    visit = report.visit
    account = visit.account
    contacts = []
    if visit.contact_ids:
        found = {
            contact.id: contact
            for contact in session.scalars(select(Contact).where(Contact.id.in_(visit.contact_ids)))
        }
        contacts = [found[i].full_name for i in visit.contact_ids if i in found]
    task = session.get(Task, report.follow_up_task_id) if report.follow_up_task_id else None
    follow_up = None
    if task is not None and not task.deleted:
        follow_up = FollowUp(task.title, task.due_date, task.assignee, task.done)
    files = session.scalars(
        select(Attachment)
        .where(
            Attachment.owner_entity == REPORT_OWNER,
            Attachment.owner_id == report.id,
            Attachment.deleted.is_(False),
        )
        .order_by(Attachment.created_at, Attachment.filename)
    )
    return ReportDetail(
        visit_id=visit.id,
        report_id=report.id,
        account_id=account.id,
        account_name=account.name,
        account_number=account.account_number,
        city=account.billing_city,
        rep=visit.owner or account.owner or "",
        contacts=contacts,
        purpose=visit.purpose,
        visit_status=visit.status,
        planned_start=visit.planned_start,
        planned_end=visit.planned_end,
        checked_in_at=visit.checked_in_at,
        checked_out_at=visit.checked_out_at,
        summary=report.summary,
        outcome=report.outcome,
        next_steps=report.next_steps,
        follow_up=follow_up,
        submitted_at=report.submitted_at,
        review_state=report.review_state,
        review_comment=report.review_comment,
        reviewed_by=report.reviewed_by,
        reviewed_at=report.reviewed_at,
        attachments=[
            AttachmentInfo(a.id, a.filename, a.media_type or "", a.size or 0) for a in files
        ],
    )
