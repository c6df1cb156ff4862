"""The import, export and demo commands as a user runs them: a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.workspace.helpers import snapshot

ROOT = Path(__file__).resolve().parents[2]


def fieldsales(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "FIELDSALES_PASSPHRASE": "test passphrase"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )


def test_a_bad_file_exits_1_lists_rows_and_changes_nothing(workspace, workspace_dir, tmp_path):
    workspace.close()
    before = snapshot(workspace_dir)
    bad = tmp_path / "accounts.csv"
    bad.write_text("account_number,name,type\nA-1,Good,lead\nA-2,Bad,boss\n", encoding="utf-8")

    result = fieldsales(workspace_dir, "import", "accounts", str(bad))

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "accounts.csv: line 3, column type: " + (
        "Type must be one of lead, prospect, customer, not “boss”."
    )
    assert lines[-1].startswith("fieldsales: accounts.csv: 1 bad row(s), nothing imported")
    assert snapshot(workspace_dir) == before


def test_a_missing_file_is_one_line_without_traceback(workspace, workspace_dir, tmp_path):
    workspace.close()
    result = fieldsales(workspace_dir, "import", "products", str(tmp_path / "nope.csv"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("fieldsales: Cannot read")


def test_import_with_skip_invalid_then_export(workspace, workspace_dir, tmp_path):
    workspace.close()
    source = tmp_path / "accounts.csv"
    source.write_text(
        "account_number,name,credit_limit\nA-1,Müller,10.50\nA-2,Bad,ten\n", encoding="utf-8"
    )
    imported = fieldsales(workspace_dir, "import", "accounts", str(source), "--skip-invalid")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "accounts: 1 created, 0 updated, 0 unchanged, 1 skipped"
    assert "line 3, column credit_limit" in imported.stderr

    target = tmp_path / "out.csv"
    exported = fieldsales(workspace_dir, "export", "accounts", str(target), "--excel")
    assert exported.returncode == 0, exported.stderr
    content = target.read_bytes()
    assert content.startswith(b"\xef\xbb\xbfaccount_number,name,")
    assert "A-1,Müller," in content.decode("utf-8-sig") and ",10.50," in content.decode("utf-8")


def test_demo_fills_once_then_refuses_with_one_line(workspace, workspace_dir):
    workspace.close()
    first = fieldsales(workspace_dir, "demo", "--accounts", "20", "--seed", "3")
    assert first.returncode == 0, first.stderr
    assert "account" in first.stdout and "quote_line" in first.stdout

    before = snapshot(workspace_dir)
    again = fieldsales(workspace_dir, "demo", "--accounts", "20")
    assert again.returncode == 1
    assert again.stderr == (
        "fieldsales: The workspace already has accounts; demo data needs an empty one.\n"
    )
    assert snapshot(workspace_dir) == before


def test_demo_with_a_wrong_passphrase_is_one_line(workspace, workspace_dir):
    workspace.close()
    environment = {**os.environ, "FIELDSALES_PASSPHRASE": "wrong passphrase"}
    result = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--accounts", "5", "--data-dir", str(workspace_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("fieldsales: ") and result.stderr.count("\n") == 1
