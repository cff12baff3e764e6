"""Hiding and showing the participants table's columns (ui.column_chooser)."""

from __future__ import annotations

from mtgdesk.ui.editor.participant_model import (
    DELEGATION_COLUMN,
    HEADERS,
    KIND_COLUMN,
    NAME_COLUMN,
    POST_COLUMN,
)


def entries(menu):
    return {a.text(): a for a in menu.actions() if a.text()}


def test_a_column_hidden_from_the_menu_and_shown_again(make_window, engine):
    window = make_window(engine)
    chooser = window.editor.participants.columns
    header = window.editor.participants.table.horizontalHeader()
    chooser.refresh()
    menu = entries(chooser.menu)
    assert [t for t in menu if t in HEADERS] == list(HEADERS)
    # A person's details are in the fields below the table at first (issue 13: the
    # table kept Kind and Name in view); the clerk may show them as columns too.
    details = ("Honorific", "Post", "Delegation")
    assert all(menu[h].isChecked() != (h in details) for h in HEADERS)
    # Kind and Name say what a row is: they cannot be hidden.
    assert not menu["Kind"].isEnabled() and not menu["Name"].isEnabled()
    assert menu["Show &All Columns"].isEnabled()
    menu["Show &All Columns"].trigger()
    chooser.refresh()
    menu = entries(chooser.menu)
    assert not menu["Show &All Columns"].isEnabled()

    menu["Delegation"].trigger()
    menu["Post"].trigger()
    assert header.isSectionHidden(DELEGATION_COLUMN) and header.isSectionHidden(POST_COLUMN)
    assert not header.isSectionHidden(NAME_COLUMN)

    chooser.refresh()
    menu = entries(chooser.menu)
    assert not menu["Post"].isChecked() and menu["Show &All Columns"].isEnabled()
    menu["Show &All Columns"].trigger()
    assert not any(header.isSectionHidden(c) for c in range(len(HEADERS)))


def test_the_view_menu_offers_the_same_and_hidden_columns_stay_hidden(make_window, engine):
    window = make_window(engine)
    titles = [a.text() for a in window.view_menu.actions()]
    assert "Participant &Columns" in titles
    header = window.editor.participants.table.horizontalHeader()
    header.setSectionHidden(DELEGATION_COLUMN, True)
    header.resizeSection(KIND_COLUMN, 140)
    assert window.close()

    again = make_window(engine)
    header = again.editor.participants.table.horizontalHeader()
    assert header.isSectionHidden(DELEGATION_COLUMN)
    assert header.sectionSize(KIND_COLUMN) == 140
