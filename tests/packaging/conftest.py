"""Run a Fieldsales program (from the checkout, a fresh venv or an unpacked build) as an installer would."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHECK_NAMES = (
    "resources",
    "qt-platform",
    "qt-charts",
    "sqlcipher",
    "fonts",
    "translations",
    "pdf-en",
    "pdf-ar",
    "workspace",
    "preset",
)


def clean_environment(**extra: str) -> dict[str, str]:
    """The caller's environment without Fieldsales settings or a display: a fresh laptop's shell."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("FIELDSALES_", "QT_", "PYTHON"))
        and key not in ("DISPLAY", "WAYLAND_DISPLAY", "VIRTUAL_ENV")
    }
    environment.update(extra)
    return environment


def run_program(
    command: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: int = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=cwd,
        env=env if env is not None else clean_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def check_lines(output: str) -> dict[str, tuple[str, str]]:
    """``{check name: (status, detail)}`` from self-test's one line per check."""
    found = {}
    for line in output.splitlines():
        status, _, rest = line.partition("  ")
        name, _, detail = rest.strip().partition("  ")
        if status.strip() in ("ok", "FAIL") and name in CHECK_NAMES:
            found[name] = (status.strip(), detail.strip())
    return found


def assert_self_test_passed(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    checks = check_lines(result.stdout)
    failed = {name: detail for name, (status, detail) in checks.items() if status != "ok"}
    assert result.returncode == 0 and not failed, result.stdout + result.stderr
    assert set(checks) == set(CHECK_NAMES), result.stdout
    return {name: detail for name, (_status, detail) in checks.items()}
