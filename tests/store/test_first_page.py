"""store.first_page: the list's first page without the database stack, read-only."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import interchange, meetings
from mtgdesk.store.first_page import read_first_page


@pytest.fixture
def engine(sqlite_engine):
    """SQLite only: the first page is read from the file with sqlite3."""
    return sqlite_engine


def _store(engine, days: list[int]) -> list[int]:
    start = date(2005, 1, 1)
    records = [MeetingRecord(title=f"Meeting {i}", held_on=start + timedelta(days=d),
                             ends_on=start + timedelta(days=d + i % 3),
                             venue="the Ministry" if i % 2 else None,
                             city="Tokyo" if i % 3 else None, series="ASTOP" if i % 4 else None)
               for i, d in enumerate(days)]
    return list(interchange.import_records(engine, records))


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(days=st.lists(st.integers(0, 30), min_size=0, max_size=40),
       deleted=st.sets(st.integers(0, 39), max_size=10), limit=st.integers(1, 25))
def test_same_rows_in_the_same_order_as_the_store(engine, db_path, days, deleted, limit):
    # Many meetings share a date (examples also add to one database): the order must
    # break ties the way the store does.
    ids = _store(engine, days)
    for i in sorted(deleted):
        if i < len(ids):
            meetings.delete_meeting(engine, ids[i])
    page = read_first_page(db_path, limit)
    assert page is not None
    assert page.total == meetings.count_meetings(engine)
    assert page.rows == meetings.list_meetings(engine, limit=limit)


def test_nothing_is_left_beside_the_file(tmp_path, engine, db_path):
    _store(engine, [1, 2, 3])
    engine.dispose()  # the store's WAL and shared-memory files go with the last writer
    before = sorted(p.name for p in tmp_path.iterdir())
    assert read_first_page(db_path, 100) is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_missing_file_is_not_created(tmp_path):
    path = tmp_path / "new.sqlite3"
    assert read_first_page(path, 100) is None
    assert not path.exists()


def test_files_the_store_must_look_at_first_give_nothing(tmp_path, engine, db_path):
    _store(engine, [1, 2, 3])
    engine.dispose()
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("minutes of the meeting", encoding="utf-8")
    assert read_first_page(not_a_database, 100) is None
    assert read_first_page(tmp_path, 100) is None  # a folder

    # An older (or newer) schema is the store's to migrate or refuse.
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '0001'")
    assert read_first_page(db_path, 100) is None


def test_a_damaged_file_gives_nothing_and_is_not_written(tmp_path, engine, db_path):
    _store(engine, list(range(60)))
    engine.dispose()
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for n in range(1, len(data) // page_size):  # every page but the header's
        data[n * page_size:(n + 1) * page_size] = b"\xa5" * page_size
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    beside = sorted(p.name for p in tmp_path.iterdir())
    assert read_first_page(db_path, 100) is None
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == beside


def test_reads_while_another_connection_writes(engine, db_path):
    ids = _store(engine, [1, 2])
    with sqlite3.connect(db_path, isolation_level=None) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE meeting SET title = 'half-written' WHERE id = ?", (ids[0],))
        page = read_first_page(db_path, 100)
        writer.execute("ROLLBACK")
    # WAL: a reader sees the last committed state, never the writer's half.
    assert page is not None
    assert {r.title for r in page.rows} == {"Meeting 0", "Meeting 1"}


@pytest.mark.parametrize("limit", [1, 100])
def test_an_empty_database(engine, db_path, limit):
    page = read_first_page(db_path, limit)
    assert page is not None and page.total == 0 and page.rows == []
