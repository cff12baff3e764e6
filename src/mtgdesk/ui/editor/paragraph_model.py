"""The clerk's paragraphs as an undoable table model: printed number, kind, text preview.

The table itself is read-only; the paragraphs editor's detail panel changes a paragraph
through `set_field`, which goes on the undo stack like every other change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from mtgdesk.domain.records import ParagraphRecord
from mtgdesk.domain.validation import Problem
from mtgdesk.domain.vocab import ParagraphKind, label
from mtgdesk.ui.editor.record_model import RecordTableModel

# The printed number is the vertical header ("3.", "4."...): it belongs to the position,
# not to the paragraph, so it is not item data that would change under a row.
COLUMNS = ("kind", "text")
HEADERS = ("Kind", "Text")
KIND_COLUMN, TEXT_COLUMN = range(len(COLUMNS))
KINDS = tuple(k.value for k in ParagraphKind)
PREVIEW_CHARS = 120
FIELD_NAMES = {"text": "text", "kind": "kind", "owner": "owner", "due_on": "due date"}


def preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[:PREVIEW_CHARS - 1] + "…"


class ParagraphTableModel(RecordTableModel):
    COLUMNS = COLUMNS
    HEADERS = HEADERS
    EDITABLE = frozenset()  # edited in the detail panel, not in the table

    def __init__(self, undo_stack: Any, parent: Any = None, number_offset: int = 2) -> None:
        super().__init__(undo_stack, parent)
        self._offset = number_offset

    @property
    def number_offset(self) -> int:
        return self._offset

    def set_number_offset(self, offset: int) -> None:
        self._offset = offset
        self._renumbered(0)

    def number(self, row: int) -> int:
        """The number the paragraph will carry in print."""
        return row + self._offset + 1

    def display(self, record: Any, field: str, row: int) -> str:
        if field == "kind":
            return label(record.kind)
        return preview(record.text)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.number(section)}."
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.ToolTipRole:
            return f"Prints as paragraph {self.number(section)}"
        return super().headerData(section, orientation, role)

    def field_problems(self, row: int, column: int) -> list[Problem]:
        # Any problem of a paragraph marks its whole row in the list; the detail panel
        # marks the field itself.
        return [p for field in FIELD_NAMES for p in self.problems_of(row, field)]

    def problems_of(self, row: int, field: str) -> list[Problem]:
        entry = self._marks.get(id(self._rows[row]))
        if entry is None or entry[0] is not self._rows[row]:
            return []
        return entry[1].get(field, [])

    def coerce(self, field: str, value: Any, old: Any) -> Any:
        if field == "kind":
            value = str(value)
            if value not in KINDS:
                raise ValueError(f"{value!r} is not a paragraph kind")
            return value
        if field == "text":
            return "" if value is None else str(value)
        if field == "owner":
            value = "" if value is None else str(value)
            return None if value == "" and old != "" else value
        if field == "due_on":
            if value is not None and not isinstance(value, date):
                raise ValueError("a due date is a date")
            return value
        raise ValueError(f"no field {field!r}")

    def describe(self, row: int) -> str:
        return f"paragraph {self.number(row)}"

    def plural(self) -> str:
        return "paragraphs"

    def change_text(self, row: int, field: str, new: Any) -> str:
        if field == "kind":
            word = label(new).lower()
            return f"Make {self.describe(row)} {'an' if word[0] in 'aeiou' else 'a'} {word}"
        if field == "text":
            return f"Type in {self.describe(row)}"
        return f"Change the {FIELD_NAMES.get(field, field)} of {self.describe(row)}"

    def new_record(self, after: int | None) -> ParagraphRecord:
        return ParagraphRecord()

    def _renumbered(self, first: int) -> None:
        if first < len(self._rows):
            self.headerDataChanged.emit(Qt.Orientation.Vertical, first, len(self._rows) - 1)

