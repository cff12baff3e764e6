"""A meeting's history: who did what when, with the reason of an amendment and each
changed field. Read-only; shown beside the window (not modal)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.ui.dialogs import plain_tip
from mtgdesk.ui.tree_items import children, top_level_items

if TYPE_CHECKING:
    from mtgdesk.desk import Desk


def local_time(at: datetime) -> str:
    """Stored times are UTC; the clerk reads local time."""
    aware = at if at.tzinfo else at.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


class HistoryDialog(QDialog):
    def __init__(self, desk: Desk, meeting_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(f"History of “{title}”")
        self.desk = desk
        self.meeting_id = meeting_id
        self.resize(760, 460)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setAccessibleName("Meeting history")
        self.tree.setHeaderLabels(["When", "Who", "What", "Details"])
        # Wide enough for "2026-12-01 13:14" in any font and scale: it was cut off.
        metrics = self.tree.fontMetrics()
        self.tree.setColumnWidth(0, metrics.horizontalAdvance("2026-12-01 23:59") + 40)
        self.tree.setColumnWidth(1, 120)
        self.tree.setColumnWidth(2, metrics.horizontalAdvance("Restored from the Trash") + 16)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        from mtgdesk.desk import describe

        self.tree.clear()
        entries = self.desk.history(self.meeting_id)
        for entry in reversed(entries):  # newest first
            detail = entry.reason or ""
            if entry.reason:
                detail = f"Reason: {entry.reason}"
            elif entry.changes:
                n = len(entry.changes)
                detail = f"{n} field{'s' if n != 1 else ''} changed"
            item = QTreeWidgetItem([local_time(entry.at), entry.user, entry.label, detail])
            for change in entry.changes:
                child = QTreeWidgetItem(["", "", change.field, describe(change)])
                child.setToolTip(3, plain_tip(describe(change)))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            if entry.action in ("amend", "finalise"):
                item.setExpanded(True)
        n = len(entries)
        self.summary.setText(f"{n} recorded event{'s' if n != 1 else ''}, newest first. "
                             "Times are local.")

    def rows(self) -> list[list[str]]:
        """The visible text, row by row, children after their parent (for tests)."""
        out = []
        for item in top_level_items(self.tree):
            out.append([item.text(c) for c in range(4)])
            for child in children(item):
                out.append([child.text(c) for c in range(4)])
        return out
