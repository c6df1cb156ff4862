"""`fieldsales visit-next` and `fieldsales dashboard` over the hand-worked team of
tests/services/analytics_data.py (main() in-process: the subprocess wiring is
covered by tests/cli/test_workspace_commands.py)."""

from __future__ import annotations

import json

import pytest

from app.sync.connection import save_connection
from app.workspace import KdfParams, Workspace
from tests.services.analytics_data import fill

PASSPHRASE = "cli analytics passphrase"


@pytest.fixture
def team_dir(tmp_path):
    folder = tmp_path / "ws"
    with Workspace.create(folder, PASSPHRASE, kdf=KdfParams.for_tests()) as workspace:
        with workspace.transaction() as session:
            fill(session)
    return folder


def _run(run_cli, folder, *args):
    return run_cli(*args, "--data-dir", str(folder), env={"FIELDSALES_PASSPHRASE": PASSPHRASE})


def test_visit_next_ranks_annas_accounts_with_reasons(run_cli, team_dir):
    result = _run(run_cli, team_dir, "visit-next", "--rep", "anna", "--on", "2026-03-18", "--json")
    assert result.code == 0, result.err
    ranking = json.loads(result.out)
    assert [(a["name"], a["score"]) for a in ranking["accounts"]] == [
        ("Beta", "42.0"),
        ("Alpha", "33.0"),
        ("Gamma", "10"),
    ]
    assert ranking["accounts"][0]["reasons"][0] == {
        "text": "Last visit 72 days ago; due every 21 days",
        "points": "30.0",
    }
    assert ranking["missing"] == {"GBP": "1500"}


def test_dashboard_json_and_a_reps_refusal(run_cli, team_dir):
    result = _run(run_cli, team_dir, "dashboard", "--on", "2026-03-18", "--json")
    assert result.code == 0, result.err
    board = json.loads(result.out)
    assert board["pipeline_missing"] == {"GBP": "3000"}
    assert {"stage": "Proposal", "rep": "anna", "count": 2, "total": "4000.00",
            "weighted": "2000.00"} in board["pipeline"]  # fmt: skip
    with Workspace.open(team_dir, PASSPHRASE) as workspace, workspace.transaction() as session:
        save_connection(
            session,
            server_url="http://127.0.0.1:1",
            username="omar",
            user_id="u",
            role="rep",
            allow_insecure_http=False,
        )
    refused = _run(run_cli, team_dir, "visit-next", "--rep", "anna")
    assert refused.code == 1
    assert refused.err.strip() == "fieldsales: A rep sees only their own accounts."
    own = _run(run_cli, team_dir, "dashboard", "--on", "2026-03-18", "--json")
    assert {row["rep"] for row in json.loads(own.out)["pipeline"]} == {"omar"}
