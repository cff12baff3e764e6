"""The change journal: appended to inside a write's own transaction, read in order.

Sequence numbers only grow (SQLite AUTOINCREMENT), so a reader that remembers the last
one it saw finds every later change with `since(seq)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

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
    session.execute(J.insert(), [
        {"meeting_uuid": c.meeting_uuid, "meeting_id": c.meeting_id, "version": c.version,
         "operation": c.operation, "at": at} for c in changes])
    return last_seq(session)


def last_seq(session: Session) -> int:
    """The newest sequence number (0 for an empty journal)."""
    return session.execute(select(func.coalesce(func.max(J.c.seq), 0))).scalar_one()


def newest_seq(engine: Engine) -> int:
    """`last_seq` asked on a connection of its own, without a session: every search
    asks it (is the index behind?), and a session costs more than the question."""
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql(
                f"SELECT coalesce(max(seq), 0) FROM {J.name}").scalar_one())
    except DBAPIError as exc:
        raise user_error(exc, engine) from exc


def since(session: Session, seq: int = 0, *, limit: int | None = None) -> list[Entry]:
    """Entries after `seq`, oldest first."""
    stmt = select(J).where(J.c.seq > seq).order_by(J.c.seq)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [Entry(**row._mapping) for row in session.execute(stmt)]


def of_meeting(session: Session, meeting_uuid: str) -> list[Entry]:
    stmt = select(J).where(J.c.meeting_uuid == meeting_uuid).order_by(J.c.seq)
    return [Entry(**row._mapping) for row in session.execute(stmt)]
