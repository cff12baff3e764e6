"""A table model over a list of plain record dataclasses, every change undoable.

The model owns copies of the records it is given (`set_records`) and gives copies back
(`records`), so the form never shares objects with the caller. Public changes
(`setData`, `set_field`, `insert_records`, `remove_rows`, `move_rows`) push commands
onto the shared QUndoStack; the commands call the raw `apply_field`, `apply_insert`,
`apply_remove`, `apply_reorder` below. Rows are reordered by drag and drop through
mimeData/dropMimeData, which go through the same undo stack.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoStack

from mtgdesk.domain.validation import Problem, Severity
from mtgdesk.ui.dialogs import plain_tip
from mtgdesk.ui.editor.undo_commands import (
    InsertRowsCommand,
    RemoveRowsCommand,
    ReorderCommand,
    SetFieldCommand,
)

ROWS_MIME = "application/x-mtgdesk-rows"
ERROR_BRUSH = QBrush(QColor("#f6c9cc"))
WARNING_BRUSH = QBrush(QColor("#fbe7b5"))

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    # rows to select after a change (also after undo/redo, so the clerk sees what moved)
    focus_requested = Signal(list)
    # any change of content, including undo and redo; not emitted by set_records
    edited = Signal()

    COLUMNS: tuple[str, ...] = ()
    HEADERS: tuple[str, ...] = ()
    EDITABLE: frozenset[str] = frozenset()

    def __init__(self, undo_stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self._stack = undo_stack
        self._rows: list[Any] = []
        self._read_only = False
        # id(record) -> (record, {field: [Problem]}); keyed by the record object so marks
        # follow a row when it moves and come back when a delete is undone.
        self._marks: dict[int, tuple[Any, dict[str, list[Problem]]]] = {}
        self.merge_session = 0

    # ---- content -------------------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = [dataclasses.replace(r) for r in records]
        self._marks.clear()
        self.endResetModel()

    def records(self) -> list[Any]:
        return [dataclasses.replace(r) for r in self._rows]

    def record(self, row: int) -> Any:
        """The live record of a row: read it, never change it (use set_field)."""
        return self._rows[row]

    @property
    def undo_stack(self) -> QUndoStack:
        return self._stack

    def set_read_only(self, read_only: bool) -> None:
        # Flags change everywhere; views ask for flags again when they next need them,
        # and a reset would lose the current row.
        self._read_only = read_only
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def is_read_only(self) -> bool:
        return self._read_only

    # ---- hooks for subclasses ------------------------------------------------------
    def display(self, record: Any, field: str, row: int) -> str:
        value = getattr(record, field)
        return "" if value is None else str(value)

    def edit_value(self, record: Any, field: str) -> Any:
        value = getattr(record, field)
        return "" if value is None else value

    def coerce(self, field: str, value: Any, old: Any) -> Any:
        """The stored value for what an editor produced. Raises ValueError to refuse."""
        if isinstance(value, str) and value == "" and old is None:
            return None
        return value

    def describe(self, row: int) -> str:
        """How an undo text names a row, e.g. '“Canada”' or 'paragraph 3'."""
        return f"row {row + 1}"

    def new_record(self, after: int | None) -> Any:
        raise NotImplementedError

    def field_problems(self, row: int, column: int) -> list[Problem]:
        entry = self._marks.get(id(self._rows[row]))
        if entry is None or entry[0] is not self._rows[row]:
            return []
        return entry[1].get(self.COLUMNS[column], [])

    # ---- problems --------------------------------------------------------------------
    def set_problems(self, marks: Sequence[tuple[int, str, Problem]]) -> None:
        """Mark (row, field, problem) triples; replaces earlier marks."""
        self._marks.clear()
        for row, field, problem in marks:
            if 0 <= row < len(self._rows):
                rec = self._rows[row]
                self._marks.setdefault(id(rec), (rec, {}))[1].setdefault(field, []).append(
                    problem)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole,
                                   Qt.ItemDataRole.ToolTipRole])

    # ---- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        rec, field = self._rows[row], self.COLUMNS[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(rec, field, row)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(rec, field)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            problems = self.field_problems(row, col)
            if not problems:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip("\n".join(p.message for p in problems))
            errors = any(p.severity == Severity.ERROR for p in problems)
            return ERROR_BRUSH if errors else WARNING_BRUSH
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows only (never "on" a row), so a drop is a move.
            return (Qt.ItemFlag.NoItemFlags if self._read_only
                    else Qt.ItemFlag.ItemIsDropEnabled)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._read_only:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if self.COLUMNS[index.column()] in self.EDITABLE:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or self._read_only
                or self.COLUMNS[index.column()] not in self.EDITABLE):
            return False
        try:
            self.set_field(index.row(), self.COLUMNS[index.column()], value)
        except ValueError:
            return False
        return True

    # ---- drag and drop: an internal move through the undo stack ----------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        payload = json.dumps({"model": id(self), "rows": rows}).encode()
        mime.setData(ROWS_MIME, QByteArray(payload))
        return mime

    def _dropped_rows(self, data: QMimeData) -> list[int] | None:
        if self._read_only or not data.hasFormat(ROWS_MIME):
            return None
        try:
            payload = json.loads(bytes(data.data(ROWS_MIME).data()).decode())
        except ValueError:
            return None
        if payload.get("model") != id(self):  # rows of another editor or window
            return None
        rows = [r for r in payload.get("rows", []) if 0 <= r < len(self._rows)]
        return rows or None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return (action in (Qt.DropAction.MoveAction, Qt.DropAction.IgnoreAction)
                and self._dropped_rows(data) is not None)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        rows = self._dropped_rows(data)
        if rows is None or action != Qt.DropAction.MoveAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        self.move_rows(rows, row)
        return True

    # ---- undoable changes ------------------------------------------------------------
    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        self._stack.beginMacro(text)
        try:
            yield
        finally:
            self._stack.endMacro()

    def break_merge(self) -> None:
        """End a typing burst: the next keystroke starts a new undo step."""
        self.merge_session += 1

    def set_field(self, row: int, field: str, value: Any, *, text: str | None = None,
                  merge: bool = False) -> bool:
        """Push a change of one field; False when nothing changed. ValueError: refused."""
        if self._read_only:
            return False
        old = getattr(self._rows[row], field)
        new = self.coerce(field, value, old)
        if new == old and type(new) is type(old):
            return False
        if text is None:
            text = self.change_text(row, field, new)
        self._stack.push(SetFieldCommand(self, row, field, old, new, text, merge=merge))
        return True

    def change_text(self, row: int, field: str, new: Any) -> str:
        header = self.HEADERS[self.COLUMNS.index(field)] if field in self.COLUMNS else field
        return f"Change {header.lower()} of {self.describe(row)}"

    def insert_records(self, row: int, records: list[Any], text: str) -> None:
        if self._read_only:
            return
        row = max(0, min(row, len(self._rows)))
        copies = [dataclasses.replace(r) for r in records]
        self._stack.push(InsertRowsCommand(self, row, copies, text))

    def remove_rows(self, rows: Sequence[int], text: str | None = None) -> None:
        rows = sorted({r for r in rows if 0 <= r < len(self._rows)})
        if self._read_only or not rows:
            return
        if text is None:
            text = (f"Remove {self.describe(rows[0])}" if len(rows) == 1
                    else f"Remove {len(rows)} {self.plural()}")
        self._stack.push(RemoveRowsCommand(self, rows, text))

    def move_rows(self, rows: Sequence[int], dest: int, text: str | None = None) -> bool:
        """Move `rows` (old numbers) so they land before old row `dest`, in order."""
        n = len(self._rows)
        rows = sorted({r for r in rows if 0 <= r < n})
        if self._read_only or not rows:
            return False
        dest = max(0, min(dest, n))
        moving = set(rows)
        rest = [i for i in range(n) if i not in moving]
        at = dest - sum(1 for r in rows if r < dest)
        order = rest[:at] + rows + rest[at:]
        if order == list(range(n)):
            return False
        if text is None:
            text = (f"Move {self.describe(rows[0])}" if len(rows) == 1
                    else f"Move {len(rows)} {self.plural()}")
        self._stack.push(ReorderCommand(self, order, rows, text))
        return True

    def move_by(self, rows: Sequence[int], delta: int) -> bool:
        """Alt+Up (-1) / Alt+Down (+1): the selected rows, one place, as a block."""
        rows = sorted({r for r in rows if 0 <= r < len(self._rows)})
        if not rows:
            return False
        if delta < 0 and rows[0] == 0 or delta > 0 and rows[-1] == len(self._rows) - 1:
            return False
        where = "up" if delta < 0 else "down"
        what = self.describe(rows[0]) if len(rows) == 1 else f"{len(rows)} {self.plural()}"
        dest = rows[0] - 1 if delta < 0 else rows[-1] + 2
        return self.move_rows(rows, dest, f"Move {what} {where}")

    def plural(self) -> str:
        return "rows"

    def request_focus(self, rows: list[int]) -> None:
        self.focus_requested.emit([r for r in rows if 0 <= r < len(self._rows)])

    # ---- raw changes: only the undo commands call these (undo_commands.RawRows) ----
    def apply_field(self, row: int, field: str, value: Any) -> None:
        setattr(self._rows[row], field, value)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.request_focus([row])
        self.edited.emit()

    def apply_insert(self, row: int, records: list[Any], *, focus: bool = True) -> None:
        self.beginInsertRows(QModelIndex(), row, row + len(records) - 1)
        self._rows[row:row] = records
        self.endInsertRows()
        self._renumbered(row + len(records))
        if focus:
            self.request_focus(list(range(row, row + len(records))))
        self.edited.emit()

    def apply_remove(self, rows: list[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        self._renumbered(min(rows))
        if self._rows:
            self.request_focus([min(min(rows), len(self._rows) - 1)])
        self.edited.emit()

    def apply_reorder(self, order: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        new_row = {old: new for new, old in enumerate(order)}
        before = self.persistentIndexList()
        self._rows = [self._rows[old] for old in order]
        after = [self.index(new_row[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        self._renumbered(0)
        self.edited.emit()

    def _renumbered(self, first: int) -> None:
        """Rows from `first` on have new numbers (the paragraphs model shows them)."""
