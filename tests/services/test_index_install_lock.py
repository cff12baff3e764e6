"""A rebuild whose place stays locked by another process (stuck, not dead) is not a
reason to hang or to refuse to search: the copy searches the index it built."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import indexing, writes
from mtgdesk.services.search import search
from mtgdesk.store import folder_lock
from mtgdesk.store.text_index import folder_for

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from mtgdesk.store import folder_lock
    with folder_lock.held(Path(sys.argv[1])):
        print("held", flush=True)
        time.sleep(120)
""")


def test_a_place_locked_too_long_leaves_the_build_searchable(
        sqlite_engine, monkeypatch, caplog):
    engine = sqlite_engine
    writes.apply(engine, [writes.save(MeetingRecord(
        title="Consultations on Fisheries Access", held_on=date(2024, 3, 5)))])
    place = folder_for(engine.url)
    assert place is not None
    place.parent.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(place.with_name(f"{place.name}.lock"))],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(folder_lock, "WAIT_S", 0.3)
        built = indexing.build(engine)
        assert built.path is not None and built.path != place  # where it was built
        assert "stayed locked" in caplog.text
        found = search(engine, "fisheries access")
        assert [h.title for h in found.hits] == ["Consultations on Fisheries Access"]
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
