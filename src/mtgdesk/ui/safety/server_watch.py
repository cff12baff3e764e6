"""The office server as the window follows it: what other clerks wrote, and whether
it is there at all.

Every FOLLOW_MS, on a worker thread (a server behind a dead network keeps libpq
waiting its connect_timeout; the window must not), the server's change journal is read
after the last entry seen (Desk.follow): the clerk's local search index takes the
entries in at once, and what they changed, less the window's own writes, is emitted on
the window's `changes_applied`, as a write of its own would be (the list, the search
panel and an unedited meeting in the editor show it). The first call, at start,
catches the index up. Between polls, a thread of its own LISTENs for the server's
notification that a write committed (Desk.listen_journal) and asks at once: another
clerk's save shows in a fraction of a second; the poll stays, for a notification lost
with its connection.

A failing call, or a save or an autosave that finds the server away (`report_away`),
shows a banner saying so and what happens to the clerk's edits (kept on this computer,
see services.local_drafts); the server is then asked every RETRY_MS, and when it
answers again the banner goes and `back` is emitted (ui.safety.safety then sends the
edits kept here and makes the save the clerk asked for meanwhile).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from mtgdesk.domain.changes import Changes, Ref
from mtgdesk.domain.errors import ServerAway, UserError
from mtgdesk.ui.window.banners import add_banner

if TYPE_CHECKING:
    from mtgdesk.ui.host import WindowHost

FOLLOW_MS = 3_000
RETRY_MS = 3_000
LISTEN_WAIT_S = 1.0  # the listener looks at whether the window closed this often
STOP_WAIT_S = 5.0  # closing waits this long at most for a question to the server
log = logging.getLogger("mtgdesk")


class ServerWatch(QObject):
    back = Signal()  # the server answers again (after it was away)
    went_away = Signal()
    # From the worker: whether the server answered, and (when following) the last
    # journal entry and what changed.
    _heard = Signal(bool, object)
    _notified = Signal()  # from the listener: the journal grew

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.setObjectName("serverWatch")
        self.window = window
        self.away = False
        self.save_waiting: str | None = None  # the title of a save asked for meanwhile
        self._asking = False
        self._stopped = False
        self._thread: threading.Thread | None = None
        self.seq: int | None = None  # the last journal entry seen; None: not yet read
        self._own: set[tuple[int, int]] = set()  # (id, version) the window wrote
        window.changes_applied.connect(self._applied)
        self.banner = add_banner(window, "serverAwayBanner", style="away")
        self.banner.setAccessibleName("Office server unavailable")
        self.banner.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(FOLLOW_MS)
        self.timer.timeout.connect(self.check)
        self._heard.connect(self._answer, Qt.ConnectionType.QueuedConnection)
        self._notified.connect(self._poked, Qt.ConnectionType.QueuedConnection)
        self._poke_pending = False
        self.listening = threading.Event()  # the listener's connection is LISTENing
        self.timer.start()
        self._listener = threading.Thread(target=self._listen, name="journal-listen",
                                          daemon=True)
        self._listener.start()
        QTimer.singleShot(0, self, self.check)  # the index caught up from the start

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
        desk, away, seq = self.window.desk, self.away, self.seq

        def ask() -> None:
            followed: tuple[int, Changes] | None = None
            try:
                if away:  # only whether it is back; the journal after that
                    answered = desk.reachable()
                    if answered and desk.started_away:  # its schema, as at any open
                        desk.check_schema()
                else:
                    followed = desk.follow(seq)
                    answered = True
            except ServerAway:
                answered = False
            except UserError as exc:  # answered, but refused (a role, a damaged row)
                log.warning("following the office server's journal failed: %s", exc)
                answered = True
            except Exception:  # a bug: logged; not taken for the server being away
                log.exception("following the office server's journal failed")
                answered = True
            try:
                self._heard.emit(answered, followed)
            except RuntimeError:  # the window was closed meanwhile
                pass

        self._thread = threading.Thread(target=ask, name="server-watch", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        """On its own thread: wait for the server's notifications, and ask at each
        (a lost connection is opened again at the next poll's pace)."""
        desk = self.window.desk
        while not self._stopped:
            try:
                listener = desk.listen_journal()
            except UserError:
                listener = None
            except Exception:  # the pool's own errors on a server shutting down
                log.info("listening to the office server failed", exc_info=True)
                listener = None
            if listener is None:
                for _ in range(int(RETRY_MS / 1000 / LISTEN_WAIT_S)):
                    if self._stopped:
                        return
                    threading.Event().wait(LISTEN_WAIT_S)
                continue
            self.listening.set()
            try:
                while not self._stopped:
                    if listener.wait(LISTEN_WAIT_S):
                        try:
                            self._notified.emit()
                        except RuntimeError:  # the window was closed meanwhile
                            return
            except Exception:  # noqa: BLE001 - lost with its connection: opened again
                log.info("the office server's notifications stopped", exc_info=True)
            finally:
                self.listening.clear()
                listener.close()

    @Slot()
    def _poked(self) -> None:
        if self._asking:  # asked again once the question in flight is answered
            self._poke_pending = True
        elif not self.away:
            self.check()

    @Slot(object)
    def _applied(self, changes: Changes) -> None:
        for ref in (*changes.added, *changes.updated, *changes.removed):
            self._own.add((ref.id, ref.version))

    @Slot(bool, object)
    def _answer(self, answered: bool, followed: tuple[int, Changes] | None) -> None:
        self._asking = False
        if self._stopped:
            return
        if self._poke_pending:
            self._poke_pending = False
            QTimer.singleShot(0, self, self.check)
        if not answered:
            if self.away:
                self._show()
            else:
                self.report_away()
            return
        if self.away:
            self.away = False
            self.timer.setInterval(FOLLOW_MS)
            self.banner.hide()
            log.info("the office server at %s answers again", self.address)
            self.back.emit()
            QTimer.singleShot(0, self, self.check)  # what was written meanwhile
            return
        if followed is not None:
            self.seq, changes = followed
            news = self._others(changes)
            if news:
                self.window.changes_applied.emit(news)

    def _others(self, changes: Changes) -> Changes:
        """`changes` less what the window wrote itself (it has shown those already)."""
        def keep(refs: Sequence[Ref]) -> tuple[Ref, ...]:
            return tuple(r for r in refs if (r.id, r.version) not in self._own)
        return Changes(keep(changes.added), keep(changes.updated), keep(changes.removed),
                       journal_seq=changes.journal_seq)

    def stop(self, wait_s: float = STOP_WAIT_S) -> None:
        """No more asking; a question in flight is let finish (for at most `wait_s`),
        so that it does not use the database after the window let go of it."""
        self._stopped = True
        self.timer.stop()
        if self._thread is not None:
            self._thread.join(wait_s)
        # The listener sees `_stopped` within LISTEN_WAIT_S and closes its connection.
        self._listener.join(LISTEN_WAIT_S * 3)
