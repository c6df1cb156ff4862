"""`fieldsales init`, `info` and `change-passphrase` as an installer would script them."""

from __future__ import annotations

import json

PASS = {"FIELDSALES_PASSPHRASE": "first passphrase"}


def test_init_then_info_reports_path_schema_and_counts(run_cli, tmp_path):
    folder = tmp_path / "ws"
    created = run_cli("init", "--data-dir", str(folder), env=PASS)
    assert created.code == 0, created.err
    assert str(folder) in created.out
    assert "first passphrase" not in created.out + created.err

    info = run_cli("info", "--json", "--data-dir", str(folder), env=PASS)
    assert info.code == 0, info.err
    report = json.loads(info.out)
    assert report["path"] == str(folder.resolve())
    assert report["schema_version"]
    assert report["counts"]["account"] == 0
    assert set(report["counts"]) >= {"account", "contact", "quote", "order", "visit"}


def test_data_dir_comes_from_the_environment_when_not_given(run_cli, tmp_path):
    folder = tmp_path / "from-env"
    env = {**PASS, "FIELDSALES_DATA_DIR": str(folder)}
    assert run_cli("init", env=env).code == 0
    assert (folder / "workspace.key").exists()


def test_wrong_passphrase_is_one_line_and_exit_1(run_cli, tmp_path):
    folder = tmp_path / "ws"
    run_cli("init", "--data-dir", str(folder), env=PASS)
    result = run_cli("info", "--data-dir", str(folder), env={"FIELDSALES_PASSPHRASE": "nope nope"})
    assert result.code == 1
    assert result.err.strip() == "fieldsales: Wrong passphrase for this workspace"
    assert "Traceback" not in result.err


def test_missing_passphrase_without_a_terminal_is_a_clear_error(run_cli, tmp_path):
    result = run_cli("init", "--data-dir", str(tmp_path / "ws"))
    assert result.code == 1
    assert "FIELDSALES_PASSPHRASE" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not (tmp_path / "ws").exists()


def test_passphrase_env_names_another_variable(run_cli, tmp_path):
    folder = tmp_path / "ws"
    result = run_cli(
        "init",
        "--data-dir",
        str(folder),
        "--passphrase-env",
        "MY_SECRET",
        env={"MY_SECRET": "secret from elsewhere"},
    )
    assert result.code == 0, result.err
    info = run_cli(
        "info",
        "--data-dir",
        str(folder),
        "--passphrase-env",
        "MY_SECRET",
        env={"MY_SECRET": "secret from elsewhere"},
    )
    assert info.code == 0 and "Schema version" in info.out


def test_change_passphrase_from_environment_variables(run_cli, tmp_path):
    folder = tmp_path / "ws"
    run_cli("init", "--data-dir", str(folder), env=PASS)
    changed = run_cli(
        "change-passphrase",
        "--data-dir",
        str(folder),
        "--new-passphrase-env",
        "NEW_ONE",
        env={**PASS, "NEW_ONE": "second passphrase"},
    )
    assert changed.code == 0, changed.err
    assert run_cli("info", "--data-dir", str(folder), env=PASS).code == 1
    assert (
        run_cli(
            "info", "--data-dir", str(folder), env={"FIELDSALES_PASSPHRASE": "second passphrase"}
        ).code
        == 0
    )


def test_init_over_an_existing_workspace_is_refused(run_cli, tmp_path):
    folder = tmp_path / "ws"
    run_cli("init", "--data-dir", str(folder), env=PASS)
    key_before = (folder / "workspace.key").read_bytes()
    again = run_cli("init", "--data-dir", str(folder), env=PASS)
    assert again.code == 1 and "already exists" in again.err
    assert (folder / "workspace.key").read_bytes() == key_before


def test_unknown_command_is_a_usage_error(run_cli):
    result = run_cli("frobnicate")
    assert result.code == 2
    assert "invalid choice" in result.err


def test_a_folder_that_cannot_be_created_is_one_line(run_cli, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run_cli("init", "--data-dir", str(blocker / "ws"), env=PASS)
    assert result.code == 1
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert str(blocker) in result.err
