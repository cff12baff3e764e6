"""Issue 12, class 13: the window on a database it cannot write shows it in a banner,
lists and opens its meetings, and a save is refused with the reason."""

from __future__ import annotations

import os
from pathlib import Path

from mtgdesk.desk import Desk
from mtgdesk.services.meetings import save_meeting
from mtgdesk.store.database import open_database


def test_a_read_only_database_opens_with_a_banner(qtbot, make_window, tmp_path,
                                                   seed_record, monkeypatch, fake_dialogs):
    db = tmp_path / "ro" / "m.sqlite3"
    db.parent.mkdir()
    engine = open_database(db)
    save_meeting(engine, seed_record)
    engine.dispose()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: (
        not (mode & os.W_OK and Path(p) in (db, db.parent)) and real_access(p, mode)))
    window = make_window(Desk.open(db))
    banner = window.read_only_banner
    assert banner.isVisible() and "Read-only" in banner.text() and str(db.parent) in \
        banner.text()
    assert window.splitter.isVisible() and window.meeting_list.isVisible()
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1)
    assert window.editor.record().title == seed_record.title  # opened, readable
    form = window.editor.form
    form.title.setFocus()
    qtbot.keyClicks(form.title, " (changed)")
    assert window.editor.is_dirty()
    assert not window.save_current()
    told = fake_dialogs.texts("error") + window.statusBar().currentMessage()
    assert "nothing can be saved" in told
    assert window.editor.is_dirty()  # the edits are still in the window
