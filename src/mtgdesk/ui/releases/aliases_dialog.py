"""File > Release Corrections…: the corrections kept from import reviews, to see and
remove.

Each row is one alias: what the reader proposed (kind and name) and what the clerk
corrected it to. Removing one (the Remove button or the Delete key) means releases
read from then on are read as the reader reads them. A removal can be undone (Undo,
Ctrl+Z) and redone (Ctrl+Shift+Z or Ctrl+Y) while the dialog is open: a QUndoStack of
its own, as the editor has.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.vocab import label
from mtgdesk.ui import dialogs
from mtgdesk.ui.releases.release_models import HeadedTableModel

if TYPE_CHECKING:
    from mtgdesk.desk import Desk
    from mtgdesk.releases.corrections import Correction

Index = QModelIndex | QPersistentModelIndex


class AliasModel(HeadedTableModel):
    HEADERS = ("No.", "Read as", "Corrected to")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Correction] = []

    def set_rows(self, rows: list[Correction]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows) \
                or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.rows[index.row()]
        acronym = f" ({c.to_acronym})" if c.to_acronym else ""
        return (str(c.id), f"{label(c.from_kind)}: {c.from_name}",
                f"{label(c.to_kind)}: {c.to_name}{acronym}")[index.column()]


class RemoveAlias(QUndoCommand):
    """One correction removed; undone, it is kept again (under a new number)."""

    def __init__(self, dialog: AliasesDialog, correction: Correction) -> None:
        super().__init__(f"Remove {correction.describe()}")
        self.dialog = dialog
        self.correction = correction
        self.done = True  # pushed after the removal the clerk asked for succeeded

    def redo(self) -> None:
        if self.done:
            return
        self.done = self.dialog._apply(self.correction, remove=True)
        if self.done:
            self.dialog.say(f"Removed again: {self.correction.describe()}.")

    def undo(self) -> None:
        if not self.done:
            return
        self.done = not self.dialog._apply(self.correction, remove=False)
        if not self.done:
            self.dialog.say(f"Kept again: {self.correction.describe()}.")


class AliasesDialog(QDialog):
    """The kept corrections; Remove forgets the chosen one."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseAliases")
        self.setWindowTitle("Release Corrections")
        self.desk = desk
        self.model = AliasModel(self)
        self.view = QTableView()
        self.view.setObjectName("aliasTable")
        self.view.setAccessibleName("Corrections kept from import reviews")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setObjectName("aliasStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names come from releases
        self.status.setWordWrap(True)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.setToolTip("Forget the chosen correction (Delete)")
        self.undo_stack = QUndoStack(self)
        self.undo_button = QPushButton("&Undo")
        self.undo_button.setObjectName("aliasUndo")
        self.undo_button.setToolTip("Keep the last removed correction again (Ctrl+Z)")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        for name, keys, slot in (
                ("undo", [QKeySequence(QKeySequence.StandardKey.Undo)], self.undo_stack.undo),
                ("redo", [QKeySequence(QKeySequence.StandardKey.Redo),
                          QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                 self.undo_stack.redo)):
            action = QAction(name, self)
            action.setShortcuts([QKeySequence(k) for k in
                                 dict.fromkeys(k.toString() for k in keys)])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove_current)
        self.view.installEventFilter(self)  # Delete in the table removes the chosen row
        layout = QVBoxLayout(self)
        intro = QLabel("When you correct a participant in the import review, mtgdesk "
                       "keeps the correction and applies it to the releases you import "
                       "later. Remove one to have releases read as they are written.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.resize(720, 420)
        self.reload()

    def reload(self) -> None:
        try:
            rows = self.desk.release_aliases()
        except UserError as exc:
            rows = []
            self.status.setText(str(exc))
        else:
            self.status.setText("No corrections kept yet." if not rows else
                                f"{len(rows)} correction{'s' if len(rows) != 1 else ''} "
                                "kept.")
        self.model.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 1))
        self._update_buttons()

    def current(self) -> Correction | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def remove_current(self) -> None:
        chosen = self.current()
        if chosen is None or chosen.id is None:
            return
        row = self.view.currentIndex().row()
        try:
            self.desk.remove_release_alias(chosen.id)
        except UserError as exc:
            dialogs.error(self, "Not removed", str(exc))
            return
        self.reload()
        if self.model.rows:
            self.view.setCurrentIndex(self.model.index(min(row, len(self.model.rows) - 1), 1))
        self.status.setText(f"Removed: {chosen.describe()}. {self.status.text()} "
                            "Ctrl+Z keeps it again.")
        self.undo_stack.push(RemoveAlias(self, chosen))
        self.view.setFocus()

    def _apply(self, correction: Correction, *, remove: bool) -> bool:
        """Remove a correction again, or keep it again; False (and the clerk told
        why) when the database refuses."""
        try:
            if remove:
                if correction.id is not None:
                    self.desk.remove_release_alias(correction.id)
            else:
                new_id = self.desk.restore_release_alias(correction)
                for command in (self.undo_stack.command(i)
                                for i in range(self.undo_stack.count())):
                    if isinstance(command, RemoveAlias) and command.correction == correction:
                        command.correction = replace(correction, id=new_id)
        except UserError as exc:
            dialogs.error(self, "Not undone" if not remove else "Not removed", str(exc))
            return False
        self.reload()
        key = correction.key
        for i, row in enumerate(self.model.rows):
            if row.key == key:
                self.view.setCurrentIndex(self.model.index(i, 1))
        self.view.setFocus()
        return True

    def say(self, message: str) -> None:
        self.status.setText(f"{message} {self.status.text()}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            # The window's Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y reach the table as key
            # presses when no shortcut took them first (the dialog not yet active).
            if event.matches(QKeySequence.StandardKey.Delete):
                self.remove_current()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_stack.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(
                    event.keyCombination()) in (QKeySequence("Ctrl+Shift+Z"),
                                                QKeySequence("Ctrl+Y")):
                self.undo_stack.redo()
                return True
        return super().eventFilter(watched, event)

    def _update_buttons(self, *_: object) -> None:
        self.remove_button.setEnabled(self.current() is not None)
