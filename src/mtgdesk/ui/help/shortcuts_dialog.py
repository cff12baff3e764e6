"""Help > Keyboard Shortcuts: every shortcut of the window, grouped by menu.

Read again from the window's actions each time it is shown (ui.help.shortcuts), so a menu
added by a feature or a changed key is listed as it is. A filter field narrows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from mtgdesk.ui.help.shortcuts import window_shortcuts
from mtgdesk.ui.tree_items import children, top_level_items

COLUMNS = ("Command", "Keys", "Works in")
COMMAND, KEYS, WHERE = range(len(COLUMNS))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard Shortcuts")
        self._window = window
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName("Filter shortcuts")
        self.filter_edit.setPlaceholderText("Type part of a command or a key to narrow the list")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName("Keyboard shortcuts")
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COMMAND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel("Alt with the underlined letter of a menu, a field's label or a tab "
                      "goes there. Tab and Shift+Tab move between fields.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("x") * 90, metrics.height() * 50)

    def refresh(self) -> None:
        """Read the window's shortcuts again."""
        self.tree.clear()
        bold = self.tree.font()
        bold.setBold(True)
        for group in window_shortcuts(self._window):
            top = QTreeWidgetItem(self.tree, [group.title])
            top.setFont(COMMAND, bold)
            top.setFirstColumnSpanned(True)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for s in group.shortcuts:
                QTreeWidgetItem(top, [s.text, s.keys, s.where])
        self.tree.expandAll()
        self._apply_filter(self.filter_edit.text())

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(group, command, keys, where) of every row shown (tests, copying)."""
        out = []
        for top, items in self._groups():
            for item in items:
                if not item.isHidden():
                    out.append((top.text(COMMAND), item.text(COMMAND), item.text(KEYS),
                                item.text(WHERE)))
        return out

    def _groups(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Each menu's row with its shortcut rows."""
        return [(top, children(top)) for top in top_level_items(self.tree)]

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for top, items in self._groups():
            shown = 0
            for item in items:
                haystack = " ".join(item.text(c) for c in range(len(COLUMNS)))
                hide = bool(wanted) and wanted not in (top.text(COMMAND) + " "
                                                       + haystack).casefold()
                item.setHidden(hide)
                shown += not hide
            top.setHidden(shown == 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.refresh()
        super().showEvent(event)
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
