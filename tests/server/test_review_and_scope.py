"""Manager review of visit reports, and records following territories between reps."""

from __future__ import annotations

from server.db import transaction
from server.directory import create_user
from tests.server.conftest import Person
from tests.server.server_helpers import PASSWORD, account, child, new_id


def _report(world, *, submitted=True):
    acme = account(world.territories["T1"])
    visit = child("visit", "account_id", acme["id"], status="completed")
    report = child(
        "visit_report", "visit_id", visit["id"], summary="Met the buyer", submitted=submitted
    )
    assert world.push(world.r1, [acme, visit, report]).status_code == 200
    return report["id"]


def _get(world, person, report_id):
    return world.client.get(f"/api/v1/records/visit_report/{report_id}", headers=person.headers)


def _review(world, person, report_id, state, comment=""):
    return world.client.post(
        f"/api/v1/visit-reports/{report_id}/review",
        json={"review_state": state, "review_comment": comment},
        headers=person.headers,
    )


def test_submitting_puts_a_report_in_review_and_the_team_manager_approves_it(world):
    report_id = _report(world)
    assert _get(world, world.r1, report_id).json()["fields"]["review_state"] == "pending"
    response = _review(world, world.m_north, report_id, "approved", "Good work")
    assert response.status_code == 200, response.text
    fields = response.json()["fields"]
    assert fields["review_state"] == "approved"
    assert fields["reviewed_by"] == "m_north"
    assert fields["reviewed_at"]
    # The rep's client learns about it from the feed.
    changes, _, _ = world.pull_all(world.r1)
    assert any(
        c["id"] == report_id and c["fields"].get("review_state") == "approved" for c in changes
    )


def test_nobody_but_the_team_manager_reviews(world):
    report_id = _report(world)
    assert _review(world, world.m_south, report_id, "approved").status_code == 404
    assert _review(world, world.r1, report_id, "approved").status_code == 403
    assert _review(world, world.admin, report_id, "approved").status_code == 403
    by_push = {"entity": "visit_report", "id": report_id, "fields": {"review_state": "approved"}}
    assert world.push(world.r1, [by_push]).status_code == 403
    assert world.push(world.admin, [by_push]).status_code == 403
    assert _get(world, world.r1, report_id).json()["fields"]["review_state"] == "pending"


def test_an_unsubmitted_report_cannot_be_reviewed(world):
    report_id = _report(world, submitted=False)
    assert _review(world, world.m_north, report_id, "approved").status_code == 409


def test_an_approved_report_is_frozen_for_the_rep(world):
    report_id = _report(world)
    _review(world, world.m_north, report_id, "approved")
    edit = {
        "entity": "visit_report",
        "id": report_id,
        "fields": {"summary": "Changed my mind"},
        "base_versions": {"summary": 1},
    }
    response = world.push(world.r1, [edit])
    assert response.status_code == 409
    assert "approved" in response.json()["detail"]
    assert (
        world.push(
            world.r1, [{"entity": "visit_report", "id": report_id, "op": "delete"}]
        ).status_code
        == 409
    )
    assert _get(world, world.r1, report_id).json()["fields"]["summary"] == "Met the buyer"
    # Nor can the rep reopen it by asking for a new review ...
    reopen = {
        "entity": "visit_report",
        "id": report_id,
        "fields": {"review_state": "pending"},
        "base_versions": {"review_state": 9},
    }
    assert world.push(world.r1, [reopen]).status_code == 409
    assert _get(world, world.r1, report_id).json()["fields"]["review_state"] == "approved"


def test_an_approved_report_is_frozen_for_its_manager_too(world):
    report_id = _report(world)
    approved = _review(world, world.m_north, report_id, "approved").json()
    reopened = _review(world, world.m_north, report_id, "changes_requested", "One more thing")
    assert reopened.status_code == 409
    for fields in (
        {"reviewed_by": "someone else"},
        {"reviewed_at": "2020-01-01T00:00:00+00:00"},
        {"review_comment": "rewritten"},
        {"summary": "rewritten"},
    ):
        change = {
            "entity": "visit_report",
            "id": report_id,
            "fields": fields,
            "base_versions": {name: 99 for name in fields},
        }
        assert world.push(world.m_north, [change]).status_code == 409, fields
    assert _get(world, world.r1, report_id).json() == approved


