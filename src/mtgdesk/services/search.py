"""Searching meetings and keeping searches: what the window and the CLI call.

Any text is a valid query (mtgdesk.domain.query never raises); a database problem
becomes a UserError with a plain message like every other read.
"""

from __future__ import annotations

from dataclasses import dataclass

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.query import Filters, Query, parse, with_filters
from mtgdesk.services import facets, indexing
from mtgdesk.store import meetings as store
from mtgdesk.store import saved_searches as rows
from mtgdesk.store.search import ORDERS, SearchResult
from mtgdesk.store.search_hits import hits
from mtgdesk.store.session import Engine, read_session, write_session
from mtgdesk.store.text_index import Busy, Damaged, Page, TextIndex
from mtgdesk.store.text_query import compile_query
from mtgdesk.store.text_tier import tier

MAX_LIMIT = 10_000
Progress = indexing.Progress


def _order(query: Query, order: str) -> str:
    order = order if order in ORDERS else "relevance"
    return "newest" if order == "relevance" and not query.has_text else order


def _index(engine: Engine) -> TextIndex:
    try:
        return indexing.readable(engine)
    except Busy as exc:
        raise UserError("the search index is being rebuilt by another copy of the "
                        "program; search again in a moment") from exc


def _page(engine: Engine, query: Query, order: str, limit: int | None, offset: int,
          *, rows: bool = False) -> tuple[Page, list[bytes]]:
    """(the page, and with `rows` what the index keeps to show each); limit None: every
    match. An index found damaged only now is built again, and asked again."""
    for attempt in (1, 2):
        index = _index(engine)
        try:
            n = index.size if limit is None else limit
            if order == "relevance":
                page = _ranked(index, query, n, offset)
            else:
                reading = index.reading()
                page = index.by_date(
                    compile_query(index.schema, query, rank=False, held=reading.held), n,
                    offset, newest=order == "newest", reading=reading)
            return page, index.rows(page) if rows else []
        except Damaged:
            if attempt == 2:
                raise
            indexing.build(engine)
    raise AssertionError("unreachable")


def _ranked(index: TextIndex, query: Query, limit: int, offset: int) -> Page:
    """Every match ranked: from the title tier alone when it decides the page
    (mtgdesk.store.text_tier), else all of them."""
    reading = index.reading()
    compiled = compile_query(index.schema, query, held=reading.held)
    first = tier(index.schema, query)
    if first is not None:
        page = index.ranked_first(
            compiled, first.first, first.ceiling,
            compile_query(index.schema, query, rank=False, held=reading.held),
            limit, offset, reading=reading)
        if page is not None:
            return page
    return index.ranked(compiled, limit, offset, reading=reading)


def search(engine: Engine, query: str, filters: Filters | None = None, *,
           order: str = "relevance", limit: int = 50, offset: int = 0) -> SearchResult:
    """One page of matching meetings, each with a snippet around the matched words.
    Every match is ranked (see mtgdesk.store.text_query) and counted."""
    limit = max(0, min(int(limit), MAX_LIMIT))
    parsed = with_filters(parse(query), filters)
    used = _order(parsed, order)
    page, rows = _page(engine, parsed, used, limit, max(0, int(offset)), rows=True)
    better = ""
    if page.total <= facets.FEW and parsed.has_text and not offset:
        better = facets.suggestion(engine, query, filters)
    return SearchResult(tuple(hits(rows, parsed)), page.total, used, parsed.ignored,
                        suggestion=better)


def prepare(engine: Engine) -> None:
    """The index opened, caught up with the journal and asked once (a damaged one is
    built again, as a search would), before the first search needs it."""
    _page(engine, parse(""), "newest", 0, 0)


def matching_ids(engine: Engine, query: str, filters: Filters | None = None, *,
                 order: str = "relevance") -> list[int]:
    """Every matching meeting id in order: what the meeting list narrows to."""
    parsed = with_filters(parse(query), filters)
    return _page(engine, parsed, _order(parsed, order), None, 0)[0].ids


def count(engine: Engine, query: str, filters: Filters | None = None) -> int:
    parsed = with_filters(parse(query), filters)
    index = _index(engine)
    reading = index.reading()
    return index.count(compile_query(index.schema, parsed, rank=False, held=reading.held),
                       reading)


def series_names(engine: Engine) -> list[str]:
    """The series names in use, for the filter box."""
    with read_session(engine) as session:
        return store.series_names(session)


def reindex(engine: Engine, progress: Progress | None = None) -> int:
    """Rebuild the whole index from the stored meetings; returns how many were indexed."""
    return indexing.build(engine, progress).size


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
