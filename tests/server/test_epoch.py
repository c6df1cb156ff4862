"""The feed's epoch, and the versions a resetting client asks for (docs/sync.md, "Client reset")."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from server.cli import main as server_cli
from server.db import transaction
from server.migrate import upgrade
from tests.server.server_helpers import account, child


def epoch(world, person) -> str:
    me = world.client.get("/api/v1/me", headers=person.headers)
    assert me.status_code == 200, me.text
    return me.json()["epoch"]


def pull(world, person, cursor: str | None):
    params = {"cursor": cursor} if cursor else {}
    return world.client.get("/api/v1/sync/pull", params=params, headers=person.headers)


def test_versions_name_only_what_the_caller_may_see(world) -> None:
    acme = account(world.territories["T1"], name="Acme")
    doe = child("contact", "account_id", acme["id"], last_name="Doe")
    assert world.push(world.r1, [acme, doe]).status_code == 200
    rename = {"entity": "account", "id": acme["id"], "fields": {"name": "Acme AG"}}
    rename["base_versions"] = {"name": 1}
    gone = {"entity": "contact", "id": doe["id"], "op": "delete"}
    assert world.push(world.r1, [rename, gone]).status_code == 200
    south = account(world.territories["T3"], name="Southern")
    assert world.push(world.r3, [south]).status_code == 200

    asked = [("account", acme["id"]), ("contact", doe["id"]), ("account", south["id"])]
    asked.append(("account", str(uuid.uuid4())))  # never existed
    answer = world.client.post(
        "/api/v1/sync/versions",
        json={"records": [{"entity": entity, "id": record_id} for entity, record_id in asked]},
        headers=world.r1.headers,
    )
    assert answer.status_code == 200, answer.text
    found = {(r["entity"], r["id"]): r for r in answer.json()["records"]}
    assert set(found) == {("account", acme["id"]), ("contact", doe["id"])}
    assert found[("account", acme["id"])]["deleted"] is False
    assert found[("account", acme["id"])]["versions"]["name"] == 2
    assert found[("account", acme["id"])]["versions"]["territory_id"] == 1
    assert found[("contact", doe["id"])]["deleted"] is True

    for bad in ({"entity": "planet", "id": acme["id"]}, {"entity": "account", "id": "ACME"}):
        refused = world.client.post(
            "/api/v1/sync/versions", json={"records": [bad]}, headers=world.r1.headers
        )
        assert refused.status_code == 422, refused.text
    empty = world.client.post(
        "/api/v1/sync/versions", json={"records": []}, headers=world.r1.headers
    )
    assert empty.status_code == 422


def test_after_restore_gives_the_feed_a_new_epoch_and_old_cursors_must_reset(
    world, settings, capsys
) -> None:
    assert world.push(world.r1, [account(world.territories["T1"])]).status_code == 200
    _, _, cursor = world.pull_all(world.r1)
    before = epoch(world, world.r1)
    assert epoch(world, world.r1) == before  # stable while nothing happens
    assert pull(world, world.r1, cursor).status_code == 200

    assert server_cli(["--database-url", settings.database_url, "after-restore"]) == 0
    assert "new feed epoch" in capsys.readouterr().out

    after = epoch(world, world.r1)
    assert after != before
    stale = pull(world, world.r1, cursor)
    assert stale.status_code == 409
    assert stale.json()["code"] == "reset_required"
    # From the start, the feed is all there, and its cursor is good again.
    changes, _, fresh = world.pull_all(world.r1)
    assert "account" in {c["entity"] for c in changes}
    assert pull(world, world.r1, fresh).status_code == 200
    assert epoch(world, world.r1) == after


def test_a_cursor_ahead_of_the_feed_draws_a_new_epoch_once(world, sessions) -> None:
    for person, territory in ((world.r1, "T1"), (world.r2, "T2")):
        changes = [account(world.territories[territory]) for _ in range(3)]
        assert world.push(person, changes).status_code == 200
    cursors = {name: world.pull_all(world.people[name])[2] for name in ("r1", "r2")}
    before = epoch(world, world.r1)
    # The database goes back in time and nobody tells the server (no after-restore).
    with transaction(sessions) as session:
        session.execute(text("UPDATE feed_sequencer SET last_seq = last_seq - 4"))
        session.execute(
            text("DELETE FROM change_log WHERE seq > (SELECT last_seq FROM feed_sequencer)")
        )

    ahead = pull(world, world.r1, cursors["r1"])
    assert ahead.status_code == 409 and ahead.json()["code"] == "reset_required"
    drawn = epoch(world, world.r1)
    assert drawn != before
    # The second laptop to notice does not draw another one (every laptop would reset again).
    assert pull(world, world.r2, cursors["r2"]).status_code == 409
    assert epoch(world, world.r2) == drawn


def test_the_server_started_on_a_copy_of_its_database_draws_a_new_epoch(settings, sessions):
    if not settings.database_url.startswith("postgresql"):
        pytest.skip("SQLite has no database identity: after-restore and cursors tell")
    upgrade(settings.database_url)  # every start: notes which database this is

    def stored(key: str) -> str:
        with transaction(sessions) as session:
            return session.scalar(
                text("SELECT value FROM server_settings WHERE key = :k"), {"k": key}
            )

    before = stored("feed_epoch")
    upgrade(settings.database_url)
    assert stored("feed_epoch") == before  # the same database: nothing changes
    identity = stored("feed_epoch_anchor")
    # As if the rows had been restored from another database (pg_restore into a new one).
    with transaction(sessions) as session:
        session.execute(
            text("UPDATE server_settings SET value = '1:1' WHERE key = 'feed_epoch_anchor'")
        )
    upgrade(settings.database_url)
    assert stored("feed_epoch") != before
    assert stored("feed_epoch_anchor") == identity
