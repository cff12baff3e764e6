"""The main window's actions, menus and toolbar.

The window's use cases are its methods; this module only makes the actions that call
them and puts them in menus. Features add their own later (report_actions,
release_import, search_panel, safety), and Help is kept last.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar


def make_action(window: QMainWindow, text: str, slot,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def build_actions(w: Any) -> None:
    """The window's own actions, kept as its attributes (w.new_action, ...)."""
    sp = QStyle.StandardPixmap
    key = QKeySequence.StandardKey
    w.new_action = make_action(w, "&New Meeting", w.new_meeting, key.New, sp.SP_FileIcon,
                               "Start a new meeting record")
    w.save_action = make_action(w, "&Save", w.save_current, key.Save,
                                sp.SP_DialogSaveButton, "Save the meeting")
    w.revert_action = make_action(w, "Re&vert", w.revert, None, sp.SP_BrowserReload,
                                  "Discard unsaved changes")
    w.delete_action = make_action(w, "&Delete Meeting…", w.delete_selected, key.Delete,
                                  sp.SP_TrashIcon, "Move the selected meetings to the Trash")
    # Delete is the list's key only: the participant and paragraph editors use it too.
    w.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    w.meeting_list.addAction(w.delete_action)
    w.import_action = make_action(w, "&Import…", w.import_files, "Ctrl+I",
                                  sp.SP_DialogOpenButton, "Import meeting records (JSON)")
    w.export_action = make_action(w, "&Export Selected…", w.export_selected, "Ctrl+E",
                                  sp.SP_DialogSaveButton, "Export the selected meetings (JSON)")
    w.quit_action = make_action(w, "&Quit", w.close, key.Quit)
    w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    w.undo_action = w.undo_stack.createUndoAction(w, "&Undo")
    w.undo_action.setShortcut(key.Undo)
    w.redo_action = w.undo_stack.createRedoAction(w, "&Redo")
    w.redo_action.setShortcuts([QKeySequence(key.Redo), QKeySequence("Ctrl+Y")])
    w.find_action = make_action(w, "&Find Meetings", w.focus_search, key.Find)
    w.history_action = w.history_dock.toggleViewAction()
    w.history_action.setText("Undo &History")
    w.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
    w.user_guide_action = make_action(w, "&User Guide", w.help.show_guide, key.HelpContents,
                                      sp.SP_DialogHelpButton,
                                      "How to use mtgdesk, in a window of its own")
    w.shortcuts_action = make_action(w, "&Keyboard Shortcuts", w.help.show_shortcuts,
                                     tip="Every key of the window, by menu")
    w.about_action = make_action(w, "&About mtgdesk", w.about,
                                 tip="The version, the database and the folders in use")
    w.about_action.setMenuRole(QAction.MenuRole.AboutRole)


def _fill(target, actions) -> None:
    for a in actions:
        target.addSeparator() if a is None else target.addAction(a)


def build_menus(w: Any) -> None:
    """File, Edit, View and Help, and the toolbar."""
    bar = w.menuBar()
    w.file_menu = bar.addMenu("&File")
    _fill(w.file_menu, (w.new_action, w.save_action, w.revert_action, None, w.delete_action,
                        None, w.import_action, w.export_action, None, w.quit_action))
    w.edit_menu = bar.addMenu("&Edit")
    _fill(w.edit_menu, (w.undo_action, w.redo_action, None, w.history_action, None,
                        w.find_action))
    w.view_menu = bar.addMenu("&View")
    w.toolbar = QToolBar("Toolbar", w)
    w.toolbar.setObjectName("mainToolbar")
    w.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    w.toolbar.setMovable(False)
    _fill(w.toolbar, (w.new_action, w.save_action, w.revert_action, None, w.delete_action,
                      None, w.import_action, w.export_action))
    w.addToolBar(w.toolbar)
    w.view_menu.addAction(w.toolbar.toggleViewAction())
    w.view_menu.addAction(w.history_dock.toggleViewAction())
    w.view_menu.addMenu(w.editor.participants.columns.menu)
    w.help_menu = bar.addMenu("&Help")
    _fill(w.help_menu, (w.user_guide_action, w.shortcuts_action, None, w.about_action))


def add_first_steps(w: Any) -> None:
    """What an empty database's list shows: buttons for these actions, with their keys."""
    steps = w.list_pane.first_steps
    steps.add_step(w.new_action, "Type a new meeting")
    steps.add_step(w.import_action, "Import a file (JSON)…")
    steps.add_step(w.user_guide_action, "Read the user guide")


def add_release_step(w: Any) -> None:
    """Once File > Import Release… exists (attach), it is a first step too."""
    w.list_pane.first_steps.add_step(w.import_release_action,
                                     "Import a published release…",
                                     before=w.user_guide_action)


def keep_help_last(w: Any) -> None:
    """Menus added by features (menuBar().addMenu) go before Help, as is usual."""
    bar = w.menuBar()
    bar.removeAction(w.help_menu.menuAction())
    bar.addAction(w.help_menu.menuAction())
