"""Searching meetings and keeping searches: what the window and the CLI call.

Any text is a valid query (mtgdesk.domain.query never raises); a database problem
becomes a UserError with a plain message like every other read.
"""

from __future__ import annotations

from dataclasses import dataclass

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.query import Filters, parse
from mtgdesk.store import meetings as store
from mtgdesk.store import saved_searches as rows
from mtgdesk.store.search import SearchResult, index_for
from mtgdesk.store.session import Engine, read_session, write_session

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
        return store.series_names(session)


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
        return [SavedSearch(r.id, r.name, r.query, Filters.from_json(r.filters))
                for r in rows.all_rows(session)]


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
        search_id = rows.put(session, name, query, filters.as_json())
    return SavedSearch(search_id, name, query, filters)


def delete_saved_search(engine: Engine, search_id: int) -> None:
    with write_session(engine) as session:
        rows.remove(session, search_id)
