"""A server restored from a backup, and laptops that synced after the backup.

The story of docs/deploy-server.md, "After a restore": two laptops of one rep sync
with a real server; the operator backs the database up; the laptops keep working
(creates, edits, a delete) and syncing, one keeps an edit it has not sent yet; the
database is lost and restored from the backup, and the server started again on it.
Then the laptops sync: what the restored server lost is back on it, once, and both
laptops and the server hold the same data. On PostgreSQL (``pg_dump`` /
``pg_restore`` into a fresh database) with the operator's ``fieldsales-server
after-restore`` step, and on SQLite (the file copied as the backup) without it (the
server notices a cursor ahead of its feed). Someone also works on the restored
server before the laptops come back.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy import select

from app.cli.sync_commands import _print_report
from app.models import Account, Contact, Territory
from app.services.accounts import create_account, create_contact, update_account, update_contact
from app.services.records import soft_delete
from app.sync.engine import SyncReport
from server.cli import main as server_cli
from server.db import make_engine, make_sessionmaker, transaction
from server.migrate import upgrade
from server.models import Record
from tests.server.server_helpers import PASSWORD, free_port, live_server
from tests.sync.conftest import _seed

POSTGRES_URL = os.environ.get("FIELDSALES_TEST_POSTGRES_URL")
# What the test compares, per entity: the fields a rep's day changes, and deleted.
COMPARED = {
    "account": ("name", "phone", "email", "notes"),
    "contact": ("account_id", "last_name", "phone"),
}


class Backend:
    """A server database that can be backed up and restored as docs/deploy-server.md says."""

    def __init__(self, kind: str, folder: Path) -> None:
        self.kind, self.folder = kind, folder
        self.made: list[str] = []  # PostgreSQL databases to drop
        self.count = 0
        self.url = self.fresh()

    def fresh(self) -> str:
        self.count += 1
        if self.kind == "sqlite":
            return f"sqlite:///{self.folder / f'server-{self.count}.sqlite3'}"
        name = f"fs_restore_sync_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        return (POSTGRES_URL or "").partition("?")[0].rsplit("/", 1)[0] + "/" + name

    def back_up(self) -> Path:
        if self.kind == "sqlite":
            # The server is running: SQLite's online backup (the sqlite3 tool's
            # ".backup") copies a consistent file.
            backup = self.folder / "backup.sqlite3"
            with (
                closing(sqlite3.connect(self.url.removeprefix("sqlite:///"))) as source,
                closing(sqlite3.connect(backup)) as target,
            ):
                source.backup(target)
            return backup
        dump = self.folder / "fieldsales.dump"
        subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", self.url], check=True)
        return dump

    def restore(self, backup: Path) -> str:
        """The database is lost; the backup goes into a new one."""
        restored = self.fresh()
        if self.kind == "sqlite":
            shutil.copyfile(backup, restored.removeprefix("sqlite:///"))
        else:
            subprocess.run(
                ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={restored}", backup],
                check=True,
            )
        return restored

    def drop(self) -> None:
        if not self.made:
            return
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            for name in self.made:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def backend(request, tmp_path) -> Iterator[Backend]:
    if request.param == "postgres" and not POSTGRES_URL:
        pytest.skip("FIELDSALES_TEST_POSTGRES_URL not set")
    made = Backend(request.param, tmp_path)
    yield made
    made.drop()


def admin_push(url: str, changes: list[dict[str, Any]]) -> None:
    """Someone works on the restored server before the laptops come back."""
    login = httpx.post(
        f"{url}/api/v1/auth/login",
        json={"username": "admin", "password": PASSWORD, "device_id": str(uuid.uuid4())},
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    body = {"idempotency_key": str(uuid.uuid4()), "changes": changes}
    answer = httpx.post(f"{url}/api/v1/sync/push", json=body, headers=headers)
    assert answer.status_code == 200, answer.text


def server_state(database_url: str) -> dict[tuple[str, str], tuple[Any, ...]]:
    engine = make_engine(database_url)
    try:
        with transaction(make_sessionmaker(engine)) as session:
            records = session.scalars(select(Record).where(Record.entity.in_(COMPARED))).all()
            return {
                (r.entity, r.id): (r.deleted, *(r.doc.get(name) for name in COMPARED[r.entity]))
                for r in records
            }
    finally:
        engine.dispose()


def laptop_state(laptop) -> dict[tuple[str, str], tuple[Any, ...]]:
    with laptop.workspace.session() as session:
        state = {}
        for entity, model in (("account", Account), ("contact", Contact)):
            for row in session.scalars(select(model)):
                values = (getattr(row, name) for name in COMPARED[entity])
                state[(entity, row.id)] = (row.deleted, *values)
        return state


def north(laptop) -> str:
    with laptop.workspace.session() as session:
        return session.scalar(select(Territory.id).where(Territory.name == "North"))


def edit(laptop, change: Callable[[Any], Any]) -> Any:
    with laptop.workspace.transaction() as session:
        return change(session)


@pytest.mark.parametrize(
    ("backend", "operator_ran_after_restore"),
    # The documented procedure on the production database, and the forgotten step on
    # the default one (tests/server/test_epoch.py covers both steps on both).
    [("postgres", True), ("sqlite", False)],
    indirect=["backend"],
)
def test_laptops_that_synced_after_the_backup_lose_nothing_after_a_restore(
    backend, laptops, operator_ran_after_restore
) -> None:
    upgrade(backend.url)
    _seed(backend.url)
    port = free_port()
    first, second = laptops("a"), laptops("b")
    with live_server(backend.url, port=port, FIELDSALES_ARGON2_PROFILE="test") as url:
        for laptop in (first, second):
            laptop.engine.connect(server_url=url, username="anna", password=PASSWORD)
            laptop.sync()
        territory = north(first)
        acme = edit(
            first,
            lambda s: create_account(s, account_number="A-1", name="Acme", territory_id=territory),
        )
        doe = edit(
            first, lambda s: create_contact(s, account=s.get(Account, acme.id), last_name="Doe")
        )
        old = edit(
            first, lambda s: create_contact(s, account=s.get(Account, acme.id), last_name="Old")
        )
        first.sync()
        second.sync()

        backup = backend.back_up()

        # After the backup: both laptops go on working and syncing.
        edit(first, lambda s: update_account(s, s.get(Account, acme.id), phone="+49 40 1"))
        beta = edit(
            first,
            lambda s: create_account(s, account_number="B-1", name="Beta", territory_id=territory),
        )
        edit(
            first, lambda s: create_contact(s, account=s.get(Account, beta.id), last_name="Ivanova")
        )
        temp = edit(
            first, lambda s: create_contact(s, account=s.get(Account, acme.id), last_name="Temp")
        )
        first.sync()
        second.sync()
        edit(second, lambda s: soft_delete(s, s.get(Contact, temp.id)))  # made and gone in the gap
        edit(second, lambda s: update_account(s, s.get(Account, beta.id), name="Beta GmbH"))
        edit(second, lambda s: update_account(s, s.get(Account, acme.id), notes="call Monday"))
        edit(second, lambda s: update_contact(s, s.get(Contact, doe.id), phone="+49 40 2"))
        edit(second, lambda s: soft_delete(s, s.get(Contact, old.id)))
        gamma = edit(
            second,
            lambda s: create_account(s, account_number="C-1", name="Gamma", territory_id=territory),
        )
        second.sync()
        first.sync()
        # And edits the first laptop has not sent when the server is lost, one of
        # them of a record the backup does not have.
        edit(first, lambda s: update_account(s, s.get(Account, acme.id), email="buy@acme.example"))
        edit(first, lambda s: update_account(s, s.get(Account, beta.id), phone="+49 30 9"))
        lost = server_state(backend.url)

    restored = backend.restore(backup)
    assert server_state(restored) != lost  # the backup really lacks the later work
    if operator_ran_after_restore:
        assert server_cli(["--database-url", restored, "after-restore"]) == 0

    with live_server(restored, port=port, FIELDSALES_ARGON2_PROFILE="test") as url:
        # Before the laptops come back: a new account, and the contact's phone set
        # again, which gives it the very version number a lost edit of it had.
        delta = str(uuid.uuid4())
        admin_push(
            url,
            [
                {
                    "entity": "account",
                    "id": delta,
                    "fields": {"name": "Delta", "territory_id": territory},
                },
                {"entity": "contact", "id": doe.id, "fields": {"phone": "+1 555"}},
            ],
        )
        reports = [first.sync(), second.sync(), first.sync()]
    assert reports[0].reset and reports[1].reset and not reports[2].reset
    assert all(report.converged for report in reports)

    # Nothing lost: everything the lost server held is back, with the unsent edit.
    expected = dict(lost)
    deleted, *values = expected[("account", acme.id)]
    expected[("account", acme.id)] = (deleted, values[0], values[1], "buy@acme.example", values[3])
    expected[("account", beta.id)] = (False, "Beta GmbH", "+49 30 9", None, None)
    # And what was written on the restored server: the newer write of the phone wins.
    expected[("account", delta)] = (False, "Delta", None, None, None)
    expected[("contact", doe.id)] = (False, acme.id, "Doe", "+1 555")
    assert expected[("account", gamma.id)] == (False, "Gamma", None, None, None)
    assert expected[("contact", old.id)][0] is True
    # A record made and deleted in the gap is gone for good: nobody holds it live.
    assert expected.pop(("contact", temp.id))[0] is True
    assert server_state(restored) == expected
    # Nothing twice, and both laptops hold exactly what the server holds.
    assert laptop_state(first) == laptop_state(second) == expected


def test_the_command_line_says_when_a_sync_was_a_reset(capsys) -> None:
    _print_report(SyncReport(pushed=3, pulled=40, reset=True), as_json=False)
    assert "restored from a backup" in capsys.readouterr().out
    _print_report(SyncReport(reset=True), as_json=True)
    assert json.loads(capsys.readouterr().out)["reset"] is True
    _print_report(SyncReport(pushed=3), as_json=False)
    assert "restored" not in capsys.readouterr().out
