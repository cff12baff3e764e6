"""An import's meetings are inserted in bulk (store.meetings.insert_many): on SQLite
with the ids given beforehand and one executemany, not one statement a row. The rows
are those one insert at a time writes, value for value as SQLite holds them, and the
ids those SQLite would give: above any ever given, a purged meeting's too."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, time

from mtgdesk.store import meetings as store
from mtgdesk.store.session import write_session
from tests.store.test_packed_documents import VARIED


def _rows(db_path, table: str, skip: tuple[str, ...]) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cur.description]
        keep = [i for i, n in enumerate(names) if n not in skip]
        return [tuple(r[i] for i in keep) for r in cur.fetchall()]
    finally:
        conn.close()


def test_rows_inserted_in_bulk_are_those_inserted_one_at_a_time(sqlite_engine, db_path):
    records = [*VARIED, dataclasses.replace(
        VARIED[0], starts_at=time(9, 30), ends_at=time(17, 0), released_on=date(2008, 6, 4),
        report_overrides={"opening": "Opened.", "attendance": "Ｏｐｅｎ\n"}, version=None)]
    # Each twice: one at a time, then all in bulk, under uuids of their own.
    one = [dataclasses.replace(r, uuid=f"00000000-0000-4000-8000-{i:012d}")
           for i, r in enumerate(records, 1)]
    bulk = [dataclasses.replace(r, uuid=f"00000000-0000-4000-9000-{i:012d}")
            for i, r in enumerate(records, 1)]
    with write_session(sqlite_engine) as session:
        singles = [store.insert(session, r)[0] for r in one]
        ids = store.insert_many(session, bulk)
    n = len(records)
    assert singles == list(range(1, n + 1)) and ids == list(range(n + 1, 2 * n + 1))
    meetings = _rows(db_path, "meeting", ("id", "uuid", "created_at", "updated_at"))
    assert meetings[:n] == meetings[n:]
    assert any(m[-3] is not None for m in meetings)  # report_overrides stored as JSON
    for table in ("participant", "paragraph"):
        rows = _rows(db_path, table, ("id",))
        assert sorted(r[1:] for r in rows if r[0] <= n) == sorted(
            r[1:] for r in rows if r[0] > n)
        assert [r[0] - n for r in rows if r[0] > n] == [r[0] for r in rows if r[0] <= n]
    with write_session(sqlite_engine) as session:
        loaded = store.load_many(session, singles + ids)
    for a, b in zip(loaded[:n], loaded[n:], strict=True):
        assert a.content_equals(b) and a.version == b.version


def test_ids_given_in_bulk_are_never_a_purged_meetings(sqlite_engine):
    def meeting(i: int):
        return VARIED[2].__class__(title=f"m{i}", held_on=date(2010, 1, i),
                                   uuid=f"00000000-0000-4000-8000-{i:012d}")

    with write_session(sqlite_engine) as session:
        assert store.insert_many(session, [meeting(1), meeting(2), meeting(3)]) == [1, 2, 3]
        store.purge(session, 3)
    with write_session(sqlite_engine) as session:
        assert store.insert_many(session, [meeting(4)]) == [4]  # not 3 again
        store.purge(session, 4)
        store.purge(session, 2)
        assert store.insert(session, meeting(5))[0] == 5  # SQLite's own agrees
        assert store.insert_many(session, [meeting(6), meeting(7)]) == [6, 7]
