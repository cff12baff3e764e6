"""Undo commands shared by the participants and paragraphs editors.

Every change a clerk makes in those editors is one of these on the window's shared
QUndoStack. Commands hold row numbers, not Qt indexes: undo and redo replay in strict
order, so a row number is right at the moment each command runs. The raw changes
(`apply_field`, `apply_insert`, `apply_remove`, `apply_reorder`) live on
RecordTableModel and are called only from here; the commands know the model only as
RawRows, so this module does not import it.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

# One id for every mergeable field edit; mergeWith checks the rest (model, row, field).
TYPING_ID = 0x6D7464


class RawRows(Protocol):
    """What the commands change: a RecordTableModel, without its undo stack."""

    merge_session: int

    def record(self, row: int) -> Any: ...
    def request_focus(self, rows: list[int]) -> None: ...
    def apply_field(self, row: int, field: str, value: Any) -> None: ...
    def apply_insert(self, row: int, records: list[Any], *, focus: bool = True) -> None: ...
    def apply_remove(self, rows: list[int]) -> None: ...
    def apply_reorder(self, order: list[int]) -> None: ...


class SetFieldCommand(QUndoCommand):
    """One field of one row. With `merge`, consecutive typing in the same field (and the
    same typing session, see RecordTableModel.break_merge) becomes one undo step."""

    def __init__(self, model: RawRows, row: int, field: str, old: Any, new: Any,
                 text: str, *, merge: bool = False) -> None:
        super().__init__(text)
        self.model, self.row, self.field = model, row, field
        self.old, self.new = old, new
        self.merge = merge
        self.session = model.merge_session

    def id(self) -> int:  # noqa: A003 - Qt's name
        return TYPING_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (isinstance(other, SetFieldCommand) and other.merge and self.merge):
            return False
        if (other.model is not self.model or other.row != self.row
                or other.field != self.field or other.session != self.session):
            return False
        self.new = other.new
        self.setText(other.text())  # e.g. the last kind chosen, not the first
        # Typing back to where it started leaves nothing to undo.
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.model.apply_field(self.row, self.field, self.new)

    def undo(self) -> None:
        self.model.apply_field(self.row, self.field, self.old)


class InsertRowsCommand(QUndoCommand):
    def __init__(self, model: RawRows, row: int, records: list[Any],
                 text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.records = model, row, records

    def redo(self) -> None:
        self.model.apply_insert(self.row, self.records)

    def undo(self) -> None:
        self.model.apply_remove(list(range(self.row, self.row + len(self.records))))


class RemoveRowsCommand(QUndoCommand):
    """Rows need not be next to each other; undo puts each back where it was."""

    def __init__(self, model: RawRows, rows: list[int], text: str) -> None:
        super().__init__(text)
        self.model = model
        self.rows = sorted(set(rows))
        self.records: list[Any] = [model.record(r) for r in self.rows]

    def redo(self) -> None:
        self.model.apply_remove(self.rows)

    def undo(self) -> None:
        for row, record in zip(self.rows, self.records, strict=True):
            self.model.apply_insert(row, [record], focus=False)
        self.model.request_focus(self.rows)


class ReorderCommand(QUndoCommand):
    """A permutation of all rows: `order[i]` is the old row that becomes row i."""

    def __init__(self, model: RawRows, order: list[int], moved: list[int],
                 text: str) -> None:
        super().__init__(text)
        self.model, self.order = model, order
        self.moved = moved  # old row numbers of the rows the clerk moved
        self.inverse = [0] * len(order)
        for new, old in enumerate(order):
            self.inverse[old] = new

    def redo(self) -> None:
        self.model.apply_reorder(self.order)
        self.model.request_focus(sorted(self.inverse[r] for r in self.moved))

    def undo(self) -> None:
        self.model.apply_reorder(self.inverse)
        self.model.request_focus(sorted(self.moved))
