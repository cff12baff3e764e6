"""The change journal: appended to inside a write's own transaction, read in order.

Sequence numbers only grow (SQLite AUTOINCREMENT), so a reader that remembers the last
one it saw finds every later change with `since(seq)`.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from mtgdesk.store import dialect
from mtgdesk.store.bulk import insert_rows
from mtgdesk.store.readonly import file_uri
from mtgdesk.store.session import Engine, user_error
from mtgdesk.store.tables import JOURNAL_TABLE as J

OPERATIONS = ("create", "update", "finalise", "amend", "import", "replace", "delete",
              "restore", "purge")


@dataclass(frozen=True)
class Entry:
    seq: int
    meeting_uuid: str
    meeting_id: int
    version: int
    operation: str
    at: datetime


@dataclass(frozen=True)
class Pending:
    """A change to journal: which meeting, its version after the change, what it was."""

    meeting_uuid: str
    meeting_id: int
    version: int
    operation: str


def append(session: Session, changes: Sequence[Pending], at: datetime) -> int | None:
    """Journal `changes` in order, in the caller's transaction; returns the last
    sequence number written (None when there was nothing to write)."""
    if not changes:
        return None
    for c in changes:
        assert c.operation in OPERATIONS, c.operation
    insert_rows(session, J, ("meeting_uuid", "meeting_id", "version", "operation", "at"),
                ((c.meeting_uuid, c.meeting_id, c.version, c.operation, at)
                 for c in changes))
    seq = last_seq(session)
    dialect.notify_journal(session.connection(), seq)
    return seq


def last_seq(session: Session) -> int:
    """The newest sequence number (0 for an empty journal)."""
    return session.execute(select(func.coalesce(func.max(J.c.seq), 0))).scalar_one()


def newest_seq(engine: Engine) -> int:
    """`last_seq` without a session: every search asks it (is the index behind?), and
    a session costs more than the question. Of a database file, a connection of its
    own is kept to ask SQLite first whether anything was committed since it last
    looked (`PRAGMA data_version`, a few microseconds); only then is the journal read."""
    watch = _watch(engine)
    if watch is not None:
        seq = watch.newest()
        if seq is not None:
            return seq
        release(engine)  # the file could not be asked so: as any other database
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql(
                f"SELECT coalesce(max(seq), 0) FROM {J.name}").scalar_one())
    except DBAPIError as exc:
        raise user_error(exc, engine) from exc


class _Watch:
    """A connection to a database file, for `newest_seq`. SQLite's data_version
    changes when any other connection (of this process or another) commits; this one
    never writes, and holds no transaction between questions. It is closed when the
    engine is disposed, after the engine's own connections: being the last, it
    checkpoints the file and removes its -wal as theirs would have (a read-only one
    could not)."""

    def __init__(self, path: Path, pool: object) -> None:
        self.pool = pool  # the engine's pool when opened: a disposed engine reopens it
        self.conn = sqlite3.connect(file_uri(path, mode="rw"), uri=True, timeout=5,
                                    check_same_thread=False, isolation_level=None)
        self.lock = threading.Lock()
        self.version: int | None = None
        self.seq = 0

    def newest(self) -> int | None:
        try:
            with self.lock:
                version = self.conn.execute("PRAGMA data_version").fetchall()[0][0]
                if version != self.version:
                    self.seq = int(self.conn.execute(
                        f"SELECT coalesce(max(seq), 0) FROM {J.name}").fetchall()[0][0])
                    self.version = version
                return self.seq
        except sqlite3.Error:
            return None

    def close(self) -> None:
        with self.lock:
            self.conn.close()


_watches: weakref.WeakKeyDictionary[Engine, _Watch] = weakref.WeakKeyDictionary()
_watches_guard = threading.Lock()


def _watch(engine: Engine) -> _Watch | None:
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or \
            url.database == ":memory:" or url.database.startswith("file:"):
        return None
    with _watches_guard:
        watch = _watches.get(engine)
        if watch is not None and watch.pool is engine.pool:
            return watch
        if watch is not None:
            watch.close()
            del _watches[engine]
        try:
            watch = _watches[engine] = _Watch(Path(url.database), engine.pool)
        except sqlite3.Error:
            return None
        if not event.contains(engine, "engine_disposed", release):
            event.listen(engine, "engine_disposed", release)
        return watch


def release(engine: Engine) -> None:
    """Close the connection `newest_seq` keeps to the database (it is closing)."""
    with _watches_guard:
        watch = _watches.pop(engine, None)
    if watch is not None:
        watch.close()


def since(session: Session, seq: int = 0, *, limit: int | None = None) -> list[Entry]:
    """Entries after `seq`, oldest first."""
    stmt = select(J).where(J.c.seq > seq).order_by(J.c.seq)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [Entry(**row._mapping) for row in session.execute(stmt)]


def of_meeting(session: Session, meeting_uuid: str) -> list[Entry]:
    stmt = select(J).where(J.c.meeting_uuid == meeting_uuid).order_by(J.c.seq)
    return [Entry(**row._mapping) for row in session.execute(stmt)]
