"""``fieldsales sync`` and ``fieldsales conflicts`` from a terminal, against a real server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.models import Account, Territory
from app.services.accounts import create_account, update_account
from app.workspace import Workspace
from tests.server.server_helpers import PASSWORD, free_port

PASSPHRASE = "test passphrase"


@pytest.fixture
def terminal(monkeypatch, capsys):
    monkeypatch.setenv("FIELDSALES_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDSALES_PASSWORD", PASSWORD)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def _account_in_north(laptop, number: str, name: str) -> str:
    with laptop.workspace.transaction() as session:
        territory = session.scalar(select(Territory.id).where(Territory.name == "North"))
        return create_account(session, account_number=number, name=name, territory_id=territory).id


def test_first_run_connects_and_later_runs_need_nothing(sync_world, laptops, terminal) -> None:
    laptop = laptops("cli")
    folder = str(laptop.folder)
    laptop.workspace.close()
    code, out, err = terminal(
        "sync", "--data-dir", folder, "--server", sync_world.url, "--username", "anna", "--json"
    )
    assert code == 0, err
    summary = json.loads(out)
    assert {"pushed", "pulled", "dropped", "conflicts", "refused", "duration"} <= summary.keys()
    assert summary["pulled"] >= 4  # two territories' worth of catalog, stages, a product

    # Nothing about the connection is in a plain file: tokens live in the encrypted database.
    for path in laptop.folder.rglob("*"):
        if path.is_file():
            assert b"anna" not in path.read_bytes() or path.name.startswith("workspace.db")

    code, out, err = terminal("sync", "--data-dir", folder, "--json")
    assert code == 0 and json.loads(out)["pushed"] == 0, err


def test_exit_codes_say_unreachable_and_needs_the_user(sync_world, laptops, terminal) -> None:
    laptop, other = laptops("cli"), laptops("other")
    other.connect(sync_world, "anna")
    other.sync()
    folder = str(laptop.folder)
    laptop.workspace.close()
    assert (
        terminal("sync", "--data-dir", folder, "--server", sync_world.url, "--username", "anna")[0]
        == 0
    )

    with Workspace.open(laptop.folder, PASSPHRASE) as workspace:
        from app.sync.engine import SyncEngine

        engine = SyncEngine(workspace)
        with workspace.transaction() as session:
            territory = session.scalar(select(Territory.id).where(Territory.name == "North"))
            account = create_account(
                session, account_number="A-1", name="Acme", territory_id=territory
            )
        engine.sync()
    other.sync()
    with other.workspace.transaction() as session:
        update_account(session, session.get(Account, account.id), notes="from the other laptop")
    other.sync()
    with Workspace.open(laptop.folder, PASSPHRASE) as workspace, workspace.transaction() as session:
        update_account(session, session.get(Account, account.id), notes="from this laptop")

    code, out, err = terminal("sync", "--data-dir", folder, "--json")
    assert code == 4 and json.loads(out)["conflicts"] == 1

    code, out, _ = terminal("conflicts", "--data-dir", folder, "--json")
    [conflict] = json.loads(out)
    assert conflict["field"] == "notes" and conflict["theirs"] == "from the other laptop"
    code, out, _ = terminal("conflicts", "--data-dir", folder)
    assert "Acme" in out and "notes" in out

    code, out, err = terminal(
        "conflicts", "--data-dir", folder, "resolve", str(conflict["id"]), "--keep", "theirs"
    )
    assert code == 0, err
    assert terminal("conflicts", "resolve", "999", "--keep", "mine", "--data-dir", folder)[0] == 1
    assert terminal("sync", "--data-dir", folder)[0] == 0

    # A server that is not there: a one-line message and exit code 3, nothing changed.
    # About 7 s: the command line's own retry budget (NetworkSettings: 4 retries after
    # 0, 1, 2 and 4 s) runs out first, and no preset key or option sets it.
    with Workspace.open(laptop.folder, PASSPHRASE) as workspace, workspace.transaction() as session:
        from app.sync.connection import SERVER_URL
        from app.workspace.local_settings import set_setting

        set_setting(session, SERVER_URL, f"http://127.0.0.1:{free_port()}")
    code, out, err = terminal("sync", "--data-dir", folder)
    assert code == 3 and "Cannot reach the server" in err and err.count("\n") == 1


def test_a_wrong_password_is_one_line_and_exit_code_four(
    sync_world, laptops, terminal, monkeypatch
) -> None:
    laptop = laptops("cli")
    folder = str(laptop.folder)
    laptop.workspace.close()
    monkeypatch.setenv("FIELDSALES_PASSWORD", "not the password")
    code, out, err = terminal(
        "sync", "--data-dir", folder, "--server", sync_world.url, "--username", "anna"
    )
    assert code == 4 and err == "fieldsales: Wrong username or password.\n"
    with Workspace.open(laptop.folder, PASSPHRASE) as workspace:
        from app.sync.engine import SyncEngine

        assert SyncEngine(workspace).status().connected is False


def test_every_refused_change_is_settled_at_once(sync_world, laptops, terminal) -> None:
    laptop = laptops("cli")
    with laptop.workspace.transaction() as session:
        atlantis = Territory(name="Atlantis")
        session.add(atlantis)
        session.flush()
        create_account(session, account_number="A-1", name="Poseidon", territory_id=atlantis.id)
    folder = str(laptop.folder)
    laptop.workspace.close()
    code, out, _ = terminal(
        "sync", "--data-dir", folder, "--server", sync_world.url, "--username", "anna", "--json"
    )
    assert code == 4 and json.loads(out)["open_refused"] == 2
    assert terminal("conflicts", "--data-dir", folder, "resolve", "--keep", "theirs")[0] == 1
    code, out, err = terminal(
        "conflicts", "--data-dir", folder, "resolve", "--all", "refused", "--keep", "theirs"
    )
    assert code == 0, err
    assert out.count("Settled #") == 2
    assert json.loads(terminal("conflicts", "--data-dir", folder, "--json")[1]) == []
    assert terminal("sync", "--data-dir", folder)[0] == 0
    with Workspace.open(laptop.folder, PASSPHRASE) as workspace, workspace.session() as session:
        assert session.scalars(select(Account)).all() == []  # the server never had it


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_ctrl_c_while_waiting_for_a_busy_server_stops_at_once(sync_world, laptops) -> None:
    from app.sync.connection import SERVER_URL
    from app.workspace.local_settings import set_setting
    from tests.sync.test_cancel import BUSY, listener, wait_until

    laptop = laptops("cli")
    laptop.connect(sync_world, "anna")
    laptop.sync()
    _account_in_north(laptop, "A-1", "Written offline")
    with listener(BUSY) as (url, attempts):
        with laptop.workspace.transaction() as session:
            set_setting(session, SERVER_URL, url)  # a server that says "retry in 30 s"
        laptop.workspace.close()
        sync = subprocess.Popen(
            [sys.executable, "-m", "app", "sync", "--data-dir", str(laptop.folder)],
            env={**os.environ, "FIELDSALES_PASSPHRASE": PASSPHRASE},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_until(lambda: attempts.count >= 1, "the sync waits for the busy server")
            sync.send_signal(signal.SIGINT)
            seen = attempts.count
            _out, err = sync.communicate(timeout=60)
        finally:
            sync.kill()
        assert sync.returncode == 130 and err.strip().endswith("fieldsales: interrupted"), err
        assert attempts.count == seen
    with Workspace.open(laptop.folder, PASSPHRASE) as workspace:
        from app.sync.engine import SyncEngine

        assert SyncEngine(workspace).status().pending == 1  # kept for the next sync
