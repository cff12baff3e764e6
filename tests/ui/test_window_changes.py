"""What a write changed reaches the window once, on `changes_applied`, and the list,
the search panel and the dialogs refresh from it; long writes run on a worker."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from mtgdesk.domain.changes import Changes
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import meetings
from mtgdesk.services.interchange import import_files
from mtgdesk.ui.window import long_write


def record_changes(window) -> list[Changes]:
    seen: list[Changes] = []
    window.changes_applied.connect(seen.append)
    return seen


def test_a_save_emits_its_changes_once(qtbot, make_window, engine):
    window = make_window(engine)
    seen = record_changes(window)
    qtbot.keyClicks(window.editor.form.title, "Typed by the clerk")
    window.save_action.trigger()
    [changes] = seen
    meeting_id = window.editor.meeting_id
    assert [r.id for r in changes.added] == [meeting_id] and not changes.updated
    assert window.list_model.meeting_id(0) == meeting_id

    qtbot.keyClicks(window.editor.form.title, ", then changed")
    window.save_action.trigger()
    assert len(seen) == 2
    assert [(r.id, r.version) for r in seen[1].updated] == [(meeting_id, 2)]


def test_an_import_emits_once_and_the_list_follows(qtbot, make_window, engine, seed_path,
                                                  fake_dialogs):
    window = make_window(engine)
    seen = record_changes(window)
    fake_dialogs.answer("open_files", [str(seed_path)])
    with qtbot.waitSignal(window.changes_applied, timeout=30_000) as blocker:
        window.import_action.trigger()
    qtbot.waitUntil(lambda: window.current_write is None)
    [changes] = seen
    assert blocker.args == [changes]
    stored = meetings.list_meetings(engine)
    assert [r.id for r in changes.added] == [s.id for s in stored]
    assert window.list_model.rowCount() == 1


def test_the_list_refreshes_from_the_signal_alone(qtbot, make_window, engine, seed_path):
    # Stored behind the window's back (another feature, a worker): the Changes says so.
    window = make_window(engine)
    assert window.list_model.rowCount() == 0
    result = import_files(engine, [seed_path])
    assert window.list_model.rowCount() == 0
    window.changes_applied.emit(result.changes)
    assert window.list_model.rowCount() == 1
    assert window.count_label.text().strip() == "1 meeting"


def test_a_delete_emits_what_it_removed(qtbot, make_window, engine, seed_path, fake_dialogs):
    ids = import_files(engine, [seed_path]).ids
    window = make_window(engine)
    seen = record_changes(window)
    fake_dialogs.answer("ask_yes_no", True)
    window.delete_action.trigger()
    [changes] = seen
    assert [r.id for r in changes.removed] == list(ids)
    assert window.list_model.rowCount() == 0


def test_the_trash_dialog_refreshes_from_a_delete(qtbot, make_window, engine, seed_path,
                                                  fake_dialogs):
    import_files(engine, [seed_path])
    window = make_window(engine)
    window.safety.show_trash()
    dialog = window.safety.trash_dialog
    assert dialog.ids() == []
    fake_dialogs.answer("ask_yes_no", True)
    window.delete_action.trigger()
    assert len(dialog.ids()) == 1  # refreshed from the Changes, not by the delete


def test_cancelling_an_import_stores_nothing(qtbot, make_window, engine, seed_path,
                                             fake_dialogs, monkeypatch):
    window = make_window(engine)
    gate = threading.Event()
    real = window.desk.import_files

    def held(paths, **kwargs):  # the worker waits until the clerk has pressed Cancel
        gate.wait(60)
        return real(paths, **kwargs)

    monkeypatch.setattr(window.desk, "import_files", held)
    seen = record_changes(window)
    fake_dialogs.answer("open_files", [str(seed_path)])
    window.import_action.trigger()
    op = window.current_write
    assert op is not None
    dialog = window.findChild(QProgressDialog, "longWriteProgress")
    [cancel] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    with qtbot.waitSignal(op.cancelled, timeout=30_000):
        cancel.click()
        gate.set()
    assert meetings.count_meetings(engine) == 0 and seen == []
    assert window.current_write is None
    assert "cancelled" in window.statusBar().currentMessage()
    assert fake_dialogs.called("error") == []


def test_the_window_waits_for_a_running_import_before_closing(qtbot, make_window, engine,
                                                              seed_path, fake_dialogs,
                                                              monkeypatch):
    window = make_window(engine)
    gate = threading.Event()
    real = window.desk.import_files

    def held(paths, **kwargs):
        gate.wait(60)
        return real(paths, **kwargs)

    monkeypatch.setattr(window.desk, "import_files", held)
    fake_dialogs.answer("open_files", [str(seed_path)])
    window.import_action.trigger()
    assert not window.close()  # refused while the import runs
    with qtbot.waitSignal(window.changes_applied, timeout=30_000):
        gate.set()
    assert meetings.count_meetings(engine) == 1


def stored_meetings(engine, n: int) -> list[int]:
    return [meetings.save_meeting(engine, MeetingRecord(
        title=f"Meeting {i}", held_on=date(2007, 3, 1 + i))).id for i in range(n)]


def test_deleting_many_runs_on_a_worker(qtbot, make_window, engine, fake_dialogs,
                                        monkeypatch):
    monkeypatch.setattr(long_write, "LONG_WRITE", 3)  # as 500 would, with 3 meetings
    ids = stored_meetings(engine, 3)
    window = make_window(engine)
    seen = record_changes(window)
    window.meeting_list.setFocus()
    qtbot.keyClick(window.meeting_list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    fake_dialogs.answer("ask_yes_no", True)
    with qtbot.waitSignal(window.changes_applied, timeout=30_000):
        window.delete_action.trigger()
        assert window.current_write is not None  # started, not finished in the slot
    [changes] = seen
    assert sorted(r.id for r in changes.removed) == sorted(ids)
    assert meetings.count_meetings(engine) == 0 and window.list_model.rowCount() == 0
    assert "Moved these 3 meetings to the Trash" in window.statusBar().currentMessage()



def test_the_editor_follows_a_change_made_elsewhere(qtbot, make_window, engine):
    [meeting_id] = stored_meetings(engine, 1)
    window = make_window(engine)
    assert window.editor.meeting_id == meeting_id
    record = meetings.get_meeting(engine, meeting_id)
    record.title = "Renamed by another write"
    changes = meetings.save_meeting(engine, record).changes
    window.changes_applied.emit(changes)
    assert window.editor.form.title.text() == "Renamed by another write"
    assert window.editor.baseline().version == 2 and not window.editor.is_dirty()


def test_edits_in_the_editor_are_kept_over_a_change_made_elsewhere(qtbot, make_window,
                                                                   engine):
    [meeting_id] = stored_meetings(engine, 1)
    window = make_window(engine)
    qtbot.keyClicks(window.editor.form.title, " (mine)")
    record = meetings.get_meeting(engine, meeting_id)
    record.title = "Renamed by another write"
    window.changes_applied.emit(meetings.save_meeting(engine, record).changes)
    assert window.editor.form.title.text() == "Meeting 0 (mine)"
    assert window.editor.is_dirty()


def test_the_window_holds_the_desk_not_an_engine(make_window, desk):
    window = make_window(desk)
    assert window.desk is desk
    assert not hasattr(window, "engine")
