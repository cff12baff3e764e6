"""Edit > Rebuild Search Index: a long write on a worker behind a progress dialog; the
index is new when it is done and the search panel finds with it."""

from __future__ import annotations

import json

from mtgdesk.domain.records import MeetingRecord, ParagraphRecord
from mtgdesk.store.text_index import MARK_FILE, folder_for


def test_rebuild_search_index_from_the_edit_menu(qtbot, make_window, desk, engine):
    from datetime import date

    made = [desk.save(MeetingRecord(title=f"Heron count {i}", held_on=date(2010, 1, 1 + i),
                                    paragraphs=[ParagraphRecord(text="herons")]))
            .added[0].id for i in range(3)]
    window = make_window(desk)
    folder = folder_for(engine.url)
    assert folder is not None
    before = json.loads((folder / MARK_FILE).read_text(encoding="utf-8"))["generation"]
    [action] = [a for a in window.edit_menu.actions() if a.objectName() == "reindexAction"]
    assert action.text() == "Re&build Search Index"
    action.trigger()
    assert window.current_write is not None  # on a worker, not in the slot
    qtbot.waitUntil(lambda: window.current_write is None, timeout=30_000)
    assert "Search index rebuilt: 3 meetings." in window.statusBar().currentMessage()
    after = json.loads((folder / MARK_FILE).read_text(encoding="utf-8"))["generation"]
    assert after != before
    panel = window.search_panel
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        qtbot.keyClicks(window.search_field, "herons")
    assert sorted(panel.results.ids()) == sorted(made)
