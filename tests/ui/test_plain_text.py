"""Issue 12, class 6: text from a file or a clerk is shown as text in the window, never
rendered as markup: the message boxes, the labels and the tooltips."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from mtgdesk.services import meetings
from mtgdesk.ui import dialogs

# The real functions, taken before the autouse fake_dialogs replaces them.
REAL_ERROR = dialogs.error

HOSTILE = ('<h1 style="color:red">Big red</h1><img src="/usr/share/pixmaps/debian-logo.png">'
           '<a href="http://example.org/">link</a>')


def test_the_nothing_imported_dialog_shows_the_file_text_as_text(
        qtbot, make_window, engine, tmp_path, fake_dialogs, monkeypatch):
    bad = tmp_path / "bad.json"
    doc = {"format": "mtgdesk", "version": 1,
           "meetings": [{"title": "T", "held_on": "2007-03-23", HOSTILE: 1}]}
    bad.write_text(json.dumps(doc), encoding="utf-8")
    window = make_window(engine)
    seen: list[tuple[Qt.TextFormat, str, str]] = []

    def inspect_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, inspect_the_box)
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append((box.textFormat(), label.textFormat(), label.text()))
        box.accept()

    monkeypatch.setattr(dialogs, "error", REAL_ERROR)  # the real message box
    QTimer.singleShot(20, inspect_the_box)
    fake_dialogs.answer("open_files", [str(bad)])
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(seen) and window.current_write is None, timeout=30_000)
    [(box_format, label_format, text)] = seen
    assert box_format == label_format == Qt.TextFormat.PlainText
    assert '<h1 style=\\"color:red\\">Big red</h1>' in text  # shown as typed
    assert meetings.count_meetings(engine) == 0


def test_titles_in_tooltips_are_text(qtbot, make_window, engine, seed_record):
    from mtgdesk.services.meetings import save_meeting

    seed_record.title = "<b>Bold</b> & <i>co</i>"
    save_meeting(engine, seed_record)
    window = make_window(engine)
    model = window.list_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    tips = [model.data(model.index(0, c), Qt.ItemDataRole.ToolTipRole)
            for c in range(model.columnCount())]
    title_tip = next(t for t in tips if t and "Bold" in t)
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;i&gt;co&lt;/i&gt;" in title_tip
    assert "<b>" not in title_tip


def test_every_label_of_the_window_showing_a_meeting_is_plain_text(
        qtbot, make_window, engine, seed_record):
    from mtgdesk.services.meetings import save_meeting

    seed_record.title = "<b>Bold</b>"
    seed_record.venue = "<img src='/etc/x.png'>"
    save_meeting(engine, seed_record)
    window = make_window(engine)
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1)
    assert window.open_meeting(meetings.list_meetings(engine)[0].id)
    window.statusBar().showMessage("x")
    shown = [lab for lab in window.findChildren(QLabel)
             if "Bold" in lab.text() or "/etc/x.png" in lab.text()]
    rich = [lab.text()[:40] for lab in shown if lab.textFormat() != Qt.TextFormat.PlainText]
    assert rich == []
