"""Searching meetings and keeping searches: what the window and the CLI call.

Any text is a valid query (mtgdesk.domain.query never raises); a database problem
becomes a UserError with a plain message like every other read.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlmodel import select

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.query import Filters, parse
from mtgdesk.domain.tables import SavedSearch as Row
from mtgdesk.store.search import SearchResult, index_for
from mtgdesk.store.session import read_session, write_session

MAX_LIMIT = 10_000


def search(engine: Engine, query: str, filters: Filters | None = None, *,
           order: str = "relevance", limit: int = 50, offset: int = 0) -> SearchResult:
    """One page of matching meetings, each with a snippet around the matched words."""
    limit = max(0, min(int(limit), MAX_LIMIT))
    with read_session(engine) as session:
        return index_for(session).search(session, parse(query), filters, order=order,
                                         limit=limit, offset=max(0, int(offset)))


def matching_ids(engine: Engine, query: str, filters: Filters | None = None, *,
                 order: str = "relevance") -> list[int]:
    """Every matching meeting id in order: what the meeting list narrows to."""
    with read_session(engine) as session:
        return index_for(session).matching_ids(session, parse(query), filters, order=order)


def series_names(engine: Engine) -> list[str]:
    """The series names in use, for the filter box."""
    with read_session(engine) as session:
        return [r[0] for r in session.execute(text(
            "SELECT DISTINCT series FROM meeting WHERE series IS NOT NULL AND series != '' "
            "AND deleted_at IS NULL ORDER BY series"))]


def reindex(engine: Engine) -> int:
    """Rebuild the whole index from the stored meetings; returns how many were indexed."""
    with write_session(engine) as session:
        return index_for(session).rebuild(session)


# --- saved searches ------------------------------------------------------------------

@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str
    filters: Filters


def saved_searches(engine: Engine) -> list[SavedSearch]:
    with read_session(engine) as session:
        rows = session.exec(select(Row).order_by(Row.name)).all()
        return [SavedSearch(r.id, r.name, r.query, Filters.from_json(r.filters))
                for r in rows if r.id is not None]


def save_search(engine: Engine, name: str, query: str, filters: Filters | None = None
                ) -> SavedSearch:
    """Keep a search under a name; saving again under the same name replaces it."""
    name = name.strip()
    if not name:
        raise UserError("a saved search needs a name")
    if len(name) > 200:
        raise UserError("the name of a saved search is at most 200 characters")
    filters = filters or Filters()
    with write_session(engine) as session:
        row = session.exec(select(Row).where(Row.name == name)).first()
        if row is None:
            row = Row(name=name, query=query, filters=filters.as_json())
            session.add(row)
        else:
            row.query, row.filters = query, filters.as_json()
        session.flush()
        assert row.id is not None
        return SavedSearch(row.id, name, query, filters)


def delete_saved_search(engine: Engine, search_id: int) -> None:
    with write_session(engine) as session:
        session.execute(text("DELETE FROM saved_search WHERE id = :id"), {"id": search_id})
