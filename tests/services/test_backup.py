"""Backups through SQLite's backup API, rotation, and restore that checks its source."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta

import pytest

from mtgdesk.domain.errors import UserError
from mtgdesk.services import backup
from mtgdesk.services.meetings import count_meetings, get_meeting, save_meeting
from mtgdesk.settings import Settings
from mtgdesk.store import integrity
from mtgdesk.store.database import open_database


@pytest.fixture
def engine(sqlite_engine):
    """SQLite only: these backups are copies of an SQLite file (a server's backup:
    tests/services/test_server_backup.py)."""
    return sqlite_engine


def test_backup_is_a_whole_consistent_copy(engine, seed_record, tmp_path):
    saved = save_meeting(engine, seed_record)
    dest = backup.backup(engine, tmp_path / "copy.sqlite3")
    assert integrity.quick_check(dest, full=True) == []
    other = open_database(dest)
    try:
        assert get_meeting(other, saved.id).content_equals(seed_record)
    finally:
        other.dispose()


def test_backup_into_a_folder_names_the_file(engine, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    dest = backup.backup(engine, folder)
    assert dest.parent == folder and dest.name.startswith("meetings-")


def test_backup_refuses_a_missing_folder_and_itself(engine, tmp_path, db_path):
    with pytest.raises(UserError, match="does not exist"):
        backup.backup(engine, tmp_path / "nowhere" / "x.sqlite3")
    with pytest.raises(UserError, match="cannot replace"):
        backup.backup(engine, db_path)


def test_automatic_backups_are_daily_and_rotate(engine, tmp_path):
    folder = tmp_path / "backups"
    settings = Settings(backups_to_keep=3)
    start = datetime(2026, 1, 1, 18, tzinfo=UTC)
    made = []
    for day in range(6):
        for hour in (0, 5):  # a second close the same day makes no new backup
            when = start + timedelta(days=day, hours=hour)
            result = backup.auto_backup(engine, settings=settings, folder=folder, now=when)
            if hour == 0:
                assert result is not None
                made.append(result)
            else:
                assert result is None
    kept = backup.list_backups(engine, folder)
    assert [b.path for b in kept] == made[::-1][:3]
    assert all(integrity.quick_check(b.path) == [] for b in kept)


def test_automatic_backups_off_when_none_to_keep(engine, tmp_path):
    assert backup.auto_backup(engine, settings=Settings(backups_to_keep=0),
                              folder=tmp_path / "b") is None


def test_default_backups_folder_is_in_user_data(engine):
    made = backup.auto_backup(engine, settings=Settings(backups_to_keep=2))
    assert made is not None and made.parent == backup.backups_dir()


def test_restore_checks_and_keeps_the_replaced_file(engine, seed_record, tmp_path, db_path):
    save_meeting(engine, seed_record)
    copy = backup.backup(engine, tmp_path / "b.sqlite3")
    save_meeting(engine, seed_record)
    assert count_meetings(engine) == 2

    aside = backup.restore(db_path, copy)
    assert count_meetings(engine) == 1  # the open engine sees the restored data
    assert aside is not None and aside.name.startswith("meetings.sqlite3.replaced-")
    kept = open_database(aside)
    try:
        assert count_meetings(kept) == 2
    finally:
        kept.dispose()


def test_restore_refuses_bad_sources_and_changes_nothing(engine, seed_record, tmp_path,
                                                         db_path):
    save_meeting(engine, seed_record)
    engine.dispose()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    foreign = tmp_path / "foreign.sqlite3"
    import sqlite3

    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    newer = backup.backup(open_database(db_path), tmp_path / "newer.sqlite3")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    damaged = backup.backup(open_database(db_path), tmp_path / "damaged.sqlite3")
    data = bytearray(damaged.read_bytes())
    data[4096 + 8:4096 + 2000] = os.urandom(1992)
    damaged.write_bytes(bytes(data))

    for src, message in [(tmp_path / "none.sqlite3", "no such file"),
                         (junk, "not an mtgdesk database"),
                         (foreign, "not an mtgdesk database"),
                         (newer, "newer mtgdesk"),
                         (damaged, "damaged")]:
        with pytest.raises(UserError, match=message):
            backup.restore(db_path, src)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("*.replaced-*"))


def test_restore_over_a_damaged_database(engine, seed_record, tmp_path, db_path):
    save_meeting(engine, seed_record)
    good = backup.backup(engine, tmp_path / "good.sqlite3")
    engine.dispose()
    data = bytearray(db_path.read_bytes())
    data[4096 + 8:4096 * 3] = b"\xff" * (4096 * 2 - 8)
    db_path.write_bytes(bytes(data))
    with pytest.raises(integrity.DamagedDatabase):
        open_database(db_path)
    aside = backup.restore(db_path, good)
    assert aside is not None and aside.read_bytes() == bytes(data)
    reopened = open_database(db_path)
    try:
        assert count_meetings(reopened) == 1
    finally:
        reopened.dispose()


def _failing_midway(monkeypatch, seen: list[int]):
    """SQLite's backup of the database fails after its first pages are written (a disk
    that fills, an I/O error), as a copy in the middle of its work does."""
    import sqlite3

    from mtgdesk.store import copy

    real_connect = sqlite3.connect

    class Source:
        def __init__(self, conn):
            self._conn = conn

        def backup(self, target, **_):
            def step(status, remaining, total):
                seen.append(remaining)
                if len(seen) == 2:  # some pages copied, more to come
                    raise sqlite3.OperationalError("disk I/O error")

            self._conn.backup(target, pages=1, progress=step)

        def close(self):
            self._conn.close()

    def connect(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        return Source(conn) if kwargs.get("uri") else conn

    monkeypatch.setattr(copy.sqlite3, "connect", connect)


def test_a_backup_failing_in_the_middle_of_the_copy_leaves_nothing(engine, seed_record,
                                                                    tmp_path, monkeypatch):
    for _ in range(5):
        save_meeting(engine, seed_record)  # several pages to copy
    out = tmp_path / "out"
    out.mkdir()
    seen: list[int] = []
    _failing_midway(monkeypatch, seen)
    with pytest.raises(UserError, match=r"the backup to .*copy.sqlite3 failed \(disk I/O "
                       r"error\); nothing was changed"):
        backup.backup(engine, out / "copy.sqlite3")
    assert len(seen) == 2 and seen[-1] > 0  # it failed with pages still to copy
    assert list(out.iterdir()) == []  # neither the copy nor its partial file or journal
    assert count_meetings(engine) == 5


def test_what_killed_backups_left_in_the_folder_goes_with_the_next_one(engine, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    # Killed mtgdesks (no such processes) left a copy of another name and a copy's
    # journal alone; a copy of a process still running is left to finish.
    (out / "other.sqlite3.999999998.partial").write_bytes(b"x" * 4096)
    (out / "a.sqlite3.999999997.partial-journal").write_bytes(b"j")
    running = out / f"b.sqlite3.{os.getpid()}.partial"
    running.write_bytes(b"in progress")
    backup.backup(engine, out / "a.sqlite3")
    assert sorted(p.name for p in out.iterdir()) == ["a.sqlite3", running.name]
