"""The window's keyboard shortcuts, read from its QActions (never a list kept by hand).

`window_shortcuts` walks the menu bar, menu by menu and submenu by submenu, then the
actions set on the window itself and those the editor's widgets carry (Insert adds a
participant, ...): whatever has a shortcut is listed, with the action's text without
its mnemonic '&' and its keys as the platform writes them. Help > Keyboard Shortcuts
shows the result; the empty list's first steps use the same key text.
"""

from __future__ import annotations

from collections.abc import Iterator
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
    texts = [k.toString(NATIVE) for k in action.shortcuts() if not k.isEmpty()]
    return ", ".join(dict.fromkeys(texts))  # Redo's standard key may also be Ctrl+Y


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
    entries: list[Shortcut] = []
    submenus: list[QMenu] = []
    for action in menu.actions():
        submenu = action.menu()
        if submenu is not None:
            if isinstance(submenu, QMenu):
                submenus.append(submenu)
            continue
        if id(action) in seen:
            continue  # in an earlier menu too (Undo History: Edit and View)
        seen.add(id(action))
        entry = _entry(action)
        if entry is not None:
            entries.append(entry)
    if entries:
        yield Group(title, tuple(entries))
    for sub in submenus:
        yield from _menu_groups(sub, f"{title} > {plain_text(sub.title())}", seen)


def _named_ancestor(widget: QWidget | None, window: QWidget) -> str:
    while widget is not None and widget is not window:
        if widget.accessibleName():
            return widget.accessibleName()
        widget = widget.parentWidget()
    return "Window"


def window_shortcuts(window: QMainWindow) -> list[Group]:
    """Every shortcut of the window as it is now: by menu, then the actions the window
    and its widgets hold outside the menus (the editor's), then the table row keys."""
    seen: set[int] = set()
    groups: list[Group] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            groups.extend(_menu_groups(menu, plain_text(menu.title()), seen))
    rest: dict[str, list[Shortcut]] = {}
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QMenu) or widget.window() is not window:
            continue  # menus are walked above; dialogs have their own keys
        for action in widget.actions():
            if id(action) in seen or action.menu() is not None:
                continue
            seen.add(id(action))
            entry = _entry(action)
            if entry is not None:
                title = _named_ancestor(widget, window)
                where = "" if entry.where == title else entry.where
                rest.setdefault(title, []).append(Shortcut(entry.text, entry.keys, where))
    from mtgdesk.ui.row_keys import RowKeys

    for keys in window.findChildren(RowKeys):
        view = keys.view
        title = _named_ancestor(view.parentWidget(), window)
        for text, key in keys.listed():
            rest.setdefault(title, []).append(Shortcut(text, key, view.accessibleName()))
    groups.extend(Group(title, tuple(entries)) for title, entries in rest.items())
    return groups
