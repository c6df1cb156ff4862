"""A manager's decision on a visit report: approve it, or send it back with a comment.

The decision is an ordinary local write: it lands in the sync outbox like any
other edit and reaches the server (and from there the rep) at the next sync, so a
manager reviews offline as a rep reports offline. Only the review fields change
here (``review_state``, ``review_comment``; ``reviewed_by`` / ``reviewed_at`` are
filled in for the local copy and the server fills them again on its side).

Who may review is the server's decision (the manager named on the report's team);
this workspace knows the role the server gave its account when it signed in
(``sync.role``), so a rep's workspace refuses up front with a sentence instead of
queueing a change the server would refuse.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, StateError, ValidationError, translatable
from app.models import Visit, VisitReport
from app.models.statuses import ReviewState
from app.services.actor import REVIEW_REPORTS, Actor
from app.services.visits import review_report
from app.sync.connection import ROLE, SERVER_URL, USERNAME, reviewed_territories
from app.workspace.local_settings import get_setting

REVIEWER_ROLE = "manager"


class NotAReviewerError(StateError):
    """This workspace is not signed in with a manager's account."""


def signed_in_role(session: Session) -> str | None:
    """The role the server gave this workspace's account (None: never connected)."""
    if not get_setting(session, SERVER_URL):
        return None
    return get_setting(session, ROLE) or "rep"


def is_reviewer(session: Session) -> bool:
    return signed_in_role(session) == REVIEWER_ROLE


def reviewer(session: Session) -> Actor:
    """The signed-in manager as an actor who may review; refuses anyone else."""
    role = signed_in_role(session)
    if role is None:
        raise NotAReviewerError(
            translatable(
                "errors",
                "Only a team's manager reviews visit reports; connect this workspace to "
                "the server with a manager's account first.",
            )
        )
    if role != REVIEWER_ROLE:
        raise NotAReviewerError(
            translatable(
                "errors",
                "Only a team's manager reviews visit reports; this workspace is signed in "
                "as {username} ({role}).",
            ),
            username=get_setting(session, USERNAME) or "",
            role=role,
        )
    return Actor(get_setting(session, USERNAME) or "", {REVIEW_REPORTS})


def submitted_report(session: Session, visit_id: str) -> VisitReport:
    """The submitted report of a visit, the thing a manager reviews."""
    visit = session.get(Visit, visit_id)
    report = None
    if visit is not None and not visit.deleted:
        report = session.scalar(
            select(VisitReport).where(
                VisitReport.visit_id == visit_id, VisitReport.deleted.is_(False)
            )
        )
    if report is None or not report.submitted:
        raise NotFoundError(
            translatable("errors", "No submitted visit report for visit {id}."), id=visit_id
        )
    return report


def approve(
    session: Session,
    visit_id: str,
    *,
    reviewer: Actor,
    comment: str | None = None,
    now: datetime | None = None,
) -> VisitReport:
    """Approve a pending report; it is read-only for everyone from then on."""
    report = submitted_report(session, visit_id)
    require_reviewed_here(session, report)
    _require_pending(report)
    return review_report(
        session, report, decision="approve", reviewer=reviewer, comment=comment, now=now
    )


def send_back(
    session: Session,
    visit_id: str,
    *,
    reviewer: Actor,
    comment: str | None,
    now: datetime | None = None,
) -> VisitReport:
    """Ask the rep for changes; the comment says which, and is required."""
    if not (comment or "").strip():
        raise ValidationError(
            translatable(
                "errors", "Say what the rep should change: a report is sent back with a comment."
            ),
            field="review_comment",
        )
    report = submitted_report(session, visit_id)
    require_reviewed_here(session, report)
    _require_pending(report)
    return review_report(
        session,
        report,
        decision="request_changes",
        reviewer=reviewer,
        comment=comment,
        now=now,
    )


def require_reviewed_here(session: Session, report: VisitReport) -> None:
    """Refuse a report of a team this user is only a member of, not its manager.

    The server refuses such a decision (only the team's manager reviews); saying so
    here keeps it from coming back as a refused change. A workspace that synced with
    a server which does not name the reviewed territories is not refused here.
    """
    scope = reviewed_territories(session)
    if scope is not None and report.visit.account.territory_id not in scope:
        raise NotAReviewerError(
            translatable(
                "errors",
                "You are not the manager of the team this report's territory belongs to; "
                "only that team's manager reviews it.",
            )
        )


def _require_pending(report: VisitReport) -> None:
    if report.review_state == ReviewState.APPROVED:
        raise StateError(
            translatable("errors", "This report is already approved and can no longer change.")
        )
    if report.review_state == ReviewState.CHANGES_REQUESTED:
        raise StateError(
            translatable(
                "errors",
                "This report was sent back to the rep; it can be reviewed again once "
                "it is resubmitted.",
            )
        )
