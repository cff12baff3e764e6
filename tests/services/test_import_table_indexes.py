"""A large import into a database of SQLite holding fewer meetings makes the tables'
indexes that no import looks up by once, at the end of its transaction, instead of
keeping them up row by row (store.bulk.indexes_deferred): afterwards they are there
with the very definitions they had; an import that fails or is cancelled leaves them
as they were, and nothing of its meetings."""

from __future__ import annotations

import pytest

from mtgdesk.domain.errors import InterchangeError
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import interchange, writes
from mtgdesk.services.search import search
from mtgdesk.store import bulk
from mtgdesk.store import meetings as store
from mtgdesk.store.session import read_session
from tests.services.test_import_memory import write_file

SCHEMA = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"


def _indexes(engine) -> list[tuple[str, str | None]]:
    with read_session(engine) as session:
        return [tuple(r) for r in session.connection().exec_driver_sql(SCHEMA).all()]


def _seen_during(monkeypatch) -> list[set[str]]:
    """The index names the import's own transaction sees, after each batch."""
    seen: list[set[str]] = []
    real = writes.Streamed.write

    def write(self, batch):
        real(self, batch)
        conn = self._run.session.connection()
        seen.append({r[0] for r in conn.exec_driver_sql(SCHEMA).all()})

    monkeypatch.setattr(writes.Streamed, "write", write)
    return seen


def test_a_large_import_makes_the_indexes_at_the_end(sqlite_engine, tmp_path,
                                                      monkeypatch):
    engine = sqlite_engine
    before = _indexes(engine)
    assert set(bulk.DEFERRED) <= {name for name, _ in before}
    seen = _seen_during(monkeypatch)
    n = 2 * interchange.BATCH_MEETINGS + 10
    result = interchange.import_files(engine, [write_file(tmp_path / "a.json", n)])
    assert len(result.ids) == n
    assert seen and all(not (set(bulk.DEFERRED) & names) for names in seen)  # dropped
    assert _indexes(engine) == before  # made again, each as it was defined
    with read_session(engine) as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM participant WHERE name = 'Japan'"))
        assert "ix_participant_name" in plan  # in use again
    found = search(engine, "participant:Japan", limit=n)
    assert found.total == n


@pytest.mark.parametrize("how", ["cancel", "bad meeting"])
def test_a_failed_large_import_leaves_the_indexes_as_they_were(
        sqlite_engine, tmp_path, monkeypatch, how):
    engine = sqlite_engine
    before = _indexes(engine)
    seen = _seen_during(monkeypatch)
    n = 3 * interchange.BATCH_MEETINGS
    path = write_file(tmp_path / "f.json", n, bad_at=n - 2 if how == "bad meeting" else None)

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if how == "cancel" and len(seen) >= 2:
            raise Cancelled

    with pytest.raises(Cancelled if how == "cancel" else InterchangeError):
        interchange.import_files(engine, [path], progress=progress)
    assert len(seen) >= 2 and not set(bulk.DEFERRED) & seen[-1]  # they were dropped
    assert _indexes(engine) == before  # and came back with the rollback
    with read_session(engine) as session:
        assert store.count(session) == 0


def test_an_import_smaller_than_the_database_keeps_the_indexes_up(
        sqlite_engine, tmp_path, monkeypatch):
    engine = sqlite_engine
    interchange.import_records(engine, [
        MeetingRecord(title=f"Plenary {i}", held_on=store.now().date()) for i in range(50)])
    seen = _seen_during(monkeypatch)
    monkeypatch.setattr(interchange, "MEETING_BYTES", 10**9)  # the file says: a few
    interchange.import_files(engine, [write_file(tmp_path / "s.json", 1200)])
    assert seen and all(set(bulk.DEFERRED) <= names for names in seen)
