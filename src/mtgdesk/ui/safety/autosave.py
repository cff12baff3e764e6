"""Autosave and crash recovery for the main window.

While the editor holds unsaved edits, what it shows is kept as a draft in the database
(Desk.save_draft) every AUTOSAVE_MS and whenever focus leaves a field, so a crash or a
power cut costs at most the last couple of seconds of typing. A save, a discard or a
normal close removes the draft; only a program that died leaves one, and the next start
offers each for restore or discard.

On an office server the draft goes to the server on a worker thread of its own (one
at a time, in order with the discards, the newest content only when it falls behind):
the first autosave after the network vanished waits there for libpq to give up
(connect_timeout, keepalives), never on the window, which goes on turning. Found away
(ui.safety.server_watch), the draft is kept on this computer instead (Desk.save_draft),
at every change rather than every few seconds: a local file costs nothing, and no
keystroke waits on the server's return. When it is back, `send_local` takes those
drafts to the server.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from mtgdesk.domain.errors import NotFoundError, UserError
from mtgdesk.domain.interchange import meeting_to_dict
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.ui import dialogs

if TYPE_CHECKING:
    from mtgdesk.desk import DraftInfo
    from mtgdesk.ui.host import WindowHost
    from mtgdesk.ui.safety.server_watch import ServerWatch

AUTOSAVE_MS = 2000
CLOSE_WAIT_S = 12.0  # closing waits this long at most for the drafts' worker
# A draft the server has not taken after this long: the server is taken to be away and
# the draft is kept on this computer. libpq gives up sooner on a network that vanished
# (connect_timeout, tcp_user_timeout: store.dialect); this is for a peer that holds the
# connection open and says nothing (a hung host, a proxy).
DRAFT_DEADLINE_MS = 15_000
log = logging.getLogger("mtgdesk")


class _Serial:
    """One daemon thread running what it is given in order. Not a ThreadPoolExecutor:
    its threads are joined at exit, and one stuck in libpq on a silent network would
    keep the program from ending."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[tuple[Callable[[], None], Future[None]] | None] = (
            queue.SimpleQueue())
        threading.Thread(target=self._run, name="drafts", daemon=True).start()

    def submit(self, fn: Callable[[], None]) -> Future[None]:
        done: Future[None] = Future()
        self._jobs.put((fn, done))
        return done

    def shutdown(self) -> None:
        self._jobs.put(None)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            fn, done = job
            try:
                fn()
            finally:
                done.set_result(None)


