"""The search index behind one interface, whatever the database product.

`SearchIndex` is what the store hooks (meetings.insert/update_record/set_deleted/purge)
and the search service call; `index_for(bind)` picks the implementation for the engine
(SQLite FTS5 today, in mtgdesk.store.search_sqlite; a PostgreSQL one can follow with the
same methods). Every method runs inside the caller's session, so the index changes in
the same transaction as the meeting it describes: a search never sees half a save.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from sqlalchemy import Connection, Engine
from sqlmodel import Session

from mtgdesk.domain.query import Filters, Query, with_filters
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.summary import Hit
from mtgdesk.domain.textfold import index_text
from mtgdesk.domain.vocab import Role

ORDERS = ("relevance", "newest", "oldest")
CHAIR_ROLES = frozenset((Role.CHAIR.value, Role.CO_CHAIR.value))


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[Hit, ...]
    total: int  # meetings matching, all pages together (at least that many if not exact)
    order: str  # the order actually used ("relevance" needs words to rank by)
    ignored: tuple[str, ...] = field(default=())  # parts of the query not understood
    exact: bool = True  # False: a broad query, `total` is a lower bound

    def describe_total(self) -> str:
        n = f"{self.total:,}" if self.exact else f"more than {self.total:,}"
        return f"{n} meeting{'s' if self.total != 1 or not self.exact else ''}"


class SearchIndex(Protocol):
    def update(self, session: Session, meeting_id: int,
               record: MeetingRecord | None = None) -> None:
        """(Re)index one meeting as stored now; `record` saves reading it back.
        A meeting in the Trash is taken out of the index."""

    def add_many(self, session: Session, items: Iterable[tuple[int, MeetingRecord]]) -> int:
        """Index new meetings (an insert, an import) in one batch; returns how many."""

    def remove(self, session: Session, meeting_id: int) -> None: ...

    def rebuild(self, session: Session) -> int:
        """Index every live meeting afresh; returns how many."""

    def search(self, session: Session, query: Query, filters: Filters | None = None, *,
               order: str = "relevance", limit: int = 50, offset: int = 0) -> SearchResult:
        ...

    def matching_ids(self, session: Session, query: Query, filters: Filters | None = None,
                     *, order: str = "relevance") -> list[int]:
        """Every matching meeting id, in order (what the meeting list shows)."""

    def count(self, session: Session, query: Query, filters: Filters | None = None) -> int:
        """Every match counted, however many."""


def index_for(bind: Session | Engine | Connection) -> SearchIndex:
    engine = bind.get_bind() if isinstance(bind, Session) else bind
    if engine.dialect.name == "sqlite":
        from mtgdesk.store.search_sqlite import SqliteSearchIndex

        return SqliteSearchIndex()
    return NullSearchIndex()


class NullSearchIndex:
    """A database product without an index yet: writes work, search finds nothing."""

    def update(self, session: Session, meeting_id: int,
               record: MeetingRecord | None = None) -> None:
        return None

    def add_many(self, session: Session, items: Iterable[tuple[int, MeetingRecord]]) -> int:
        return 0

    def remove(self, session: Session, meeting_id: int) -> None:
        return None

    def rebuild(self, session: Session) -> int:
        return 0

    def search(self, session: Session, query: Query, filters: Filters | None = None, *,
               order: str = "relevance", limit: int = 50, offset: int = 0) -> SearchResult:
        return SearchResult((), 0, order, with_filters(query, filters).ignored)

    def matching_ids(self, session: Session, query: Query, filters: Filters | None = None,
                     *, order: str = "relevance") -> list[int]:
        return []

    def count(self, session: Session, query: Query, filters: Filters | None = None) -> int:
        return 0


# --- what is indexed for a meeting (shared by every implementation) -----------------

def series_token(series: str) -> str:
    """One token standing for a series name: exact match, whatever its words."""
    from mtgdesk.domain.textfold import fold

    digest = hashlib.blake2b(fold(series.strip()).encode(), digest_size=6).hexdigest()
    return f"ser{digest}"


def facets(record: MeetingRecord) -> str:
    tokens = ["all", f"s{record.status}"]
    tokens += sorted({f"k{p.kind}" for p in record.paragraphs})
    if record.series and record.series.strip():
        tokens.append(series_token(record.series))
    return " ".join(tokens)


@lru_cache(maxsize=20_000)
def expansions(name: str) -> tuple[str, ...]:
    """Other names of a participant from the reference lists: an acronym finds its
    organisation, the organisation's name finds the acronym, a variant finds both."""
    from mtgdesk.domain import reference

    found: list[str] = []
    for look in (reference.find_organization, reference.find_agency):
        entry = look(name)
        if entry is not None:
            found += [entry.name, entry.acronym, *entry.aliases]
    country = reference.find_country(name)
    if country is not None:
        found += [country.name, *country.aliases]
    return tuple(f for f in dict.fromkeys(found) if f and f != name)


@lru_cache(maxsize=50_000)
def _participant_text(name: str, acronym: str | None, post: str | None,
                      delegation: str | None, honorific: str | None) -> tuple[str, str]:
    """(everything about a participant, what a chair: search matches), folded. Cached:
    the same names come back in meeting after meeting."""
    names = [x for x in (name, acronym) if x]
    more = [x for n in names for x in expansions(n)]
    people = names + [x for x in (post, delegation, honorific) if x] + more
    return index_text("\n".join(people)), index_text("\n".join(names + more))


def document(record: MeetingRecord) -> dict[str, str]:
    """The folded text of each index column (mtgdesk.domain.textfold.index_text)."""
    people: list[str] = []
    chairs: list[str] = []
    for p in record.participants:
        everything, named = _participant_text(p.name, p.acronym, p.post, p.delegation,
                                              p.honorific)
        people.append(everything)
        if p.role in CHAIR_ROLES:
            chairs.append(named)
    body = []
    for g in record.paragraphs:
        body.append(g.text)
        if g.owner:
            body.append(g.owner)
    return {
        "title": index_text(record.title),
        "people": "\n".join(people),
        "chairs": "\n".join(chairs),
        "place": index_text(
            "\n".join(x for x in (record.venue, record.city, record.host_country) if x)),
        "body": index_text("\n".join(body)),
        "extra": index_text("\n".join(
            x for x in (record.series, record.reference, record.classification) if x)),
        "facets": facets(record),
    }
