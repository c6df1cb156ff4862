"""Domain code must import and run on a machine without PySide6 (the server, scripts)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app.services


def test_models_and_services_import_without_qt() -> None:
    modules = ["app.models"] + [
        f"app.services.{info.name}" for info in pkgutil.iter_modules(app.services.__path__)
    ]
    script = (
        "import importlib, sys\n"
        "sys.modules['PySide6'] = None  # any import of Qt now fails loudly\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert "app.services.quotes" in modules
