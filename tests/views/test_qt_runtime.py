"""The Qt bindings must not leak references to None (shiboken6 6.12.0 on CPython 3.11 did).

That release gave back ``None`` from every void Qt call without taking a reference,
so ``None``'s count fell by one per call until the interpreter aborted with
"Fatal Python error: none_dealloc" after minutes of real use. pyproject.toml keeps
PySide6 below 6.12; this test fails on any version that brings the bug back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_the_reference_count_of_none():
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        holder.setObjectName("x")
    assert sys.getrefcount(None) - before > -100
