"""Drafts (an editor's unsaved content, for crash recovery) as rows."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import delete, select, update
from sqlmodel import Session

from mtgdesk.store.tables import DRAFT_TABLE as D


class Row(NamedTuple):
    key: str
    meeting_id: int | None
    base_version: int | None
    data: str
    updated_at: datetime


_COLUMNS = (D.c.key, D.c.meeting_id, D.c.base_version, D.c.data, D.c.updated_at)


def put(session: Session, row: Row) -> None:
    """Keep `row` under its key, replacing the draft kept there."""
    values = row._asdict()
    done = session.execute(update(D).where(D.c.key == row.key).values(**values))
    if not getattr(done, "rowcount", 0):
        session.execute(D.insert().values(**values))


def get(session: Session, key: str) -> Row | None:
    found = session.execute(select(*_COLUMNS).where(D.c.key == key)).first()
    return Row(*found) if found is not None else None


def all_rows(session: Session) -> list[Row]:
    """Every draft, oldest first."""
    return [Row(*r) for r in session.execute(select(*_COLUMNS).order_by(D.c.updated_at,
                                                                          D.c.id))]


def remove(session: Session, key: str) -> None:
    session.execute(delete(D).where(D.c.key == key))


def delete_of_meeting(session: Session, meeting_id: int) -> None:
    session.execute(delete(D).where(D.c.meeting_id == meeting_id))
