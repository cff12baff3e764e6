"""Whether the office server is there, as the window shows it.

On a server the window asks it every HEARTBEAT_MS, on a worker thread (a server behind
a dead network keeps libpq waiting its connect_timeout; the window must not), and
whenever a save or an autosave finds it away (`report_away`). While it is away a banner
says so and what happens to the clerk's edits (kept on this computer, see
services.local_drafts), and the server is asked every RETRY_MS; when it answers again
the banner goes and `back` is emitted (ui.safety.safety then sends the edits kept here
and makes the save the clerk asked for meanwhile).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from mtgdesk.ui.window.banners import add_banner

if TYPE_CHECKING:
    from mtgdesk.ui.host import WindowHost

HEARTBEAT_MS = 15_000
RETRY_MS = 3_000
log = logging.getLogger("mtgdesk")


class ServerWatch(QObject):
    back = Signal()  # the server answers again (after it was away)
    went_away = Signal()
    _heard = Signal(bool)  # from the worker: whether the server answered

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.setObjectName("serverWatch")
        self.window = window
        self.away = False
        self.save_waiting: str | None = None  # the title of a save asked for meanwhile
        self._asking = False
        self._stopped = False
        self.banner = add_banner(window, "serverAwayBanner", style="away")
        self.banner.setAccessibleName("Office server unavailable")
        self.banner.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.check)
        self._heard.connect(self._answer, Qt.ConnectionType.QueuedConnection)
        self.timer.start()

    @property
    def address(self) -> str:
        return self.window.desk.server_address

    def report_away(self) -> None:
        """A call to the server found it away: say so, and ask it again soon."""
        self._show()
        if not self.away:
            self.away = True
            log.warning("the office server at %s cannot be reached", self.address)
            self.timer.setInterval(RETRY_MS)
            self.went_away.emit()

    def wait_to_save(self, title: str) -> None:
        """The clerk saved while the server was away: the save is made when it is back."""
        self.save_waiting = title
        self.report_away()

    def _show(self) -> None:
        title = self.save_waiting
        then = (f"“{title}” will be saved on the server when it is back."
                if title is not None else
                "Save (Ctrl+S) as usual: the meeting is saved when the server is back.")
        self.banner.setText(
            f"The office server at {self.address} cannot be reached. Keep typing: your "
            f"edits are kept on this computer. {then} (mtgdesk tries again every few "
            "seconds.)")
        self.banner.show()

    @Slot()
    def check(self) -> None:
        """Ask the server, on a worker thread; the answer comes back on this one."""
        if self._asking or self._stopped:
            return
        self._asking = True
        desk = self.window.desk

        def ask() -> None:
            try:
                answered = desk.reachable()
            except Exception:  # a bug: logged; the window goes on as if it were away
                log.exception("asking the office server failed")
                answered = False
            try:
                self._heard.emit(answered)
            except RuntimeError:  # the window was closed meanwhile
                pass

        threading.Thread(target=ask, name="server-watch", daemon=True).start()

    @Slot(bool)
    def _answer(self, answered: bool) -> None:
        self._asking = False
        if self._stopped:
            return
        if not answered:
            if self.away:
                self._show()
            else:
                self.report_away()
            return
        if self.away:
            self.away = False
            self.timer.setInterval(HEARTBEAT_MS)
            self.banner.hide()
            log.info("the office server at %s answers again", self.address)
            self.back.emit()

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
