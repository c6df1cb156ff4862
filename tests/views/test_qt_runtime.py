"""The guard against shiboken6 6.12's None reference leak keeps long sessions alive."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# More void Qt calls than None has references: without the guard, CPython 3.11
# with PySide6 6.12.0 aborts ("none_dealloc") part-way through this loop.
SCRIPT = textwrap.dedent(
    """
    import sys
    calls = sys.getrefcount(None) + 1000
    from app.views.qt_runtime import protect_none_refcount
    protect_none_refcount()
    from PySide6.QtCore import QCoreApplication, QObject
    app = QCoreApplication([])
    o = QObject()
    for _ in range(calls):
        o.setObjectName("x")
    print("survived", calls)
    """
)


def test_many_void_qt_calls_survive_with_the_guard():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
