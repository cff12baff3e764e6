"""Database reads off the GUI thread, answered on it.

A search over 100,000 meetings or reading every participant name takes long enough to
freeze the window if done in a slot. `Background.submit(work, done)` runs `work()` on
the object's own worker thread (one at a time, in order) and calls `done(answer)` on
the GUI thread, where `answer` is what `work` returned, or the exception it raised: a
UserError to show the clerk, anything else a bug, logged here with its traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from mtgdesk.domain.errors import UserError

log = logging.getLogger(__name__)


class Background(QObject):
    _answered = Signal(object, object)  # done, answer: queued to the GUI thread

    def __init__(self, parent: QObject, what: str) -> None:
        super().__init__(parent)
        self._what = what  # for the log: "search", "reading participant names"
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._answered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._pool.start(_Job(self, work, done))

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
