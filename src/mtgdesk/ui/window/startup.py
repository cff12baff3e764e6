"""Starting the window: shown at once, the database opened behind it.

Loading SQLAlchemy and SQLModel is most of a start (about 0.6 s on a slow machine),
and checking a database file that changed since it was last checked reads all of it
(1.4 s at 100,000 meetings). Neither should keep the clerk looking at nothing, so:

1. the window is built without the database stack, showing the first page of the
   meeting list read by mtgdesk.first_look, and painted;
2. a worker thread then opens the Desk (mtgdesk.desk: checks, migrations) and loads the
   modules the window's features use; SQLite's own work there releases the GIL, so
   the window keeps repainting;
3. back on the GUI thread, `MainWindow.attach(desk)` adds the features and opens the
   first meeting. A database that cannot be opened is a message, and the program ends with
   status 1.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressBar

from mtgdesk.domain.errors import UserError
from mtgdesk.first_look import FirstPage, database_path, read_first_page
from mtgdesk.ui import dialogs
from mtgdesk.ui.window.main_window import MainWindow
from mtgdesk.ui.window.meeting_list import MeetingListModel

log = logging.getLogger(__name__)

# Qt-free modules the window's features import in attach(): loaded on the worker so
# that attach, on the GUI thread, is short.
PRELOAD = ("mtgdesk.reports.prose",)
START_ANYWAY_MS = 500  # open the database even if no paint came (a minimised start)


def unexpected(exc: Exception) -> str:
    """What the clerk is told of a bug (its traceback is in the log)."""
    return (f"an unexpected error occurred ({type(exc).__name__}: {exc}); the details are "
            "in the program's log")


class DatabaseOpener(QObject):
    """Opens the Desk on a worker thread; answers on the GUI thread."""

    opened = Signal(object)  # the mtgdesk.desk.Desk
    failed = Signal(str)  # what the clerk is told

    def __init__(self, db: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._started = False

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        threading.Thread(target=self._run, name="open-database", daemon=True).start()

    def _run(self) -> None:
        try:
            from mtgdesk.desk import Desk  # the database stack: loaded here, not at start

            # An office server that cannot be reached: the window opens all the same,
            # on what this computer holds (ui.safety.server_watch says so).
            desk = Desk.open(self._db, away_ok=True)
            for name in PRELOAD:
                importlib.import_module(name)
        except UserError as exc:
            self._answer(self.failed, str(exc))
            return
        except Exception as exc:  # a bug: logged, and the clerk is told plainly
            log.exception("opening the database failed")
            self._answer(self.failed, unexpected(exc))
            return
        if not self._answer(self.opened, desk):
            desk.close()

    @staticmethod
    def _answer(signal, value: object) -> bool:
        try:
            signal.emit(value)  # queued to the GUI thread
        except RuntimeError:  # the application is shutting down
            return False
        return True


class _FirstPaint(QObject):
    """Calls back once, after the list has been painted for the first time."""

    def __init__(self, watched: QObject, callback) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            # After this paint has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self._callback)
        return False


def open_window(db: str | None) -> MainWindow:
    """Show the main window on a database (None: the default one) and open it.

    The window is returned at once; its `attached` signal says when the database is
    open. If it cannot be opened the clerk is told and the application exits with 1.
    """
    path = database_path(db)
    page = read_first_page(path, MeetingListModel.PAGE) if path is not None else None
    if page is None and path is not None and not path.exists():
        page = FirstPage(0, [])  # a first start: the database will be made, empty
    window = MainWindow(None, first_page=page)
    shown = path if path is not None else re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@",
                                                 str(db))  # a password never on screen
    window.statusBar().showMessage(f"Opening {shown} …")
    # Checking a large file that changed, or upgrading an older one, takes seconds: the
    # bar moves meanwhile (the worker's SQLite work leaves the GUI thread free).
    busy = QProgressBar()
    busy.setObjectName("openingProgress")
    busy.setRange(0, 0)
    busy.setTextVisible(False)
    busy.setMaximumWidth(120)
    busy.setAccessibleName("Opening the database")
    window.statusBar().addPermanentWidget(busy)

    def done_opening() -> None:
        window.statusBar().removeWidget(busy)
        busy.deleteLater()

    # Not the window's child: the worker may still answer while the window is deleted.
    opener = DatabaseOpener(db, QApplication.instance())

    def attach(desk: Any) -> None:
        if not shiboken6.isValid(window):  # closed and deleted meanwhile
            desk.close()
            return
        window.statusBar().clearMessage()
        done_opening()
        try:
            window.attach(desk)
        except UserError as exc:  # e.g. the first read of the list failed
            fail(str(exc))
        except Exception as exc:  # a bug: a half-built window is no use to the clerk
            log.exception("attaching the database failed")
            fail(unexpected(exc))

    def fail(message: str) -> None:
        if shiboken6.isValid(window):
            if shiboken6.isValid(busy):
                done_opening()
            dialogs.error(window, "mtgdesk: cannot open the database", message)
            window.hide()
        QApplication.exit(1)

    # Emitted on the worker: queued, so that both run on the GUI thread.
    queued = Qt.ConnectionType.QueuedConnection
    opener.opened.connect(attach, queued)
    opener.failed.connect(fail, queued)
    _FirstPaint(window.meeting_list.viewport(), opener.start)
    QTimer.singleShot(START_ANYWAY_MS, opener.start)
    window.show()
    return window

