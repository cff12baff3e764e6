"""Database reads off the GUI thread, answered on it.

A search over 100,000 meetings or reading every participant name takes long enough to
freeze the window if done in a slot. `Background.submit(work, done)` runs `work()` on
the object's own worker thread (one at a time, in order, or ahead of those waiting with
`first`) and calls `done(answer)` on the GUI thread, where `answer` is what `work`
returned, or the exception it raised: a UserError to show the clerk, anything else a
bug, logged here with its traceback.

Long writes (an import of thousands of meetings, deleting many, a backup, a restore)
run as a `LongWrite`: on a worker, with progress and, where the write is all or nothing,
Cancel (see ui.window.long_write for the window's progress dialog).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.progress import Progress

log = logging.getLogger(__name__)


class Background(QObject):
    _answered = Signal(object, object)  # done, answer: queued to the GUI thread

    def __init__(self, parent: QObject, what: str) -> None:
        super().__init__(parent)
        self._what = what  # for the log: "search", "reading participant names"
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._answered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None], *,
               first: bool = False) -> None:
        """`first`: ahead of what waits (not of what runs): the next search before the
        last one's counts."""
        self._pool.start(_Job(self, work, done), 1 if first else 0)

    def wait(self) -> None:
        """Block until what was submitted has run (closing, tests)."""
        self._pool.waitForDone()

    @staticmethod
    def _deliver(done: Callable[[Any], None], answer: Any) -> None:
        done(answer)


class _Job(QRunnable):
    def __init__(self, owner: Background, work: Callable[[], Any],
                 done: Callable[[Any], None]) -> None:
        super().__init__()
        self._owner, self._work, self._done = owner, work, done

    def run(self) -> None:
        try:
            answer = self._work()
        except UserError as exc:
            answer = exc
        except Exception as exc:
            log.exception("%s failed", self._owner._what)
            answer = exc
        try:
            self._owner._answered.emit(self._done, answer)
        except RuntimeError:
            pass  # the owner was deleted meanwhile: nobody is waiting for the answer


# --- long writes ----------------------------------------------------------------------

PROGRESS_EVERY_S = 0.05  # the bar moves at most 20 times a second: the GUI thread paints


class Cancelled(Exception):  # noqa: N818 (what happened, not an error)
    """Raised inside a long write's progress callback once the clerk cancelled: the
    write's transaction rolls back, so nothing of it is stored."""


class LongWrite(QObject):
    """One long write off the GUI thread, as Anki's CollectionOp.

    `work(progress)` runs on a thread of its own (a Desk call given the progress
    callback); the answer comes back on the GUI thread as exactly one of `succeeded`
    (what work returned), `failed` (a UserError for the clerk; anything else is a bug,
    logged here with its traceback) or `cancelled`. `progressed(done, total)` arrives
    meanwhile, a few times a second at most. The engine is used from one thread at a
    time: the window's own writes wait for this one (its progress dialog is modal).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    _answered = Signal(str, object)  # queued to the GUI thread

    def __init__(self, parent: QObject, what: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self._what, self._work = what, work
        self._cancel = threading.Event()
        self._last = 0.0
        self._thread: threading.Thread | None = None
        self._answered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=self._what, daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Stop at the next progress report; the write's transaction rolls back."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker has finished (closing the window, tests)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_EVERY_S:
            self._last = now
            self._answered.emit("progress", (done, total))

    def _run(self) -> None:
        # The cyclic garbage collector waits until the write is done: a full collection
        # over the objects an import of 100,000 meetings builds holds the GIL (and so the
        # window) for a second and more, several times over. Reference counting still
        # frees what the write drops, on both threads.
        collecting = gc.isenabled()
        gc.disable()
        try:
            answer = self._work(self._report)
        except Cancelled:
            kind, answer = "cancelled", None
        except UserError as exc:
            kind, answer = "failed", exc
        except Exception as exc:
            log.exception("%s failed", self._what)
            kind, answer = "failed", exc
        else:
            kind = "succeeded"
        finally:
            if collecting:
                gc.enable()
        try:
            self._answered.emit(kind, answer)
        except RuntimeError:
            pass  # the owner was deleted meanwhile: nobody is waiting for the answer

    @Slot(str, object)
    def _deliver(self, kind: str, answer: Any) -> None:
        if kind == "progress":
            if not self._cancel.is_set():
                self.progressed.emit(*answer)
        elif kind == "succeeded":
            self.succeeded.emit(answer)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(answer)
