"""What a clerk's program shows of an office server's meetings while the server is away:
what the clerk's local search index holds of them (services.indexing keeps it, from
the server's change journal, as fresh as the last time the server answered).

The index keeps of each meeting the row its search result shows (store.search.built):
enough for the meeting list (date, title, venue, status) and for searching, not for
opening a meeting, which needs the server. Newest first, or oldest first, are the
orders it can give; the list's other orders wait for the server.
"""

from __future__ import annotations

from collections.abc import Sequence

from mtgdesk.domain.errors import ServerAway
from mtgdesk.domain.query import parse
from mtgdesk.domain.summary import MeetingSummary
from mtgdesk.services import indexing
from mtgdesk.store import dialect
from mtgdesk.store.search_hits import hits
from mtgdesk.store.session import Engine
from mtgdesk.store.text_index import TextIndex
from mtgdesk.store.text_query import compile_query


def _index(engine: Engine, away: ServerAway) -> TextIndex | None:
    """None: no index on this computer yet (the server was never searched from here):
    an empty list, not a failure: the clerk can still write a new meeting."""
    if not dialect.is_postgres(engine):
        raise away
    return indexing.local(engine)


def count(engine: Engine, away: ServerAway) -> int:
    index = _index(engine, away)
    return 0 if index is None else index.size


def listing(engine: Engine, away: ServerAway, *, limit: int | None, offset: int = 0,
            descending: bool = True) -> list[MeetingSummary]:
    """One page of the meetings the index holds, by date held."""
    index = _index(engine, away)
    if index is None:
        return []
    query = compile_query(index.schema, parse(""), rank=False)
    page = index.by_date(query, index.size if limit is None else limit, offset,
                         newest=descending)
    return [h.summary for h in hits(index.rows(page), parse(""))]


def summaries(engine: Engine, away: ServerAway, ids: Sequence[int]
              ) -> dict[int, MeetingSummary]:
    wanted = set(ids)
    return {s.id: s for s in listing(engine, away, limit=None) if s.id in wanted}
