"""The meeting's own fields: loads a MeetingRecord's values, produces them again.

Every edit goes on the window's undo stack (typing in one field merges into one step).
Problems from validation are shown at their field: a line under it, its tooltip and its
accessible description.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain.records import MEETING_FIELDS, MeetingRecord
from mtgdesk.domain.validation import Problem, Severity
from mtgdesk.domain.vocab import Status, label
from mtgdesk.ui.dialogs import plain_tip
from mtgdesk.ui.editor.date_field import DateField, TimeField, TypedField
from mtgdesk.ui.editor.form_fields import FieldEdit, UndoKeysToWindow

CLASSIFICATIONS = ("", "Unclassified", "Restricted", "Confidential", "Secret")
TEXT_FIELDS = ("title", "venue", "city", "series", "reference")
COMBO_TEXT_FIELDS = ("host_country", "classification")
TYPED_FIELDS = ("held_on", "ends_on", "starts_at", "ends_at", "released_on")
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5300"

# Undo command ids: one per field, so typing in a field merges with itself only.
MERGE_IDS = dict(zip(MEETING_FIELDS, itertools.count(1000), strict=False))


class MeetingForm(QWidget):
    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingForm")
        self._stack = undo_stack
        self._record = MeetingRecord()
        self._values: dict[str, Any] = {}
        self._applying = False
        self._undo_keys = UndoKeysToWindow(self)

        self.title = self._line("Title", "As printed, e.g. Senior Official-Level Meeting on …")
        self.held_on = DateField("Held on")
        self.ends_on = DateField("End date")
        self.ends_on.line.setPlaceholderText("Empty for a one-day meeting")
        self.starts_at = TimeField("Start time")
        self.ends_at = TimeField("End time")
        self.released_on = DateField("Release date")
        self.released_on.line.setPlaceholderText("When the release was issued, or today")
        self.status = QComboBox()
        self.status.setAccessibleName("Status")
        for s in Status:
            self.status.addItem(label(s), s.value)
        self.venue = self._line("Venue", "As it reads after “at”: the Ministry of …")
        self.city = self._line("City", "")
        self.host_country = self._combo("Host country", [])
        host_line = self.host_country.lineEdit()
        assert host_line is not None  # an editable combo has one
        host_line.setPlaceholderText("A country among the participants")
        self.series = self._line("Series", "A recurring meeting's name, e.g. ASTOP")
        self.reference = self._line("Reference", "The office's file number")
        self.classification = self._combo("Classification", CLASSIFICATIONS)

        # One widget per field of the record, each the attribute of the field's name.
        self.widgets: dict[str, QWidget] = {name: getattr(self, name)
                                            for name in MEETING_FIELDS}
        for name in TYPED_FIELDS:
            self._typed(name).line.installEventFilter(self._undo_keys)
        self.labels: dict[str, QLabel] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self._layout()
        self._connect()
        self.load(MeetingRecord(held_on=date.today()))

    # --- building -----------------------------------------------------------------

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.installEventFilter(self._undo_keys)
        return edit

    def _combo(self, name: str, items: Iterable[str]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(name)
        combo.addItems(list(items))
        line = combo.lineEdit()
        assert line is not None  # editable
        line.installEventFilter(self._undo_keys)
        # The combo holds the focus and hands ShortcutOverride to its line edit's event()
        # directly, past the line edit's filters: the combo needs the filter too.
        combo.installEventFilter(self._undo_keys)
        return combo

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 0)
        left = ("held_on", "ends_on", "starts_at", "ends_at", "released_on", "status")
        right = ("venue", "city", "host_country", "series", "reference", "classification")
        # Mnemonics: none of the menus' (F, E, V, M, H), the editor tabs' (P, R, X) or
        # another field's letters; Series and Classification have no letter left.
        texts = {
            "title": "&Title", "held_on": "Hel&d on", "ends_on": "Ends &on",
            "starts_at": "&Starts at", "ends_at": "Ends &at", "released_on": "Re&leased on",
            "status": "Stat&us", "venue": "Ve&nue", "city": "C&ity",
            "host_country": "Host countr&y", "series": "Series", "reference": "Referen&ce",
            "classification": "Classification",
        }
        # Every field of the record has its place (and its label) on the form.
        assert {"title", *left, *right} == set(self.widgets) == set(texts), "form fields"
        self._place(grid, "title", texts["title"], 0, 0, span=3)
        for row, name in enumerate(left, 1):
            self._place(grid, name, texts[name], row, 0)
        for row, name in enumerate(right, 1):
            self._place(grid, name, texts[name], row, 2)
        grid.setRowStretch(len(left) + 1, 1)
        order = ["title", *left, *right]
        self._order = order
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(self.focus_target(a), self.focus_target(b))

    def tab_stops(self) -> list[QWidget]:
        """The fields in reading order: Title, the left column, the right column."""
        return [self.focus_target(name) for name in self._order]

    def focus_target(self, name: str) -> QWidget:
        """The widget that takes focus for a field (an optional field's check box)."""
        w = self.widgets[name]
        return w.line if isinstance(w, TypedField) else w

    def _place(self, grid: QGridLayout, name: str, text: str, row: int, col: int,
               span: int = 1) -> None:
        widget = self.widgets[name]
        lab = QLabel(text)
        lab.setBuddy(self.focus_target(name))
        lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problem = QLabel()
        problem.setObjectName(f"problem_{name}")
        problem.setWordWrap(True)
        problem.setTextFormat(Qt.TextFormat.PlainText)  # clerk's text is never markup
        problem.hide()
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(problem)
        grid.addWidget(lab, row, col, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(cell, row, col + 1, 1, span)
        # Labels sit level with their field's first line, not the problem under it.
        first_line = widget.line if isinstance(widget, TypedField) else widget
        lab.setMinimumHeight(first_line.sizeHint().height())
        self.labels[name] = lab
        self.problem_labels[name] = problem

    def _connect(self) -> None:
        for name in TEXT_FIELDS:
            self._line_edit(name).textChanged.connect(lambda _t, n=name: self._edited(n))
        for name in COMBO_TEXT_FIELDS:
            self._text_combo(name).currentTextChanged.connect(
                lambda _t, n=name: self._edited(n))
        for name in TYPED_FIELDS:
            self._typed(name).changed.connect(lambda n=name: self._edited(n))
        self.status.currentIndexChanged.connect(lambda _i: self._edited("status"))

    def _line_edit(self, name: str) -> QLineEdit:
        widget = self.widgets[name]
        assert isinstance(widget, QLineEdit), name
        return widget

    def _text_combo(self, name: str) -> QComboBox:
        widget = self.widgets[name]
        assert isinstance(widget, QComboBox), name
        return widget

    def _typed(self, name: str) -> TypedField:
        widget = self.widgets[name]
        assert isinstance(widget, TypedField), name
        return widget

    # --- values ---------------------------------------------------------------------

    def _read(self, name: str) -> Any:
        if name == "title":
            return self.title.text()
        if name in TEXT_FIELDS:
            return self._optional_text(name, self._line_edit(name).text())
        if name in COMBO_TEXT_FIELDS:
            return self._optional_text(name, self._text_combo(name).currentText())
        if name == "status":
            return self.status.currentData()
        return self._typed(name).value()

    def _undo_value(self, name: str) -> Any:
        # A typed date is undone as the text it was, readable or not yet.
        return self._typed(name).text() if name in TYPED_FIELDS else self._read(name)

    def _optional_text(self, name: str, text: str) -> str | None:
        # An emptied field is "not given" (None); but a record that came with an empty
        # string keeps it, because strings are given back exactly as they came.
        if text == "" and getattr(self._record, name) != "":
            return None
        return text

    def _write(self, name: str, value: Any) -> None:
        if name in TEXT_FIELDS:
            self._line_edit(name).setText(value or "")
        elif name in COMBO_TEXT_FIELDS:
            self._text_combo(name).setEditText(value or "")
        elif name == "status":
            i = self.status.findData(value)
            if i < 0:  # a status this release does not know: show it rather than lose it
                self.status.addItem(str(value), value)
                i = self.status.count() - 1
            self.status.setCurrentIndex(i)
        else:
            self._typed(name).set_value(value)

    def load(self, record: MeetingRecord) -> None:
        """Show a record's values; the undo stack is the caller's to clear."""
        self._record = record.copy()
        self._applying = True
        try:
            for name in self.widgets:
                self._write(name, getattr(record, name))
        finally:
            self._applying = False
        self._values = {name: self._undo_value(name) for name in self.widgets}
        self.show_problems([])

    def record(self) -> MeetingRecord:
        """The loaded record with the form's values (participants etc. as loaded)."""
        values = {name: self._read(name) for name in self.widgets}
        return dataclasses.replace(self._record.copy(), **values)

    def set_identity(self, meeting_id: int | None, version: int | None) -> None:
        """The store's id and version after a save; the widgets stay as they are."""
        self._record.id, self._record.version = meeting_id, version

    def set_host_country_choices(self, names: Iterable[str]) -> None:
        """The country participants, offered first in the host country list."""
        names = list(dict.fromkeys(names))
        current = self.host_country.currentText()
        if names == [self.host_country.itemText(i) for i in range(self.host_country.count())]:
            return
        self.host_country.blockSignals(True)
        try:
            self.host_country.clear()
            self.host_country.addItems(names)
            self.host_country.setEditText(current)
        finally:
            self.host_country.blockSignals(False)

    def typed_problems(self) -> list[Problem]:
        """A date or time the clerk typed that could not be read: blocks the save."""
        return [Problem((name,), f"{self._typed(name).name}: {problem}")
                for name in TYPED_FIELDS
                if (problem := self._typed(name).problem()) is not None]

    def set_read_only(self, read_only: bool) -> None:
        # Read-only, not disabled: a final record's text stays readable and selectable.
        for w in self.widgets.values():
            if isinstance(w, QLineEdit):
                w.setReadOnly(read_only)
            elif isinstance(w, TypedField):
                w.set_read_only(read_only)
            elif isinstance(w, QComboBox) and w.isEditable():
                line = w.lineEdit()
                assert line is not None
                line.setReadOnly(read_only)
                w.setProperty("readOnly", read_only)
            else:
                w.setEnabled(not read_only)

    # --- undo -------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        if self._applying:
            return
        new = self._undo_value(name)
        old = self._values.get(name)
        if new == old:
            return
        self._values[name] = new
        text = self.labels[name].text().replace("&", "").lower()
        self._stack.push(FieldEdit(self._apply, name, text, old, new,
                                   merge_id=MERGE_IDS[name]))
        self.changed.emit()

    def _apply(self, name: str, value: Any) -> None:
        """Undo/redo puts a value back: show it, and put the cursor there."""
        self._applying = True
        try:
            self._write(name, value)
        finally:
            self._applying = False
        self._values[name] = self._undo_value(name)
        self.focus_target(name).setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    # --- problems ---------------------------------------------------------------------

    def show_problems(self, problems: Iterable[Problem]) -> list[Problem]:
        """Show the problems of meeting fields; returns those this form has no field for."""
        by_field: dict[str, list[Problem]] = {}
        rest = []
        for p in problems:
            if len(p.path) == 1 and p.path[0] in self.widgets:
                by_field.setdefault(p.field, []).append(p)
            else:
                rest.append(p)
        for name, lab in self.problem_labels.items():
            found = by_field.get(name, [])
            text = "\n".join(p.message for p in found)
            lab.setText(text)
            lab.setVisible(bool(found))
            is_error = any(p.severity == Severity.ERROR for p in found)
            colour = ERROR_COLOUR if is_error else WARNING_COLOUR
            lab.setStyleSheet(f"color: {colour};" if found else "")
            widget = self.widgets[name]
            for w in (widget, self.focus_target(name)):
                w.setToolTip(plain_tip(text))
                w.setAccessibleDescription(text)
        return rest

    def problem_text(self, name: str) -> str:
        lab = self.problem_labels[name]
        return lab.text() if not lab.isHidden() else ""

    def first_problem_widget(self, problems: Iterable[Problem]) -> QWidget | None:
        for p in problems:
            if len(p.path) == 1 and p.path[0] in self.widgets:
                return self.focus_target(p.field)
        return None

    @Slot()
    def focus_title(self) -> None:
        self.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.title.selectAll()
