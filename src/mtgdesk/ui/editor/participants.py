"""The participants editor: a table of who took part, every change undoable.

Public handles for tests and for the meeting form:

- ``editor.table`` (QTableView over ``editor.model``, a ParticipantTableModel);
  column constants ``KIND_COLUMN``, ``NAME_COLUMN``, ``ACRONYM_COLUMN``, ``ROLE_COLUMN``,
  ``ATTENDANCE_COLUMN``, ``HONORIFIC_COLUMN``, ``POST_COLUMN``, ``DELEGATION_COLUMN``
  (module level and on the class);
- ``add_button``, ``duplicate_button``, ``remove_button``, ``up_button``,
  ``down_button``, ``group_button`` (checkable), ``group_view`` (QTreeView over
  ``group_model``), ``problems_label``, ``name_completer``.

Driving it by keyboard, as a clerk (and a qtbot test) does:

- Add: Ctrl+Shift+A or Insert anywhere in the editor (or click ``add_button``). A row
  is inserted after the current one, with the same kind, and its Name cell opens for
  typing: ``qtbot.keyClicks(QApplication.focusWidget(), "Canada")`` then
  ``qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)``.
- Any other cell: ``table.setCurrentIndex(model.index(row, col))``;
  ``table.edit(model.index(row, col))`` (or press F2, or just start typing), then
  type into ``QApplication.focusWidget()`` and press Return. Kind, Role and Attendance
  open a QComboBox: type the start of the label ("I" for International organization,
  "H" for Host government agency, "P" for Person) or press Down, then Return.
- Name completion: type part of a name or an acronym ("UNDP"); the completer popup
  (``name_completer.popup()``) opens; ``keyClick(popup, Key_Down)`` then
  ``keyClick(popup, Key_Return)`` picks an entry and commits the cell, also setting the
  kind and filling the acronym. Return in the line edit itself commits what was typed
  (the popup closes); a name typed in full without picking changes only the name.
- Return commits a cell at once (no need to wait for the event loop).
- With the table focused: Delete removes the selected rows, Alt+Up / Alt+Down move
  them (the selection stays on them), Ctrl+D duplicates them. Drag and drop of rows
  moves them too.
- Undo/redo: the shared QUndoStack given to the constructor (the window's Edit menu).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain import reference
from mtgdesk.domain.records import ParticipantRecord
from mtgdesk.domain.validation import Problem, Severity
from mtgdesk.ui.column_chooser import ColumnChooser
from mtgdesk.ui.editor import participant_model as pm
from mtgdesk.ui.editor.delegates import (
    ChoiceDelegate,
    NameCompleter,
    NameDelegate,
    Suggestion,
    TextDelegate,
)
from mtgdesk.ui.editor.participant_entry import (
    NameListDialog,
    NextKind,
    PersonDetail,
    rows_for_group,
    rows_for_names,
)
from mtgdesk.ui.editor.participant_groups import SOURCE_ROW_ROLE, ParticipantGroupModel
from mtgdesk.ui.editor.participant_model import (
    ACRONYM_COLUMN,
    ATTENDANCE_COLUMN,
    DELEGATION_COLUMN,
    HONORIFIC_COLUMN,
    KIND_COLUMN,
    NAME_COLUMN,
    POST_COLUMN,
    ROLE_COLUMN,
    ParticipantTableModel,
)
from mtgdesk.ui.row_keys import RowKeys, problem_lines

__all__ = [
    "ACRONYM_COLUMN", "ATTENDANCE_COLUMN", "DELEGATION_COLUMN", "HONORIFIC_COLUMN",
    "KIND_COLUMN", "NAME_COLUMN", "POST_COLUMN", "ROLE_COLUMN", "ParticipantsEditor",
    "reference_suggestions",
]



def reference_suggestions() -> list[Suggestion]:
    """Countries, organisations and host agencies from the shipped reference lists,
    with their other spellings (so "Vietnam" finds "Viet Nam")."""
    return [(str(s.kind.value), s.name, s.acronym or None, tuple(s.aliases))
            for s in reference.suggestions()]


class ParticipantsEditor(QWidget):
    changed = Signal()
    reveal_requested = Signal()  # an add from elsewhere in the editor: show this tab

    KIND_COLUMN = KIND_COLUMN
    NAME_COLUMN = NAME_COLUMN
    ACRONYM_COLUMN = ACRONYM_COLUMN
    ROLE_COLUMN = ROLE_COLUMN
    ATTENDANCE_COLUMN = ATTENDANCE_COLUMN
    HONORIFIC_COLUMN = HONORIFIC_COLUMN
    POST_COLUMN = POST_COLUMN
    DELEGATION_COLUMN = DELEGATION_COLUMN

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Participants editor")
        self.undo_stack = undo_stack
        self.model = ParticipantTableModel(undo_stack, self)
        self.model.edited.connect(self.changed)
        self.model.focus_requested.connect(self._focus_rows)
        self._reference: list[Suggestion] | None = None
        self._known: list[Suggestion] = []

        self.table = QTableView(self)
        self.table.setObjectName("participantsTable")
        self.table.setAccessibleName("Participants")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)  # a drop never blanks the dragged row
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDropIndicatorShown(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # One line a participant: a delegation list of 40 rows should fit on a screen.
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        for column, width in ((KIND_COLUMN, 175), (NAME_COLUMN, 300), (ACRONYM_COLUMN, 80),
                              (ROLE_COLUMN, 95), (ATTENDANCE_COLUMN, 90),
                              (HONORIFIC_COLUMN, 80), (POST_COLUMN, 240)):
            self.table.setColumnWidth(column, width)
        self.columns = ColumnChooser(self.table, "Participant &Columns",
                                     locked=[KIND_COLUMN, NAME_COLUMN], parent=self)
        self.name_completer = NameCompleter(self)
        self._delegates = [
            ChoiceDelegate(pm.CHOICES["kind"], self),
            NameDelegate(self.name_completer, self),
            TextDelegate(self),
            ChoiceDelegate(pm.CHOICES["role"], self),
            ChoiceDelegate(pm.CHOICES["attendance"], self),
        ]
        for col, delegate in ((KIND_COLUMN, 0), (NAME_COLUMN, 1), (ACRONYM_COLUMN, 2),
                              (ROLE_COLUMN, 3), (ATTENDANCE_COLUMN, 4),
                              (HONORIFIC_COLUMN, 2), (POST_COLUMN, 2),
                              (DELEGATION_COLUMN, 2)):
            self.table.setItemDelegateForColumn(col, self._delegates[delegate])
        self._set_edit_triggers(True)

        self.group_model = ParticipantGroupModel(self.model, self)
        self.group_view = QTreeView(self)
        self.group_view.setAccessibleName("Participants grouped by kind")
        self.group_view.setModel(self.group_model)
        self.group_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.group_view.setColumnWidth(0, 420)
        self.group_model.modelReset.connect(self.group_view.expandAll)
        self.group_view.expandAll()
        self.group_view.activated.connect(self._jump_from_group)

        self.views = QStackedWidget(self)
        self.views.addWidget(self.table)
        self.views.addWidget(self.group_view)

        # Anywhere in the meeting editor, not only in this tab: the editor adds this
        # action to itself too (MeetingEditor).
        self.add_action = self._action("&Add participant", self.add,
                                       "Ctrl+Shift+A", "Insert")
        self.duplicate_action = self._action("D&uplicate", self.duplicate, "Ctrl+D")
        self.add_button = self._button("Add", self.add_action, "Add participant")
        self.next_kind = NextKind(self.model, self)
        self.list_button = self._button("Add list…", None, "Add participants from a list",
                                        self.add_list, "Ctrl+V in the table pastes a list")
        self.group_menu = QMenu(self)
        for group in reference.groups():
            action = self.group_menu.addAction(group.title)
            action.triggered.connect(lambda _c=False, g=group: self.add_group(g))
        self.group_add_button = QPushButton("Add group", self)
        self.group_add_button.setAccessibleName("Add the members of a group")
        self.group_add_button.setToolTip("Add the members of a group in one step: ASEAN, "
                                         "the G7, the Pacific Islands Forum, the EU...")
        self.group_add_button.setMenu(self.group_menu)
        self.detail = PersonDetail(self.model, self._current_row, self)
        self.detail.edited.connect(self.changed)
        self.duplicate_button = self._button("Duplicate", self.duplicate_action,
                                             "Duplicate participant")
        self.remove_button = self._button("Remove", None, "Remove participant",
                                          self.remove, "Delete (in the table)")
        self.up_button = self._button("Move up", None, "Move participant up",
                                      self.move_up, "Alt+Up")
        self.down_button = self._button("Move down", None, "Move participant down",
                                        self.move_down, "Alt+Down")
        self.group_button = QPushButton("Group by kind", self)
        self.group_button.setCheckable(True)
        self.group_button.setAccessibleName("Group participants by kind")
        self.group_button.setToolTip("Show the participants grouped by kind (read-only)")
        self.group_button.toggled.connect(self.set_grouped)

        self.problems_label = QLabel(self)
        self.problems_label.setAccessibleName("Participant problems")
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #8a1c22;")
        self.problems_label.hide()

        # Two rows of buttons: adding, then arranging. One row needed 940 px, wider
        # than a 1280x800 screen at 1.5x scale leaves the editor.
        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        kind_label = QLabel("&Kind:", self)  # Alt+K, then a letter: P for Person
        kind_label.setBuddy(self.next_kind)
        adding.addWidget(kind_label)
        adding.addWidget(self.next_kind)
        adding.addWidget(self.list_button)
        adding.addWidget(self.group_add_button)
        adding.addStretch(1)
        arranging = QHBoxLayout()
        for b in (self.duplicate_button, self.remove_button, self.up_button,
                  self.down_button):
            arranging.addWidget(b)
        arranging.addStretch(1)
        arranging.addWidget(self.group_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.detail)
        layout.addLayout(adding)
        layout.addLayout(arranging)
        layout.addWidget(self.problems_label)
        chain: list[QWidget] = [self.table, self.group_view, *self.detail.tab_stops(),
                                self.add_button, self.next_kind, self.list_button,
                                self.group_add_button, self.duplicate_button,
                                self.remove_button, self.up_button, self.down_button,
                                self.group_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._chain = chain
        # Tab leaves the table (to its buttons); arrows move between cells, and Tab in
        # an open cell editor still moves on to the next cell.
        self.table.setTabKeyNavigation(False)

        self.keys = RowKeys(self.table, remove=self.remove, up=self.move_up,
                            down=self.move_down, enabled=lambda: not self.is_read_only())
        self.table.installEventFilter(self)  # Ctrl+V: a pasted list of names
        self.table.selectionModel().currentRowChanged.connect(self.detail.load)
        # Honorific, post and delegation live in the detail fields: the table stays as
        # wide as the pane and Kind and Name never scroll out of view.
        self.hide_detail_columns()
        self.table.horizontalHeader().setSectionResizeMode(
            NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self._validation: list[Problem] = []
        for sig in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                    self.model.dataChanged):
            sig.connect(self._show_problem_lines)
        self.set_name_suggestions([])

    # ---- building --------------------------------------------------------------------
    def _action(self, text: str, slot: object, *keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, text: str, action: QAction | None, accessible: str,
                slot: object = None, keys: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        if action is not None:
            button.clicked.connect(action.trigger)
            keys = " or ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                               for s in action.shortcuts())
        else:
            button.clicked.connect(slot)
        button.setToolTip(f"{accessible} ({keys})" if keys else accessible)
        return button

    def _set_edit_triggers(self, editable: bool) -> None:
        t = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            t.DoubleClicked | t.EditKeyPressed | t.AnyKeyPressed | t.SelectedClicked
            if editable else t.NoEditTriggers)
        self.table.setDragEnabled(editable)
        self.table.setAcceptDrops(editable)

    # ---- the agreed interface ---------------------------------------------------------
    def set_records(self, records: Sequence[ParticipantRecord]) -> None:
        self._validation = []
        self.model.set_records(records)
        # Each meeting opens at its first participant, scrolled to the top and left.
        self.table.scrollToTop()
        self.table.horizontalScrollBar().setValue(0)
        if self.model.rowCount():
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(  # not the view's: no modifier keys
                self.model.index(0, NAME_COLUMN), flags.ClearAndSelect | flags.Rows)
        self.detail.load()
        self._show_problem_lines()

    def hide_detail_columns(self) -> None:
        for column in (HONORIFIC_COLUMN, POST_COLUMN, DELEGATION_COLUMN):
            self.table.setColumnHidden(column, True)

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes in this editor, in order (the meeting editor walks them)."""
        return list(self._chain)

    def records(self) -> list[ParticipantRecord]:
        return self.model.records()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        marks, mine = [], []
        for problem in problems:
            row = problem.item("participants")
            if row is None:
                continue
            # A problem of a field the table has no column for is shown at the name.
            field = str(problem.path[2]) if len(problem.path) > 2 else "name"
            marks.append((row, field if field in pm.COLUMNS else "name", problem))
            mine.append(problem)
        self.model.set_problems(marks)
        self._validation = mine
        self._show_problem_lines()

    @Slot()
    def _show_problem_lines(self, *_: object) -> None:
        """Validation's problems, then each name not in its reference list."""
        listed = {p.message for p in self._validation}
        unlisted = [Problem(("participants", row, "name"), why, Severity.WARNING)
                    for row, why in self.model.unlisted() if why not in listed]
        lines = [*self._validation, *unlisted]
        self.problems_label.setText(problem_lines(lines))
        self.problems_label.setVisible(bool(lines))

    def unlisted_names(self) -> list[str]:
        return [why for _row, why in self.model.unlisted()]

    def set_read_only(self, read_only: bool) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.setFocus()  # commit and close an open cell editor first
        self.model.set_read_only(read_only)
        self._set_edit_triggers(not read_only)
        for w in (self.add_action, self.duplicate_action):
            w.setEnabled(not read_only)
        for b in (self.add_button, self.duplicate_button, self.remove_button,
                  self.up_button, self.down_button, self.next_kind, self.list_button,
                  self.group_add_button):
            b.setEnabled(not read_only)
        self.detail.load()

    def is_read_only(self) -> bool:
        return self.model.is_read_only()

    def set_name_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        """Names known from earlier meetings; the reference list comes first."""
        if self._reference is None:
            self._reference = reference_suggestions()
        self._known = list(suggestions)
        self.name_completer.set_suggestions([*self._reference, *self._known])

    # ---- actions ---------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return sorted(rows)

    def _current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    @Slot()
    def add(self) -> None:
        if self.is_read_only():
            return
        self.reveal_requested.emit()
        self.set_grouped(False)
        current = self.table.currentIndex()
        after = current.row() if current.isValid() else self.model.rowCount() - 1
        at = after + 1
        self.model.insert_records(at, [self.model.new_record(after)], "Add participant")
        index = self.model.index(at, NAME_COLUMN)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def insert_rows(self, records: list[ParticipantRecord], text: str) -> None:
        """Add rows after the current one (at the end when none), in one undo step."""
        if self.is_read_only() or not records:
            return
        self.reveal_requested.emit()
        self.set_grouped(False)
        current = self.table.currentIndex()
        at = current.row() + 1 if current.isValid() else self.model.rowCount()
        self.model.insert_records(at, records, text)
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(at + len(records) - 1, NAME_COLUMN))

    def paste_names(self, text: str) -> int:
        """A pasted list of names, one row each; returns how many rows were added."""
        rows, _unknown = rows_for_names(text, self.model.next_kind)
        n = len(rows)
        self.insert_rows(rows, f"Add {n} participant{'s' if n != 1 else ''} from a list")
        return n

    @Slot()
    def add_list(self) -> None:
        if self.is_read_only():
            return
        dialog = NameListDialog(self)
        clip = QApplication.clipboard().text()
        if "," in clip or "\n" in clip.strip():
            dialog.text.setPlainText(clip)  # a copied list, ready to check and confirm
        if dialog.exec() == NameListDialog.DialogCode.Accepted:
            self.paste_names(dialog.text.toPlainText())

    def add_group(self, group: reference.Group) -> None:
        present = {p.name for p in self.model.records()}
        rows = [r for r in rows_for_group(group) if r.name not in present]
        self.insert_rows(rows, f"Add the members of {group.name}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Paste)
                and self.table.state() != QAbstractItemView.State.EditingState):
            text = QApplication.clipboard().text()
            if text.strip() and not self.is_read_only():
                self.paste_names(text)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def duplicate(self) -> None:
        self.set_grouped(False)
        self.model.duplicate_rows(self.selected_rows())

    @Slot()
    def remove(self) -> None:
        self.set_grouped(False)
        self.model.remove_rows(self.selected_rows())

    @Slot()
    def move_up(self) -> None:
        self.set_grouped(False)
        self.model.move_by(self.selected_rows(), -1)

    @Slot()
    def move_down(self) -> None:
        self.set_grouped(False)
        self.model.move_by(self.selected_rows(), +1)

    @Slot(bool)
    def set_grouped(self, grouped: bool) -> None:
        if self.group_button.isChecked() != grouped:
            self.group_button.setChecked(grouped)  # comes back here through toggled
            return
        self.views.setCurrentWidget(self.group_view if grouped else self.table)
        if grouped:
            self.group_view.expandAll()

    @Slot(list)
    def _focus_rows(self, rows: list[int]) -> None:
        """Select the rows a command touched (after undo and redo too)."""
        if not rows:
            return
        sm = self.table.selectionModel()
        current = self.table.currentIndex()
        if current.isValid() and current.row() == rows[0] and self.selected_rows() == rows:
            return
        column = current.column() if current.isValid() else NAME_COLUMN
        last = self.model.columnCount() - 1
        selection = QItemSelection()
        for r in rows:
            selection.select(self.model.index(r, 0), self.model.index(r, last))
        sm.setCurrentIndex(self.model.index(rows[0], column),
                           QItemSelectionModel.SelectionFlag.NoUpdate)
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(self.model.index(rows[0], column))

    @Slot()
    def _jump_from_group(self, index: object) -> None:
        row = self.group_model.data(index, SOURCE_ROW_ROLE)  # type: ignore[arg-type]
        if row is None:
            return
        self.set_grouped(False)
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(int(row), NAME_COLUMN))
