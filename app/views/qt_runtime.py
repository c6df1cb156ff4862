"""A guard for a reference-counting bug in shiboken6 6.12.0 on CPython 3.11.

Every call from Python into a Qt method that returns ``void`` (``setText``,
``QTimer.start``, ``processEvents``...) gives back ``None`` without taking a
reference to it, so ``None``'s reference count drops by one per call. CPython
3.12 made ``None`` immortal (PEP 683) and is unaffected; on 3.11 the count
reaches zero after some thousands of calls and the interpreter aborts with
"Fatal Python error: none_dealloc". Reproduce with::

    import sys; from PySide6.QtCore import QObject
    o = QObject(); before = sys.getrefcount(None)
    for _ in range(300): o.setObjectName("x")
    print(sys.getrefcount(None) - before)   # -300 on 3.11 with PySide6 6.12.0

Until the bindings are fixed, :func:`protect_none_refcount` gives ``None`` a
reference count so large that no session can exhaust it, which is what 3.12
does by design. It does nothing on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 void calls would take years; the count stays far below the ssize_t limit.
RESERVE = 1 << 40


def protect_none_refcount() -> bool:
    """Apply the guard once per process on CPython < 3.12; True if it was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) > RESERVE // 2:
        return False  # already applied
    # ob_refcnt is the first field of every PyObject.
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    return True