def test_fields_the_server_fills_are_never_taken_from_a_client(world):
    report_id = _report(world)
    for person in (world.m_north, world.r1):
        for fields in (
            {"reviewed_by": "m_north"},
            {"reviewed_at": "2026-01-01T00:00:00+00:00"},
            {"review_state": "changes_requested", "reviewed_by": "nobody"},
        ):
            change = {
                "entity": "visit_report",
                "id": report_id,
                "fields": fields,
                "base_versions": {name: 99 for name in fields},
            }
            answer = world.push(person, [change])
            assert answer.status_code in (400, 403), (person.username, fields, answer.text)
    state = _get(world, world.r1, report_id).json()["fields"]
    assert state.get("reviewed_by") is None and state.get("reviewed_at") is None
    # The server fills them when the team's manager reviews.
    fields = _review(world, world.m_north, report_id, "approved").json()["fields"]
    assert fields["reviewed_by"] == "m_north" and fields["reviewed_at"].endswith("+00:00")


def test_a_new_report_cannot_arrive_reviewed(world):
    acme = account(world.territories["T1"])
    visit = child("visit", "account_id", acme["id"], status="completed")
    report = child(
        "visit_report",
        "visit_id",
        visit["id"],
        summary="Self-approved",
        submitted=True,
        review_state="approved",
        reviewed_by="m_north",
    )
    assert world.push(world.r1, [acme, visit, report]).status_code in (400, 403)
    # Echoing the server's own empty values is harmless.
    report["fields"].update(review_state=None, reviewed_by=None, reviewed_at=None)
    answer = world.push(world.r1, [acme, visit, report])
    assert answer.status_code == 200, answer.text
    assert _get(world, world.r1, report["id"]).json()["fields"]["review_state"] == "pending"


def test_only_the_manager_of_the_reports_team_reviews_not_a_manager_in_it(world, sessions):
    with transaction(sessions) as session:
        create_user(session, username="m_member", password=PASSWORD, role="manager", team="north")
    member = Person("m_member", "manager")
    assert world.login(member).status_code == 200
    report_id = _report(world)
    # A manager in the team sees its reports ...
    assert _get(world, member, report_id).status_code == 200
    # ... but only the team's manager reviews them.
    assert _review(world, member, report_id, "approved").status_code == 403
    by_push = {
        "entity": "visit_report",
        "id": report_id,
        "fields": {"review_state": "approved"},
        "base_versions": {"review_state": 9},
    }
    assert world.push(member, [by_push]).status_code == 403
    assert _get(world, world.r1, report_id).json()["fields"]["review_state"] == "pending"
    assert _review(world, world.m_north, report_id, "approved").status_code == 200


def test_changes_requested_stays_through_edits_until_the_rep_resubmits(world):
    report_id = _report(world)
    assert (
        _review(
            world, world.m_north, report_id, "changes_requested", "Add the order volume"
        ).status_code
        == 200
    )
    state = _get(world, world.r1, report_id).json()
    assert state["fields"]["review_comment"] == "Add the order volume"
    edit = {
        "entity": "visit_report",
        "id": report_id,
        "fields": {"summary": "Met the buyer; 40 units a month"},
        "base_versions": {"summary": state["versions"]["summary"]},
    }
    response = world.push(world.r1, [edit])
    assert response.status_code == 200, response.text
    assert response.json()["records"][0]["fields"]["review_state"] == "changes_requested"
    versions = response.json()["records"][0]["versions"]
    resubmit = {
        "entity": "visit_report",
        "id": report_id,
        "fields": {"review_state": "pending"},
        "base_versions": {"review_state": versions["review_state"]},
    }
    response = world.push(world.r1, [resubmit])
    assert response.status_code == 200, response.text
    assert response.json()["records"][0]["fields"]["review_state"] == "pending"


def test_moving_a_territory_drops_it_for_the_old_rep_and_sends_it_to_the_new(world):
    acme = account(world.territories["T1"])
    contact = child("contact", "account_id", acme["id"], last_name="Tanaka")
    world.push(world.r1, [acme, contact])
    _, _, r1_cursor = world.pull_all(world.r1)
    _, _, r2_cursor = world.pull_all(world.r2)

    moved = world.client.post(
        f"/api/v1/admin/territories/{world.territories['T1']}/assign",
        json={"username": "r2"},
        headers=world.admin.headers,
    )
    assert moved.status_code == 200, moved.text

    _, drops, _ = world.pull_all(world.r1, r1_cursor)
    assert {(d["entity"], d["id"]) for d in drops} == {
        ("account", acme["id"]),
        ("contact", contact["id"]),
    }
    assert (
        world.client.get(
            f"/api/v1/records/account/{acme['id']}", headers=world.r1.headers
        ).status_code
        == 404
    )

    changes, drops, _ = world.pull_all(world.r2, r2_cursor)
    assert drops == []
    assert {acme["id"], contact["id"]} <= {c["id"] for c in changes}


