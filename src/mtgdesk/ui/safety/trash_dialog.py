"""The Trash: deleted meetings, restorable until the Trash is emptied."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from mtgdesk.domain.errors import UserError
from mtgdesk.ui import dialogs
from mtgdesk.ui.safety.history_dialog import local_time
from mtgdesk.ui.window.long_write import run_write, unexpected

if TYPE_CHECKING:
    from mtgdesk.desk import Desk
    from mtgdesk.domain.changes import Changes
    from mtgdesk.domain.progress import Progress
    from mtgdesk.ui.host import WindowHost


class TrashDialog(QDialog):
    # What restoring or emptying changed (a Changes): the window passes it on.
    changes_applied = Signal(object)

    def __init__(self, desk: Desk, host: WindowHost) -> None:
        super().__init__(host)
        self.host = host
        self.setObjectName("trashDialog")
        self.setWindowTitle("Trash")
        self.desk = desk
        self.resize(620, 400)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # titles are text
        self.list = QListWidget()
        self.list.setObjectName("trashList")
        self.list.setAccessibleName("Meetings in the Trash")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.restore_button = QPushButton("&Restore")
        self.empty_button = QPushButton("&Empty Trash…")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for item in self.desk.trash():
            row = QListWidgetItem(f"{item.title}  —  held {item.held_on.isoformat()}, "
                                  f"deleted {local_time(item.deleted_at)}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
        n = self.list.count()
        self.note.setText("The Trash is empty." if n == 0 else
                          f"{n} meeting{'s' if n != 1 else ''} in the Trash. Restore brings "
                          "a meeting back to the list; emptying deletes them for good.")
        self._update_buttons()

    def ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())]

    def select_ids(self, ids: list[int]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in ids)

    @Slot()
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))
        self.empty_button.setEnabled(self.list.count() > 0)

    @Slot()
    def restore_selected(self) -> None:
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]
        self._write("Restore", f"Restoring {len(ids):,} meetings…", "Not restored", len(ids),
                    lambda progress: self.desk.restore(ids, progress=progress))

    @Slot()
    def empty(self) -> None:
        n = self.list.count()
        if not n or not dialogs.ask_yes_no(
                self, "Empty Trash",
                f"Delete the {n} meeting{'s' if n != 1 else ''} in the Trash for good? "
                "This cannot be undone (their history is kept).",
                yes_text="Delete for Good", no_text="Cancel"):
            return
        ids = self.ids()
        self._write("Empty Trash", f"Deleting {n:,} meetings for good…", "Trash not emptied",
                    n, lambda progress: self.desk.empty_trash(ids, progress=progress))

    def _write(self, what: str, label: str, refused: str, count: int,
               work: Callable[[Progress | None], Changes]) -> None:
        """One transaction; many meetings on a worker behind a progress dialog."""
        def failed(exc: Exception) -> None:
            dialogs.error(self, refused, str(exc) if isinstance(exc, UserError)
                          else unexpected(exc))
            self.refresh()

        def succeeded(changes: Changes) -> None:
            self.refresh()
            self.changes_applied.emit(changes)

        run_write(self.host, what, label, count, work, succeeded=succeeded, failed=failed,
                  over=self)
