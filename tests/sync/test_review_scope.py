"""Only the manager of a team reviews its reports, and the workspace knows who that is.

Carl is a manager who belongs to team north (he sees its records) but manages team
east. Anna, in North, submits a report: it is in the inbox of boss, north's manager,
and not in Carl's, and Carl's workspace refuses his decision at once rather than
letting the server refuse it later as a change that comes back refused.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from app.models import Territory
from app.services import review_inbox
from app.services.accounts import create_account
from app.services.reviews import NotAReviewerError, approve, reviewer
from app.services.visits import check_in, check_out, plan_visit, submit_report, write_report
from app.sync import issues
from app.sync.connection import reviewed_territories
from server.directory import create_team, create_territory, create_user
from tests.server.server_helpers import PASSWORD


def _anna_submits_a_report(laptop) -> str:
    now = datetime.now().astimezone().replace(microsecond=0)
    with laptop.workspace.transaction() as session:
        north = session.scalar(select(Territory.id).where(Territory.name == "North"))
        account = create_account(session, account_number="N-1", name="Nordic", territory_id=north)
        visit = plan_visit(
            session,
            account=account,
            planned_start=now - timedelta(hours=3),
            planned_end=now - timedelta(hours=2),
            owner="anna",
        )
        check_in(session, visit, now=now - timedelta(hours=3))
        check_out(session, visit, now=now - timedelta(hours=2))
        submit_report(session, write_report(session, visit, summary="Shelf space doubled."))
        return visit.id


def _inbox(laptop) -> list[str]:
    with laptop.workspace.session() as session:
        return [row.visit_id for row in review_inbox.team_inbox(session)]


def test_a_manager_who_is_only_a_member_is_not_offered_the_teams_reports(
    sync_world, laptops
) -> None:
    with sync_world.server_session() as session:
        create_user(session, username="carl", password=PASSWORD, role="manager", team="north")
        create_team(session, name="east", manager="carl")
        east = create_territory(session, name="East", team="east").id
    anna, boss, carl = laptops("anna"), laptops("boss"), laptops("carl")
    for laptop, name in ((anna, "anna"), (boss, "boss"), (carl, "carl")):
        laptop.connect(sync_world, name)
        laptop.sync()
    visit_id = _anna_submits_a_report(anna)
    assert anna.sync().converged
    boss.sync()
    carl.sync()

    assert _inbox(boss) == [visit_id]
    assert _inbox(carl) == []  # he sees the report's records, but does not review them
    with carl.workspace.transaction() as session:
        assert reviewed_territories(session) == [east]
        assert review_inbox.pending_by_rep(session) == {}
        with pytest.raises(NotAReviewerError, match="not the manager"):
            approve(session, visit_id, reviewer=reviewer(session))
    report = carl.sync()
    assert report.converged and report.refused == 0
    with carl.workspace.session() as session:
        assert issues.open_issues(session) == []

    with boss.workspace.transaction() as session:
        approve(session, visit_id, reviewer=reviewer(session))
    assert boss.sync().converged


def test_me_names_the_teams_a_user_manages_and_their_territories(sync_world) -> None:
    login = httpx.post(
        f"{sync_world.url}/api/v1/auth/login",
        json={"username": "boss", "password": PASSWORD, "device_id": str(uuid.uuid4())},
    )
    assert login.status_code == 200, login.text
    me = httpx.get(
        f"{sync_world.url}/api/v1/me",
        headers={"Authorization": f"Bearer {login.json()['access_token']}"},
    ).json()
    assert me["managed_teams"] == ["north"]
    assert me["reviewed_territories"] == sorted(sync_world.territories.values())
