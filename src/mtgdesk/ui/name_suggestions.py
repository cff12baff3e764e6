"""Participant names already recorded in this database, for the name completer.

Reading them groups every participant row: 1.8 s on an archive of 100,000 meetings.
That must not hold up the window's first paint or every save, so the names are read on
a worker thread, and a save only adds its own names to what is already known.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlalchemy import Engine

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.records import ParticipantRecord
from mtgdesk.services.meetings import known_participant_names

log = logging.getLogger(__name__)

Name = tuple[str, str, str | None]  # (kind, name, acronym)


class _Read(QRunnable):
    def __init__(self, owner: NameSuggestions, engine: Engine) -> None:
        super().__init__()
        self._owner, self._engine = owner, engine

    def run(self) -> None:
        try:
            names: list[Name] | str = known_participant_names(self._engine)
        except UserError as exc:
            names = str(exc)
        except Exception:  # a bug: logged, and the completer keeps the reference list
            log.exception("reading participant names failed")
            names = "the names recorded so far could not be read"
        try:
            self._owner.read_finished.emit(names)  # queued to the GUI thread
        except RuntimeError:
            pass  # the window closed meanwhile


class NameSuggestions(QObject):
    loaded = Signal(list)  # list[Name], whenever the names change
    failed = Signal(str)
    read_finished = Signal(object)  # internal: a worker's answer

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._names: dict[tuple[str, str], str | None] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.read_finished.connect(self._read_finished)

    def names(self) -> list[Name]:
        return [(kind, name, acronym) for (kind, name), acronym in self._names.items()]

    def reload(self) -> None:
        """Read the names again in the background (after an import, at start)."""
        self._pool.start(_Read(self, self._engine))

    def wait(self) -> None:
        """Block until a pending read is done (tests, shutting down)."""
        self._pool.waitForDone()

    def add(self, participants: Iterable[ParticipantRecord]) -> None:
        """A saved meeting's names, known at once without reading the database."""
        before = len(self._names)
        for p in participants:
            if p.name.strip():
                key = (p.kind, p.name)
                self._names[key] = self._names.get(key) or p.acronym
        if len(self._names) != before:
            self.loaded.emit(self.names())

    def _read_finished(self, answer: object) -> None:
        if isinstance(answer, str):
            self.failed.emit(answer)
            return
        assert isinstance(answer, list)
        self._names = {(kind, name): acronym for kind, name, acronym in answer}
        self.loaded.emit(self.names())
