"""Run the real `fieldsales` command in a subprocess, as an installer would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


class CliResult:
    def __init__(self, completed: subprocess.CompletedProcess[str]) -> None:
        self.code = completed.returncode
        self.out = completed.stdout
        self.err = completed.stderr


@pytest.fixture
def run_cli(tmp_path):
    """Call ``fieldsales`` with arguments and extra environment; stdin is never a terminal."""

    def run(*args: str, env: dict[str, str] | None = None, input_text: str = "") -> CliResult:
        environment = {
            key: value for key, value in os.environ.items() if not key.startswith("FIELDSALES_")
        }
        environment.update(env or {})
        completed = subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=REPO,
            env=environment,
            input=input_text,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return CliResult(completed)

    return run
