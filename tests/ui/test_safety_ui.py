"""Data safety in the window: autosave and recovery, conflicts between two windows,
final and Amend..., history, Trash and backups. Dialogs are faked (tests/ui/conftest)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mtgdesk.services import backup, drafts, history, meetings, trash
from mtgdesk.store.database import open_database
from mtgdesk.ui.safety import conflict
from mtgdesk.ui.window import long_write


@pytest.fixture
def stored(engine, seed_record):
    return meetings.save_meeting(engine, seed_record)


def type_title(qtbot, window, text: str) -> None:
    title = window.editor.form.title
    title.setFocus(Qt.FocusReason.OtherFocusReason)
    title.selectAll()
    qtbot.keyClicks(title, text)


# --- autosave and recovery --------------------------------------------------------------

def test_typing_is_kept_as_a_draft_and_offered_after_a_crash(qtbot, make_window, engine,
                                                            stored, fake_dialogs):
    window = make_window(engine)
    type_title(qtbot, window, "Typed before the crash")
    qtbot.waitUntil(lambda: any(d.record.title == "Typed before the crash"
                                for d in drafts.list_drafts(engine)), timeout=5000)
    # The crash: this window never closes. A new one starts on the same database.
    window.safety.autosave.timer.stop()
    fake_dialogs.answer("choose", 0)  # Restore
    second = make_window(engine)
    qtbot.waitUntil(lambda: bool(fake_dialogs.called("choose")), timeout=3000)
    assert "Typed before the crash" in fake_dialogs.texts("choose")
    assert second.editor.form.title.text() == "Typed before the crash"
    assert second.editor.is_dirty() and second.editor.meeting_id == stored.id
    current = second.meeting_list.currentIndex()  # issue 13: it highlighted another
    assert second.list_model.meeting_id(current.row()) == stored.id
    assert second.save_current()
    assert meetings.get_meeting(engine, stored.id).title == "Typed before the crash"
    assert drafts.list_drafts(engine) == []


def test_a_restored_draft_is_the_meeting_the_list_points_at(qtbot, make_window, engine,
                                                            stored, fake_dialogs):
    # Issue 13: after a draft restore the list highlighted another meeting.
    import dataclasses
    from datetime import date

    newer = meetings.save_meeting(engine, dataclasses.replace(
        meetings.get_meeting(engine, stored.id), id=None, version=None, uuid=None,
        title="A newer meeting", held_on=date(2020, 1, 1)))
    window = make_window(engine)
    assert window.editor.meeting_id == newer.id  # the newest opens first
    assert window.open_meeting(stored.id)
    type_title(qtbot, window, "Edited, then the crash")
    assert window.safety.autosave.save_draft_now()
    window.safety.autosave.timer.stop()
    fake_dialogs.answer("choose", 0)  # Restore
    second = make_window(engine)
    qtbot.waitUntil(lambda: second.editor.form.title.text() == "Edited, then the crash",
                    timeout=3000)
    current = second.meeting_list.currentIndex()
    assert second.list_model.meeting_id(current.row()) == stored.id


def test_focus_leaving_a_field_keeps_a_draft_at_once(qtbot, make_window, engine, stored):
    window = make_window(engine)
    window.safety.autosave.timer.stop()
    type_title(qtbot, window, "Left the field")
    assert drafts.list_drafts(engine) == []
    window.editor.form.venue.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: bool(drafts.list_drafts(engine)), timeout=2000)
    assert drafts.list_drafts(engine)[0].record.title == "Left the field"


def test_discarded_draft_is_gone_and_saving_removes_the_draft(qtbot, make_window, engine,
                                                              stored, fake_dialogs):
    window = make_window(engine)
    type_title(qtbot, window, "Will be saved")
    assert window.safety.autosave.save_draft_now()
    assert window.save_current()
    assert drafts.list_drafts(engine) == []
    drafts.save_draft(engine, drafts.new_key(), meetings.get_meeting(engine, stored.id))
    fake_dialogs.answer("choose", 1)  # Discard
    window.safety.recover()
    assert drafts.list_drafts(engine) == []


def test_normal_close_leaves_no_draft_and_makes_a_backup(qtbot, make_window, engine, stored,
                                                         fake_dialogs):
    window = make_window(engine)
    type_title(qtbot, window, "Discarded at close")
    assert window.safety.autosave.save_draft_now()
    fake_dialogs.answer("ask_save_discard_cancel", fake_dialogs.default_leave or
                        __import__("mtgdesk.ui.dialogs", fromlist=["Choice"]).Choice.DISCARD)
    window.close()
    assert drafts.list_drafts(engine) == []
    assert len(backup.list_backups(engine)) == 1


def test_an_automatic_backup_failing_at_close_is_told_in_the_window(
        qtbot, make_window, engine, stored, fake_dialogs, monkeypatch):
    from tests.services.test_backup import _failing_midway

    window = make_window(engine)
    seen: list[int] = []
    _failing_midway(monkeypatch, seen)  # "disk I/O error" with pages still to copy
    window.close()
    told = fake_dialogs.texts("error")
    assert "Automatic backup not made" in told and "disk I/O error" in told
    assert seen  # the copy had begun
    folder = backup.backups_dir()
    # Nothing of it is left: no empty file, no partial copy, no journal.
    assert not folder.exists() or list(folder.iterdir()) == []


# --- conflicts between two windows --------------------------------------------------------

@pytest.mark.parametrize("choice", [conflict.RELOAD, conflict.OVERWRITE, conflict.COPY,
                                    conflict.CANCEL])
def test_second_save_of_two_windows_offers_the_choice(qtbot, make_window, db_path, stored,
                                                      seed_record, fake_dialogs, choice):
    # Two windows, each with its own engine, as two programs on one file would be.
    first_engine, second_engine = open_database(db_path), open_database(db_path)
    try:
        first, second = make_window(first_engine), make_window(second_engine)
        type_title(qtbot, first, "Saved first")
        assert first.save_current()
        type_title(qtbot, second, "Saved second")
        fake_dialogs.answer("choose", conflict.options_for(
            __import__("mtgdesk.domain.errors", fromlist=["x"]).ConflictError(1, 1, 2)
        ).index(choice))
        result = second.save_current()
        assert "changed by someone else" in fake_dialogs.texts("choose")
        titles = sorted(m.title for m in meetings.list_meetings(first_engine))
        if choice == conflict.RELOAD:
            assert result is False
            assert second.editor.form.title.text() == "Saved first"
            assert not second.editor.is_dirty()
            assert titles == ["Saved first"]
        elif choice == conflict.OVERWRITE:
            assert result is True
            assert titles == ["Saved second"]
            assert meetings.get_meeting(first_engine, stored.id).version == 3
        elif choice == conflict.COPY:
            assert result is True
            assert titles == ["Saved first", "Saved second"]
            assert second.editor.meeting_id not in (None, stored.id)
            # The window shows the copy as stored: a new meeting, a draft, saved.
            copy = meetings.get_meeting(first_engine, second.editor.meeting_id)
            assert copy.uuid != meetings.get_meeting(first_engine, stored.id).uuid
            assert copy.status == "draft" and copy.version == 1
            assert second.editor.record().content_equals(copy)
            assert not second.editor.is_dirty()
            assert [e.action for e in history.history(first_engine, copy.id)] == ["create"]
        else:
            assert result is False
            assert titles == ["Saved first"]
            assert second.editor.form.title.text() == "Saved second"
            assert second.editor.is_dirty()
        # Nothing is lost silently: the history holds both saves whatever was chosen.
        actions = [e.action for e in history.history(first_engine, stored.id)]
        assert actions.count("update") == (2 if choice == conflict.OVERWRITE else 1)
    finally:
        fake_dialogs.default_leave = __import__(
            "mtgdesk.ui.dialogs", fromlist=["Choice"]).Choice.DISCARD
        for w in (first, second):
            w.close()
        first_engine.dispose()
        second_engine.dispose()


def test_a_copy_of_edits_marked_final_is_stored_as_a_draft(qtbot, make_window, db_path,
                                                          stored, fake_dialogs):
    first_engine, second_engine = open_database(db_path), open_database(db_path)
    try:
        first, second = make_window(first_engine), make_window(second_engine)
        type_title(qtbot, first, "Saved first")
        assert first.save_current()
        type_title(qtbot, second, "Final here")
        status = second.editor.form.status
        status.setCurrentIndex(status.findData("final"))
        fake_dialogs.answer("choose", conflict.options_for(
            __import__("mtgdesk.domain.errors", fromlist=["x"]).ConflictError(1, 1, 2)
        ).index(conflict.COPY))
        assert second.save_current()
        copy = meetings.get_meeting(first_engine, second.editor.meeting_id)
        assert copy.title == "Final here" and copy.status == "draft"
        assert status.currentData() == "draft"  # the form shows the copy as stored
        assert not second.editor.form.title.isReadOnly()
        assert meetings.get_meeting(first_engine, stored.id).title == "Saved first"
        assert "new meeting" in second.statusBar().currentMessage()
    finally:
        fake_dialogs.default_leave = __import__(
            "mtgdesk.ui.dialogs", fromlist=["Choice"]).Choice.DISCARD
        for w in (first, second):
            w.close()
        first_engine.dispose()
        second_engine.dispose()


# --- final, amend, history -------------------------------------------------------------

def test_final_meeting_is_read_only_until_amended_with_a_reason(qtbot, make_window, engine,
                                                                 stored, fake_dialogs):
    meetings.finalise_meeting(engine, stored.id)
    window = make_window(engine)
    safety = window.safety
    assert window.editor.form.title.isReadOnly()
    assert not safety.finalise_action.isEnabled() and safety.amend_action.isEnabled()

    fake_dialogs.answer("ask_text", "The chair corrected the title")
    safety.amend_action.trigger()
    assert not window.editor.form.title.isReadOnly()
    type_title(qtbot, window, "Corrected title")
    assert window.save_current()
    assert window.editor.form.title.isReadOnly()  # final again after the amendment

    entry = history.history(engine, stored.id)[-1]
    assert entry.action == "amend" and entry.reason == "The chair corrected the title"
    assert [(c.field, c.new) for c in entry.changes] == [("title", "Corrected title")]

    safety.history_action.trigger()
    rows = safety.history_dialog.rows()
    assert rows[0][2] == "Amended" and "The chair corrected the title" in rows[0][3]
    assert any("Corrected title" in r[3] for r in rows)
    assert [r[2] for r in rows if r[0]] == ["Amended", "Marked final", "Created"]


def test_finalise_action_marks_the_open_meeting_final(qtbot, make_window, engine, stored,
                                                      fake_dialogs):
    window = make_window(engine)
    fake_dialogs.answer("ask_yes_no", True)
    window.safety.finalise_action.trigger()
    assert meetings.get_meeting(engine, stored.id).status == "final"
    assert window.editor.form.title.isReadOnly()
    assert window.safety.amend_action.isEnabled()


def test_amend_without_a_reason_changes_nothing(qtbot, make_window, engine, stored,
                                                fake_dialogs):
    meetings.finalise_meeting(engine, stored.id)
    window = make_window(engine)
    fake_dialogs.answer("ask_text", None)
    window.safety.amend_action.trigger()
    assert window.editor.form.title.isReadOnly()


def test_a_final_record_says_so_and_offers_amend(qtbot, make_window, engine, stored,
                                                 fake_dialogs):
    # Issue 13: a final record's fields looked editable, typing was ignored with no word
    # of Amend, and at 1.5x its text was light grey.
    meetings.finalise_meeting(engine, stored.id)
    window = make_window(engine)
    editor = window.editor
    assert editor.final_bar.isVisible() and "Final, read-only" in editor.final_label.text()
    form = editor.form
    assert form.held_on.line.isEnabled() and form.held_on.line.isReadOnly()  # readable
    assert form.host_country.isEnabled() and form.host_country.lineEdit().isReadOnly()
    before = form.venue.text()
    form.venue.setFocus()
    qtbot.keyClicks(form.venue, "x")
    assert form.venue.text() == before
    assert "Amend" in window.statusBar().currentMessage()
    fake_dialogs.answer("ask_text", "A typo in the venue")
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    assert not editor.final_bar.isVisible() and not form.venue.isReadOnly()


def test_trashing_a_final_record_asks_a_reason_and_keeps_it(qtbot, make_window, engine,
                                                           stored, fake_dialogs):
    meetings.finalise_meeting(engine, stored.id)
    window = make_window(engine)
    fake_dialogs.answer("ask_text", "   ")
    window.delete_action.trigger()  # an empty reason: nothing moves
    assert meetings.count_meetings(engine) == 1
    fake_dialogs.answer("ask_text", "Entered twice; the other copy is the record")
    window.delete_action.trigger()
    assert meetings.count_meetings(engine) == 0
    assert fake_dialogs.called("ask_yes_no") == []  # not the draft's one click
    entry = history.history(engine, stored.id)[-1]
    assert entry.action == "delete"
    assert entry.reason == "Entered twice; the other copy is the record"


# --- Trash ------------------------------------------------------------------------------

def test_trash_dialog_restores_and_empties(qtbot, make_window, engine, seed_record,
                                           fake_dialogs):
    a = meetings.save_meeting(engine, seed_record).id
    b = meetings.save_meeting(engine, seed_record).id
    meetings.delete_meeting(engine, a)
    meetings.delete_meeting(engine, b)
    window = make_window(engine)
    window.safety.trash_action.trigger()
    dialog = window.safety.trash_dialog
    assert sorted(dialog.ids()) == [a, b]
    dialog.select_ids([a])
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.ids() == [b]
    assert window.list_model.total() == 1
    fake_dialogs.answer("ask_yes_no", True)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.ids() == [] and trash.list_trash(engine) == []
    assert history.history(engine, b)[-1].action == "purge"


def test_restoring_and_emptying_many_run_on_a_worker(qtbot, make_window, engine,
                                                     seed_record, fake_dialogs, monkeypatch):
    monkeypatch.setattr(long_write, "LONG_WRITE", 3)  # as 500 would, with 3 meetings
    ids = [meetings.save_meeting(engine, seed_record).id for _ in range(4)]
    for i in ids:
        meetings.delete_meeting(engine, i)
    window = make_window(engine)
    window.safety.trash_action.trigger()
    dialog = window.safety.trash_dialog
    dialog.select_ids(ids[:3])
    with qtbot.waitSignal(window.changes_applied, timeout=30_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert window.current_write is not None  # started, not finished in the slot
    assert dialog.ids() == [ids[3]] and window.list_model.total() == 3
    dialog.select_ids([])
    fake_dialogs.answer("ask_yes_no", True)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)  # one: at once
    assert window.current_write is None and dialog.ids() == []
    assert history.history(engine, ids[3])[-1].action == "purge"


# --- backups ----------------------------------------------------------------------------

def test_backup_and_restore_from_the_window(qtbot, make_window, engine, stored, seed_record,
                                            tmp_path, db_path, fake_dialogs):
    window = make_window(engine)
    dest = tmp_path / "monday.sqlite3"
    fake_dialogs.answer("save_file", str(dest))
    window.safety.backup_action.trigger()
    assert window.current_write is not None  # on a worker, the window painting
    qtbot.waitUntil(lambda: window.current_write is None, timeout=30_000)
    assert dest.exists() and str(dest) in window.statusBar().currentMessage()
    meetings.save_meeting(engine, seed_record)
    window.refresh_list()
    assert window.list_model.total() == 2

    fake_dialogs.answer("open_file", str(dest))
    fake_dialogs.answer("ask_yes_no", True)
    window.safety.restore_action.trigger()
    assert window.current_write is not None
    qtbot.waitUntil(lambda: window.current_write is None, timeout=30_000)
    assert window.list_model.total() == 1
    assert "replaced database was kept" in fake_dialogs.texts("info")
    assert fake_dialogs.called("error") == []
    assert list(tmp_path.glob("meetings.sqlite3.replaced-*"))
