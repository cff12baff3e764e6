"""Making actions and filling menus: the helpers MainWindow builds its own with.

The window's actions and menus are its typed attributes, built in
MainWindow._build_actions and _build_menus; features make and place their own
(report_actions, release_import, search_panel, safety), and Help is kept last.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QWidget


def make_action(parent: QWidget, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(parent.style().standardIcon(icon))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def fill(target: QMenu | QToolBar, actions: Iterable[QAction | None]) -> None:
    """Add the actions in order; None is a separator."""
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)
