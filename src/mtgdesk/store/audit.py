"""History entries (the audit log) as rows: added in the caller's transaction, read back
in the order they happened."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlmodel import Session

from mtgdesk.store.bulk import insert_rows
from mtgdesk.store.tables import AUDIT_TABLE as A


class Row(NamedTuple):
    id: int
    meeting_id: int
    at: datetime
    user: str
    action: str
    reason: str | None
    changes: list[Any] | None


def add(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Each row: meeting_id, at, user, action, reason, changes (JSON-ready or None)."""
    if rows:
        columns = tuple(rows[0])
        insert_rows(session, A, columns, (tuple(r[c] for c in columns) for r in rows))


def of_meeting(session: Session, meeting_id: int) -> list[Row]:
    stmt = (select(A.c.id, A.c.meeting_id, A.c.at, A.c.user, A.c.action, A.c.reason,
                   A.c.changes)
            .where(A.c.meeting_id == meeting_id).order_by(A.c.at, A.c.id))
    return [Row(*r) for r in session.execute(stmt)]
