"""File > Import Release...: paste or open releases, review what was found, save drafts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from mtgdesk.desk import Desk
from mtgdesk.services import history, meetings
from mtgdesk.ui import dialogs
from mtgdesk.ui.releases.release_import import ReleaseImportDialog
from tests.conftest import SEED_TEXT

BENCH = Path(__file__).parents[2] / "benchmarks" / "releases"


@pytest.fixture
def dialog(qtbot, engine):
    d = ReleaseImportDialog(Desk(engine))
    qtbot.addWidget(d)
    d.show()
    return d


def _evidence_row(d: ReleaseImportDialog, path: str) -> int:
    for row in range(d.evidence.rowCount()):
        if d.evidence.data(d.evidence.index(row, 0)) == path:
            return row
    raise AssertionError(f"no evidence for {path}")


def test_pasted_release_is_saved_only_after_review(qtbot, dialog, engine):
    QGuiApplication.clipboard().setText(SEED_TEXT.read_text(encoding="utf-8"))
    dialog.source.setFocus()
    qtbot.keyClick(dialog.source, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.queue.rowCount() == 1
    assert dialog.evidence.rowCount() > 20
    assert meetings.count_meetings(engine) == 0  # nothing stored before the clerk confirms
    title = dialog.editor.form.title
    title.selectAll()
    qtbot.keyClicks(title, "Human Security Meeting (corrected)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [summary] = meetings.list_meetings(engine)
    record = meetings.get_meeting(engine, summary.id)
    assert record.title == "Human Security Meeting (corrected)"
    assert record.status == "draft"
    assert [p.name for p in record.participants if p.kind == "country"][-1] == "Japan"
    assert dialog.queue.items[0].saved_id == summary.id
    assert not dialog.save_button.isEnabled()


def test_choosing_a_field_highlights_its_words(qtbot, dialog):
    dialog.read_paths([SEED_TEXT])
    row = _evidence_row(dialog, "venue")
    dialog.evidence_view.selectRow(row)
    assert dialog.highlighted_words() == "the Ministry of Foreign Affairs"
    assert dialog.evidence.data(dialog.evidence.index(row, 3)).endswith("%")
    dialog.evidence_view.selectRow(_evidence_row(dialog, "held_on"))
    assert dialog.highlighted_words() == "on March 23 (Fri)"
    assert len(dialog.source.extraSelections()) == len(
        [e for e in dialog.evidence.proposal.evidence if e.end > e.start]) + 1


def test_folder_fills_the_review_queue(qtbot, dialog, engine, tmp_path, monkeypatch):
    for name in ("01-numbered-namely.txt", "08-site-nav.html", "07-counts-only.txt"):
        shutil.copy(BENCH / name, tmp_path / name)
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # a damaged PDF: listed, cannot be read
    (tmp_path / "notes.odt").write_bytes(b"PK")  # not a release: not listed
    monkeypatch.setattr(dialogs, "open_folder", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    states = [item.state for item in dialog.queue.items]
    assert states == ["to review", "to review", "to review", "cannot be read",
                      "cannot be read"]
    assert dialog.progress.maximum() == 5 and dialog.progress.value() == 5
    assert dialog.current == 0
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.current == 1  # on to the next release to review: 07-counts-only
    assert "counts 25 countries but names none" in dialog.doubts.text()
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.current == 2
    assert "says 8 countries, but 9 are named" in dialog.doubts.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [i.state.split(" ")[0] for i in dialog.queue.items] == [
        "saved", "skipped", "saved", "cannot", "cannot"]
    assert meetings.count_meetings(engine) == 2


def test_models_pass_the_model_tester(qtmodeltester, dialog):
    dialog.read_paths([SEED_TEXT, BENCH / "05-online.txt"])
    qtmodeltester.check(dialog.queue)
    qtmodeltester.check(dialog.evidence)


def test_file_menu_opens_import_release(qtbot, make_window, engine):
    window = make_window(engine)
    action = window.release_import.action
    assert action in window.file_menu.actions()
    action.trigger()
    dialog = window.release_import.dialog
    assert dialog.isVisible()
    dialog.read_paths([SEED_TEXT])
    with qtbot.waitSignal(window.changes_applied) as applied:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [added] = applied.args[0].added
    assert window.list_model.rowCount() == 1  # the list followed the window's signal
    assert [e.action for e in history.history(engine, added.id)] == ["create"]
    dialog.close()


def test_a_pdf_release_opens_for_review_and_saves(qtbot, dialog, engine, tmp_path,
                                                  monkeypatch):
    from tests.releases.pdfs import make_pdf
    from tests.releases.test_pdf import PAGE_ONE, PAGE_TWO

    path = tmp_path / "release.pdf"
    path.write_bytes(make_pdf([PAGE_ONE, PAGE_TWO]))
    offered: list[str] = []

    def pick(parent, caption, filters):
        offered.append(filters)
        return [str(path)]

    monkeypatch.setattr(dialogs, "open_files", pick)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "*.pdf" in offered[0]
    assert [item.state for item in dialog.queue.items] == ["to review"]
    assert "Maritime Safety" in dialog.source.toPlainText()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [summary] = meetings.list_meetings(engine)
    record = meetings.get_meeting(engine, summary.id)
    assert record.title == "Senior Officials' Meeting on Maritime Safety"
    assert [p.name for p in record.chairs] == ["Koji Tsuruoka"]
