"""Parsing the command line stays cheap: ``--help``, ``--version`` and a wrong argument
import none of the heavy packages a command needs when it runs.

Installers script this CLI on many laptops and the test suite starts it hundreds
of times; SQLAlchemy, Alembic and the models alone cost most of a second of CPU
per start. Each case runs the real entry point (``python -m app``) in a fresh
interpreter and lists ``sys.modules`` once the CLI has exited, so an eager import
anywhere (a command module, ``app.cli.support``, a package ``__init__``) fails here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import choices
from app.cli.main import build_parser

REPO = Path(__file__).resolve().parents[2]

# Run ``python -m app ARGS`` as the console script does, then write the names of
# every module loaded by then (the CLI has exited through SystemExit or returned).
LIST_MODULES = """
import json, runpy, sys
out, sys.argv = sys.argv[1], ["fieldsales", *sys.argv[2:]]
try:
    runpy.run_module("app", run_name="__main__", alter_sys=True)
except SystemExit as exit:
    code = exit.code
else:
    code = 0
with open(out, "w", encoding="utf-8") as file:
    json.dump({"code": code, "modules": sorted(sys.modules)}, file)
"""

# What a command may import when it runs, never to parse its arguments: the
# database layer and migrations, the desktop, PDFs, the HTTP client, the server.
HEAVY = ("sqlalchemy", "alembic", "PySide6", "reportlab", "requests", "server", "fastapi")


def loaded_modules(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[int | str | None, set[str]]:
    out = tmp_path / "modules.json"
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("FIELDSALES_")
    }
    environment.update(env or {})
    completed = subprocess.run(
        [sys.executable, "-c", LIST_MODULES, str(out), *args],
        cwd=REPO,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.exists(), completed.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    modules = set(report["modules"])
    assert "app.cli.main" in modules, "the CLI did not run"
    return report["code"], modules


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if name.split(".")[0] in HEAVY)


def every_help_command() -> list[tuple[str, ...]]:
    """``--help`` of the program and of every command and sub-command the parser knows."""
    found: list[tuple[str, ...]] = [()]

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    found.append((*path, name))
                    walk(child, (*path, name))

    walk(build_parser(), ())
    return found


@pytest.mark.parametrize("command", every_help_command(), ids=lambda c: " ".join(c) or "fieldsales")
def test_help_imports_nothing_heavy(tmp_path, command):
    code, modules = loaded_modules(tmp_path, *command, "--help")
    assert code == 0
    assert heavy_in(modules) == []


@pytest.mark.parametrize(
    "arguments",
    [
        ("--version",),
        ("no-such-command",),
        ("import", "nonsense", "accounts.csv"),
        ("sync", "--no-such-option"),
        ("quote", "pdf"),
        ("visit-next", "--on", "yesterday"),
        ("reviews", "list", "--state", "lost"),
    ],
    ids=" ".join,
)
def test_version_and_wrong_arguments_import_nothing_heavy(tmp_path, arguments):
    code, modules = loaded_modules(tmp_path, *arguments)
    assert code == (0 if arguments == ("--version",) else 2)
    assert heavy_in(modules) == []


def test_a_command_that_runs_does_import_what_it_needs(tmp_path):
    """The check above sees imports made inside a command function: here ``info``
    tries to open a workspace that is not there, which brings SQLAlchemy."""
    code, modules = loaded_modules(
        tmp_path,
        "info",
        "--data-dir",
        str(tmp_path / "none"),
        env={"FIELDSALES_PASSPHRASE": "any passphrase at all"},
    )
    assert code == 1
    assert "sqlalchemy" in heavy_in(modules)


def test_the_parsers_choices_are_those_of_the_services():
    """app.cli.choices copies these so that parsing imports no service; a copy
    that drifts would refuse a kind the service knows, or offer one it does not."""
    from app.models.statuses import ReviewState
    from app.preset import CALENDARS, LANGUAGES
    from app.services.csv_export import EXPORT_KINDS
    from app.services.csv_import import IMPORT_KINDS
    from app.services.review_inbox import REVIEW_STATES

    assert choices.IMPORT_KINDS == IMPORT_KINDS
    assert choices.EXPORT_KINDS == EXPORT_KINDS
    assert choices.REVIEW_STATES == REVIEW_STATES == tuple(state.value for state in ReviewState)
    assert choices.LANGUAGES == LANGUAGES
    assert choices.CALENDARS == CALENDARS


def test_an_offline_command_reads_the_connection_without_the_http_stack(tmp_path):
    """``dashboard`` reads the stored connection (whose rep asks) but never goes
    online: requests and urllib3 (about 0.2 s of CPU) stay out of its start."""
    from app.workspace import KdfParams, Workspace

    passphrase = "offline command passphrase"
    folder = tmp_path / "ws"
    Workspace.create(folder, passphrase, kdf=KdfParams.for_tests()).close()
    code, modules = loaded_modules(
        tmp_path,
        "dashboard",
        "--data-dir",
        str(folder),
        "--json",
        env={"FIELDSALES_PASSPHRASE": passphrase},
    )
    assert code == 0
    assert "app.sync.connection" in modules, "the command did not read the connection"
    assert {"requests", "urllib3"}.isdisjoint(modules)
