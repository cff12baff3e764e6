"""The window's keyboard shortcuts, read from its QActions (never a list kept by hand).

`window_shortcuts` walks the menu bar, menu by menu and submenu by submenu, then the
actions set on the window itself and those the editor's widgets carry (Insert adds a
participant, ...): whatever has a shortcut is listed, with the action's text without
its mnemonic '&' and its keys as the platform writes them. Help > Keyboard Shortcuts
shows the result; the empty list's first steps use the same key text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

NATIVE = QKeySequence.SequenceFormat.NativeText
LOCAL = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def plain_text(text: str) -> str:
    """A menu text as read: no mnemonic '&' ('&&' is a real ampersand), no tab part."""
    text = text.split("\t", 1)[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(action: QAction) -> str:
    """The action's shortcuts as the platform writes them ("Ctrl+N", "Ctrl+Shift+Z, Ctrl+Y")."""
    return ", ".join(k.toString(NATIVE) for k in action.shortcuts() if not k.isEmpty())


@dataclass(frozen=True)
class Shortcut:
    text: str  # what the action does, as its menu says it
    keys: str  # native text, several shortcuts joined by ", "
    where: str = ""  # for a key that works in one part of the window only


@dataclass(frozen=True)
class Group:
    title: str  # "File", "File > Report Style", "Participants editor"
    shortcuts: tuple[Shortcut, ...]


def _where(action: QAction) -> str:
    """Where a widget-local shortcut works: the widget's accessible name."""
    if action.shortcutContext() not in LOCAL:
        return ""
    names = [o.accessibleName() for o in action.associatedObjects()
             if isinstance(o, QWidget) and not isinstance(o, QMenu) and o.accessibleName()]
    return names[0] if names else ""


def _entry(action: QAction) -> Shortcut | None:
    keys = key_text(action)
    if not keys or action.isSeparator():
        return None
    return Shortcut(plain_text(action.text()), keys, _where(action))


def _menu_groups(menu: QMenu, title: str, seen: set[int]) -> Iterator[Group]:
    entries, submenus = [], []
    for action in menu.actions():
        if action.menu() is not None:
            submenus.append(action.menu())
            continue
        seen.add(id(action))
        entry = _entry(action)
        if entry is not None and entry not in entries:
            entries.append(entry)
    if entries:
        yield Group(title, tuple(entries))
    for sub in submenus:
        yield from _menu_groups(sub, f"{title} > {plain_text(sub.title())}", seen)


def _loose(actions: Iterable[QAction], title: str, seen: set[int]) -> Iterator[Group]:
    entries = []
    for action in actions:
        if id(action) in seen or action.menu() is not None:
            continue
        seen.add(id(action))
        entry = _entry(action)
        if entry is not None:
            entries.append(entry)
    if entries:
        yield Group(title, tuple(entries))


def window_shortcuts(window: QMainWindow) -> list[Group]:
    """Every shortcut of the window as it is now, grouped by menu, then the rest."""
    seen: set[int] = set()
    groups: list[Group] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            groups.extend(_menu_groups(menu, plain_text(menu.title()), seen))
    groups.extend(_loose(window.actions(), "Window", seen))
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QMenu) or not widget.actions() or widget.window() is not window:
            continue  # menus are walked above; dialogs have their own keys
        title = widget.accessibleName() or widget.windowTitle() or "Editor"
        groups.extend(_loose(widget.actions(), title, seen))
    return groups
