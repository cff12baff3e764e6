"""The window opens the search index at start (`Desk.prepare_search`), so that the
clerk's first search does not wait for it: a missing index is built, one behind the
journal is caught up, and the first search after it builds nothing."""

from __future__ import annotations

import shutil

from mtgdesk.desk import Desk
from mtgdesk.services import indexing
from mtgdesk.services.interchange import import_records
from mtgdesk.store import journal
from mtgdesk.store.session import read_session
from mtgdesk.store.text_index import folder_for
from tests.services.test_concurrency import meeting


def test_prepare_search_builds_a_missing_index_before_the_first_search(
        engine, monkeypatch):
    import_records(engine, [meeting(n) for n in range(5)])
    indexing.forget(engine)
    folder = folder_for(engine.url)
    assert folder is not None
    shutil.rmtree(folder)

    desk = Desk(engine)
    desk.prepare_search()

    assert folder.is_dir()
    with read_session(engine) as session:
        last = journal.last_seq(session)
    assert indexing.current(engine).mark.seq == last
    builds: list[int] = []
    real = indexing.build
    monkeypatch.setattr(indexing, "build",
                        lambda *a, **k: builds.append(1) or real(*a, **k))
    found = desk.search("consultation")
    assert found.total == 5
    assert builds == []