class AutosaveController(QObject):
    # From the drafts' worker: (the data written, True: on the server / False: kept on
    # this computer / an exception).
    _written = Signal(object, object)

    def __init__(self, window: WindowHost, *, interval_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(window)
        self.setObjectName("autosave")
        self.window = window
        self.key = self._key_for(window.editor.meeting_id)
        self._last_data: str | None = None  # what the draft under `key` holds
        self._failed = False
        self._closed = False
        self.watch: ServerWatch | None = None  # on an office server (ui.safety.safety)
        # On a server: the worker that talks to it, the draft it is writing, and the
        # newest one to write after it (older ones in between are never sent).
        self._worker: _Serial | None = None
        self._in_flight: str | None = None
        self._next: tuple[str, MeetingRecord, str] | None = None
        self._last_job: Future[Any] | None = None
        self._discards = 0  # a draft written after a discard was asked is not "the" draft
        self._gone: set[str] = set()  # keys whose drafts were discarded (on the worker)
        self._sends = 0  # numbers each draft sent: an answer after its deadline is stale
        self.deadline_ms = DRAFT_DEADLINE_MS
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._no_answer)
        self._sending: tuple[str, MeetingRecord] | None = None
        self._written.connect(self._was_written, Qt.ConnectionType.QueuedConnection)
        if window.desk.on_server:
            self._worker = _Serial()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_draft_now)
        self.timer.start()
        window.meeting_opened.connect(self._opened)
        window.meeting_saved.connect(self._saved)
        window.editor.changed.connect(self._edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @staticmethod
    def _key_for(meeting_id: int | None) -> str:
        from mtgdesk.desk import Desk

        return f"meeting:{meeting_id}" if meeting_id is not None else Desk.new_draft_key()

    # --- keeping drafts ---------------------------------------------------------------

    @Slot()
    def save_draft_now(self) -> bool:
        """Keep the editor's content as a draft if it has unsaved edits; True if written."""
        editor = self.window.editor
        if self._closed or not editor.is_dirty():
            return False
        record = editor.record()
        data = json.dumps(meeting_to_dict(record), ensure_ascii=False, default=str)
        if data == self._last_data or data == self._in_flight:
            return False
        away = self.watch is not None and self.watch.away
        self._gone.discard(self.key)  # a draft of it again (after any discard queued)
        if self._worker is not None and not away:
            self._send(self.key, record, data)
            return True
        try:
            kept_there = self.window.desk.save_draft(self.key, record, here=away)
        except UserError as exc:
            # The database is busy, gone or full: say so once, keep trying quietly.
            if not self._failed:
                self.window.statusBar().showMessage(f"Unsaved edits not kept: {exc}", 8000)
            self._failed = True
            return False
        self._failed = False
        self._last_data = data
        if not kept_there and self.watch is not None:
            self.watch.report_away()  # kept on this computer: the banner says so
        return True

    def _send(self, key: str, record: MeetingRecord, data: str) -> None:
        """The draft to the server, on the worker; one at a time, the newest next."""
        if self._in_flight is not None:
            self._next = (key, record, data)
            return
        self._in_flight = data
        self._sends += 1
        self._sending = (key, record)
        self._deadline.start(self.deadline_ms)
        desk, written, sent = self.window.desk, self._written, (data, self._discards,
                                                                  self._sends)

        def work() -> None:
            try:
                answer: object = desk.save_draft(key, record)
            except Exception as exc:  # noqa: BLE001 - told on the GUI thread
                answer = exc
            try:
                written.emit(sent, answer)
            except RuntimeError:  # the window is gone
                pass

        assert self._worker is not None
        self._last_job = self._worker.submit(work)

    @Slot(object, object)
    def _was_written(self, sent: tuple[str, int, int], answer: object) -> None:
        data, discards, number = sent
        if number != self._sends or self._in_flight is None:
            return  # given up on at its deadline: kept on this computer since
        self._deadline.stop()
        self._in_flight = self._sending = None
        if isinstance(answer, UserError):
            if not self._failed:
                self.window.statusBar().showMessage(f"Unsaved edits not kept: {answer}",
                                                    8000)
            self._failed = True
        elif isinstance(answer, Exception):
            log.error("keeping the draft failed", exc_info=answer)
            self._failed = True
        else:
            self._failed = False
            if discards == self._discards:
                self._last_data = data
            if answer is False and self.watch is not None:
                self.watch.report_away()  # kept on this computer: the banner says so
        queued, self._next = self._next, None
        if queued is not None and not self._closed:
            key, record, data = queued
            if key == self.key and self.window.editor.is_dirty():
                if self.watch is not None and self.watch.away:
                    self.save_draft_now()
                else:
                    self._send(key, record, data)

    @Slot()
    def _no_answer(self) -> None:
        """The server took no draft within the deadline: away. The worker, stuck in
        libpq, is left behind (a new one takes the next draft) and the draft is kept on
        this computer now."""
        if self._in_flight is None or self._sending is None:
            return
        key, record = self._sending
        data = self._in_flight
        self._in_flight = self._sending = None
        self._next = None
        log.warning("the office server took no draft in %d s", self.deadline_ms // 1000)
        if self._worker is not None:
            self._worker.shutdown()
            self._worker = _Serial()
            self._last_job = None
        try:
            self.window.desk.save_draft(key, record, here=True)
        except UserError as exc:
            self.window.statusBar().showMessage(f"Unsaved edits not kept: {exc}", 8000)
        else:
            if key == self.key:
                self._last_data = data
        if self.watch is not None:
            self.watch.report_away()
        if key == self.key:
            self.save_draft_now()  # what was typed since, on this computer too

    def drafts_written(self, timeout_s: float = CLOSE_WAIT_S) -> bool:
        """Wait (at most `timeout_s`) for what the drafts' worker has been given; for
        the tests and for closing. True when it is all done."""
        job = self._last_job
        if job is None:
            return True
        try:
            job.result(timeout_s)
        except FutureTimeout:
            return False
        return True

    @Slot()
    def _edited(self) -> None:
        if self.watch is not None and self.watch.away:
            self.save_draft_now()

    def send_local(self) -> bool:
        """The server is back: the drafts kept on this computer go to it; False when
        it went away again (they stay here)."""
        from mtgdesk.domain.errors import ServerAway

        try:
            sent = self.window.desk.send_local_drafts()
        except ServerAway:
            return False
        except UserError as exc:
            self.window.statusBar().showMessage(f"Unsaved edits kept on this computer "
                                                f"not sent to the server: {exc}", 8000)
            return True
        if sent:
            log.info("%d draft(s) kept on this computer sent to the server", sent)
        return True

    @Slot(QWidget, QWidget)
    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.window.editor.isAncestorOf(old):
            self.save_draft_now()

    def discard(self) -> None:
        """Forget the draft of the meeting in the editor (saved, discarded or closed)."""
        if self._last_data is None and self._in_flight is None:
            return
        if self._worker is not None:  # after the draft in flight, on the same worker
            self._next = None
            self._discards += 1
            self._gone.add(self.key)  # not offered for recovery while it is on its way
            desk, key = self.window.desk, self.key

            def work() -> None:
                try:
                    desk.discard_draft(key)
                except UserError as exc:
                    log.warning("draft %s not discarded: %s", key, exc)

            self._last_job = self._worker.submit(work)
            self._last_data = None
            return
        try:
            self.window.desk.discard_draft(self.key)
        except UserError as exc:
            log.warning("draft %s not discarded: %s", self.key, exc)
            return
        self._last_data = None

    @Slot(object)
    def _opened(self, meeting_id: int | None) -> None:
        # The meeting left behind was saved or its edits discarded (the window asked).
        self.discard()
        self.key = self._key_for(meeting_id)

    @Slot(int)
    def _saved(self, meeting_id: int) -> None:
        self.discard()
        self.key = self._key_for(meeting_id)

    def closing(self, *, keep: bool = False) -> None:
        """The window closes normally (the clerk saved or discarded): no draft remains.
        `keep`: the clerk chose to keep the edits on this computer (the server away);
        they are offered at the next start."""
        # Closing moves the focus out of the editor: that must not write the draft again.
        self._closed = True
        self.timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
        if not keep:
            self.discard()
        if self._worker is not None:
            away = self.watch is not None and self.watch.away
            if not away and not self.drafts_written():
                log.warning("the office server did not answer in time; unsaved edits "
                            "left to the next start")
            self._worker.shutdown()

    # --- recovery ---------------------------------------------------------------------

    def offer_recovery(self) -> int:
        """Offer each draft left by a crash for restore or discard; returns how many
        were offered. One can be restored into the editor at a time; the rest may be
        kept for later (File > Recover Unsaved Edits...)."""
        try:
            found = self.window.desk.drafts()
        except UserError as exc:
            dialogs.error(self.window, "Unsaved edits", str(exc))
            return 0
        found = [d for d in found if (d.key != self.key or self._last_data is None)
                 and d.key not in self._gone]
        restored = False
        for draft in reversed(found):  # newest first
            when = draft.updated_at.strftime("%Y-%m-%d %H:%M")
            what = (f"meeting {draft.meeting_id}" if draft.meeting_id is not None
                    else "a new meeting")
            text = (f"mtgdesk stopped before these edits were saved:\n\n“{draft.title}” "
                    f"({what}, last edited {when} UTC).\n\n")
            if not restored and not self.window.editor.is_dirty():
                options = ["Restore", "Discard", "Decide Later"]
                text += "Restore puts the edits back in the editor for you to save."
            else:
                options = ["Discard", "Decide Later"]
                text += ("Another meeting is open with unsaved edits; save it first to "
                         "restore this one.")
            choice = dialogs.choose(self.window, "Recover unsaved edits", text, options,
                                    default=0, escape=len(options) - 1)
            picked = options[choice] if choice is not None else "Decide Later"
            if picked == "Restore":
                restored = self.restore(draft)
            elif picked == "Discard":
                self.window.desk.discard_draft(draft.key)
        return len(found)

    def restore(self, draft: DraftInfo) -> bool:
        """Show a draft in the editor as unsaved edits over the stored meeting."""
        window = self.window
        baseline = MeetingRecord(held_on=draft.record.held_on)
        if draft.meeting_id is not None:
            try:
                baseline = window.desk.get(draft.meeting_id)
            except NotFoundError:
                # Deleted since: the edits come back as a new meeting.
                draft.record.id = draft.record.version = None
        window.show_record(baseline)  # the window's own way to open: clears undo
        # The list points at the meeting whose edits these are, not the one it had.
        window.select_meeting(draft.record.id)
        editor = window.editor
        editor.form.load(draft.record)
        editor.participants.set_records(list(draft.record.participants))
        editor.paragraphs.set_records(list(draft.record.paragraphs))
        editor.form.changed.emit()  # the editor compares with the baseline: now dirty
        # The draft stays under its own key until the edits are saved or discarded.
        self.key = draft.key
        self._last_data = json.dumps(meeting_to_dict(editor.record()), ensure_ascii=False,
                                     default=str)
        window.statusBar().showMessage(f"Restored unsaved edits of “{draft.title}”; save "
                                       "them to keep them.", 8000)
        return True
