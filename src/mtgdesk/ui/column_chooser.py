"""Which columns a table shows: a menu on its header, and the same in the View menu.

The participants table has eight columns and rarely room for all of them beside the
meeting list; a clerk who never records delegations hides that column instead of
scrolling past it. The header remembers hidden columns and widths (saveState), and
the window keeps that between runs (ui.window.window_layout).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QMenu, QTableView


def fill_column_menu(menu: QMenu, view: QTableView, locked: frozenset[int]) -> None:
    """One checkable entry a column; the locked ones, and the last one shown, stay."""
    menu.clear()
    model, header = view.model(), view.horizontalHeader()
    columns = range(model.columnCount())
    shown = [c for c in columns if not header.isSectionHidden(c)]
    for column in columns:
        action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
        action.setCheckable(True)
        action.setChecked(column in shown)
        action.setEnabled(column not in locked and shown != [column])
        action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
    menu.addSeparator()
    show_all = menu.addAction("Show &All Columns")
    show_all.setEnabled(len(shown) < len(columns))

    def show_every_column() -> None:
        for column in columns:
            header.showSection(column)

    show_all.triggered.connect(show_every_column)


class ColumnChooser(QObject):
    def __init__(self, view: QTableView, title: str, *, locked: Iterable[int] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view, self._locked = view, frozenset(locked)
        self.menu = QMenu(title, view)
        self.menu.aboutToShow.connect(self.refresh)
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._popup)

    @Slot()
    def refresh(self) -> None:
        fill_column_menu(self.menu, self._view, self._locked)

    @Slot(QPoint)
    def _popup(self, pos: QPoint) -> None:
        self.menu.popup(self._view.horizontalHeader().mapToGlobal(pos))  # not blocking
