"""The participants of one meeting as an editable, undoable table model.

Columns follow the interchange format (kind, name, acronym, role, attendance, honorific,
post, delegation). The `article` field has no column but is kept as given.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from mtgdesk.domain import reference
from mtgdesk.domain.records import ParticipantRecord, vocabularies
from mtgdesk.domain.vocab import ParticipantKind, label
from mtgdesk.ui.dialogs import plain_tip
from mtgdesk.ui.editor.record_model import RecordTableModel

COLUMNS = ("kind", "name", "acronym", "role", "attendance", "honorific", "post",
           "delegation")
HEADERS = ("Kind", "Name", "Acronym", "Role", "Attendance", "Honorific", "Post",
           "Delegation")
(KIND_COLUMN, NAME_COLUMN, ACRONYM_COLUMN, ROLE_COLUMN, ATTENDANCE_COLUMN,
 HONORIFIC_COLUMN, POST_COLUMN, DELEGATION_COLUMN) = range(len(COLUMNS))

# kind, role, attendance: the values the record's fields take (domain.records).
CHOICES: dict[str, tuple[str, ...]] = vocabularies(ParticipantRecord)


NOT_LISTED = "not in the reference list"
UNKNOWN_COLOUR = QColor("#8a5300")
_FINDERS = {
    ParticipantKind.COUNTRY.value: (reference.find_country, "countries"),
    ParticipantKind.ORGANIZATION.value: (reference.find_organization, "organizations"),
    ParticipantKind.AGENCY.value: (reference.find_agency, "host government agencies"),
}


def not_listed(rec: ParticipantRecord) -> str | None:
    """Why a country, organisation or agency's name is marked: not in the reference
    list of its kind (kept as typed; a person is never in a list)."""
    finder = _FINDERS.get(rec.kind)
    if finder is None or not rec.name.strip() or finder[0](rec.name) is not None:
        return None
    return f"“{rec.name}” is {NOT_LISTED} of {finder[1]}: check the spelling"


class ParticipantTableModel(RecordTableModel):
    COLUMNS = COLUMNS
    HEADERS = HEADERS
    EDITABLE = frozenset(COLUMNS)
    # The kind of the table's next row: chosen by the clerk, Country at first.
    next_kind: str = ParticipantKind.COUNTRY.value

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if (value is None and index.isValid() and index.column() == NAME_COLUMN
                and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)):
            why = not_listed(self._rows[index.row()])
            if why is not None:
                return (UNKNOWN_COLOUR if role == Qt.ItemDataRole.ForegroundRole
                        else plain_tip(why))  # the name as typed, never markup
        return value

    def unlisted(self) -> list[tuple[int, str]]:
        """(row, sentence) of each name not in its reference list."""
        return [(row, why) for row, rec in enumerate(self._rows)
                if (why := not_listed(rec)) is not None]

    def display(self, record: Any, field: str, row: int) -> str:
        if field in CHOICES:
            return label(getattr(record, field))
        return super().display(record, field, row)

    def coerce(self, field: str, value: Any, old: Any) -> Any:
        if field in CHOICES:
            value = "" if value is None else str(value)
            if value not in CHOICES[field]:
                raise ValueError(f"{value!r} is not a {field}")
            return value
        value = "" if value is None else str(value)
        if field == "name":
            return value
        # Optional text: an emptied cell means "not given", but a cell that held an empty
        # string and is left empty keeps it (strings come back exactly as imported).
        if value == "" and old != "":
            return None
        return value

    def describe(self, row: int) -> str:
        name = self._rows[row].name
        return f"“{name}”" if name.strip() else f"participant {row + 1}"

    def plural(self) -> str:
        return "participants"

    def change_text(self, row: int, field: str, new: Any) -> str:
        if field == "name":
            return f"Name participant {row + 1} “{new}”" if new else \
                f"Clear the name of participant {row + 1}"
        if field in CHOICES:
            word = label(new).lower()
            if field != "kind":
                return f"Make {self.describe(row)} {word}"
            return f"Make {self.describe(row)} {'an' if word[0] in 'aeiou' else 'a'} {word}"
        return super().change_text(row, field, new)

    def new_record(self, after: int | None) -> ParticipantRecord:
        # The kind the clerk chose for new rows, never silently the previous row's: a
        # person added after organisations was stored as an organisation.
        return ParticipantRecord(kind=self.next_kind)

    def set_name(self, row: int, name: str, *, kind: str | None = None,
                 acronym: str | None = None) -> None:
        """A name typed or picked from the completer; a known name also sets its kind and
        acronym, all in one undo step."""
        rec = self._rows[row]
        changes: list[tuple[str, Any]] = []
        if name != rec.name:
            changes.append(("name", name))
        if kind is not None and kind != rec.kind:
            changes.append(("kind", kind))
        if acronym is not None and acronym != rec.acronym:
            changes.append(("acronym", acronym))
        if not changes:
            return
        if len(changes) == 1:
            self.set_field(row, *changes[0])
            return
        with self.macro(self.change_text(row, "name", name)):
            for field, value in changes:
                self.set_field(row, field, value)

    def duplicate_rows(self, rows: list[int]) -> None:
        rows = sorted(set(rows))
        if not rows:
            return
        copies = [dataclasses.replace(self._rows[r]) for r in rows]
        text = (f"Duplicate {self.describe(rows[0])}" if len(rows) == 1
                else f"Duplicate {len(rows)} participants")
        self.insert_records(rows[-1] + 1, copies, text)
