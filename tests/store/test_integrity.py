"""Damaged, foreign, read-only, vanished and full: refused with a plain message, and the
file is left byte for byte as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import event

from mtgdesk.domain.errors import UserError
from mtgdesk.services.interchange import import_records
from mtgdesk.services.meetings import count_meetings, get_meeting, save_meeting
from mtgdesk.store import integrity
from mtgdesk.store.database import open_database


@pytest.fixture
def engine(sqlite_engine):
    """SQLite only: these are checks of an SQLite file."""
    return sqlite_engine


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def make_database(path: Path, seed_record, n: int = 150) -> None:
    engine = open_database(path)
    import_records(engine, [seed_record] * n)
    engine.dispose()  # the last connection checkpoints and removes -wal/-shm
    assert not integrity.wal_files(path)[0].exists()


def corrupt_pages(path: Path, pages: list[int]) -> None:
    """Overwrite the middle of some pages with garbage, as a failing disk would."""
    page_size = int.from_bytes(path.read_bytes()[16:18], "big")
    rng = __import__("random").Random(5)
    with path.open("r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * page_size + 8)
            fh.write(bytes(rng.randrange(256) for _ in range(page_size - 16)))


def test_damaged_database_is_refused_and_untouched(tmp_path, seed_record):
    path = tmp_path / "damaged.sqlite3"
    make_database(path, seed_record)
    pages = path.stat().st_size // 4096
    corrupt_pages(path, [pages // 3, pages // 2, pages - 2])
    assert integrity.quick_check(path), "the corruption must be visible to SQLite"
    before, names = digest(path), siblings(path)
    with pytest.raises(integrity.DamagedDatabase, match="damaged.*backup"):
        open_database(path)
    assert digest(path) == before
    assert siblings(path) == names  # no -wal, -shm or -journal left beside it


def test_random_bytes_are_refused_and_untouched(tmp_path):
    path = tmp_path / "random.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    before, names = digest(path), siblings(path)
    with pytest.raises(integrity.NotADatabase, match="not an mtgdesk database"):
        open_database(path)
    assert digest(path) == before and siblings(path) == names


def test_sqlite_header_with_garbage_after_is_refused_untouched(tmp_path):
    path = tmp_path / "fake.sqlite3"
    path.write_bytes(integrity.SQLITE_HEADER + b"\x10\x00" + os.urandom(4096 * 4 - 18))
    before, names = digest(path), siblings(path)
    with pytest.raises(UserError, match="backup"):
        open_database(path)
    assert digest(path) == before and siblings(path) == names


def test_truncated_database_is_refused_untouched(tmp_path, seed_record):
    path = tmp_path / "cut.sqlite3"
    make_database(path, seed_record)
    path.write_bytes(path.read_bytes()[:-1000])
    before = digest(path)
    with pytest.raises(integrity.DamagedDatabase):
        open_database(path)
    assert digest(path) == before


def test_missing_folder_is_a_plain_message(tmp_path):
    with pytest.raises(UserError, match="does not exist.*choose another file"):
        open_database(tmp_path / "gone" / "db.sqlite3")
    assert not (tmp_path / "gone").exists()


def test_read_only_file_and_folder(tmp_path, seed_record, monkeypatch):
    path = tmp_path / "ro.sqlite3"
    make_database(path, seed_record, n=1)
    before = digest(path)
    real_access = os.access
    # The tests run as root, whom permissions do not stop; os.access is what is asked.
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != path and real_access(p, mode))
    # (Refused when a writable database is asked for; else opened read-only, see
    # tests/store/test_read_only.py.)
    with pytest.raises(integrity.Unwritable, match="read-only"):
        open_database(path, read_only_ok=False)
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != tmp_path)
    with pytest.raises(integrity.Unwritable, match="folder .* read-only"):
        open_database(path, read_only_ok=False)
    assert digest(path) == before


def test_full_disk_at_open(tmp_path, monkeypatch):
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage._replace(free=4096))
    with pytest.raises(integrity.Unwritable, match="full; free some space"):
        open_database(tmp_path / "new.sqlite3")
    assert not (tmp_path / "new.sqlite3").exists()


def test_full_disk_while_saving_keeps_the_stored_data(engine, seed_record):
    saved = save_meeting(engine, seed_record)

    # SQLite's own page limit stands in for a full disk: the same error, SQLITE_FULL.
    @event.listens_for(engine, "connect")
    def _limit(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()
    big = seed_record.copy()
    big.paragraphs[0].text = "x" * 19_000
    for _ in range(40):
        big.paragraphs.append(big.paragraphs[0])
    with pytest.raises(UserError, match="full; nothing was saved"):
        save_meeting(engine, big)
    assert count_meetings(engine) == 1
    assert get_meeting(engine, saved.id).content_equals(seed_record)


def test_vanished_folder_while_open(tmp_path, seed_record):
    folder = tmp_path / "usb"
    folder.mkdir()
    engine = open_database(folder / "db.sqlite3")
    try:
        save_meeting(engine, seed_record)
        shutil.rmtree(folder)
        with pytest.raises(UserError, match="no longer there"):
            save_meeting(engine, seed_record)
        folder.mkdir()
        with pytest.raises(UserError, match="no longer there"):
            save_meeting(engine, seed_record)
        assert list(folder.iterdir()) == []  # no new empty database made in its place
    finally:
        engine.dispose()


def test_healthy_database_opens_after_the_checks(tmp_path, seed_record):
    path = tmp_path / "ok.sqlite3"
    make_database(path, seed_record, n=3)
    engine = open_database(path)
    try:
        assert count_meetings(engine) == 3
    finally:
        engine.dispose()


def test_a_file_that_passed_is_not_read_again_until_it_changes(tmp_path, monkeypatch):
    from mtgdesk.store import integrity
    from mtgdesk.store.database import open_database

    db = tmp_path / "m.sqlite3"
    open_database(db).dispose()
    calls = []
    real = integrity.quick_check
    monkeypatch.setattr(integrity, "quick_check", lambda p, **k: calls.append(p) or real(p))
    open_database(db).dispose()
    assert calls == [db]  # created by the first open, checked by the second
    calls.clear()
    open_database(db).dispose()
    assert calls == []
    with db.open("r+b") as fh:  # changed behind SQLite's back: checked again
        fh.seek(200)
        fh.write(b"\0")
    open_database(db).dispose()
    assert calls == [db]
