"""Issue 13: the keyboard path a clerk trusts. Dates typed as text are stored exactly;
Tab walks the editor in reading order and back; the add keys work from anywhere in the
editor; Alt+letter never reaches two places nor steals a menu's letter."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from mtgdesk.services import meetings
from mtgdesk.ui.editor.editor import PARAGRAPHS_TAB, PARTICIPANTS_TAB
from tests.ui.test_main_window import type_date

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.mark.parametrize("typed", ["2019-11-13", "13 Nov 2019", "13 November 2019",
                                   "November 13, 2019", "Wed 13 November 2019"])
def test_a_date_typed_in_one_go_is_stored_exactly(qtbot, make_window, engine, typed):
    # Issue 13: `2019-11-13` typed into Held on was stored as 2019-12-11.
    window = make_window(engine)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    form = window.editor.form
    qtbot.keyClicks(focused(), "Typed dates")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.held_on.line
    qtbot.keyClicks(focused(), typed)  # Tab into a field selects what is there
    assert form.held_on.understood.text() == "Wed 13 November 2019"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "2020-01-31")  # Ends on
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "0930")  # Starts at
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "2 pm")  # Ends at
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    [summary] = meetings.list_meetings(engine)
    stored = meetings.get_meeting(engine, summary.id)
    assert (stored.held_on, stored.ends_on) == (date(2019, 11, 13), date(2020, 1, 31))
    assert (stored.starts_at.isoformat(), stored.ends_at.isoformat()) == ("09:30:00",
                                                                          "14:00:00")


def test_a_date_that_cannot_be_read_blocks_the_save_at_its_field(qtbot, make_window, engine):
    window = make_window(engine)
    window.new_action.trigger()
    form = window.editor.form
    qtbot.keyClicks(form.title, "Bad date")
    type_date(qtbot, form.held_on, "2007-02-30")
    assert form.held_on.error.isVisibleTo(form)
    assert "February 2007 has no day 30" in form.held_on.error.text()
    assert not window.save_current()
    assert meetings.count_meetings(engine) == 0
    assert "to put right" in window.editor.banner.text()
    assert focused() is form.held_on.line
    type_date(qtbot, form.held_on, "2007-02-28")
    assert not form.held_on.error.isVisibleTo(form)
    assert window.save_current()


def test_tab_walks_the_editor_in_reading_order_and_back(qtbot, make_window, engine):
    window = make_window(engine)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    editor = window.editor
    form, people, paras = editor.form, editor.participants, editor.paragraphs
    assert focused() is form.title
    fields = [form.title, form.held_on.line, form.ends_on.line, form.starts_at.line,
              form.ends_at.line, form.released_on.line, form.status, form.venue, form.city,
              form.host_country, form.series, form.reference, form.classification]
    expected = [*fields, people.table, people.add_button, people.next_kind,
                people.list_button, people.group_add_button, people.duplicate_button,
                people.remove_button, people.up_button, people.down_button,
                people.group_button, paras.table, paras.add_button, form.title]
    seen = [focused()]
    for _ in expected[1:]:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        widget = focused()
        # an editable combo's line edit holds the focus for its combo
        seen.append(widget.parent() if widget.parent() in (form.host_country,
                                                          form.classification) else widget)
        if seen[-1] is paras.table:
            assert editor.tabs.currentIndex() == PARAGRAPHS_TAB  # the tab turned
    assert seen == expected
    back = [focused()]
    for _ in expected[1:]:
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab, SHIFT)
        widget = focused()
        back.append(widget.parent() if widget.parent() in (form.host_country,
                                                          form.classification) else widget)
    assert back == list(reversed(expected))
    assert editor.tabs.currentIndex() == PARTICIPANTS_TAB


def test_tab_reaches_a_paragraph_and_a_participant_s_details(qtbot, make_window, engine):
    window = make_window(engine)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    editor = window.editor
    paras, people = editor.paragraphs, editor.participants
    qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL | SHIFT)
    qtbot.keyClicks(focused(), "Agreed.")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is paras.owner_edit or focused() is editor.form.title  # not an action
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.keyClicks(focused(), "Japan")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is people.table
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is people.detail.fields["honorific"]
    walked = []
    for _ in range(20):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        walked.append(focused())
    assert paras.text_edit in walked and paras.kind_combo in walked
    assert walked.index(paras.table) < walked.index(paras.kind_combo) < walked.index(
        paras.text_edit) < walked.index(editor.form.title)


def test_add_keys_work_from_anywhere_in_the_editor(qtbot, make_window, engine):
    window = make_window(engine)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    editor = window.editor
    editor.tabs.setCurrentIndex(PARAGRAPHS_TAB)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL | SHIFT)  # from Title
    assert editor.tabs.currentIndex() == PARTICIPANTS_TAB
    qtbot.keyClicks(focused(), "Japan")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    editor.form.venue.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL | SHIFT)  # from Venue
    assert editor.tabs.currentIndex() == PARAGRAPHS_TAB
    assert focused() is editor.paragraphs.text_edit
    assert [p.name for p in editor.participants.records()] == ["Japan"]
    assert len(editor.paragraphs.records()) == 1


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_alt_letters_are_unique_and_leave_the_menus_theirs(qtbot, make_window, engine):
    # Issue 13: Alt+F/E/V/H reached form fields, not the menus; Alt+R was used 3 times.
    window = make_window(engine)
    menus = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in menus
    editor = window.editor
    for tab in (PARTICIPANTS_TAB, PARAGRAPHS_TAB):
        editor.tabs.setCurrentIndex(tab)
        letters = list(menus)
        for widget in window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QAbstractButton):
                letters.append(_mnemonic(widget.text()))
            if isinstance(widget, QTabWidget):
                letters += [_mnemonic(widget.tabText(i)) for i in range(widget.count())]
        letters = [x for x in letters if x]
        assert sorted(x for x in set(letters) if letters.count(x) > 1) == []


def test_ctrl_e_exports_from_a_text_field(qtbot, make_window, engine, fake_dialogs, tmp_path):
    # On X11 a line edit takes Ctrl+E as "end of line": Export was dead in every field.
    window = make_window(engine)
    window.new_action.trigger()
    form = window.editor.form
    qtbot.keyClicks(form.title, "Exported")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    for n, field in enumerate((form.venue, form.host_country.lineEdit(), form.held_on.line)):
        out = tmp_path / f"out{n}.json"
        fake_dialogs.answer("save_file", str(out))
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
        assert fake_dialogs.called("save_file"), field.accessibleName()
        qtbot.waitUntil(out.exists)
