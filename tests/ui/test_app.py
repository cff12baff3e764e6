"""run_gui: a database that cannot be opened is a message and exit status 1."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from mtgdesk.app import run_gui


def test_unusable_database_is_a_message_not_a_traceback(qapp, tmp_path, fake_dialogs):
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database", encoding="utf-8")
    assert run_gui(str(bad)) == 1
    [(_parent, title, text)] = fake_dialogs.called("error")
    assert "notes.txt" in text and "not an mtgdesk database" in text
    assert QApplication.applicationName() == "mtgdesk"
