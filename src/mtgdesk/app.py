"""Composition root of the window: QApplication, the engine, the main window.

`mtgdesk` without a command calls run_gui. The engine is built here once and handed
down; nothing below keeps one at module level.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication

from mtgdesk import __version__
from mtgdesk.domain.errors import UserError
from mtgdesk.store.database import open_database
from mtgdesk.ui import dialogs

log = logging.getLogger("mtgdesk")


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("mtgdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("mtgdesk")
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
    try:
        engine = open_database(db)
    except UserError as exc:
        dialogs.error(None, "mtgdesk: cannot open the database", str(exc))
        return 1

    from mtgdesk.ui.main_window import MainWindow  # after QApplication exists

    previous_hook = sys.excepthook
    sys.excepthook = _report_bug
    try:
        window = MainWindow(engine)
        window.show()
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        engine.dispose()
