"""What the search panel's filters complete from: the participant and chair boxes offer
the names and acronyms recorded and the reference lists', the series box the series in
use. Read on a worker of its own: from a large archive they take seconds, and a search
queued behind them waited as long."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QStringListModel, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel

from mtgdesk.desk import Desk
from mtgdesk.domain.errors import UserError
from mtgdesk.ui.background import Background

Known = list[tuple[str, str, str | None]]  # (kind, name, acronym) as recorded


class _Read(NamedTuple):
    names: list[str]
    series: list[str]


def completion_names(known: Known) -> list[str]:
    """The names and acronyms recorded, then the reference lists'."""
    from mtgdesk.domain import reference

    names = dict.fromkeys(x for _kind, name, acronym in known for x in (name, acronym) if x)
    for s in reference.suggestions():
        names.update(dict.fromkeys(x for x in (s.name, s.acronym) if x))
    return list(names)


class FilterCompletions(QObject):
    loaded = Signal()

    def __init__(self, desk: Desk, parent: QObject) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = Background(self, "reading participant names")
        self._known: Known | None = None  # see follow
        self.names = QStringListModel(self)  # the participant and chair completers'
        self.series_combo: QComboBox | None = None  # refilled after each read
        self.status: QLabel | None = None  # where a failed read is said

    def name_list(self) -> list[str]:
        return self.names.stringList()

    def follow(self, source: Any) -> None:
        """The names recorded so far as `source` (the window's NameSuggestions) reads them
        for the editor, not read a second time: reading them groups every participant
        row (1.5 s of CPU at 100,000 meetings), and the two reads at the window's start
        took both cores from its first searches."""
        self._known = []
        source.loaded.connect(self._names_known)

    def _names_known(self, names: Known) -> None:
        # Put in at once, nothing read (it may come while the window closes).
        self._known = list(names)
        self.names.setStringList(completion_names(self._known))
        self.loaded.emit()

    @Slot()
    def load(self) -> None:
        """The names (unless followed) and the series in use, read on the worker."""
        desk, known = self._desk, self._known

        def work() -> _Read:
            return _Read(completion_names(
                desk.known_participant_names() if known is None else known),
                desk.series_names())

        self._worker.submit(work, self._set)

    def _set(self, payload: object) -> None:
        if isinstance(payload, Exception):
            if self.status is not None:
                self.status.setText(str(payload) if isinstance(payload, UserError)
                                    else "Suggestions could not be read")
            return
        assert isinstance(payload, _Read)
        names, series = payload
        if self._known is not None:  # the names followed may have come meanwhile
            names = completion_names(self._known)
        self.names.setStringList(names)
        if self.series_combo is not None:
            combo = self.series_combo
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(["", *series])
            combo.setCurrentText(current)
            combo.blockSignals(False)
        self.loaded.emit()

    def wait(self) -> None:
        self._worker.wait()
