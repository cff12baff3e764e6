"""Help: User Guide (F1), Keyboard Shortcuts read from the actions, About."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from sqlalchemy.engine import make_url

from mtgdesk import __version__
from mtgdesk.desk import Desk
from mtgdesk.store.location import user_data_dir
from mtgdesk.ui.help.about_dialog import database_text
from mtgdesk.ui.help.shortcuts import key_text, plain_text

NATIVE = QKeySequence.SequenceFormat.NativeText


def help_items(window):
    return [plain_text(a.text()) for a in window.help_menu.actions() if not a.isSeparator()]


def menu_shortcuts(menu: QMenu):
    """(text, keys) of every action with a shortcut in a menu and its submenus."""
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_shortcuts(action.menu())
        elif not action.isSeparator() and key_text(action):
            yield plain_text(action.text()), key_text(action)


def open_shortcuts(qtbot, window):
    window.shortcuts_action.trigger()
    dialog = window.help.shortcuts
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_help_is_last_and_holds_guide_shortcuts_about(make_window, engine):
    window = make_window(engine)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert menus[-1] is window.help_menu
    assert "Meeting" in [plain_text(m.title()) for m in menus]  # added at attach, before
    assert help_items(window) == ["User Guide", "Keyboard Shortcuts", "About mtgdesk"]
    assert window.user_guide_action.shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents)


def test_f1_opens_the_user_guide(qtbot, make_window, engine):
    window = make_window(engine)
    qtbot.keyClick(window.meeting_list, Qt.Key.Key_F1)
    viewer = window.help.guide
    qtbot.waitUntil(lambda: viewer is not None and viewer.isVisible())
    assert viewer.current_page() == "user-guide.md"
    text = viewer.browser.toPlainText()
    assert "The first start" in text and "Participants" in text and "Backups" in text
    assert "**" not in text and "](" not in text  # read as Markdown, not shown as source
    assert viewer.windowTitle().startswith("mtgdesk user guide")
    # Pressed again it is the same window, raised.
    qtbot.keyClick(window.meeting_list, Qt.Key.Key_F1)
    assert window.help.guide is viewer


def test_every_shortcut_of_the_menus_is_listed(qtbot, make_window, engine):
    window = make_window(engine)
    rows = open_shortcuts(qtbot, window).rows()
    listed = {(command, keys) for _group, command, keys, _where in rows}
    expected = set()
    for action in window.menuBar().actions():
        expected.update(menu_shortcuts(action.menu()))
    assert expected <= listed
    assert {("New Meeting", QKeySequence("Ctrl+N").toString(NATIVE)),
            ("Import Release…", "Ctrl+Shift+I"), ("Print…", "Ctrl+P"),
            ("Meeting History…", "Ctrl+Shift+Y")} <= expected
    groups = {group for group, *_ in rows}
    assert {"File", "Edit", "Meeting", "Help"} <= groups
    # The editor's own actions and the tables' row keys are there too.
    by_command = {(group, command): (keys, where) for group, command, keys, where in rows}
    # (anywhere in the meeting editor: issue 13, not only inside their tab)
    assert by_command[("Meeting editor", "Add participant")][0] == "Ctrl+Shift+A, Ins"
    assert by_command[("Meeting editor", "Add paragraph")][0] == "Ctrl+Shift+P"
    assert by_command[("Participants editor", "Move the selected rows up")] == (
        "Alt+Up", "Participants")
    assert by_command[("File", "Delete Meeting…")] == (
        QKeySequence(QKeySequence.StandardKey.Delete).toString(NATIVE), "Meetings")


def test_a_new_or_changed_shortcut_is_listed(qtbot, make_window, engine):
    window = make_window(engine)
    dialog = open_shortcuts(qtbot, window)
    extra = QAction("&Tidy Up && Go", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+T"))
    window.edit_menu.addAction(extra)
    window.save_action.setShortcut(QKeySequence("Ctrl+Alt+S"))
    dialog.close()
    dialog = open_shortcuts(qtbot, window)
    rows = dialog.rows()
    assert ("Edit", "Tidy Up & Go", "Ctrl+Alt+T", "") in rows
    assert ("File", "Save", "Ctrl+Alt+S", "") in rows
    assert not any(keys == QKeySequence("Ctrl+S").toString(NATIVE) for *_x, keys, _w in rows)


def test_shortcuts_filter_by_typing(qtbot, make_window, engine):
    window = make_window(engine)
    dialog = open_shortcuts(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.filter_edit)
    qtbot.keyClicks(dialog.filter_edit, "duplicate")
    assert [r[1] for r in dialog.rows()] == ["Duplicate"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "paragraphs editor")  # a group's name: all of it
    assert [r[1] for r in dialog.rows()] == ["Add paragraph", "Remove the selected rows",
                                             "Move the selected rows up",
                                             "Move the selected rows down"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "ctrl+shift+i")
    assert [r[1] for r in dialog.rows()] == ["Import Release…"]


def test_about_shows_version_database_and_folders_as_selectable_text(
        qtbot, make_window, engine, db_path):
    window = make_window(engine)
    window.about_action.trigger()
    box = window.help.about_box
    qtbot.waitUntil(box.isVisible)
    values = {name: label.text() for name, label in box.values.items()}
    assert values["Version"] == __version__
    assert values["Database"] == str(db_path)
    assert values["Data folder"] == str(user_data_dir())
    assert "Settings folder" in values
    for label in box.findChildren(QLabel):
        if label in box.values.values():
            assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
            assert label.textFormat() == Qt.TextFormat.PlainText
    box.copy_details()
    assert str(db_path) in QApplication.clipboard().text()


def test_about_hides_a_url_password():
    engine = SimpleNamespace(url=make_url("postgresql://clerk:s3cret@db.example/meetings"))
    text = database_text(Desk(engine))
    assert "s3cret" not in text and "db.example/meetings" in text
    assert database_text(None) == "(still opening)"
