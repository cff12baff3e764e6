"""Composition root of the window: QApplication, the desk, the main window.

`mtgdesk` without a command calls run_gui. The desk (mtgdesk.desk.Desk, which owns the
engine) is opened once, by ui.window.startup behind the shown window, and handed down;
nothing below keeps one at module level.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication

from mtgdesk import __version__
from mtgdesk.domain.errors import UserError
from mtgdesk.ui import dialogs

log = logging.getLogger("mtgdesk")


def make_application() -> QApplication:
    from mtgdesk.resources import APP_ID
    from mtgdesk.ui.app_icon import app_icon

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        from mtgdesk.qtlocale import prefer_utf8

        prefer_utf8()  # under LC_ALL=C, C.UTF-8 without Qt's four lines of warning
        app = QApplication(sys.argv[:1])
    app.setApplicationName("mtgdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("mtgdesk")
    # Wayland's app_id (and X11 window properties): the desktop matches the window to
    # packaging/linux/org.mtgdesk.Mtgdesk.desktop (and its icon) by this name.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())  # every window and dialog without its own
    # Under X11, keys typed fast around the name completer's popup were lost (why:
    # ui.popup_keys).
    from mtgdesk.ui import popup_keys

    popup_keys.install(app)
    return app


def _report_bug(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """A bug inside a slot: log its traceback, tell the clerk, keep the window open.

    Anything a user can cause is a UserError and gets its plain message instead.
    """
    if isinstance(exc, UserError):
        dialogs.error(None, "mtgdesk", str(exc))
        return
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    dialogs.error(None, "mtgdesk: unexpected error",
                  f"Something went wrong inside mtgdesk ({kind.__name__}: {exc}).\n\n"
                  "The details were written to the program's log. Saved meetings are "
                  "safe; save your work and restart the program.")


def run_gui(db: str | None) -> int:
    """Open the window on a database; returns the exit status."""
    app = make_application()
    from mtgdesk.ui.window.startup import open_window  # after QApplication exists

    previous_hook = sys.excepthook
    sys.excepthook = _report_bug
    window = None
    try:
        window = open_window(db)
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        desk = getattr(window, "desk", None)
        if desk is not None:
            desk.close()
