"""Drafts (an editor's unsaved content, for crash recovery) as rows, each its clerk's."""

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
    owner: str = ""


_COLUMNS = (D.c.key, D.c.meeting_id, D.c.base_version, D.c.data, D.c.updated_at, D.c.owner)


def put(session: Session, row: Row) -> None:
    """Keep `row` under its owner and key, replacing the draft kept there."""
    values = row._asdict()
    done = session.execute(update(D).where(D.c.owner == row.owner, D.c.key == row.key)
                           .values(**values))
    if not getattr(done, "rowcount", 0):
        session.execute(D.insert().values(**values))


def get(session: Session, key: str, owner: str | None = None) -> Row | None:
    stmt = select(*_COLUMNS).where(D.c.key == key)
    if owner is not None:
        stmt = stmt.where(D.c.owner.in_((owner, "")))
    found = session.execute(stmt.order_by(D.c.updated_at.desc())).first()
    return Row(*found) if found is not None else None


def all_rows(session: Session, owner: str | None = None) -> list[Row]:
    """Every draft of `owner` (and those of no owner), oldest first; None: everyone's."""
    stmt = select(*_COLUMNS)
    if owner is not None:
        stmt = stmt.where(D.c.owner.in_((owner, "")))
    return [Row(*r) for r in session.execute(stmt.order_by(D.c.updated_at, D.c.id))]


def remove(session: Session, key: str, owner: str | None = None) -> None:
    stmt = delete(D).where(D.c.key == key)
    if owner is not None:
        stmt = stmt.where(D.c.owner.in_((owner, "")))
    session.execute(stmt)


def delete_of_meeting(session: Session, meeting_id: int) -> None:
    session.execute(delete(D).where(D.c.meeting_id == meeting_id))
