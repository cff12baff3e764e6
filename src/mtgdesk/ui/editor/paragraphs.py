"""The paragraphs editor: the clerk's own paragraphs, in order, numbered as they print.

In the press-release layout the report writes two paragraphs itself (the opening and
the attendance), so the clerk's first paragraph prints as "3."; the offset is the
constructor's `number_offset` (default 2) and the `number_offset` property.

Public handles for tests and for the meeting form:

- ``editor.table`` (QTableView over ``editor.model``, a ParagraphTableModel: columns
  ``KIND_COLUMN``, ``TEXT_COLUMN``; the printed number "3." is the row's vertical
  header, ``model.headerData(row, Qt.Vertical)``, and ``model.number(row)``),
  ``editor.caption``;
- detail panel for the current paragraph: ``kind_combo`` (QComboBox, data = kind
  value), ``text_edit`` (QPlainTextEdit), ``owner_edit`` (QLineEdit) and ``due_edit``
  (a DateField: the due date typed as text, empty for none);
- ``add_button``, ``remove_button``, ``up_button``, ``down_button``, ``problems_label``.

Driving it by keyboard, as a clerk (and a qtbot test) does:

- Add: Ctrl+Shift+P anywhere in the editor (or click ``add_button``): a paragraph is
  inserted after the current one and the text box gets the focus, so
  ``qtbot.keyClicks(editor.text_edit, "The meeting ...")`` types it (Return is a new
  line; Tab moves on to the owner field). Typing goes on the undo stack as one step
  per burst (a burst ends when the text box loses focus or another paragraph is chosen).
- Kind: focus ``kind_combo`` and type the start of a label ("Di" Discussion, "De"
  Decision, "Ac" Action, "Ag" Agreement, "N" Note; Qt joins letters typed within
  QApplication.keyboardInputInterval(), so in a fast test prefer Up/Down or
  ``kind_combo.setCurrentIndex(kind_combo.findData("action"))``); each choice is
  applied at once. Owner and due date are enabled only for an action (or when a non-action
  still holds one, so it can be cleared); turning an action into another kind clears
  them in the same undo step.
- With the list focused: Delete removes the paragraph, Alt+Up / Alt+Down move it. Rows
  can also be dragged.
- Undo/redo: the shared QUndoStack (the window's Edit menu). The text box and the owner
  field leave Ctrl+Z / Ctrl+Y to the window instead of keeping their own history.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain.records import ParagraphRecord, kind_change
from mtgdesk.domain.validation import Problem
from mtgdesk.domain.vocab import ParagraphKind, label
from mtgdesk.ui.dialogs import plain_tip
from mtgdesk.ui.editor.date_field import DateField
from mtgdesk.ui.editor.paragraph_model import KIND_COLUMN, KINDS, TEXT_COLUMN, ParagraphTableModel
from mtgdesk.ui.editor.record_model import ERROR_BRUSH
from mtgdesk.ui.row_keys import RowKeys, problem_lines
from mtgdesk.ui.stack_edits import StackLineEdit, StackPlainTextEdit

__all__ = ["KIND_COLUMN", "TEXT_COLUMN", "ParagraphsEditor"]

ACTION = ParagraphKind.ACTION.value
MARK_STYLE = f"background-color: {ERROR_BRUSH.color().name()};"


class ParagraphsEditor(QWidget):
    changed = Signal()
    reveal_requested = Signal()  # an add from elsewhere in the editor: show this tab

    KIND_COLUMN = KIND_COLUMN
    TEXT_COLUMN = TEXT_COLUMN

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 number_offset: int = 2) -> None:
        super().__init__(parent)
        self.setAccessibleName("Paragraphs editor")
        self.undo_stack = undo_stack
        self.model = ParagraphTableModel(undo_stack, self, number_offset)
        self.model.edited.connect(self.changed)
        self._loading = False
        self._problems: list[Problem] = []

        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName("Paragraph numbering")
        self.table = QTableView(self)
        self.table.setObjectName("paragraphsTable")
        self.table.setAccessibleName("Paragraphs")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons and the text
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        # the row header is the number as it will print
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(KIND_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)

        self.add_action = QAction("Add paragraph", self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add)
        self.addAction(self.add_action)
        self.add_button = self._button("Add", "Add paragraph (Ctrl+Shift+P)", self.add)
        self.remove_button = self._button("Remove", "Remove paragraph (Delete in the list)",
                                          self.remove)
        self.up_button = self._button("Move up", "Move paragraph up (Alt+Up)", self.move_up)
        self.down_button = self._button("Move down", "Move paragraph down (Alt+Down)",
                                        self.move_down)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName("Paragraph kind")
        for kind in KINDS:
            self.kind_combo.addItem(label(kind), kind)
        self.text_edit = StackPlainTextEdit(self)
        self.text_edit.setAccessibleName("Paragraph text")
        self.text_edit.setPlaceholderText("The paragraph as it will print")
        self.owner_edit = StackLineEdit(self)
        self.owner_edit.setAccessibleName("Action owner")
        self.owner_edit.setPlaceholderText("Who is to do it (actions only)")
        self.due_edit = DateField("Action due date", self)

        self.detail = QGroupBox("Paragraph", self)
        self.detail.setAccessibleName("Paragraph details")
        form = QFormLayout(self.detail)
        # Mnemonics clear of the menus', the tabs' and the meeting form's letters.
        form.addRow("&Kind", self.kind_combo)
        form.addRow("Text", self.text_edit)
        form.addRow("O&wner", self.owner_edit)
        form.addRow("Due &by", self.due_edit)

        self.problems_label = QLabel(self)
        self.problems_label.setAccessibleName("Paragraph problems")
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #8a1c22;")
        self.problems_label.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.caption)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems_label)
        chain: list[QWidget] = [self.table, self.add_button, self.remove_button,
                                self.up_button, self.down_button, self.kind_combo,
                                self.text_edit, self.owner_edit, self.due_edit.line]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._chain = chain

        self.keys = RowKeys(self.table, remove=self.remove, up=self.move_up,
                            down=self.move_down, enabled=lambda: not self.is_read_only())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.focus_requested.connect(self._focus_rows)
        self.model.dataChanged.connect(self._model_data_changed)
        for sig in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                    self.model.layoutChanged):
            sig.connect(self._load_detail)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.text_edit.textChanged.connect(self._text_typed)
        self.text_edit.focus_left.connect(self.model.break_merge)
        self.owner_edit.textEdited.connect(self._owner_typed)
        self.owner_edit.focus_left.connect(self.model.break_merge)
        self.due_edit.changed.connect(self._due_changed)
        self.due_edit.line.editingFinished.connect(self.model.break_merge)
        self._update_caption()
        self._load_detail()

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(tip.split(" (")[0])
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # ---- the agreed interface ---------------------------------------------------------
    def set_records(self, records: Sequence[ParagraphRecord]) -> None:
        self._problems = []
        self.model.set_records(records)
        self.problems_label.hide()
        self.problems_label.clear()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, TEXT_COLUMN))
        self._load_detail()

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes in this editor, in order (the meeting editor walks them)."""
        return list(self._chain)

    def records(self) -> list[ParagraphRecord]:
        return self.model.records()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        marks, mine = [], []
        for problem in problems:
            row = problem.item("paragraphs")
            if row is not None:
                field = problem.path[2] if len(problem.path) > 2 else "text"
                marks.append((row, str(field), problem))
                mine.append(problem)
        self.model.set_problems(marks)
        self._problems = mine
        self.problems_label.setText(problem_lines(mine))
        self.problems_label.setVisible(bool(mine))
        self._mark_detail()

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        self.table.setDragEnabled(not read_only)
        self.table.setAcceptDrops(not read_only)
        self.add_action.setEnabled(not read_only)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setEnabled(not read_only)
        self._load_detail()

    def is_read_only(self) -> bool:
        return self.model.is_read_only()

    @property
    def number_offset(self) -> int:
        return self.model.number_offset

    @number_offset.setter
    def number_offset(self, offset: int) -> None:
        self.model.set_number_offset(offset)
        self._update_caption()

    def _update_caption(self) -> None:
        n = self.model.number_offset
        if n == 0:
            self.caption.setText("Numbered as they will print.")
        else:
            first = "paragraph 1 is" if n == 1 else f"paragraphs 1–{n} are"
            self.caption.setText(f"Numbered as the press release prints them: {first} "
                                 f"written by mtgdesk (opening and attendance), so yours "
                                 f"start at {n + 1}. The minutes number yours from 1.")

    # ---- actions ---------------------------------------------------------------------
    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    @Slot()
    def add(self) -> None:
        if self.is_read_only():
            return
        current = self.current_row()
        at = self.model.rowCount() if current is None else current + 1
        self.reveal_requested.emit()
        self.model.break_merge()
        self.model.insert_records(at, [self.model.new_record(current)], "Add paragraph")
        self.text_edit.setFocus()

    @Slot()
    def remove(self) -> None:
        row = self.current_row()
        if row is not None:
            self.model.remove_rows([row])

    @Slot()
    def move_up(self) -> None:
        row = self.current_row()
        if row is not None:
            self.model.move_by([row], -1)

    @Slot()
    def move_down(self) -> None:
        row = self.current_row()
        if row is not None:
            self.model.move_by([row], +1)

    @Slot(list)
    def _focus_rows(self, rows: list[int]) -> None:
        if rows and rows[0] != self.current_row():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(rows[0], TEXT_COLUMN),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(rows[0], TEXT_COLUMN))

    # ---- the detail panel ---------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.model.break_merge()
        self._load_detail()

    @Slot()
    def _load_detail(self, *_: object) -> None:
        row = self.current_row()
        rec = self.model.record(row) if row is not None else None
        self._loading = True
        try:
            if rec is None or row is None:
                self.text_edit.clear()
                self.owner_edit.clear()
                self.kind_combo.setCurrentIndex(-1)
                self.due_edit.set_value(None)
                self.detail.setTitle("Paragraph")
            else:
                self.detail.setTitle(f"Paragraph {self.model.number(row)}.")
                if self.text_edit.toPlainText() != rec.text:
                    self.text_edit.setPlainText(rec.text)
                    self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(rec.kind))
                if self.owner_edit.text() != (rec.owner or ""):
                    self.owner_edit.setText(rec.owner or "")
                if self.due_edit.value() != rec.due_on or self.due_edit.problem():
                    self.due_edit.set_value(rec.due_on)
        finally:
            self._loading = False
        self._update_enabled(rec)
        self._mark_detail()

    def _update_enabled(self, rec: ParagraphRecord | None) -> None:
        editable = rec is not None and not self.is_read_only()
        # A final record's text stays readable (read-only, not greyed out).
        self.text_edit.setEnabled(rec is not None)
        self.text_edit.setReadOnly(not editable)
        self.kind_combo.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.up_button.setEnabled(editable)
        self.down_button.setEnabled(editable)
        # Owner and due date belong to actions; a non-action that still holds one keeps
        # the field open so the clerk can clear it.
        is_action = rec is not None and rec.kind == ACTION
        has_owner = rec is not None and rec.owner is not None
        self.owner_edit.setEnabled(editable and (is_action or has_owner))
        has_due = rec is not None and rec.due_on is not None
        self.due_edit.setEnabled(editable and (is_action or has_due))

    def _mark_detail(self) -> None:
        row = self.current_row()
        widgets = {"text": self.text_edit, "kind": self.kind_combo,
                   "owner": self.owner_edit, "due_on": self.due_edit}
        for field, widget in widgets.items():
            problems = self.model.problems_of(row, field) if row is not None else []
            widget.setStyleSheet(MARK_STYLE if problems else "")
            widget.setToolTip(plain_tip("\n".join(p.message for p in problems)))

    @Slot(QModelIndex, QModelIndex)
    def _model_data_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        row = self.current_row()
        if row is not None and top.row() <= row <= bottom.row():
            self._load_detail()

    @Slot(int)
    def _kind_chosen(self, _index: int) -> None:
        row = self.current_row()
        kind = self.kind_combo.currentData()
        if self._loading or row is None or kind is None:
            return
        change = kind_change(self.model.record(row), kind)
        if len(change) > 1:
            # Leaving "action": owner and due date go with it, in the same undo step.
            with self.model.macro(self.model.change_text(row, "kind", kind)):
                for field, value in change.items():
                    self.model.set_field(row, field, value)
        elif change:
            self.model.set_field(row, "kind", kind, merge=True)

    @Slot()
    def _text_typed(self) -> None:
        row = self.current_row()
        if not self._loading and row is not None:
            self.model.set_field(row, "text", self.text_edit.toPlainText(), merge=True)

    @Slot(str)
    def _owner_typed(self, text: str) -> None:
        row = self.current_row()
        if not self._loading and row is not None:
            self.model.set_field(row, "owner", text, merge=True)

    @Slot()
    def _due_changed(self) -> None:
        row = self.current_row()
        if self._loading or row is None or self.due_edit.problem():
            return  # an unreadable date is marked at the field and blocks the save
        value: date | None = self.due_edit.value()
        if self.model.record(row).due_on != value:
            self.model.set_field(row, "due_on", value, merge=True)

    def typed_problems(self) -> list[Problem]:
        """The due date being typed, when it cannot be read."""
        row = self.current_row()
        problem = self.due_edit.problem()
        if row is None or problem is None:
            return []
        return [Problem(("paragraphs", row, "due_on"), f"Due date: {problem}")]
