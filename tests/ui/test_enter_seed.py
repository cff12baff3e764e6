"""Issue 2, the first test: a clerk enters the seed meeting through the widgets only.

Every value of tests/fixtures/human-security-2007.json is typed, ticked or chosen in the
window (form fields, the participants table with its cell editors and combo delegates,
the paragraphs editor), saved with Ctrl+S; then the same database is opened in a new
window and File > Export Selected… writes a document that holds the whole fixture.
"""

from __future__ import annotations

import json
import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from mtgdesk.domain.vocab import label
from mtgdesk.store.database import open_database
from mtgdesk.ui.editor import participants as pe
from mtgdesk.ui.editor.editor import PARAGRAPHS_TAB, PARTICIPANTS_TAB
from tests.ui.keyboard import pick
from tests.ui.test_main_window import assert_holds, click_row, menu_action, type_date

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """keyClicks, but also for characters off the ASCII keyboard (’), which arrive as a
    key event carrying the text, as an input method or compose key delivers them."""
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, chunk,
                               Qt.KeyboardModifier.NoModifier)


def open_cell(qtbot, editor, row: int, column: int):
    """Open a cell's editor as a clerk does (F2); the widget that has the focus."""
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(row, column))
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    return focused()


def type_cell(qtbot, editor, row: int, column: int, text: str) -> None:
    """Open a text cell's editor and type into it."""
    line = open_cell(qtbot, editor, row, column)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    type_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def choose_cell(qtbot, editor, row: int, column: int, shown: str) -> None:
    """Open a combo delegate with F2, pick the label with the arrow keys, Return."""
    combo = open_cell(qtbot, editor, row, column)
    assert isinstance(combo, QComboBox)
    pick(qtbot, combo, shown)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def enter_participants(qtbot, window, participants: list[dict]) -> None:
    editor = window.editor.participants
    qtbot.keyClick(window.editor.tabs.tabBar(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert window.editor.tabs.currentIndex() == PARTICIPANTS_TAB
    editor.table.setFocus()
    for row, p in enumerate(participants):
        # Add: a new row after the current one; its Name cell opens for typing.
        qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL_SHIFT)
        name_editor = focused()
        assert isinstance(name_editor, QLineEdit)
        type_text(qtbot, name_editor, p["name"])
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        if editor.model.index(row, pe.NAME_COLUMN).data() != p["name"]:
            qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the completer took the first
        # The new row takes the kind of the row above; change it where it differs.
        if editor.records()[row].kind != p["kind"]:
            choose_cell(qtbot, editor, row, pe.KIND_COLUMN, label(p["kind"]))
        if "role" in p:
            choose_cell(qtbot, editor, row, pe.ROLE_COLUMN, label(p["role"]))
        for key, column in (("acronym", pe.ACRONYM_COLUMN), ("honorific", pe.HONORIFIC_COLUMN),
                            ("post", pe.POST_COLUMN), ("delegation", pe.DELEGATION_COLUMN)):
            if key in p and getattr(editor.records()[row], key) != p[key]:
                type_cell(qtbot, editor, row, column, p[key])
        editor.table.setCurrentIndex(editor.model.index(row, pe.NAME_COLUMN))
    assert [r.name for r in editor.records()] == [p["name"] for p in participants]


def enter_paragraphs(qtbot, window, paragraphs: list[dict]) -> None:
    editor = window.editor.paragraphs
    window.editor.tabs.setCurrentIndex(PARAGRAPHS_TAB)  # as a click on the tab does
    editor.table.setFocus()
    for p in paragraphs:
        qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL_SHIFT)
        assert focused() is editor.text_edit
        type_text(qtbot, editor.text_edit, p["text"])
        editor.kind_combo.setFocus()
        pick(qtbot, editor.kind_combo, label(p["kind"]))
        assert editor.kind_combo.currentData() == p["kind"]
    assert [r.text for r in editor.records()] == [p["text"] for p in paragraphs]


def test_enter_the_seed_meeting_through_the_widgets(qtbot, make_window, db_path, seed_path,
                                                     tmp_path, fake_dialogs):
    fixture = json.loads(seed_path.read_text(encoding="utf-8"))
    [meeting] = fixture["meetings"]
    engine = open_database(db_path)
    window = make_window(engine)
    form = window.editor.form

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert focused() is form.title
    type_text(qtbot, form.title, meeting["title"])
    qtbot.keyClick(form.title, Qt.Key.Key_Tab)
    assert focused() is form.held_on.line
    type_date(qtbot, form.held_on, _date(meeting["held_on"]))
    type_date(qtbot, form.released_on, _date(meeting["released_on"]))
    type_text(qtbot, form.venue, meeting["venue"])

    enter_participants(qtbot, window, meeting["participants"])
    enter_paragraphs(qtbot, window, meeting["paragraphs"])

    # Host country: offered from the country participants just entered.
    combo = form.host_country
    assert combo.findText(meeting["host_country"]) >= 0
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), meeting["host_country"])
    assert combo.currentText() == meeting["host_country"]

    assert window.isWindowModified()
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified(), window.editor.banner.text()
    assert "Saved" in window.statusBar().currentMessage()
    window.close()
    engine.dispose()

    # The same database, a new window: open the meeting, export it from the File menu.
    engine = open_database(db_path)
    second = make_window(engine)
    assert second.list_model.rowCount() == 1
    click_row(qtbot, second, 0)
    assert second.editor.form.title.text() == meeting["title"]
    assert len(second.editor.participants.records()) == len(meeting["participants"])
    out = tmp_path / "exported.json"
    fake_dialogs.answer("save_file", str(out))
    menu_action(second.file_menu, "Export Selected…").trigger()
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert_holds(exported, fixture)
    assert fake_dialogs.called("error") == []
    second.close()
    engine.dispose()


def _date(text: str):
    from datetime import date

    return date.fromisoformat(text)