def test_moving_an_account_between_territories_moves_its_rows(world):
    acme = account(world.territories["T1"])
    contact = child("contact", "account_id", acme["id"], last_name="Tanaka")
    world.push(world.r1, [acme, contact])
    _, _, r1_cursor = world.pull_all(world.r1)
    _, _, r2_cursor = world.pull_all(world.r2)
    move = {
        "entity": "account",
        "id": acme["id"],
        "fields": {"territory_id": world.territories["T2"]},
        "base_versions": {"territory_id": 1},
    }
    # A rep cannot hand an account to a territory they do not hold ...
    assert world.push(world.r1, [move]).status_code == 404
    # ... their manager can.
    assert world.push(world.m_north, [move]).status_code == 200
    r1_changes, _, _ = world.pull_all(world.r1, r1_cursor)
    assert {(c["kind"], c["id"]) for c in r1_changes} == {
        ("drop", acme["id"]),
        ("drop", contact["id"]),
    }
    r2_changes, _, _ = world.pull_all(world.r2, r2_cursor)
    assert {(c["kind"], c["id"]) for c in r2_changes} == {
        ("upsert", acme["id"]),
        ("upsert", contact["id"]),
    }
    assert (
        next(c for c in r2_changes if c["id"] == contact["id"])["fields"]["last_name"] == "Tanaka"
    )


def test_a_row_created_under_a_moved_accounts_quote_follows_the_move(world):
    # The quote is not in the batch: its scope must be the one the move just gave
    # it (unflushed in the session), not the one still stored.
    acme = account(world.territories["T1"])
    quote = child("quote", "account_id", acme["id"], number="Q-1")
    assert world.push(world.r1, [acme, quote]).status_code == 200
    _, _, r1_cursor = world.pull_all(world.r1)
    move = {
        "entity": "account",
        "id": acme["id"],
        "fields": {"territory_id": world.territories["T2"]},
        "base_versions": {"territory_id": 1},
    }
    line = child("quote_line", "quote_id", quote["id"], quantity="1")
    answer = world.push(world.m_north, [move, line])
    assert answer.status_code == 200, answer.text
    assert line["id"] in {c["id"] for c in world.pull_all(world.r2)[0]}
    assert line["id"] not in {c["id"] for c in world.pull_all(world.r1, r1_cursor)[0]}


def test_a_task_without_an_account_is_private_to_its_author(world):
    task = {"entity": "task", "id": new_id(), "fields": {"title": "Renew my car insurance"}}
    assert world.push(world.r1, [task]).status_code == 200
    assert task["id"] in {c["id"] for c in world.pull_all(world.r1)[0]}
    for other in (world.r2, world.m_north):
        assert task["id"] not in {c["id"] for c in world.pull_all(other)[0]}
        path = f"/api/v1/records/task/{task['id']}"
        assert world.client.get(path, headers=other.headers).status_code == 404


def test_catch_up_after_a_territory_move_pages_through_its_whole_history(world):
    rows = []
    for n in range(3):
        acme = account(world.territories["T1"], name=f"Acme {n}")
        rows += [acme, child("contact", "account_id", acme["id"], last_name=f"C{n}")]
    world.push(world.r1, rows)
    moved_away = account(world.territories["T1"], name="Leaves T1")
    world.push(world.r1, [moved_away])
    move = {
        "entity": "account",
        "id": moved_away["id"],
        "fields": {"territory_id": world.territories["T2"]},
        "base_versions": {"territory_id": 1},
    }
    world.push(world.m_north, [move])

    # r3 (south) already synced; T1 is then given to r3.
    _, _, cursor = world.pull_all(world.r3)
    assert (
        world.client.post(
            f"/api/v1/admin/territories/{world.territories['T1']}/assign",
            json={"username": "r3"},
            headers=world.admin.headers,
        ).status_code
        == 200
    )

    state: dict[str, str] = {}
    pages = 0
    while True:
        page = world.client.get(
            "/api/v1/sync/pull", params={"cursor": cursor, "limit": 2}, headers=world.r3.headers
        ).json()
        pages += 1
        for change in page["changes"]:
            if change["kind"] == "upsert":
                state[change["id"]] = change["kind"]
            else:
                state.pop(change["id"], None)
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert pages > 3  # it really paged
    assert set(state) == {row["id"] for row in rows}  # the account that left T1 was dropped again
