"""Entering many participants fast, and a person's details beside the table.

- The kind of the next row is the clerk's choice (``NextKind``), Country at first.
- A pasted list ("Australia, Canada, France and Japan", lines of an e-mail, a
  spreadsheet column) becomes one row a name, read by the release import's name reader
  (releases.name_list); what it does not know is kept and marked.
- A group (ASEAN, the G7, the Pacific Islands Forum, the EU; resources/reference/
  groups.json) adds its members in one step.
- ``PersonDetail``: honorific, post and delegation of the current row in fields below
  the table, so the table keeps Kind and Name in view instead of scrolling sideways.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain import reference
from mtgdesk.domain.records import ParticipantRecord
from mtgdesk.domain.vocab import ParticipantKind, label
from mtgdesk.ui.editor.participant_model import ParticipantTableModel
from mtgdesk.ui.stack_edits import StackLineEdit

KINDS = tuple(k.value for k in ParticipantKind)
DETAIL_FIELDS = ("honorific", "post", "delegation")


def rows_for_names(text: str, fallback_kind: str) -> tuple[list[ParticipantRecord], list[str]]:
    """The rows a pasted list stands for, and the items not recognised (kept, with the
    fallback kind, to be checked)."""
    from mtgdesk.releases.name_list import read_name_list  # only when a list is pasted

    rows, unknown = [], []
    for entry in read_name_list(text):
        if entry.kind is None:
            unknown.append(entry.written)
            rows.append(ParticipantRecord(kind=fallback_kind, name=entry.name))
        else:
            rows.append(ParticipantRecord(kind=entry.kind, name=entry.name,
                                          acronym=entry.acronym))
    return rows, unknown


def rows_for_group(group: reference.Group) -> list[ParticipantRecord]:
    rows = []
    for name in group.members:
        country = reference.find_country(name)
        rows.append(ParticipantRecord(kind=ParticipantKind.COUNTRY.value,
                                      name=country.name if country else name))
    return rows


class NextKind(QComboBox):
    """Which kind the next added row gets."""

    def __init__(self, model: ParticipantTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setAccessibleName("Kind of new rows")
        self.setToolTip("The kind a row added with Add, Insert or Ctrl+Shift+A gets")
        for kind in KINDS:
            self.addItem(label(kind), kind)
        self.setCurrentIndex(self.findData(model.next_kind))
        self.currentIndexChanged.connect(self._chosen)

    @Slot(int)
    def _chosen(self, _index: int) -> None:
        self._model.next_kind = str(self.currentData())


class NameListDialog(QDialog):
    """A box to type or paste a list of names into; OK adds a row for each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add Participants from a List")
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName("Names")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText("Australia, Canada, France and Japan\n"
                                     "or one name a line, as copied from an e-mail "
                                     "or a spreadsheet column")
        note = QLabel("Each name becomes a row; a name not in the reference lists is "
                      "kept and marked for you to check.", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(460, 300)


class PersonDetail(QGroupBox):
    """Honorific, post and delegation of the table's current row, undoable as cells."""

    edited = Signal()

    def __init__(self, model: ParticipantTableModel, current_row: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__("Details of the selected participant", parent)
        self.setAccessibleName("Participant details")
        self._model = model
        self._row = current_row
        self._loading = False
        self.fields: dict[str, QLineEdit] = {}
        # One line of three fields: the table keeps the height (at 1.5x scale too).
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 4)
        hints = {"honorific": "Mr., Ms., H.E.", "post": "e.g. Director-General, …",
                 "delegation": "e.g. Japan"}
        stretch = {"honorific": 1, "post": 4, "delegation": 2}
        for field in DETAIL_FIELDS:
            edit = StackLineEdit(self)
            edit.setAccessibleName(field.capitalize())
            edit.setPlaceholderText(hints[field])
            edit.textEdited.connect(lambda text, f=field: self._typed(f, text))
            edit.focus_left.connect(model.break_merge)
            caption = QLabel(field.capitalize(), self)
            caption.setBuddy(edit)
            row.addWidget(caption)
            row.addWidget(edit, stretch[field])
            self.fields[field] = edit
        for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                    model.layoutChanged):
            sig.connect(self.load)
        model.dataChanged.connect(self._data_changed)
        self.load()

    @Slot()
    def load(self, *_: object) -> None:
        row = self._row()
        rec = self._model.record(row) if row is not None else None
        self._loading = True
        try:
            for field, edit in self.fields.items():
                value = (getattr(rec, field) or "") if rec is not None else ""
                if edit.text() != value:
                    edit.setText(value)
                edit.setEnabled(rec is not None)
                edit.setReadOnly(self._model.is_read_only())
        finally:
            self._loading = False
        shown = rec.name if rec is not None and rec.name.strip() else None
        self.setTitle(f"Details of {shown}" if shown else "Details of the selected participant")

    @Slot(QModelIndex, QModelIndex)
    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        row = self._row()
        if row is not None and top.row() <= row <= bottom.row():
            self.load()

    def _typed(self, field: str, text: str) -> None:
        row = self._row()
        if self._loading or row is None:
            return
        self._model.set_field(row, field, text, merge=True)
        self.edited.emit()

    def tab_stops(self) -> list[QWidget]:
        return list(self.fields.values())

