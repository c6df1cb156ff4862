"""``fieldsales reviews`` on a manager's workspace, offline: the list, its filters, mistakes.

The round trip through a server is ``tests/sync/test_report_review.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.cli.main import main
from app.services.accounts import create_account
from app.services.visits import check_in, check_out, plan_visit, submit_report, write_report
from app.sync.connection import save_connection
from app.workspace import KdfParams, Workspace

PASSPHRASE = "a manager's passphrase"
MONDAY = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def manager_workspace(tmp_path):
    folder = tmp_path / "ws"
    visits = {}
    with Workspace.create(folder, PASSPHRASE, kdf=KdfParams.for_tests()) as workspace:
        with workspace.transaction() as session:
            acme = create_account(session, account_number="A-1", name="Acme")
            nile = create_account(session, account_number="A-2", name="Nile Works")
            for rep, account, day in (("anna", acme, 0), ("omar", nile, 2)):
                start = MONDAY + timedelta(days=day)
                visit = plan_visit(
                    session,
                    account=account,
                    planned_start=start,
                    planned_end=start + timedelta(hours=1),
                    owner=rep,
                )
                check_in(session, visit, now=start)
                check_out(session, visit, now=start + timedelta(minutes=40))
                report = write_report(session, visit, summary="Met them", outcome="interested")
                submit_report(session, report, now=start + timedelta(hours=2))
                visits[rep] = visit.id
            save_connection(
                session,
                server_url="https://crm.example.com",
                username="maria",
                user_id="m",
                role="manager",
                allow_insecure_http=False,
            )
    return folder, visits


@pytest.fixture
def terminal(monkeypatch, capsys, manager_workspace):
    monkeypatch.setenv("FIELDSALES_PASSPHRASE", PASSPHRASE)
    folder, _ = manager_workspace

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--data-dir", str(folder)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_the_list_shows_pending_counts_and_visit_ids_newest_first(terminal, manager_workspace):
    _, visits = manager_workspace
    code, out, err = terminal("reviews", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Pending: anna 1, omar 1"
    assert lines[1].startswith(visits["omar"]) and "Nile Works" in lines[1]
    assert lines[2].startswith(visits["anna"]) and "Acme" in lines[2]

    code, out, _ = terminal("reviews", "list", "--account", "A-1")
    assert [line.split()[0] for line in out.splitlines()[1:]] == [visits["anna"]]
    code, out, _ = terminal("reviews", "list", "--since", "2026-06-02", "--rep", "omar")
    assert [line.split()[0] for line in out.splitlines()[1:]] == [visits["omar"]]

    assert terminal("reviews", "approve", visits["anna"], "--comment", "Good")[0] == 0
    code, out, _ = terminal("reviews", "list", "--state", "approved")
    assert out.splitlines()[0] == "Pending: omar 1"
    assert "approved" in out and "(Good)" in out


def test_mistakes_get_one_line_and_change_nothing(terminal, manager_workspace):
    _, visits = manager_workspace
    for argv in (
        ("reviews", "list", "--since", "1 June"),
        ("reviews", "list", "--account", "NOPE"),
        ("reviews", "approve", "no-such-visit"),
        ("reviews", "send-back", visits["anna"], "--comment", "   "),
    ):
        code, out, err = terminal(*argv)
        assert code == 1 and out == "" and err.count("\n") == 1, argv
    assert terminal("reviews", "approve", visits["anna"])[0] == 0
    code, _, err = terminal("reviews", "send-back", visits["anna"], "--comment", "Too late")
    assert code == 1 and "approved" in err
    code, out, _ = terminal("reviews", "list", "--state", "approved")
    assert visits["anna"] in out and "Too late" not in out
