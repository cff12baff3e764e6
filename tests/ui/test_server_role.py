"""On an office server the window offers what the clerk's role allows, and says which
role that is; the server refuses the rest anyway (tests/store/test_roles.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from mtgdesk.desk import Desk


def test_a_clerk_sees_their_role_and_cannot_finalise(qtbot, make_window, office,
                                                    seed_record):
    with Desk.open(office["clerk"]) as setup:
        [added] = setup.save(seed_record).added
    clerk = make_window(Desk.open(office["clerk"]))
    clerk.open_meeting(added.id)
    label = clerk.findChild(QLabel, "serverRole")
    assert label is not None and label.text() == "Office server: clerk"
    assert "approver marks them final" in label.toolTip()
    assert not clerk.safety.finalise_action.isEnabled()
    assert "an approver's" in clerk.safety.finalise_action.statusTip()
    approver = make_window(Desk.open(office["approver"]))
    approver.open_meeting(added.id)
    assert approver.findChild(QLabel, "serverRole").text() == "Office server: approver"
    assert approver.safety.finalise_action.isEnabled()


def test_a_window_on_a_file_shows_no_role(make_window, engine):
    window = make_window(engine)
    assert window.findChild(QLabel, "serverRole") is None
    assert window.safety.role is None


def test_a_reader_is_offered_no_write_and_told_why(qtbot, make_window, office,
                                                   seed_record):
    with Desk.open(office["clerk"]) as setup:
        setup.save(seed_record)
    reader = make_window(Desk.open(office["reader"]))
    assert reader.findChild(QLabel, "serverRole").text() == \
        "Office server: reader (read only)"
    qtbot.waitUntil(lambda: reader.list_model.rowCount() == 1)
    assert reader.editor.record().title == seed_record.title  # read as anyone reads
    for action in (reader.new_action, reader.save_action, reader.delete_action,
                   reader.import_action, reader.release_import.action,
                   reader.safety.finalise_action, reader.safety.restore_action,
                   reader.safety.recover_action):
        assert not action.isEnabled(), action.text()
    assert reader.editor.is_read_only() and not reader.editor.amend_button.isVisible()
    assert "your role on the office server is reader" in reader.editor.final_label.text()
    form = reader.editor.form
    form.title.setFocus()
    qtbot.keyClicks(form.title, "x")
    assert form.title.text() == seed_record.title and not reader.editor.is_dirty()
    assert "saving is for clerks and approvers" in reader.statusBar().currentMessage()
    assert reader.export_action.isEnabled() and reader.safety.backup_action.isEnabled()


def test_restore_from_backup_on_a_server_is_an_approvers(qtbot, make_window, office,
                                                         seed_record, tmp_path,
                                                         fake_dialogs):
    from mtgdesk.store.database import open_database

    backup = tmp_path / "abroad.sqlite3"
    with Desk(open_database(backup)) as laptop:
        laptop.save(seed_record)
    clerk = make_window(Desk.open(office["clerk"]))
    restore = clerk.safety.restore_action
    assert not restore.isEnabled() and "approvers only" in restore.text()
    assert "your role: clerk" in restore.statusTip()

    approver = make_window(Desk.open(office["approver"]))
    assert approver.list_model.total() == 0
    assert approver.safety.restore_action.isEnabled()
    fake_dialogs.answer("open_file", str(backup))
    fake_dialogs.answer("ask_yes_no", True)
    approver.safety.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(fake_dialogs.called("info")), timeout=60_000)
    assert "holds the 1 meeting from" in fake_dialogs.texts("info")
    assert "empty server only" in fake_dialogs.texts("ask_yes_no")
    assert approver.list_model.total() == 1
    assert approver.editor.record().title == seed_record.title
    assert [h.id for h in approver.desk.search("chair:Tsuruoka").hits] == [1]
    # A second time the server holds meetings: refused, nothing changed.
    fake_dialogs.answer("open_file", str(backup))
    fake_dialogs.answer("ask_yes_no", True)
    approver.safety.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(fake_dialogs.called("error")), timeout=60_000)
    assert "not empty" in fake_dialogs.texts("error")
    assert approver.desk.count() == 1
