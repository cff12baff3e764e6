"""The Qt application pages need (mtgdesk.printing.application), made where none runs:
the command line and scripts have no window and may have no display."""

from __future__ import annotations

import os
import subprocess
import sys

WITHOUT_A_WINDOW = """
import sys
from PySide6.QtGui import QGuiApplication
from mtgdesk.printing.application import ensure_gui_application
assert QGuiApplication.instance() is None
app = ensure_gui_application()
assert ensure_gui_application() is app  # made once
print(type(app).__name__, QGuiApplication.platformName())
"""

CONSOLE_ONLY = """
from PySide6.QtCore import QCoreApplication
from mtgdesk.domain.errors import UserError
from mtgdesk.printing.application import ensure_gui_application
QCoreApplication([])
try:
    ensure_gui_application()
except UserError as exc:
    print(exc)
"""


def run(code: str) -> str:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=False)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_without_a_display_a_windowless_application_is_made():
    # A QApplication, so that widgets can still be made later in the same process.
    assert run(WITHOUT_A_WINDOW) == "QApplication offscreen"


def test_a_console_application_cannot_paint_pages_and_says_so():
    assert run(CONSOLE_ONLY) == "PDF output needs a Qt GUI application, not a console one"


def test_the_running_application_is_used(qapp):
    from mtgdesk.printing.application import ensure_gui_application

    assert ensure_gui_application() is qapp
