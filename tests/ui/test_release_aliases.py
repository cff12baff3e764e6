"""Corrections remembered, as a clerk meets them: a participant corrected in the
Import Release review is read corrected from the next release that names it, until
the correction is removed in File > Release Corrections…."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from mtgdesk.ui.editor.participants import ACRONYM_COLUMN, NAME_COLUMN
from tests.releases.test_corrections import RELEASE
from tests.ui.test_participants_editor import type_in_cell

CORRECT = "Reef Stewardship Council of the Pacific"


def _orgs(dialog) -> list[tuple[str, str | None]]:
    return [(p.name, p.acronym) for p in dialog.editor.record().participants
            if p.kind == "organization"]


def _mnemonic(text: str) -> str:
    found = re.search(r"&(\w)", text)
    return found.group(1).lower() if found else ""


def test_a_correction_in_the_review_applies_to_the_next_release_until_removed(
        qtbot, make_window, engine, tmp_path):
    first, second, third = (tmp_path / f"{n}.txt" for n in ("first", "second", "third"))
    first.write_text(RELEASE, encoding="utf-8")
    second.write_text(RELEASE.replace("Tenth", "Eleventh"), encoding="utf-8")
    third.write_text(RELEASE.replace("Tenth", "Twelfth"), encoding="utf-8")
    window = make_window(engine)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # File > Import Release…
    dialog = window.release_import.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.read_paths([first])
    assert ("Reef Stewardship Council", "RSC") in _orgs(dialog)

    participants = dialog.editor.participants
    row = [p.acronym for p in participants.records()].index("RSC")
    type_in_cell(qtbot, participants, row, NAME_COLUMN, CORRECT)
    type_in_cell(qtbot, participants, row, ACRONYM_COLUMN, "RSCP")
    with qtbot.waitSignal(dialog.meeting_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    dialog.read_paths([second])  # a later release, the same name in it
    assert (CORRECT, "RSCP") in _orgs(dialog)
    assert ("Reef Stewardship Council", "RSC") not in _orgs(dialog)
    row = next(r for r in range(dialog.evidence.rowCount())
               if CORRECT in dialog.evidence.data(dialog.evidence.index(r, 1)))
    assert "as corrected before" in dialog.evidence.data(
        dialog.evidence.index(row, 0), Qt.ItemDataRole.ToolTipRole)

    # File > Release Corrections…: its mnemonic is its own in the File menu
    action = window.release_import.aliases_action
    assert action in window.file_menu.actions()
    letters = [_mnemonic(a.text()) for a in window.file_menu.actions() if a.text()]
    assert letters.count(_mnemonic(action.text())) == 1
    action.trigger()
    aliases = window.release_import.aliases
    assert aliases is not None and aliases.isVisible()
    assert aliases.model.rowCount() == 1
    assert aliases.model.data(aliases.model.index(0, 2)) == \
        f"International organization: {CORRECT} (RSCP)"
    aliases.view.setFocus()
    qtbot.keyClick(aliases.view, Qt.Key.Key_Delete)
    assert aliases.model.rowCount() == 0
    assert window.desk.release_aliases() == []
    assert "Removed" in aliases.status.text()

    dialog.read_paths([third])  # read as written again
    assert ("Reef Stewardship Council", "RSC") in _orgs(dialog)
    assert (CORRECT, "RSCP") not in _orgs(dialog)


@pytest.fixture
def dialog_on_engine(qtbot, engine):
    from mtgdesk.desk import Desk
    from mtgdesk.ui.releases.release_import import ReleaseImportDialog

    d = ReleaseImportDialog(Desk(engine))
    qtbot.addWidget(d)
    d.show()
    return d


def test_releases_waiting_in_the_queue_take_a_correction_made_before_them(
        qtbot, dialog_on_engine, tmp_path):
    dialog = dialog_on_engine
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    paths[0].write_text(RELEASE, encoding="utf-8")
    paths[1].write_text(RELEASE.replace("Tenth", "Eleventh"), encoding="utf-8")
    dialog.read_paths(paths)
    participants = dialog.editor.participants
    row = [p.acronym for p in participants.records()].index("RSC")
    type_in_cell(qtbot, participants, row, ACRONYM_COLUMN, "RSCP")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.current == 1
    assert ("Reef Stewardship Council", "RSCP") in _orgs(dialog)



def test_a_correction_that_cannot_be_kept_leaves_the_draft_saved_and_says_so(
        qtbot, dialog_on_engine, engine, tmp_path, fake_dialogs):
    from sqlalchemy import text

    from mtgdesk.services import meetings

    dialog = dialog_on_engine
    path = tmp_path / "a.txt"
    path.write_text(RELEASE, encoding="utf-8")
    dialog.read_paths([path])
    with engine.begin() as conn:  # a database whose corrections table is gone
        conn.execute(text("DROP TABLE release_alias"))
    participants = dialog.editor.participants
    row = [p.acronym for p in participants.records()].index("RSC")
    type_in_cell(qtbot, participants, row, ACRONYM_COLUMN, "RSCP")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [summary] = meetings.list_meetings(engine)
    assert dialog.queue.items[0].saved_id == summary.id
    [(_, title, message)] = fake_dialogs.called("error")
    assert title == "Corrections not kept"
    assert message.startswith("The draft was saved") and "release_alias" in message


def test_a_removed_correction_comes_back_with_undo_and_goes_again_with_redo(
        qtbot, make_window, engine, tmp_path):
    from mtgdesk.releases import parse_text
    from mtgdesk.services import release_aliases
    from tests.services.test_release_aliases import _corrected

    proposal = parse_text(RELEASE)
    release_aliases.remember(engine, proposal, _corrected(proposal, CORRECT, "RSCP"))
    window = make_window(engine)
    window.release_import.aliases_action.trigger()
    aliases = window.release_import.aliases
    assert aliases.model.rowCount() == 1 and not aliases.undo_button.isEnabled()
    aliases.view.setFocus()
    qtbot.keyClick(aliases.view, Qt.Key.Key_Delete)
    assert aliases.model.rowCount() == 0 and window.desk.release_aliases() == []
    assert aliases.undo_button.isEnabled() and "Ctrl+Z" in aliases.status.text()

    qtbot.keyClick(aliases.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [back] = window.desk.release_aliases()
    assert (back.from_name, back.to_name, back.to_acronym) == (
        "Reef Stewardship Council", CORRECT, "RSCP")
    assert aliases.model.rowCount() == 1 and "Kept again" in aliases.status.text()
    assert not aliases.undo_button.isEnabled()
    path = tmp_path / "later.txt"  # the correction applies again
    path.write_text(RELEASE.replace("Tenth", "Eleventh"), encoding="utf-8")
    [read] = window.desk.propose_releases([path])
    assert (CORRECT, "RSCP") in [(p.name, p.acronym) for p in read.proposal.record.participants]

    qtbot.keyClick(aliases.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # redo: removed again
    assert window.desk.release_aliases() == [] and aliases.model.rowCount() == 0
    qtbot.mouseClick(aliases.undo_button, Qt.MouseButton.LeftButton)  # the button too
    assert len(window.desk.release_aliases()) == 1
    qtbot.keyClick(aliases.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.desk.release_aliases() == []


def test_undo_does_not_overwrite_a_correction_kept_since(qtbot, make_window, engine,
                                                         fake_dialogs):
    from mtgdesk.releases import parse_text
    from mtgdesk.services import release_aliases
    from tests.services.test_release_aliases import _corrected

    proposal = parse_text(RELEASE)
    release_aliases.remember(engine, proposal, _corrected(proposal, CORRECT, "RSCP"))
    window = make_window(engine)
    window.release_import.aliases_action.trigger()
    aliases = window.release_import.aliases
    aliases.view.setFocus()
    qtbot.keyClick(aliases.view, Qt.Key.Key_Delete)
    # meanwhile a review corrects the same name otherwise
    release_aliases.remember(engine, proposal, _corrected(proposal, "Reef Council", "RC"))
    qtbot.keyClick(aliases.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [(_, title, message)] = fake_dialogs.called("error")
    assert title == "Not undone" and "newer correction" in message
    [kept] = window.desk.release_aliases()
    assert (kept.to_name, kept.to_acronym) == ("Reef Council", "RC")
