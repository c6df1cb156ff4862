"""Visit and report state machines, and the read-only approved report."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, StateError, ValidationError
from app.models import Task, Visit, VisitReport
from app.services.accounts import create_account, create_contact
from app.services.actor import REVIEW_REPORTS, Actor
from app.services.visits import (
    cancel_visit,
    check_in,
    check_out,
    get_visit,
    mark_missed,
    plan_visit,
    report_of,
    reschedule_visit,
    resubmit,
    review_report,
    submit_report,
    update_report,
    write_report,
)

START = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
MANAGER = Actor("boris", frozenset({REVIEW_REPORTS}))


@pytest.fixture
def visit(session):
    account = create_account(session, account_number="A-1", name="Acme")
    contact = create_contact(session, account=account, first_name="Olga", last_name="Ivanova")
    return plan_visit(
        session,
        account=account,
        planned_start=START,
        planned_end=START + timedelta(hours=1),
        owner="anna",
        contacts=[contact],
        purpose="Annual review",
    )


@pytest.fixture
def report(session, visit):
    check_in(session, visit, now=START)
    check_out(session, visit, now=START + timedelta(minutes=50))
    return write_report(
        session,
        visit,
        summary="Went well",
        follow_up_title="Send samples",
        follow_up_due=date(2026, 6, 8),
    )


def test_planned_visit_keeps_its_contacts(visit) -> None:
    assert (visit.status, len(visit.contact_ids), visit.owner) == ("planned", 1, "anna")


def test_check_in_and_out_complete_the_visit(session, visit) -> None:
    check_in(session, visit, now=START + timedelta(minutes=5))
    check_out(session, visit, now=START + timedelta(minutes=55))
    assert (visit.status, visit.checked_in_at, visit.checked_out_at) == (
        "completed",
        START + timedelta(minutes=5),
        START + timedelta(minutes=55),
    )


def test_end_before_start_is_refused_and_nothing_written(session, visit) -> None:
    with pytest.raises(ValidationError) as caught:
        plan_visit(
            session,
            account=visit.account,
            planned_start=START,
            planned_end=START - timedelta(minutes=1),
        )
    assert caught.value.field == "planned_end"
    assert (
        str(caught.value)
        == "The end (2026-06-01T08:59:00+00:00) is before the start (2026-06-01T09:00:00+00:00)."
    )
    session.commit()
    assert session.scalar(select(func.count()).select_from(Visit)) == 1


def test_contact_of_another_account_is_refused(session, visit) -> None:
    other = create_account(session, account_number="A-2", name="Beta")
    stranger = create_contact(session, account=other, first_name="Li", last_name="Wei")
    with pytest.raises(ValidationError, match="Li Wei does not work at Acme."):
        plan_visit(
            session,
            account=visit.account,
            planned_start=START,
            planned_end=START,
            contacts=[stranger],
        )


@pytest.mark.parametrize(
    ("path", "action", "message"),
    [
        ([], check_out, "cannot go from planned to completed."),
        (["check_in"], cancel_visit, "cannot go from checked_in to cancelled."),
        (["check_in"], mark_missed, "cannot go from checked_in to missed."),
        (["cancel"], check_in, "cannot go from cancelled to checked_in."),
        (["missed"], cancel_visit, "cannot go from missed to cancelled."),
        (["check_in", "check_out"], check_in, "cannot go from completed to checked_in."),
    ],
)
def test_forbidden_visit_transitions(session, visit, path, action, message) -> None:
    steps = {
        "check_in": lambda: check_in(session, visit, now=START),
        "check_out": lambda: check_out(session, visit, now=START + timedelta(hours=1)),
        "cancel": lambda: cancel_visit(session, visit),
        "missed": lambda: mark_missed(session, visit),
    }
    for step in path:
        steps[step]()
    with pytest.raises(StateError) as caught:
        action(session, visit)
    assert str(caught.value) == f"Visit Acme, 2026-06-01 09:00 UTC {message}"


def test_report_only_for_a_completed_visit(session, visit) -> None:
    with pytest.raises(
        StateError, match="only be written for a completed visit; this one is planned"
    ):
        write_report(session, visit, summary="x")
    check_in(session, visit, now=START)
    with pytest.raises(StateError, match="this one is checked_in"):
        write_report(session, visit, summary="x")
    assert session.scalar(select(func.count()).select_from(VisitReport)) == 0


def test_report_creates_the_follow_up_task(session, report) -> None:
    task = session.scalars(select(Task)).one()
    assert (task.title, task.due_date, task.assignee, task.visit_id) == (
        "Send samples",
        date(2026, 6, 8),
        "anna",
        report.visit_id,
    )
    assert report.follow_up_task is task
    with pytest.raises(StateError, match="already has a report"):
        write_report(session, report.visit, summary="again")


def test_report_needs_a_summary(session, visit) -> None:
    check_in(session, visit, now=START)
    check_out(session, visit, now=START + timedelta(hours=1))
    with pytest.raises(ValidationError) as caught:
        write_report(session, visit, summary=" ")
    assert caught.value.field == "summary"


def test_review_cycle_changes_requested_then_approved(session, report) -> None:
    submit_report(session, report, now=START)
    assert (report.submitted, report.review_state) == (True, "pending")
    with pytest.raises(StateError, match="cannot be edited"):
        update_report(session, report, summary="sneaky edit")
    with pytest.raises(ValidationError) as caught:
        review_report(session, report, decision="request_changes", reviewer=MANAGER)
    assert caught.value.field == "review_comment"
    review_report(
        session, report, decision="request_changes", reviewer=MANAGER, comment="Which samples?"
    )
    assert (report.review_state, report.review_comment, report.reviewed_by) == (
        "changes_requested",
        "Which samples?",
        "boris",
    )
    with pytest.raises(StateError, match="cannot go from changes_requested to approved"):
        review_report(session, report, decision="approve", reviewer=MANAGER)
    update_report(session, report, next_steps="Send M8 samples")
    resubmit(session, report)
    review_report(session, report, decision="approve", reviewer=MANAGER)
    session.commit()
    assert report.review_state == "approved"


def test_approved_report_is_read_only(session, report) -> None:
    submit_report(session, report)
    review_report(session, report, decision="approve", reviewer=MANAGER)
    session.commit()
    with pytest.raises(StateError, match="is approved and cannot be edited"):
        update_report(session, report, summary="rewritten")
    with pytest.raises(StateError, match="cannot go from approved to pending"):
        resubmit(session, report)
    with pytest.raises(StateError, match="cannot go from approved to changes_requested"):
        review_report(session, report, decision="request_changes", reviewer=MANAGER, comment="x")
    session.rollback()
    report.summary = "changed behind the services' back"
    with pytest.raises(StateError):
        session.flush()


def test_only_submitted_reports_are_reviewed_and_only_by_managers(session, report) -> None:
    with pytest.raises(StateError, match="has not been submitted yet"):
        review_report(session, report, decision="approve", reviewer=MANAGER)
    submit_report(session, report)
    with pytest.raises(StateError, match="Only a manager"):
        review_report(session, report, decision="approve", reviewer=Actor("anna"))
    with pytest.raises(StateError, match="already submitted"):
        submit_report(session, report)
    with pytest.raises(StateError, match="cannot go from pending to pending"):
        resubmit(session, report)


def test_visit_and_its_report_are_found(session, report) -> None:
    visit = get_visit(session, report.visit_id)
    assert report_of(session, visit) is report
    with pytest.raises(NotFoundError):
        get_visit(session, "00000000-0000-0000-0000-000000000000")


def test_reschedule_only_while_planned(session, visit) -> None:
    later = START + timedelta(days=1)
    with pytest.raises(ValidationError):
        reschedule_visit(
            session, visit, planned_start=later, planned_end=later - timedelta(hours=1)
        )
    assert visit.planned_start == START
    reschedule_visit(session, visit, planned_start=later, planned_end=later + timedelta(hours=2))
    assert (visit.planned_start, visit.planned_end) == (later, later + timedelta(hours=2))
    check_in(session, visit, now=later)
    with pytest.raises(
        StateError, match="Only a planned visit can be rescheduled; this one is checked_in."
    ):
        reschedule_visit(session, visit, planned_start=START, planned_end=START)
