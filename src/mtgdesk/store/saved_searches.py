"""Saved searches as rows: a name, the query text and the filters as JSON."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import delete, select, update
from sqlmodel import Session

from mtgdesk.store.tables import SAVED_SEARCH_TABLE as S


class Row(NamedTuple):
    id: int
    name: str
    query: str
    filters: dict[str, Any] | None


def all_rows(session: Session) -> list[Row]:
    stmt = select(S.c.id, S.c.name, S.c.query, S.c.filters).order_by(S.c.name)
    return [Row(*r) for r in session.execute(stmt)]


def put(session: Session, name: str, query: str, filters: dict[str, Any] | None) -> int:
    """Keep a search under `name` (replacing the one kept there); returns its id."""
    found = session.execute(select(S.c.id).where(S.c.name == name)).scalar()
    if found is None:
        return session.execute(S.insert().values(name=name, query=query, filters=filters)
                               .returning(S.c.id)).scalar_one()
    session.execute(update(S).where(S.c.id == found).values(query=query, filters=filters))
    return found


def remove(session: Session, search_id: int) -> None:
    session.execute(delete(S).where(S.c.id == search_id))
