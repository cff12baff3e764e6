"""Participant names already recorded in this database, for the name completer.

Reading them groups every participant row: 1.8 s on an archive of 100,000 meetings.
That must not hold up the window's first paint or every save, so the names are read on
a worker thread, and a save only adds its own names to what is already known.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.records import ParticipantRecord
from mtgdesk.ui.background import Background

if TYPE_CHECKING:
    from mtgdesk.desk import Desk

Name = tuple[str, str, str | None]  # (kind, name, acronym)


class NameSuggestions(QObject):
    loaded = Signal(list)  # list[Name], whenever the names change
    failed = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._names: dict[tuple[str, str], str | None] = {}
        self._worker = Background(self, "reading participant names")

    def names(self) -> list[Name]:
        return [(kind, name, acronym) for (kind, name), acronym in self._names.items()]

    def reload(self) -> None:
        """Read the names again in the background (after an import, at start)."""
        desk = self._desk
        self._worker.submit(desk.known_participant_names, self._read_finished)

    def wait(self) -> None:
        """Block until a pending read is done (tests, shutting down)."""
        self._worker.wait()

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
        # A locked database or a bug: the completer keeps the reference lists.
        if isinstance(answer, UserError):
            self.failed.emit(str(answer))
            return
        if isinstance(answer, Exception):
            self.failed.emit("the names recorded so far could not be read")
            return
        assert isinstance(answer, list)
        self._names = {(kind, name): acronym for kind, name, acronym in answer}
        self.loaded.emit(self.names())
