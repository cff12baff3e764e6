"""An empty database's list shows what to do; a search that found nothing says so."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import interchange, meetings
from mtgdesk.store.first_page import FirstPage
from mtgdesk.ui.help.shortcuts import key_text

NATIVE = QKeySequence.SequenceFormat.NativeText


def steps(window):
    return {b.text(): b for b in window.list_pane.first_steps.buttons()}


def showing(window):
    pane = window.list_pane
    return {pane.view: "list", pane.first_steps: "first steps",
            pane.no_match: "no match"}[pane.current_page()]


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_empty_database_shows_the_first_steps_with_the_actions_keys(make_window, engine):
    window = make_window(engine)
    assert showing(window) == "first steps"
    assert not window.meeting_list.isVisible()
    buttons = steps(window)
    assert list(buttons) == ["Type a new meeting", "Import a file (JSON)…",
                             "Import a published release…", "Read the user guide"]
    keys = {text: window.list_pane.first_steps.key_label(b).text()
            for text, b in buttons.items()}
    assert keys == {
        "Type a new meeting": QKeySequence("Ctrl+N").toString(NATIVE),
        "Import a file (JSON)…": "Ctrl+I",
        "Import a published release…": "Ctrl+Shift+I",
        "Read the user guide": QKeySequence(QKeySequence.StandardKey.HelpContents)
        .toString(NATIVE),
    }
    assert all(b.isVisible() and b.isEnabled() for b in buttons.values())


def test_a_changed_shortcut_shows_at_once(make_window, engine):
    window = make_window(engine)
    window.import_action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    label = window.list_pane.first_steps.key_label(steps(window)["Import a file (JSON)…"])
    assert label.text() == key_text(window.import_action) == "Ctrl+Alt+J"
    window.new_action.setEnabled(False)
    assert not steps(window)["Type a new meeting"].isEnabled()


def test_new_meeting_from_the_first_steps_then_gone_after_save_and_back_after_delete(
        qtbot, make_window, engine, fake_dialogs):
    window = make_window(engine)
    click(qtbot, steps(window)["Type a new meeting"])
    form = window.editor.form
    assert QApplication.focusWidget() is form.title
    qtbot.keyClicks(form.title, "Working Group on Water")
    qtbot.keyClick(form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert meetings.count_meetings(engine) == 1
    assert showing(window) == "list"
    assert window.meeting_list.isVisible()
    assert window.list_model.rowCount() == 1

    window.meeting_list.setFocus()
    fake_dialogs.answer("ask_yes_no", True)
    qtbot.keyClick(window.meeting_list, Qt.Key.Key_Delete)
    assert meetings.count_meetings(engine) == 0
    assert showing(window) == "first steps"
    # The list had the focus: the first step has it now, not a hidden widget.
    assert QApplication.focusWidget() is steps(window)["Type a new meeting"]


def test_import_from_the_first_steps(qtbot, make_window, engine, fake_dialogs, seed_path):
    window = make_window(engine)
    fake_dialogs.answer("open_files", [str(seed_path)])
    with qtbot.waitSignal(window.changes_applied, timeout=30_000):  # on a worker
        click(qtbot, steps(window)["Import a file (JSON)…"])
    assert meetings.count_meetings(engine) == 1
    assert showing(window) == "list"
    assert window.list_model.rowCount() == 1


def test_release_and_guide_steps_open_their_windows(qtbot, make_window, engine):
    window = make_window(engine)
    click(qtbot, steps(window)["Import a published release…"])
    qtbot.waitUntil(lambda: window.release_import.dialog.isVisible())
    window.release_import.dialog.close()
    click(qtbot, steps(window)["Read the user guide"])
    qtbot.waitUntil(lambda: window.help.guide is not None and window.help.guide.isVisible())
    assert window.help.guide.current_page() == "user-guide.md"


def test_first_steps_by_keyboard(qtbot, make_window, engine):
    window = make_window(engine)
    first = steps(window)["Type a new meeting"]
    assert QApplication.focusWidget() is first  # where the list would have the focus
    seen = [QApplication.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == window.list_pane.first_steps.buttons()
    # Space on a focused step triggers it, as a click does.
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is window.editor.form.title


def test_a_search_that_finds_nothing_is_not_the_first_steps(qtbot, make_window, engine):
    interchange.import_records(engine, [MeetingRecord(title="Council on Fisheries",
                                                      held_on=date(2020, 2, 3))])
    window = make_window(engine)
    assert showing(window) == "list"
    panel = window.search_panel
    with qtbot.waitSignal(panel.searched, timeout=5000):
        qtbot.keyClicks(window.search_field, "zebras")
    assert showing(window) == "no match"
    assert window.list_pane.no_match.label.isVisible()
    assert "No meeting matches" in window.list_pane.no_match.label.text()
    assert panel.status_label.text() == "Nothing found"

    with qtbot.waitSignal(panel.searched, timeout=5000):
        click(qtbot, window.list_pane.no_match.clear_button)
    assert window.search_field.text() == ""
    assert showing(window) == "list"
    assert window.list_model.rowCount() == 1

    with qtbot.waitSignal(panel.searched, timeout=5000):
        qtbot.keyClicks(window.search_field, "fisheries")
    assert showing(window) == "list"


def test_an_empty_database_searched_says_no_match_and_clearing_brings_the_steps_back(
        qtbot, make_window, engine):
    window = make_window(engine)
    panel = window.search_panel
    with qtbot.waitSignal(panel.searched, timeout=5000):
        qtbot.keyClicks(window.search_field, "water")
    assert showing(window) == "no match"
    with qtbot.waitSignal(panel.searched, timeout=5000):
        window.search_field.clear()
    assert showing(window) == "first steps"


def test_before_the_database_is_open(qtbot, keep_window):
    from mtgdesk.ui.window.main_window import MainWindow

    # A first start: the file is not there yet, the window knows the list is empty.
    window = keep_window(MainWindow(None, first_page=FirstPage(0, [])))
    window.show()
    qtbot.waitExposed(window)
    assert showing(window) == "first steps"
    assert not steps(window)["Type a new meeting"].isEnabled()  # no database yet
    assert steps(window)["Read the user guide"].isEnabled()
    # No first page could be read (a busy file): nothing is known, the list stays.
    unknown = keep_window(MainWindow(None, first_page=None))
    assert unknown.list_pane.current_page() is unknown.meeting_list


def test_a_narrow_pane_puts_the_keys_under_their_buttons(qtbot, make_window, engine):
    window = make_window(engine)
    steps_widget = window.list_pane.first_steps
    button = steps(window)["Import a published release…"]
    keys = steps_widget.key_label(button)

    def beside() -> bool:
        return keys.geometry().top() < button.geometry().bottom() \
            and keys.geometry().left() >= button.geometry().right()

    window.resize(1280, 800)
    window.splitter.setSizes([600, 680])
    qtbot.waitUntil(beside)
    window.splitter.setSizes([220, 1060])
    qtbot.waitUntil(lambda: keys.geometry().top() >= button.geometry().bottom())
    assert keys.isVisible() and keys.text() == "Ctrl+Shift+I"
    assert keys.geometry().right() <= window.list_pane.width()  # seen, not scrolled away
    window.splitter.setSizes([600, 680])
    qtbot.waitUntil(beside)
