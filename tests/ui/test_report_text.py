"""The Report text tab: replace a written-from-the-record paragraph, and go back."""

from PySide6.QtCore import Qt

from mtgdesk.services.interchange import export_records, import_files
from mtgdesk.services.meetings import get_meeting
from mtgdesk.ui.editor.editor import REPORT_TEXT_TAB


def open_seed(make_window, engine, seed_path, qtbot):
    import_files(engine, [seed_path])
    window = make_window(engine)
    qtbot.waitUntil(lambda: window.editor.meeting_id is not None)
    window.editor.tabs.setCurrentIndex(REPORT_TEXT_TAB)
    return window, window.editor.report_text.paragraphs


def test_generated_text_shown_and_follows_the_form(make_window, engine, seed_path, qtbot):
    window, paras = open_seed(make_window, engine, seed_path, qtbot)
    opening = paras["opening"].text
    assert opening.isReadOnly()
    assert opening.toPlainText().startswith(
        "A “Senior Official-Level Meeting on Human Security” was held on March 23 (Fri)")
    assert "11 countries" in paras["attendance"].text.toPlainText()
    window.editor.form.title.selectAll()
    qtbot.keyClicks(window.editor.form.title, "Council")
    assert opening.toPlainText().startswith("A “Council” was held")


def test_replace_save_export_and_restore(make_window, engine, seed_path, qtbot):
    window, paras = open_seed(make_window, engine, seed_path, qtbot)
    para = paras["opening"]
    qtbot.mouseClick(para.own, Qt.MouseButton.LeftButton)
    assert not para.text.isReadOnly()
    para.text.selectAll()
    qtbot.keyClicks(para.text, "The <b>meeting</b> & more was held.")
    assert window.editor.is_dirty()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.editor.is_dirty())
    stored = get_meeting(engine, 1)
    assert stored.report_overrides == {"opening": "The <b>meeting</b> & more was held."}
    assert export_records(engine)[0].report_overrides == stored.report_overrides

    qtbot.mouseClick(para.restore, Qt.MouseButton.LeftButton)
    assert para.text.isReadOnly()
    assert para.text.toPlainText().startswith("A “Senior Official-Level Meeting")
    window.undo_stack.undo()
    assert para.text.toPlainText() == "The <b>meeting</b> & more was held."
    window.undo_stack.redo()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.editor.is_dirty())
    assert get_meeting(engine, 1).report_overrides == {}


def test_typing_is_one_undo_step(make_window, engine, seed_path, qtbot):
    window, paras = open_seed(make_window, engine, seed_path, qtbot)
    para = paras["attendance"]
    para.own.click()
    before = window.undo_stack.count()
    para.text.moveCursor(para.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(para.text, " Thanks.")
    assert window.undo_stack.count() == before + 1
    window.undo_stack.undo()
    assert not para.text.toPlainText().endswith("Thanks.")
