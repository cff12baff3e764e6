"""Release aliases as rows: what the reader proposed (kind and folded name) and what
the clerk corrected it to."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import delete, select, update
from sqlmodel import Session

from mtgdesk.store.tables import RELEASE_ALIAS_TABLE as A


class Row(NamedTuple):
    id: int
    from_kind: str
    from_key: str
    from_name: str
    to_kind: str
    to_name: str
    to_acronym: str | None
    created_at: datetime
    created_by: str


_COLUMNS = (A.c.id, A.c.from_kind, A.c.from_key, A.c.from_name, A.c.to_kind, A.c.to_name,
            A.c.to_acronym, A.c.created_at, A.c.created_by)


def all_rows(session: Session) -> list[Row]:
    stmt = select(*_COLUMNS).order_by(A.c.from_key, A.c.from_kind, A.c.id)
    return [Row(*r) for r in session.execute(stmt)]


def put(session: Session, *, from_kind: str, from_key: str, from_name: str, to_kind: str,
        to_name: str, to_acronym: str | None, at: datetime, by: str) -> int:
    """Keep a correction (replacing the one kept for the same kind and key)."""
    values = {"from_name": from_name, "to_kind": to_kind, "to_name": to_name,
              "to_acronym": to_acronym, "created_at": at, "created_by": by}
    found = session.execute(select(A.c.id).where(A.c.from_kind == from_kind,
                                                 A.c.from_key == from_key)).scalar()
    if found is None:
        return session.execute(A.insert().values(from_kind=from_kind, from_key=from_key,
                                                 **values).returning(A.c.id)).scalar_one()
    session.execute(update(A).where(A.c.id == found).values(**values))
    return found


def remove(session: Session, alias_id: int) -> bool:
    """Remove one correction; False when there was none of that number."""
    if session.execute(select(A.c.id).where(A.c.id == alias_id)).scalar() is None:
        return False
    session.execute(delete(A).where(A.c.id == alias_id))
    return True


def remove_key(session: Session, from_kind: str, from_key: str) -> None:
    session.execute(delete(A).where(A.c.from_kind == from_kind, A.c.from_key == from_key))
