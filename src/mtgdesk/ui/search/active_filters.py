"""The search's filters, shown above the meeting list whether the search panel is open
or not, each with a button that clears it.

A list narrowed by a filter the clerk cannot see is a list that lies: closing the panel
with "Has a decision" set left it filtered with an empty search box, and a meeting saved
then vanished from it. What the search did not understand is said here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from mtgdesk.domain.query import Filters
from mtgdesk.domain.vocab import label

ERROR_STYLE = "color: #b3261e;"


def described(f: Filters) -> list[tuple[str, str]]:
    """(field, what the clerk reads) for each filter set, in the panel's order."""
    out = []
    if f.date_from:
        out.append(("date_from", f"from {f.date_from.isoformat()}"))
    if f.date_to:
        out.append(("date_to", f"to {f.date_to.isoformat()}"))
    if f.participant.strip():
        out.append(("participant", f"with {f.participant.strip()}"))
    if f.chair.strip():
        out.append(("chair", f"chaired by {f.chair.strip()}"))
    for kind in f.kinds:
        word = label(kind).lower()
        out.append(("kinds", f"has {'an' if word[0] in 'aeiou' else 'a'} {word}"))
    if f.status:
        out.append(("status", label(f.status).lower() + " only"))
    if f.series.strip():
        out.append(("series", f"series {f.series.strip()}"))
    return out


class ActiveFilters(QWidget):
    """A line of "Filtered: has a decision ✕ · from 2007-01-01 ✕ · Clear all"."""

    cleared = Signal(str)  # a field name of Filters, or "" for all of them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activeFilters")
        self.setAccessibleName("Active search filters")
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self.problem = QLabel(self)
        self.problem.setObjectName("searchNotUnderstood")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(self._row)
        box.addWidget(self.problem)
        self.buttons: dict[str, QToolButton] = {}
        self.hide()

    def show_filters(self, filters: Filters, not_understood: list[str]) -> None:
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        shown = described(filters)
        if shown:
            lead = QLabel("Filtered:", self)
            self._row.addWidget(lead)
            for field, text in shown:
                button = self._button(f"{text}  ✕", f"Clear the filter “{text}”",
                                      self._clear_one(field))
                self.buttons[field] = button
                self._row.addWidget(button)
            if len(shown) > 1:
                self._row.addWidget(self._button("Clear all", "Clear every filter",
                                                 self._clear_one("")))
            self._row.addStretch(1)
        self.problem.setText("Not understood: " + "; ".join(not_understood)
                             if not_understood else "")
        self.problem.setVisible(bool(not_understood))
        self.setVisible(bool(shown or not_understood))

    def _clear_one(self, field: str) -> Callable[[bool], None]:
        def clear(_checked: bool = False) -> None:
            self.cleared.emit(field)
        return clear

    def _button(self, text: str, tip: str, slot: Callable[[bool], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        return button

    @Slot()
    def texts(self) -> list[str]:
        return [b.text() for b in self.buttons.values()]
