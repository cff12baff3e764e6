"""Guard against a PySide6 reference-count bug that aborts the interpreter.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method
that returns nothing (QObject.setObjectName, QTextCursor.setPosition, QPainter.save
...): `sys.getrefcount(None)` falls by one per call. After some tens of thousands of
calls None's count reaches zero and Python stops with "Fatal Python error:
none_dealloc: deallocating None" - in the middle of printing, or at exit.

Python 3.12 made None immortal (PEP 683), so the bug is harmless there. On 3.11 we
give None a reference count so large that no run can exhaust it; None is never freed
anyway, so nothing else changes. Call protect_none() before using Qt.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object, at the object's address.
    # True and False lose references the same way (fewer, but enough to abort at exit).
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _done = True
