"""The Qt application that fonts and pages need, made on demand where none runs.

The window has one; the command line and scripts do not, and need no display: a
windowless one is made with the offscreen platform.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication

from mtgdesk.domain.errors import UserError
from mtgdesk.qtlocale import prefer_utf8

_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new windowless one (CLI, scripts, tests)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise UserError("PDF output needs a Qt GUI application, not a console one")
        return existing
    # Nothing is shown, so no display is needed: offscreen unless told otherwise.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prefer_utf8()  # LC_ALL=C: no four lines of Qt warning on the CLI's stderr
    try:
        # A QApplication (a QGuiApplication) so that widgets can still be made later in
        # the same process, as the window and GUI tests do.
        from PySide6.QtWidgets import QApplication

        _app = QApplication(["mtgdesk"])
    except ImportError:
        _app = QGuiApplication(["mtgdesk"])
    return _app
