"""The paragraphs editor, driven by keys and clicks as a clerk drives it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from mtgdesk.domain.records import ParagraphRecord
from mtgdesk.domain.validation import Problem
from mtgdesk.ui.editor.paragraphs import TEXT_COLUMN, ParagraphsEditor
from mtgdesk.ui.editor.record_model import ERROR_BRUSH
from tests.ui.keyboard import pick

R = ParagraphRecord



@pytest.fixture
def editor(shown, stack: QUndoStack) -> ParagraphsEditor:
    return shown(ParagraphsEditor(stack))


def texts(editor: ParagraphsEditor) -> list[str]:
    return [p.text for p in editor.records()]


def select(editor: ParagraphsEditor, row: int) -> None:
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(row, TEXT_COLUMN))


def choose_kind(qtbot, editor: ParagraphsEditor, shown: str) -> None:
    editor.kind_combo.setFocus()
    pick(qtbot, editor.kind_combo, shown)


def test_model_passes_the_model_tester(qtbot, qtmodeltester, stack, seed_record) -> None:
    editor = ParagraphsEditor(stack)
    qtbot.addWidget(editor)
    editor.set_records(seed_record.paragraphs)
    qtmodeltester.check(editor.model)
    editor.model.move_by([1], -1)
    editor.model.remove_rows([0])
    stack.undo()
    stack.undo()


def test_records_round_trip_and_numbers_start_at_three(editor, seed_record) -> None:
    editor.set_records(seed_record.paragraphs)
    assert editor.records() == seed_record.paragraphs
    numbers = [editor.model.headerData(r, Qt.Orientation.Vertical) for r in range(2)]
    assert numbers == ["3.", "4."]
    assert "start at 3" in editor.caption.text()
    assert editor.text_edit.toPlainText() == seed_record.paragraphs[0].text
    assert editor.detail.title() == "Paragraph 3."
    editor.number_offset = 0
    assert editor.model.headerData(0, Qt.Orientation.Vertical) == "1."
    other = ParagraphsEditor(QUndoStack(), number_offset=5)
    other.set_records(seed_record.paragraphs)
    assert other.model.headerData(1, Qt.Orientation.Vertical) == "7."
    other.deleteLater()


def test_add_and_type_is_one_undo_step(qtbot, editor: ParagraphsEditor, stack) -> None:
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is editor.text_edit
    qtbot.keyClicks(editor.text_edit, "The meeting")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text_edit, "agreed.")
    assert texts(editor) == ["The meeting\nagreed."]
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add paragraph", "Type in paragraph 3"]
    stack.undo()
    assert texts(editor) == [""]
    assert editor.text_edit.toPlainText() == ""
    stack.redo()
    assert editor.text_edit.toPlainText() == "The meeting\nagreed."


def test_typing_after_leaving_the_text_is_a_new_step(qtbot, editor, stack) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.text_edit, "One.")
    editor.table.setFocus()
    editor.text_edit.setFocus()
    qtbot.keyClicks(editor.text_edit, " Two.")
    stack.undo()
    assert texts(editor) == ["One."]


def test_ctrl_z_in_the_text_goes_to_the_window_undo(qtbot, stack) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = ParagraphsEditor(stack)
    window.setCentralWidget(editor)
    undo = stack.createUndoAction(window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    window.addAction(undo)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    editor.set_records([R(text="Kept.")])
    editor.text_edit.setFocus()
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text_edit, " Typed.")
    assert texts(editor) == ["Kept. Typed."]
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(editor) == ["Kept."]
    assert editor.text_edit.toPlainText() == "Kept."


def test_owner_and_due_only_for_actions(qtbot, editor: ParagraphsEditor, stack) -> None:
    editor.set_records([R(text="Someone will report.")])
    assert not editor.owner_edit.isEnabled()
    assert not editor.due_edit.isEnabled()
    choose_kind(qtbot, editor, "Action")
    assert editor.records()[0].kind == "action"
    assert editor.owner_edit.isEnabled() and editor.due_edit.isEnabled()
    qtbot.keyClick(editor.kind_combo, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # text -> owner
    assert QApplication.focusWidget() is editor.owner_edit
    qtbot.keyClicks(editor.owner_edit, "Secretariat")
    qtbot.keyClick(editor.owner_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.due_edit.line
    qtbot.keyClicks(editor.due_edit.line, "30 June 2007")  # typed whole, as a clerk types
    assert editor.due_edit.understood.text() == "Sat 30 June 2007"
    assert editor.records() == [R(text="Someone will report.", kind="action",
                                  owner="Secretariat", due_on=date(2007, 6, 30))]
    # back to a decision: owner and due date go, in one undo step
    editor.kind_combo.setFocus()
    qtbot.keyClick(editor.kind_combo, Qt.Key.Key_Up)  # Action -> Decision
    assert editor.records() == [R(text="Someone will report.", kind="decision")]
    assert not editor.owner_edit.isEnabled() and not editor.due_edit.isEnabled()
    stack.undo()
    assert editor.records()[0].owner == "Secretariat"
    assert editor.records()[0].due_on == date(2007, 6, 30)


def test_a_non_action_holding_an_owner_can_clear_it(qtbot, editor) -> None:
    editor.set_records([R(text="x", kind="note", owner="MOFA")])
    assert editor.owner_edit.isEnabled()
    editor.owner_edit.setFocus()
    editor.owner_edit.selectAll()
    qtbot.keyClick(editor.owner_edit, Qt.Key.Key_Backspace)
    assert editor.records() == [R(text="x", kind="note")]
    editor.table.setFocus()
    assert not editor.owner_edit.isEnabled()


def test_delete_is_undoable_exactly(qtbot, editor, stack, seed_record) -> None:
    records = [*seed_record.paragraphs,
               R(text="Act.", kind="action", owner="Japan", due_on=date(2007, 4, 1))]
    editor.set_records(records)
    select(editor, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert editor.records() == [records[0], records[2]]
    assert stack.text(0) == "Remove paragraph 4"
    assert editor.current_row() == 1
    select(editor, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    stack.undo()
    stack.undo()
    assert editor.records() == records
    assert editor.current_row() == 1
    assert editor.text_edit.toPlainText() == records[1].text


def test_move_with_alt_arrows_and_buttons(qtbot, editor, stack) -> None:
    editor.set_records([R(text="a"), R(text="b"), R(text="c")])
    select(editor, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(editor) == ["b", "c", "a"]
    assert editor.current_row() == 2
    assert stack.text(1) == "Move paragraph 4 down"
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert texts(editor) == ["b", "a", "c"]
    while stack.canUndo():
        stack.undo()
    assert texts(editor) == ["a", "b", "c"]
    assert editor.current_row() == 0


def test_drag_reorder_through_the_model(editor, stack) -> None:
    editor.set_records([R(text="a"), R(text="b"), R(text="c")])
    model = editor.model
    mime = model.mimeData([model.index(2, c) for c in range(model.columnCount())])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert texts(editor) == ["c", "a", "b"]
    assert editor.current_row() == 0
    assert model.headerData(0, Qt.Orientation.Vertical) == "3."
    stack.undo()
    assert texts(editor) == ["a", "b", "c"]


def test_show_problems_marks_the_row_and_the_field(editor) -> None:
    editor.set_records([R(text="ok"), R(text="x", kind="note", owner="MOFA")])
    editor.show_problems([
        Problem(("paragraphs", 1, "owner"), "Only an action has an owner; paragraph 2 is a note."),
        Problem(("participants", 1, "name"), "Not mine."),
    ])
    assert editor.model.index(1, TEXT_COLUMN).data(Qt.ItemDataRole.BackgroundRole) == \
        ERROR_BRUSH
    assert editor.model.index(0, TEXT_COLUMN).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Only an action has an owner" in editor.problems_label.text()
    assert "Not mine" not in editor.problems_label.text()
    select(editor, 1)
    assert "Only an action" in editor.owner_edit.toolTip()
    assert editor.owner_edit.styleSheet()
    assert not editor.text_edit.styleSheet()
    select(editor, 0)
    assert not editor.owner_edit.toolTip()


def test_read_only(qtbot, editor, stack, seed_record) -> None:
    editor.set_records(seed_record.paragraphs)
    editor.set_read_only(True)
    select(editor, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.table, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # Read-only, not greyed out: a final record's text stays readable (issue 13).
    assert editor.text_edit.isEnabled() and editor.text_edit.isReadOnly()
    assert not editor.kind_combo.isEnabled()
    qtbot.keyClicks(editor.text_edit, "typed")
    assert not editor.add_button.isEnabled()
    assert stack.count() == 0 and editor.records() == seed_record.paragraphs
    editor.set_read_only(False)
    assert editor.text_edit.isEnabled() and not editor.text_edit.isReadOnly()


def test_changed_signal(qtbot, editor, stack) -> None:
    editor.set_records([R(text="a")])
    with qtbot.waitSignal(editor.changed):
        editor.text_edit.setFocus()
        qtbot.keyClicks(editor.text_edit, "b")
    with qtbot.waitSignal(editor.changed):
        stack.undo()


def test_empty_editor_has_nothing_to_edit(editor) -> None:
    editor.set_records([])
    assert not editor.text_edit.isEnabled()
    assert not editor.remove_button.isEnabled()


def test_accessible_names_and_tab_order(editor) -> None:
    for widget in (editor.table, editor.add_button, editor.remove_button, editor.up_button,
                   editor.down_button, editor.kind_combo, editor.text_edit,
                   editor.owner_edit, editor.due_edit.line):
        assert widget.accessibleName(), widget
    editor.set_records([R(text="a", kind="action")])
    order: list[QWidget] = []
    widget: QWidget = editor.table
    while len(order) < 8:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            order.append(widget)
    assert order == [editor.add_button, editor.remove_button, editor.up_button,
                     editor.down_button, editor.kind_combo, editor.text_edit,
                     editor.owner_edit, editor.due_edit.line]
