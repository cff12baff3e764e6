"""The participants editor, driven as a clerk drives it: keys, clicks, cell editors."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMainWindow, QWidget

from mtgdesk.domain import reference
from mtgdesk.domain.records import ParticipantRecord
from mtgdesk.domain.validation import Problem, Severity
from mtgdesk.ui.editor.participant_groups import ParticipantGroupModel
from mtgdesk.ui.editor.participants import (
    ACRONYM_COLUMN,
    DELEGATION_COLUMN,
    HONORIFIC_COLUMN,
    KIND_COLUMN,
    NAME_COLUMN,
    POST_COLUMN,
    ROLE_COLUMN,
    ParticipantsEditor,
)
from mtgdesk.ui.editor.record_model import ERROR_BRUSH
from tests.ui.keyboard import pick

P = ParticipantRecord



@pytest.fixture
def editor(shown, stack: QUndoStack) -> ParticipantsEditor:
    return shown(ParticipantsEditor(stack))


def names(editor: ParticipantsEditor) -> list[str]:
    return [p.name for p in editor.records()]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_in_cell(qtbot, editor: ParticipantsEditor, row: int, column: int, text: str) -> None:
    index = editor.model.index(row, column)
    editor.table.setFocus()
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    line = focused()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    if text:
        qtbot.keyClicks(line, text)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def focus_row(editor: ParticipantsEditor, row: int, column: int = NAME_COLUMN) -> None:
    editor.table.setFocus()
    # Through the selection model: the view's setCurrentIndex reads the keyboard
    # modifiers, which QTest leaves as the previous test's last key pressed them.
    flags = QItemSelectionModel.SelectionFlag
    editor.table.selectionModel().setCurrentIndex(editor.model.index(row, column),
                                                  flags.ClearAndSelect | flags.Rows)


def test_models_pass_the_model_tester(qtbot, qtmodeltester, seed_record, stack: QUndoStack) -> None:
    editor = ParticipantsEditor(stack)
    qtbot.addWidget(editor)
    editor.set_records(seed_record.participants)
    qtmodeltester.check(editor.model)
    group = ParticipantGroupModel(editor.model)
    qtmodeltester.check(group)
    # keep the testers watching while rows come, go and move
    editor.model.move_by([3], -1)
    editor.model.remove_rows([0, 5])
    stack.undo()
    stack.undo()
    editor.model.mimeData([editor.model.index(2, 0)])


def test_records_round_trip_the_seed(editor: ParticipantsEditor, seed_record) -> None:
    editor.set_records(seed_record.participants)
    assert editor.records() == seed_record.participants
    # copies both ways: the caller's records are never changed by the editor
    assert editor.records()[0] is not seed_record.participants[0]
    editor.records()[0].name = "changed"
    assert editor.records() == seed_record.participants


def test_article_without_a_column_is_kept(editor: ParticipantsEditor) -> None:
    rec = P(kind="country", name="Philippines", article="the", acronym="")
    editor.set_records([rec])
    assert editor.records() == [rec]


def test_add_by_keyboard_types_the_name(qtbot, editor: ParticipantsEditor,
                                        stack: QUndoStack) -> None:
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(focused(), "Australia")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.keyClicks(focused(), "Canada")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert names(editor) == ["Australia", "Canada"]
    assert editor.table.currentIndex().row() == 1
    assert stack.text(0) == "Add participant"
    assert "Canada" in stack.text(stack.count() - 1)


def test_a_new_row_takes_the_chosen_kind_never_the_row_above(qtbot, editor) -> None:
    # Issue 13: a person added after organisations was stored as an organisation.
    editor.set_records([P(kind="organization", name="World Food Programme")])
    focus_row(editor, 0)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.records()[1].kind == "country"  # the kind chosen for new rows: Country
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    editor.next_kind.setFocus()
    pick(qtbot, editor.next_kind, "Person")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "Koji Tsuruoka")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert editor.records()[2] == P(kind="person", name="Koji Tsuruoka")


def test_combo_delegates_set_kind_and_role(qtbot, editor: ParticipantsEditor) -> None:
    editor.set_records([P(name="Koji Tsuruoka")])
    index = editor.model.index(0, KIND_COLUMN)
    focus_row(editor, 0, KIND_COLUMN)
    editor.table.edit(index)
    combo = focused()
    assert isinstance(combo, QComboBox)
    qtbot.keyClicks(combo, "P")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    focus_row(editor, 0, ROLE_COLUMN)
    editor.table.edit(editor.model.index(0, ROLE_COLUMN))
    combo = focused()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("chair"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    rec = editor.records()[0]
    assert (rec.kind, rec.role) == ("person", "chair")
    assert editor.model.index(0, KIND_COLUMN).data() == "Person"


def test_text_cells_and_emptying_an_optional_cell(qtbot, editor: ParticipantsEditor,
                                                  stack: QUndoStack) -> None:
    editor.set_records([P(kind="agency", name="Japan International Cooperation Agency")])
    type_in_cell(qtbot, editor, 0, ACRONYM_COLUMN, "JICA")
    assert editor.records()[0].acronym == "JICA"
    type_in_cell(qtbot, editor, 0, ACRONYM_COLUMN, "")
    assert editor.records()[0].acronym is None
    stack.undo()
    assert editor.records()[0].acronym == "JICA"


def test_completer_fills_acronym_and_kind(qtbot, editor: ParticipantsEditor,
                                          stack: QUndoStack) -> None:
    editor.set_records([P(kind="country", name="Australia")])
    focus_row(editor, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.keyClicks(focused(), "UNICEF")
    popup = editor.name_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks and commits
    rec = editor.records()[1]
    assert (rec.kind, rec.name, rec.acronym) == (
        "organization", "United Nations Children’s Fund", "UNICEF")
    # one undo step takes back name, kind and acronym together
    stack.undo()
    assert editor.records()[1] == P(kind="country")


def test_completer_knows_countries_and_names_from_the_database(qtbot, editor) -> None:
    editor.set_name_suggestions([("person", "Koji Tsuruoka", None)])
    editor.set_records([P(kind="organization", name="European Union")])
    focus_row(editor, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.keyClicks(focused(), "Vietnam")  # an alias of the UN name
    popup = editor.name_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks and commits
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.keyClicks(focused(), "Tsuru")
    popup = editor.name_completer.popup()  # each name editor gets a fresh popup
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks and commits
    got = [(p.kind, p.name) for p in editor.records()[1:]]
    assert got == [("country", "Viet Nam"), ("person", "Koji Tsuruoka")]


def test_a_name_typed_in_full_takes_its_reference_entry(qtbot, editor) -> None:
    editor.set_records([P(kind="country", name="")])
    type_in_cell(qtbot, editor, 0, NAME_COLUMN, "world food programme")
    assert editor.records() == [P(kind="organization", name="World Food Programme",
                                  acronym="WFP")]


def test_indo_and_enter_is_indonesia(qtbot, editor) -> None:
    # Issue 13: `Indo` + Enter without Down saved "Indo" as a country, with no warning.
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.keyClicks(focused(), "Indo")
    popup = editor.name_completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.currentIndex().isValid())
    assert popup.currentIndex().data() == "Indonesia"  # the single match is highlighted
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.records() == [P(kind="country", name="Indonesia")]


def test_a_name_in_no_list_is_kept_and_marked(qtbot, editor) -> None:
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.keyClicks(focused(), "Ruritania")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert editor.records() == [P(kind="country", name="Ruritania")]
    index = editor.model.index(0, NAME_COLUMN)
    assert "not in the reference list" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Ruritania" in editor.problems_label.text()
    assert "Warning" in editor.problems_label.text() and editor.problems_label.isVisibleTo(editor)


def test_a_pasted_list_becomes_one_row_a_name(qtbot, editor) -> None:
    QApplication.clipboard().setText("Australia, Canada, France and Japan")
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert names(editor) == ["Australia", "Canada", "France", "Japan"]
    eleven = "\n".join(["Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar",
                        "the Philippines", "Singapore", "Thailand", "Vietnam", "Freedonia"])
    QApplication.clipboard().setText(eleven)
    qtbot.keyClick(editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.records()) == 4 + 11
    assert names(editor)[4:7] == ["Brunei Darussalam", "Cambodia", "Indonesia"]
    assert names(editor)[-1] == "Freedonia"
    assert editor.unlisted_names() == [
        "“Freedonia” is not in the reference list of countries: check the spelling"]
    editor.undo_stack.undo()  # one paste, one undo step
    assert len(editor.records()) == 4


def test_a_group_adds_its_members_in_one_step(qtbot, editor) -> None:
    editor.set_records([P(kind="country", name="Japan")])
    [g7] = [g for g in reference.groups() if g.name == "G7"]
    editor.add_group(g7)
    assert names(editor) == ["Japan", "Canada", "France", "Germany", "Italy",
                             "United Kingdom of Great Britain and Northern Ireland",
                             "United States of America"]  # Japan once
    assert editor.unlisted_names() == []
    for group in reference.groups():
        for member in group.members:
            assert reference.find_country(member) is not None, (group.name, member)


def test_person_details_sit_beside_the_table(qtbot, editor, stack) -> None:
    editor.set_records([P(kind="person", name="Koji Tsuruoka")])
    for column in (HONORIFIC_COLUMN, POST_COLUMN, DELEGATION_COLUMN):
        assert editor.table.isColumnHidden(column)  # Kind and Name stay in view
    post = editor.detail.fields["post"]
    qtbot.keyClicks(post, "Deputy Minister")
    assert editor.records()[0].post == "Deputy Minister"
    stack.undo()
    assert editor.records()[0].post is None and post.text() == ""


def test_delete_removes_and_undo_restores_exactly(qtbot, editor: ParticipantsEditor,
                                                  stack: QUndoStack, seed_record) -> None:
    editor.set_records(seed_record.participants)
    focus_row(editor, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert names(editor)[:3] == ["Australia", "India", "Indonesia"]
    assert stack.text(stack.count() - 1) == "Remove 2 participants"
    stack.undo()
    assert editor.records() == seed_record.participants
    stack.redo()
    assert len(editor.records()) == len(seed_record.participants) - 2


def test_duplicate_with_ctrl_d(qtbot, editor: ParticipantsEditor, stack) -> None:
    editor.set_records([P(kind="person", name="Koji Tsuruoka", role="chair")])
    focus_row(editor, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert editor.records() == [editor.records()[0]] * 2
    assert editor.table.currentIndex().row() == 1
    assert stack.text(0) == "Duplicate “Koji Tsuruoka”"
    stack.undo()
    assert len(editor.records()) == 1


def test_move_with_alt_arrows_keeps_the_selection(qtbot, editor: ParticipantsEditor,
                                                  stack: QUndoStack, seed_record) -> None:
    editor.set_records(seed_record.participants)
    focus_row(editor, 1)  # Canada
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names(editor)[:2] == ["Canada", "Australia"]
    assert editor.selected_rows() == [0]
    assert stack.text(0) == "Move “Canada” up"
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # at top
    assert stack.count() == 1
    for _ in range(3):
        qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert names(editor)[:4] == ["Australia", "France", "India", "Canada"]
    assert editor.selected_rows() == [3]
    assert stack.text(stack.count() - 1) == "Move “Canada” down"
    while stack.canUndo():
        stack.undo()
    assert editor.records() == seed_record.participants
    assert editor.selected_rows() == [1]  # the undone move shows where Canada went back


def test_buttons_move_and_remove(qtbot, editor: ParticipantsEditor) -> None:
    editor.set_records([P(name="A"), P(name="B"), P(name="C")])
    focus_row(editor, 0)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert names(editor) == ["B", "A", "C"]
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert names(editor) == ["A", "B", "C"]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert names(editor) == ["B", "C"]
    qtbot.mouseClick(editor.duplicate_button, Qt.MouseButton.LeftButton)
    assert names(editor) == ["B", "B", "C"]


def test_drag_reorder_goes_through_the_undo_stack(editor: ParticipantsEditor,
                                                  stack: QUndoStack, seed_record) -> None:
    editor.set_records(seed_record.participants)
    model = editor.model
    # what the view does on a drop: mimeData of the dragged rows, dropMimeData between rows
    dragged = [model.index(0, c) for c in range(model.columnCount())]
    dragged += [model.index(2, c) for c in range(model.columnCount())]
    mime = model.mimeData(dragged)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 5, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 5, 0, QModelIndex())
    assert names(editor)[:5] == ["Canada", "India", "Indonesia", "Australia", "France"]
    assert editor.selected_rows() == [3, 4]
    assert stack.text(0) == "Move 2 participants"
    stack.undo()
    assert editor.records() == seed_record.participants
    stack.redo()
    assert names(editor)[3] == "Australia"


def test_a_drop_from_another_editor_is_refused(qtbot, editor, stack, seed_record) -> None:
    other = ParticipantsEditor(QUndoStack())
    qtbot.addWidget(other)
    other.set_records(seed_record.participants)
    editor.set_records(seed_record.participants)
    mime = other.model.mimeData([other.model.index(0, 0)])
    assert not editor.model.canDropMimeData(mime, Qt.DropAction.MoveAction, 3, 0,
                                            QModelIndex())
    assert not editor.model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert stack.count() == 0


def test_table_is_set_up_for_internal_drag(editor: ParticipantsEditor) -> None:
    assert editor.table.dragEnabled()
    assert not editor.table.dragDropOverwriteMode()
    assert editor.model.flags(editor.model.index(0, 0).parent()) & Qt.ItemFlag.ItemIsDropEnabled


def test_undo_restores_cell_edits_exactly(qtbot, editor, stack, seed_record) -> None:
    editor.set_records(seed_record.participants)
    type_in_cell(qtbot, editor, 0, NAME_COLUMN, "Austria")
    type_in_cell(qtbot, editor, 11, ACRONYM_COLUMN, "")
    assert editor.records()[0].name == "Austria"
    assert editor.records()[11].acronym is None
    stack.undo()
    stack.undo()
    assert editor.records() == seed_record.participants


def test_changed_is_emitted_on_edits_and_on_undo(qtbot, editor, stack) -> None:
    editor.set_records([P(name="A")])
    with qtbot.waitSignal(editor.changed):
        type_in_cell(qtbot, editor, 0, NAME_COLUMN, "B")
    with qtbot.waitSignal(editor.changed):
        stack.undo()
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_records([P(name="C")])


def test_show_problems_marks_the_cell_and_lists_the_message(editor, seed_record) -> None:
    editor.set_records(seed_record.participants)
    problems = [
        Problem(("participants", 3, "name"), "Participant 4 needs a name."),
        Problem(("participants", 0, "post"), "Only a person has a post.", Severity.WARNING),
        Problem(("paragraphs", 0, "owner"), "Not for this editor."),
        Problem(("title",), "The meeting needs a title."),
    ]
    editor.show_problems(problems)
    marked = editor.model.index(3, NAME_COLUMN)
    assert marked.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert marked.data(Qt.ItemDataRole.ToolTipRole) == "Participant 4 needs a name."
    assert editor.model.index(3, KIND_COLUMN).data(Qt.ItemDataRole.BackgroundRole) is None
    assert editor.model.index(2, NAME_COLUMN).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not editor.problems_label.isHidden()
    text = editor.problems_label.text()
    assert "Participant 4 needs a name." in text and "Warning: Only a person" in text
    assert "Not for this editor" not in text and "title" not in text
    # the mark follows its row when the row moves
    editor.model.move_by([3], -1)
    assert editor.model.index(2, NAME_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    editor.show_problems([])
    assert editor.problems_label.isHidden()
    assert editor.model.index(2, NAME_COLUMN).data(Qt.ItemDataRole.BackgroundRole) is None


def test_group_by_kind_shows_counts(qtbot, editor: ParticipantsEditor, seed_record) -> None:
    editor.set_records(seed_record.participants)
    qtbot.mouseClick(editor.group_button, Qt.MouseButton.LeftButton)
    assert editor.views.currentWidget() is editor.group_view
    model = editor.group_view.model()
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == ["Countries (11)", "International organizations (7)",
                      "Host government agencies (3)", "Persons (1)"]
    persons = model.index(3, 0)
    assert model.index(0, 0, persons).data() == (
        "Mr. Koji Tsuruoka, Director-General for Global Issues, Foreign Ministry")
    assert model.index(0, 1, persons).data() == "Chair"
    # an edit made meanwhile shows in the groups; Enter on a member goes to its row
    editor.model.remove_rows([0])
    assert model.index(0, 0).data() == "Countries (10)"
    editor.group_view.setFocus()
    editor.group_view.setCurrentIndex(model.index(0, 0, model.index(1, 0)))
    qtbot.keyClick(editor.group_view, Qt.Key.Key_Return)
    assert editor.views.currentWidget() is editor.table
    assert not editor.group_button.isChecked()
    assert editor.table.currentIndex().row() == 10  # UNDP


def test_read_only_refuses_every_edit(qtbot, editor: ParticipantsEditor, stack,
                                      seed_record) -> None:
    editor.set_records(seed_record.participants)
    editor.set_read_only(True)
    focus_row(editor, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.keyClick(editor.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    qtbot.keyClicks(editor.table, "x")
    assert focused() is editor.table  # no cell editor opened
    assert not editor.add_button.isEnabled() and not editor.remove_button.isEnabled()
    assert not editor.model.flags(editor.model.index(1, 1)) & Qt.ItemFlag.ItemIsEditable
    assert stack.count() == 0
    assert editor.records() == seed_record.participants
    editor.set_read_only(False)
    assert editor.add_button.isEnabled()


def test_delete_in_the_table_wins_over_a_window_delete_shortcut(qtbot, stack) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = ParticipantsEditor(stack)
    window.setCentralWidget(editor)
    fired = []
    delete_meeting = QAction("Delete meeting", window)
    delete_meeting.setShortcut(QKeySequence(Qt.Key.Key_Delete))
    delete_meeting.triggered.connect(lambda: fired.append(True))
    window.addAction(delete_meeting)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    editor.set_records([P(name="A"), P(name="B")])
    focus_row(editor, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert names(editor) == ["B"] and not fired
    editor.add_button.setFocus()  # elsewhere, Delete is the window's again
    qtbot.keyClick(editor.add_button, Qt.Key.Key_Delete)
    assert fired and names(editor) == ["B"]


def test_every_widget_has_an_accessible_name(editor: ParticipantsEditor) -> None:
    for widget in editor.findChildren(QWidget):
        if widget.isVisibleTo(editor) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus \
                and widget.parent() in (editor, editor.views):
            assert widget.accessibleName(), widget


def test_tab_order_runs_from_the_table_through_the_buttons(editor) -> None:
    order = [editor.table]
    widget = editor.table
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[1:] == [*editor.detail.fields.values(), editor.add_button,
                         editor.next_kind, editor.list_button]


def test_seed_entered_by_keyboard_matches_the_fixture(qtbot, editor, seed_record) -> None:
    """The countries and organisations of the seed, typed and picked as a clerk would."""
    wanted = [p for p in seed_record.participants if p.kind in ("country", "organization")]
    editor.table.setFocus()
    for p in wanted:
        qtbot.keyClick(focused(), Qt.Key.Key_Insert)
        if p.kind == "country":
            qtbot.keyClicks(focused(), p.name)
        else:  # pick the organisation by its acronym
            qtbot.keyClicks(focused(), p.acronym)
            popup = editor.name_completer.popup()
            qtbot.waitUntil(popup.isVisible)
            rows = popup.model().rowCount()
            for r in range(rows):
                if popup.model().index(r, 0).data().endswith(f"({p.acronym})"):
                    break
            for _ in range(r + 1):
                qtbot.keyClick(popup, Qt.Key.Key_Down)
            qtbot.keyClick(popup, Qt.Key.Key_Return)
            continue
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert editor.records() == [dataclasses.replace(p) for p in wanted]
