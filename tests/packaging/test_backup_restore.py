"""The backup and restore procedure of docs/deploy-server.md, run on the real PostgreSQL.

A server with data is dumped with ``pg_dump -Fc``, restored with ``pg_restore`` into
a database that never saw it, and a server on the restored copy serves the same
feed: nothing lost, nothing duplicated, sign-ins still valid, a retried push
recognised; cursors from before are told to reset, since the server notices it
runs on another database. (The hard case of laptops that synced *after* the backup,
and the operator's ``after-restore`` step for it: tests/sync/test_restore.py.)
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from fastapi.testclient import TestClient

from server.api.app import create_app
from server.config import Settings
from server.db import make_engine, make_sessionmaker
from server.migrate import upgrade
from tests.server.conftest import World, make_world
from tests.server.server_helpers import account, child

POSTGRES_URL = os.environ.get("FIELDSALES_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="FIELDSALES_TEST_POSTGRES_URL not set")


def database_url(name: str) -> str:
    base, _, _query = (POSTGRES_URL or "").partition("?")
    return base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture
def fresh_database() -> Iterator[callable]:
    """Makes empty databases with unique names; drops them afterwards."""
    made: list[str] = []

    def make() -> str:
        name = f"fs_restore_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return database_url(name)

    yield make
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        for name in made:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def serve(url: str) -> tuple[TestClient, object]:
    app = create_app(Settings(database_url=url))
    return TestClient(app), app


def test_a_restored_backup_serves_the_same_feed_and_recognises_retries(fresh_database, tmp_path):
    original = fresh_database()
    upgrade(original)
    engine = make_engine(original)
    client, app = serve(original)
    with client:
        world = make_world(client, make_sessionmaker(engine))
        acme = account(world.territories["T1"], name="Acme Trading")
        contact = child("contact", "account_id", acme["id"], last_name="Haddad")
        key = str(uuid.uuid4())
        assert world.push(world.r1, [acme, contact], key=key).status_code == 200
        others = [account(world.territories["T1"], name=f"Customer {n}") for n in range(20)]
        assert world.push(world.r1, others).status_code == 200
        before, _, cursor = world.pull_all(world.r1)
        manager_view, _, _ = world.pull_all(world.m_north)
    app.state.engine.dispose()
    engine.dispose()

    dump = tmp_path / "fieldsales.dump"
    subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", original], check=True)
    restored = fresh_database()
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={restored}", str(dump)],
        check=True,
    )
    upgrade(restored)  # what `fieldsales-server migrate` (and `serve`) does on start

    client, app = serve(restored)
    with client:
        again = World(client=client, people=world.people, territories=world.territories)
        # Everything is there once, for the rep and for the manager.
        after, _, fresh = again.pull_all(again.r1)
        assert after == before
        assert sorted(c["id"] for c in after if c["entity"] == "account") == sorted(
            [acme["id"], *(o["id"] for o in others)]
        )
        assert again.pull_all(again.m_north)[0] == manager_view
        # The server knows it runs on a copy (another database): a cursor from before
        # the restore is told to reset, as after `fieldsales-server after-restore`.
        stale = client.get("/api/v1/sync/pull", params={"cursor": cursor}, headers=again.r1.headers)
        assert stale.status_code == 409 and stale.json()["code"] == "reset_required"
        # A push the laptop retries (its answer was lost) is recognised, not applied twice.
        replay = again.push(again.r1, [acme, contact], key=key)
        assert replay.status_code == 200 and replay.json()["replayed"] is True
        # And work goes on where it stopped.
        rename = {
            "entity": "account",
            "id": acme["id"],
            "fields": {"name": "Acme Trading LLC"},
            "base_versions": {"name": 1},
        }
        assert again.push(again.r1, [rename]).status_code == 200
        newer, _, _ = again.pull_all(again.r1, fresh)
        assert [(c["id"], c["fields"]["name"]) for c in newer] == [(acme["id"], "Acme Trading LLC")]
    app.state.engine.dispose()
