"""The main window driven as a clerk drives it: keys, clicks, menus; dialogs faked."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import interchange, meetings
from mtgdesk.ui import dialogs
from mtgdesk.ui.window.meeting_list import TITLE


def menu_action(menu, text):
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def assert_holds(actual, expected, path="$"):
    """Every key and value of `expected` is in `actual` (which may hold more)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), path
        for key, value in expected.items():
            assert key in actual, f"{path}.{key} missing"
            assert_holds(actual[key], value, f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), path
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            assert_holds(a, e, f"{path}[{i}]")
    else:
        assert actual == expected, f"{path}: {actual!r} != {expected!r}"


def type_date(qtbot, field, value: date | str) -> None:
    """Type a date as a clerk does: into the field's text, as a whole, separators and
    all (what is there is selected first, as Tab into a field selects it)."""
    field.line.setFocus(Qt.FocusReason.TabFocusReason)
    field.line.selectAll()
    qtbot.keyClicks(field.line, value if isinstance(value, str) else value.isoformat())


def click_row(qtbot, window, row: int) -> None:
    view = window.meeting_list
    rect = view.visualRect(window.list_model.index(row, TITLE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def list_shows(window, meeting_id) -> bool:
    """The list's current and only selected row is this meeting."""
    current = window.list_model.meeting_id(window.meeting_list.currentIndex().row())
    return current == meeting_id and window.meeting_list.selected_ids() == [meeting_id]


@pytest.fixture
def two(engine):
    return interchange.import_records(engine, [
        MeetingRecord(title="Older meeting", held_on=date(2020, 1, 10)),
        MeetingRecord(title="Newer meeting", held_on=date(2021, 5, 3), city="Tokyo"),
    ])


def test_title_and_first_meeting_opened(make_window, engine, two):
    window = make_window(engine)
    assert "mtgdesk" in window.windowTitle()
    assert window.editor.form.title.text() == "Newer meeting"  # newest first
    assert window.list_model.rowCount() == 2
    assert not window.isWindowModified()


def test_new_type_pick_dates_save(qtbot, make_window, engine):
    window = make_window(engine)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.editor.form
    assert QApplication.focusWidget() is form.title
    qtbot.keyClicks(form.title, "Regional Forum on Disaster Relief")
    assert window.isWindowModified()
    type_date(qtbot, form.held_on, "2 June 2008")
    assert form.held_on.understood.text() == "Mon 2 June 2008"
    type_date(qtbot, form.ends_on, "June 4, 2008")
    type_date(qtbot, form.starts_at, "10 am")
    form.released_on.open_calendar()  # the calendar a click away
    calendar = form.released_on.calendar()
    calendar.setSelectedDate(QDate(2008, 6, 5))
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert form.released_on.text() == "2008-06-05"
    qtbot.keyClicks(form.venue, "the Ministry of Foreign Affairs")
    qtbot.keyClicks(form.city, "Bangkok")
    qtbot.keyClicks(form.classification.lineEdit(), "Restricted")
    form.status.setFocus()
    qtbot.keyClicks(form.status, "F")  # Final
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not window.isWindowModified()
    assert "Saved" in window.statusBar().currentMessage()
    [summary] = meetings.list_meetings(engine)
    stored = meetings.get_meeting(engine, summary.id)
    assert stored.title == "Regional Forum on Disaster Relief"
    assert (stored.held_on, stored.ends_on) == (date(2008, 6, 2), date(2008, 6, 4))
    assert stored.released_on == date(2008, 6, 5)
    assert stored.starts_at is not None and stored.ends_at is None
    assert (stored.venue, stored.city) == ("the Ministry of Foreign Affairs", "Bangkok")
    assert stored.classification == "Restricted"
    assert stored.status == "final"
    assert stored.series is None and stored.reference is None and stored.host_country is None
    assert window.list_model.meeting_id(0) == summary.id
    assert window.meeting_list.selected_ids() == [summary.id]


def test_switching_with_unsaved_changes_asks(qtbot, make_window, engine, two, fake_dialogs):
    older, newer = two
    window = make_window(engine)
    qtbot.keyClicks(window.editor.form.title, " (revised)")

    fake_dialogs.answer("ask_save_discard_cancel", dialogs.Choice.CANCEL)
    click_row(qtbot, window, 1)
    assert window.editor.meeting_id == newer
    assert window.editor.form.title.text() == "Newer meeting (revised)"
    qtbot.waitUntil(lambda: list_shows(window, newer))

    fake_dialogs.answer("ask_save_discard_cancel", dialogs.Choice.SAVE)
    click_row(qtbot, window, 1)
    assert window.editor.meeting_id == older
    assert meetings.get_meeting(engine, newer).title == "Newer meeting (revised)"
    qtbot.waitUntil(lambda: list_shows(window, older))

    qtbot.keyClicks(window.editor.form.title, " (draft)")
    fake_dialogs.answer("ask_save_discard_cancel", dialogs.Choice.DISCARD)
    click_row(qtbot, window, 0)
    assert window.editor.meeting_id == newer
    assert meetings.get_meeting(engine, older).title == "Older meeting"
    assert len(fake_dialogs.called("ask_save_discard_cancel")) == 3


def test_new_with_unsaved_changes_asks(qtbot, make_window, engine, two, fake_dialogs):
    window = make_window(engine)
    qtbot.keyClicks(window.editor.form.city, "X")
    fake_dialogs.answer("ask_save_discard_cancel", dialogs.Choice.CANCEL)
    window.new_action.trigger()
    assert window.editor.meeting_id == two[1]
    fake_dialogs.answer("ask_save_discard_cancel", dialogs.Choice.DISCARD)
    window.new_action.trigger()
    assert window.editor.meeting_id is None
    assert window.editor.form.title.text() == ""
    assert meetings.get_meeting(engine, two[1]).city == "Tokyo"


def test_delete_confirms_and_only_from_the_list(qtbot, make_window, engine, two,
                                                fake_dialogs):
    older, newer = two
    window = make_window(engine)
    # Delete in the form is text editing, never a meeting deletion.
    window.editor.form.title.setFocus()
    qtbot.keyClick(window.editor.form.title, Qt.Key.Key_Delete)
    assert fake_dialogs.called("ask_yes_no") == []

    window.meeting_list.setFocus()
    fake_dialogs.answer("ask_yes_no", False)
    qtbot.keyClick(window.meeting_list, Qt.Key.Key_Delete)
    assert "Newer meeting" in fake_dialogs.texts("ask_yes_no")
    assert meetings.count_meetings(engine) == 2

    fake_dialogs.answer("ask_yes_no", True)
    qtbot.keyClick(window.meeting_list, Qt.Key.Key_Delete)
    assert meetings.count_meetings(engine) == 1
    assert window.list_model.rowCount() == 1
    assert window.editor.meeting_id == older  # the next meeting is opened
    assert "Trash" in window.statusBar().currentMessage()


def test_revert_discards_after_asking(qtbot, make_window, engine, two, fake_dialogs):
    window = make_window(engine)
    qtbot.keyClicks(window.editor.form.venue, "the Palace")
    assert window.revert_action.isEnabled()
    fake_dialogs.answer("ask_yes_no", True)
    menu_action(window.file_menu, "Revert").trigger()
    assert window.editor.form.venue.text() == ""
    assert not window.isWindowModified()


def test_undo_redo_from_edit_menu(qtbot, make_window, engine, two):
    window = make_window(engine)
    form = window.editor.form
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Renamed")
    qtbot.keyClicks(form.city, "Osaka")
    assert window.undo_stack.count() == 2  # typing in one field is one step
    qtbot.keyClick(form.city, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.city.text() == "Tokyo"
    menu_action(window.edit_menu, "Undo Edit title").trigger()
    assert form.title.text() == "Newer meeting"
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert form.title.text() == "Renamed"
    type_date(qtbot, form.held_on, date(2021, 5, 9))
    qtbot.keyClick(form.held_on.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.held_on.value() == date(2021, 5, 3)  # the window's undo
    window.history_action.trigger()
    assert window.history_dock.isVisible()
    assert window.history_view.stack() is window.undo_stack


def test_validation_shown_at_the_fields(qtbot, make_window, engine):
    window = make_window(engine)
    form = window.editor.form
    window.new_action.trigger()
    type_date(qtbot, form.held_on, date(2009, 4, 10))
    type_date(qtbot, form.ends_on, date(2009, 4, 8))
    window.save_action.trigger()

    assert meetings.count_meetings(engine) == 0
    assert "needs a title" in form.problem_text("title")
    assert "end date" in form.problem_text("ends_on")
    assert "needs a title" in form.title.toolTip()
    assert "needs a title" in form.title.accessibleDescription()
    assert form.problem_labels["title"].isVisible()
    assert window.editor.banner.isVisible()
    assert "Not saved" in window.statusBar().currentMessage()
    assert QApplication.focusWidget() is form.title

    qtbot.keyClicks(form.title, "Fixed")  # the message goes once the field is right
    qtbot.waitUntil(lambda: form.problem_text("title") == "")
    assert "end date" in form.problem_text("ends_on")
    type_date(qtbot, form.ends_on, date(2009, 4, 11))
    window.save_action.trigger()
    assert meetings.count_meetings(engine) == 1
    assert not window.editor.banner.isVisible()


def test_import_and_export_from_file_menu(qtbot, make_window, engine, seed_path, tmp_path,
                                          fake_dialogs):
    window = make_window(engine)
    fake_dialogs.answer("open_files", [str(seed_path)])
    with qtbot.waitSignal(window.changes_applied, timeout=30_000):  # on a worker
        menu_action(window.file_menu, "Import…").trigger()
    assert window.list_model.rowCount() == 1
    assert "Imported 1 meeting" in window.statusBar().currentMessage()

    click_row(qtbot, window, 0)
    out = tmp_path / "out.json"
    fake_dialogs.answer("save_file", str(out))
    menu_action(window.file_menu, "Export Selected…").trigger()
    exported = json.loads(out.read_text(encoding="utf-8"))
    fixture = json.loads(seed_path.read_text(encoding="utf-8"))
    assert_holds(exported, fixture)
    assert str(out) in window.statusBar().currentMessage()

    # The meeting's own export comes back as the same meeting: not stored twice.
    fake_dialogs.answer("open_files", [str(out)])
    with qtbot.waitSignal(window.changes_applied, timeout=30_000):
        menu_action(window.file_menu, "Import…").trigger()
    assert window.list_model.rowCount() == 1 and meetings.count_meetings(engine) == 1
    assert window.statusBar().currentMessage() == (
        "Imported 0 meetings from out.json (1 already present).")


def test_bad_import_stores_nothing_and_says_why(qtbot, make_window, engine, tmp_path,
                                                fake_dialogs):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "mtgdesk", "version": 1, "meetings": [', encoding="utf-8")
    window = make_window(engine)
    fake_dialogs.answer("open_files", [str(bad)])
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.current_write is None, timeout=30_000)
    assert meetings.count_meetings(engine) == 0
    [(_parent, title, text)] = fake_dialogs.called("error")
    assert "bad.json" in text and "Nothing" in title


def test_export_several_selected(qtbot, make_window, engine, two, tmp_path, fake_dialogs):
    window = make_window(engine)
    window.meeting_list.setFocus()
    qtbot.keyClick(window.meeting_list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.meeting_list.selected_ids()) == sorted(two)
    out = tmp_path / "both.json"
    fake_dialogs.answer("save_file", str(out))
    window.export_action.trigger()
    [(_parent, _title, suggested)] = fake_dialogs.called("save_file")
    assert suggested == "meetings.json"
    titles = {m["title"] for m in json.loads(out.read_text(encoding="utf-8"))["meetings"]}
    assert titles == {"Older meeting", "Newer meeting"}


def test_export_without_selection_explains(make_window, engine, two, fake_dialogs):
    window = make_window(engine)
    window.meeting_list.clearSelection()
    window.export_action.trigger()
    assert "Select" in fake_dialogs.texts("info")


def test_close_guard_and_layout_saved(qtbot, make_window, engine, two, fake_dialogs):
    window = make_window(engine)
    qtbot.keyClicks(window.editor.form.series, "ASTOP")
    fake_dialogs.answer("ask_save_discard_cancel", dialogs.Choice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    fake_dialogs.answer("ask_save_discard_cancel", dialogs.Choice.SAVE)
    assert window.close()
    assert meetings.get_meeting(engine, two[1]).series == "ASTOP"
    assert window.settings().value("window/geometry") is not None


def test_ctrl_f_focuses_search(qtbot, make_window, engine):
    window = make_window(engine)
    window.editor.form.title.setFocus()
    qtbot.keyClick(window.editor.form.title, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_field


def test_every_form_input_has_an_accessible_name(make_window, engine):
    window = make_window(engine)
    for name, widget in window.editor.form.widgets.items():
        target = window.editor.form.focus_target(name)
        assert target.accessibleName(), name
        assert widget.accessibleName() or target.accessibleName(), name
