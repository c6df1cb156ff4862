"""Visits and their reports.

Visit:  planned → checked_in → completed;  planned → cancelled | missed.
Report (only for a completed visit, one per visit):
        written → submitted (review_state pending) → approved | changes_requested;
        changes_requested → edited → resubmitted (pending again). Approved is final.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, StateError, ValidationError, translatable
from app.models import Account, Contact, Task, Visit, VisitReport
from app.models.base import utc_now
from app.models.statuses import ReviewState, VisitStatus
from app.models.validation import require_not_before, require_text
from app.services.actor import REVIEW_REPORTS, Actor
from app.services.transitions import move

VISIT_TRANSITIONS = {
    VisitStatus.PLANNED: frozenset(
        {VisitStatus.CHECKED_IN, VisitStatus.CANCELLED, VisitStatus.MISSED}
    ),
    VisitStatus.CHECKED_IN: frozenset({VisitStatus.COMPLETED}),
}
REVIEW_TRANSITIONS = {
    ReviewState.PENDING: frozenset({ReviewState.APPROVED, ReviewState.CHANGES_REQUESTED}),
    ReviewState.CHANGES_REQUESTED: frozenset({ReviewState.PENDING}),
}
REPORT_FIELDS = frozenset({"summary", "outcome", "next_steps"})


def _require_aware(moment: datetime, *, field: str) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{field}: pass a timezone-aware datetime")
    return moment


def plan_visit(
    session: Session,
    *,
    account: Account,
    planned_start: datetime,
    planned_end: datetime,
    purpose: str | None = None,
    owner: str | None = None,
    contacts: Sequence[Contact] = (),
) -> Visit:
    _require_aware(planned_start, field="planned_start")
    _require_aware(planned_end, field="planned_end")
    require_not_before(planned_start, planned_end, field="planned_end")
    strangers = [c.full_name for c in contacts if c.account_id != account.id]
    if strangers:
        raise ValidationError(
            translatable("errors", "{names} does not work at {account}."),
            field="contact_ids",
            names=", ".join(strangers),
            account=account.name,
        )
    visit = Visit(
        account=account,
        planned_start=planned_start,
        planned_end=planned_end,
        purpose=purpose,
        owner=owner,
        contact_ids=[contact.id for contact in contacts],
    )
    session.add(visit)
    session.flush()
    return visit


def get_visit(session: Session, visit_id: str) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted:
        raise NotFoundError(translatable("errors", "No visit with id {id}."), id=visit_id)
    return visit


def report_of(session: Session, visit: Visit) -> VisitReport | None:
    return session.scalar(
        select(VisitReport).where(VisitReport.visit_id == visit.id, VisitReport.deleted.is_(False))
    )


def reschedule_visit(
    session: Session, visit: Visit, *, planned_start: datetime, planned_end: datetime
) -> Visit:
    """Move a visit that has not started yet to another time."""
    _require_aware(planned_start, field="planned_start")
    _require_aware(planned_end, field="planned_end")
    require_not_before(planned_start, planned_end, field="planned_end")
    if visit.status != VisitStatus.PLANNED:
        raise StateError(
            translatable(
                "errors", "Only a planned visit can be rescheduled; this one is {status}."
            ),
            status=visit.status,
        )
    visit.planned_start, visit.planned_end = planned_start, planned_end
    session.flush()
    return visit


def _move_visit(visit: Visit, target: VisitStatus) -> None:
    label = f"{visit.account.name}, {visit.planned_start:%Y-%m-%d %H:%M} UTC"
    move(
        visit,
        target=target,
        allowed=VISIT_TRANSITIONS,
        kind=translatable("errors", "Visit"),
        label=label,
    )


def check_in(session: Session, visit: Visit, *, now: datetime | None = None) -> Visit:
    _move_visit(visit, VisitStatus.CHECKED_IN)
    visit.checked_in_at = now or utc_now()
    session.flush()
    return visit


def check_out(session: Session, visit: Visit, *, now: datetime | None = None) -> Visit:
    """Leave the customer: the visit is completed and a report may be written."""
    moment = now or utc_now()
    require_not_before(visit.checked_in_at, moment, field="checked_out_at")
    _move_visit(visit, VisitStatus.COMPLETED)
    visit.checked_out_at = moment
    session.flush()
    return visit


def cancel_visit(session: Session, visit: Visit) -> Visit:
    _move_visit(visit, VisitStatus.CANCELLED)
    session.flush()
    return visit


def mark_missed(session: Session, visit: Visit) -> Visit:
    _move_visit(visit, VisitStatus.MISSED)
    session.flush()
    return visit


def write_report(
    session: Session,
    visit: Visit,
    *,
    summary: str,
    outcome: str | None = None,
    next_steps: str | None = None,
    follow_up_title: str | None = None,
    follow_up_due: date | None = None,
) -> VisitReport:
    """A report for a completed visit, with an optional follow-up task for its owner."""
    if visit.status != VisitStatus.COMPLETED:
        raise StateError(
            translatable(
                "errors",
                "A report can only be written for a completed visit; this one is {status}.",
            ),
            status=visit.status,
        )
    if report_of(session, visit) is not None:
        raise StateError(translatable("errors", "This visit already has a report."))
    summary = require_text(summary, field="summary")
    if follow_up_due is not None and not (follow_up_title or "").strip():
        raise ValidationError(
            translatable("errors", "Give the follow-up task a title."), field="follow_up_title"
        )
    if follow_up_due is not None:
        require_not_before(visit.planned_start.date(), follow_up_due, field="follow_up_due")
    report = VisitReport(visit=visit, summary=summary, outcome=outcome, next_steps=next_steps)
    if (follow_up_title or "").strip():
        report.follow_up_task = Task(
            title=follow_up_title.strip(),
            due_date=follow_up_due,
            assignee=visit.owner,
            account_id=visit.account_id,
            visit_id=visit.id,
        )
    session.add(report)
    session.flush()
    return report


def _label(report: VisitReport) -> str:
    return f"{report.visit.account.name}, {report.visit.planned_start:%Y-%m-%d}"


def update_report(session: Session, report: VisitReport, **values: Any) -> VisitReport:
    """Edit a report that is not yet submitted, or that was sent back for changes."""
    unknown = set(values) - REPORT_FIELDS
    if unknown:
        raise TypeError(f"unknown report fields: {', '.join(sorted(unknown))}")
    editable = not report.submitted or report.review_state == ReviewState.CHANGES_REQUESTED
    if not editable:
        raise StateError(
            translatable("errors", "The report for {visit} is {state} and cannot be edited."),
            visit=_label(report),
            state=report.review_state,
        )
    if "summary" in values:
        values["summary"] = require_text(values["summary"], field="summary")
    for field, value in values.items():
        setattr(report, field, value)
    session.flush()
    return report


def submit_report(
    session: Session, report: VisitReport, *, now: datetime | None = None
) -> VisitReport:
    """Hand the report to the manager for review."""
    if report.submitted:
        raise StateError(
            translatable("errors", "The report for {visit} was already submitted; it is {state}."),
            visit=_label(report),
            state=report.review_state,
        )
    report.submitted = True
    report.submitted_at = now or utc_now()
    report.review_state = ReviewState.PENDING
    session.flush()
    return report


def review_report(
    session: Session,
    report: VisitReport,
    *,
    decision: str,
    reviewer: Actor,
    comment: str | None = None,
    now: datetime | None = None,
) -> VisitReport:
    """``decision`` is "approve" or "request_changes" (the latter needs a comment)."""
    targets = {"approve": ReviewState.APPROVED, "request_changes": ReviewState.CHANGES_REQUESTED}
    if decision not in targets:
        raise ValueError(f"decision must be one of {sorted(targets)}")
    if not reviewer.can(REVIEW_REPORTS):
        raise StateError(translatable("errors", "Only a manager may review visit reports."))
    if not report.submitted:
        raise StateError(
            translatable("errors", "The report for {visit} has not been submitted yet."),
            visit=_label(report),
        )
    if decision == "request_changes":
        comment = require_text(comment, field="review_comment")
    move(
        report,
        target=targets[decision],
        allowed=REVIEW_TRANSITIONS,
        kind=translatable("errors", "Report"),
        label=_label(report),
        attribute="review_state",
    )
    report.review_comment = (comment or "").strip() or None
    report.reviewed_by = reviewer.username
    report.reviewed_at = now or utc_now()
    session.flush()
    return report


def resubmit(session: Session, report: VisitReport, *, now: datetime | None = None) -> VisitReport:
    """Send an edited report back for review after changes were requested."""
    move(
        report,
        target=ReviewState.PENDING,
        allowed={ReviewState.CHANGES_REQUESTED: frozenset({ReviewState.PENDING})},
        kind=translatable("errors", "Report"),
        label=_label(report),
        attribute="review_state",
    )
    report.submitted_at = now or utc_now()
    session.flush()
    return report


def reinstate_visit(session: Session, visit: Visit) -> Visit:
    """Undo a cancellation: the visit is planned again, at the time it had."""
    if visit.status != VisitStatus.CANCELLED:
        raise StateError(
            translatable(
                "errors", "Only a cancelled visit can be planned again; this one is {status}."
            ),
            status=visit.status,
        )
    visit.status = VisitStatus.PLANNED.value
    session.flush()
    return visit
