"""A manager's inbox, filters, one report in full, and the decisions, on a real schema."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.errors import NotFoundError, StateError, ValidationError
from app.models import VisitReport
from app.services.accounts import create_account, create_contact
from app.services.review_inbox import (
    InboxFilter,
    inbox_choices,
    pending_by_rep,
    report_detail,
    team_inbox,
)
from app.services.reviews import NotAReviewerError, approve, reviewer, send_back
from app.services.visits import (
    check_in,
    check_out,
    plan_visit,
    resubmit,
    submit_report,
    update_report,
    write_report,
)
from app.sync.connection import save_connection

DAY = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _connect(session, role: str, username: str = "maria") -> None:
    save_connection(
        session,
        server_url="https://crm.example",
        username=username,
        user_id="u1",
        role=role,
        allow_insecure_http=False,
    )


def _report(session, account, *, rep, day, outcome="interested", submit=True, hours=0):
    start = DAY + timedelta(days=day)
    visit = plan_visit(
        session,
        account=account,
        planned_start=start,
        planned_end=start + timedelta(hours=1),
        owner=rep,
        contacts=list(account.contacts),
    )
    check_in(session, visit, now=start)
    check_out(session, visit, now=start + timedelta(minutes=50))
    report = write_report(
        session,
        visit,
        summary=f"{rep} met {account.name}",
        outcome=outcome,
        follow_up_title="Send the catalogue",
        follow_up_due=start.date() + timedelta(days=3),
    )
    if submit:
        submit_report(session, report, now=start + timedelta(hours=2 + hours))
    return visit.id


@pytest.fixture
def team(session):
    acme = create_account(session, account_number="A-1", name="Acme", billing_city="Dubai")
    create_contact(session, account=acme, first_name="Olga", last_name="Ivanova")
    nile = create_account(session, account_number="A-2", name="Nile Works")
    visits = {
        "anna_acme": _report(session, acme, rep="anna", day=0, outcome="order_placed"),
        "anna_nile": _report(session, nile, rep="anna", day=2),
        "omar_nile": _report(session, nile, rep="omar", day=4, outcome="no_interest"),
        "omar_draft": _report(session, acme, rep="omar", day=5, submit=False),
    }
    _connect(session, "manager")
    session.flush()
    return {"acme": acme.id, "nile": nile.id, **visits}


def test_the_inbox_lists_submitted_reports_newest_first_with_pending_counts(session, team):
    rows = team_inbox(session)
    assert [row.visit_id for row in rows] == [
        team["omar_nile"],
        team["anna_nile"],
        team["anna_acme"],
    ]
    assert {row.review_state for row in rows} == {"pending"}
    assert pending_by_rep(session) == {"anna": 2, "omar": 1}
    assert [row.visit_id for row in team_inbox(session, limit=2)] == [
        team["omar_nile"],
        team["anna_nile"],
    ]
    choices = inbox_choices(session)
    assert choices.reps == ["anna", "omar"]
    assert choices.accounts == [(team["acme"], "Acme"), (team["nile"], "Nile Works")]


def test_the_inbox_filters_by_rep_dates_account_outcome_and_state(session, team):
    def ids(**filters):
        return [row.visit_id for row in team_inbox(session, InboxFilter(**filters))]

    assert ids(rep="anna") == [team["anna_nile"], team["anna_acme"]]
    assert ids(since=date(2026, 6, 3), until=date(2026, 6, 5)) == [
        team["omar_nile"],
        team["anna_nile"],
    ]
    assert ids(until=date(2026, 6, 1)) == [team["anna_acme"]]
    assert ids(account_id=team["nile"], rep="omar") == [team["omar_nile"]]
    assert ids(outcome="order_placed") == [team["anna_acme"]]
    send_back(session, team["anna_nile"], reviewer=reviewer(session), comment="Who was there?")
    assert ids(state="changes_requested") == [team["anna_nile"]]
    assert ids(state="pending", rep="anna") == [team["anna_acme"]]
    assert pending_by_rep(session) == {"anna": 1, "omar": 1}


def test_the_detail_holds_the_visit_the_report_and_the_follow_up(session, team):
    detail = report_detail(session, team["anna_acme"])
    assert (detail.account_name, detail.city, detail.rep) == ("Acme", "Dubai", "anna")
    assert detail.contacts == ["Olga Ivanova"]
    assert detail.checked_out_at - detail.checked_in_at == timedelta(minutes=50)
    assert detail.summary == "anna met Acme" and detail.outcome == "order_placed"
    assert detail.follow_up.title == "Send the catalogue"
    assert detail.follow_up.due_date == date(2026, 6, 4)
    with pytest.raises(NotFoundError):
        report_detail(session, team["omar_draft"])  # a draft is the rep's own business


def test_send_back_needs_a_comment_and_resubmission_makes_it_pending_again(session, team):
    manager = reviewer(session)
    with pytest.raises(ValidationError) as refused:
        send_back(session, team["anna_acme"], reviewer=manager, comment="  ")
    assert refused.value.field == "review_comment"
    assert session.get(VisitReport, report_detail(session, team["anna_acme"]).report_id)
    assert team_inbox(session, InboxFilter(state="changes_requested")) == []

    report = send_back(session, team["anna_acme"], reviewer=manager, comment="Add the quantities")
    assert (report.review_state, report.review_comment) == (
        "changes_requested",
        "Add the quantities",
    )
    assert report.reviewed_by == "maria"
    with pytest.raises(StateError):
        approve(session, team["anna_acme"], reviewer=manager)  # the rep has it now

    update_report(session, report, summary="anna met Acme: 20 pumps, 40 valves")
    resubmit(session, report, now=DAY + timedelta(days=9))
    rows = team_inbox(session)
    assert rows[0].visit_id == team["anna_acme"] and rows[0].review_state == "pending"

    approved = approve(session, team["anna_acme"], reviewer=manager)
    assert approved.review_state == "approved"
    with pytest.raises(StateError):
        update_report(session, approved, summary="changed afterwards")
    with pytest.raises(StateError):
        send_back(session, team["anna_acme"], reviewer=manager, comment="Too late")


def test_only_a_manager_reviews(session, team):
    _connect(session, "rep", username="anna")
    with pytest.raises(NotAReviewerError) as refused:
        reviewer(session)
    assert "anna" in str(refused.value) and "\n" not in str(refused.value)


def test_an_unknown_visit_is_not_found(session, team):
    with pytest.raises(NotFoundError):
        approve(session, "no-such-visit", reviewer=reviewer(session))
