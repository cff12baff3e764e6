"""The search index on SQLite: one FTS5 row per live meeting.

Text is folded in Python (mtgdesk.domain.textfold) before it is stored and before it is
searched, so case, accents and Chinese/Japanese substrings behave the same on both
sides. Each clerk's word is passed as a quoted FTS5 string, never as syntax.

Speed at 100,000 meetings comes from the row key: rowid = (day of held_on << 32) | id.
FTS5 walks a match list in rowid order and stops at a LIMIT, so "newest first" is
cheap however many meetings match, and a date range is a rowid range. Ranking by bm25
costs a few microseconds a match; a broad query (more than RANK_LIMIT matches) is
ranked among its RANK_LIMIT newest matches only, and the rest follow by date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Connection, text
from sqlmodel import Session

from mtgdesk.domain.query import Filters, Query, Term, with_filters
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.snippet import make_snippet, matcher
from mtgdesk.domain.summary import Hit, MeetingSummary
from mtgdesk.domain.textfold import index_text
from mtgdesk.store.search import ORDERS, SearchResult, document, series_token

COLUMNS = ("title", "people", "chairs", "place", "body", "extra", "facets")
# bm25 weights, in COLUMNS order: a word in the title counts most; chairs repeat people.
WEIGHTS = "10.0, 3.0, 0.0, 3.0, 1.0, 3.0, 0.0"
FIELD_COLUMNS = {None: "{title people place body extra}", "title": "title",
                 "participant": "people", "chair": "chairs", "venue": "place",
                 "series": "extra"}
RANK_LIMIT = 500
ID_BITS = 32
ID_MASK = (1 << ID_BITS) - 1

CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    + ", ".join(COLUMNS) + ", tokenize = 'unicode61 remove_diacritics 2')",
    # Which FTS row holds a meeting (the row key changes with its date).
    "CREATE TABLE IF NOT EXISTS search_doc (meeting_id INTEGER PRIMARY KEY, "
    "doc_key INTEGER NOT NULL)",
)
DROP = ("DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_doc")


def create_tables(conn: Connection) -> None:
    for sql in CREATE:
        conn.exec_driver_sql(sql)


def drop_tables(conn: Connection) -> None:
    for sql in DROP:
        conn.exec_driver_sql(sql)


def lags(conn: Connection) -> bool:
    """Whether some live meeting is not in the index (or the index holds others)."""
    live = conn.exec_driver_sql(
        "SELECT count(*) FROM meeting WHERE deleted_at IS NULL").scalar()
    indexed = conn.exec_driver_sql("SELECT count(*) FROM search_doc").scalar()
    return live != indexed


def doc_key(held_on: date, meeting_id: int) -> int:
    return (held_on.toordinal() << ID_BITS) | meeting_id


def _quoted(value: str) -> str:
    return '"' + index_text(value).replace('"', " ") + '"'


def _term(term: Term) -> str:
    if term.field == "kind":
        return f'facets : "k{term.text}"'
    if term.field == "status":
        return f'facets : "s{term.text}"'
    if term.field == "series":
        return f'facets : "{series_token(term.text)}"'
    return f"{FIELD_COLUMNS[term.field]} : {_quoted(term.text)}" + ("*" if term.prefix else "")


def match_expression(query: Query) -> str:
    """The FTS5 MATCH text for a parsed query; every clerk's word inside quotes."""
    groups = ["(" + " OR ".join(_term(t) for t in g) + ")" for g in query.groups]
    expr = " AND ".join(groups) or 'facets : "all"'
    if query.excluded:
        expr = f"({expr}) NOT (" + " OR ".join(_term(t) for t in query.excluded) + ")"
    return expr


def _driver(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection (same transaction), for bulk reads."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _key_range(query: Query) -> tuple[int, int]:
    lo = doc_key(query.date_from, 0) if query.date_from else 0
    hi = doc_key(query.date_to, ID_MASK) if query.date_to else (1 << 62)
    return lo, hi


class SqliteSearchIndex:
    # --- keeping the index in step ------------------------------------------------

    def update(self, session: Session, meeting_id: int,
               record: MeetingRecord | None = None) -> None:
        if record is None:
            from mtgdesk.store import meetings

            live = session.execute(text(
                "SELECT deleted_at IS NULL FROM meeting WHERE id = :id"),
                {"id": meeting_id}).scalar()
            if not live:
                self.remove(session, meeting_id)
                return
            record = meetings.load(session, meeting_id)
        self.remove(session, meeting_id)
        self.add_many(session, [(meeting_id, record)])

    def add_many(self, session: Session, items: Iterable[tuple[int, MeetingRecord]]) -> int:
        """Index meetings known not to be indexed yet (new ones, a rebuild): one batch."""
        docs, keys = [], []
        for meeting_id, record in items:
            assert record.held_on is not None
            key = doc_key(record.held_on, meeting_id)
            doc: dict[str, object] = dict(document(record))
            doc["rowid"] = key
            docs.append(doc)
            keys.append({"id": meeting_id, "key": key})
        if docs:
            session.execute(text(
                "INSERT INTO search_fts (rowid, " + ", ".join(COLUMNS) + ") VALUES (:rowid, "
                + ", ".join(f":{c}" for c in COLUMNS) + ")"), docs)
            session.execute(text(
                "INSERT INTO search_doc (meeting_id, doc_key) VALUES (:id, :key)"), keys)
        return len(docs)

    def remove(self, session: Session, meeting_id: int) -> None:
        key = session.execute(text("SELECT doc_key FROM search_doc WHERE meeting_id = :id"),
                              {"id": meeting_id}).scalar()
        if key is not None:
            session.execute(text("DELETE FROM search_fts WHERE rowid = :k"), {"k": key})
            session.execute(text("DELETE FROM search_doc WHERE meeting_id = :id"),
                            {"id": meeting_id})

    def rebuild(self, session: Session) -> int:
        from mtgdesk.store import meetings

        session.execute(text("DELETE FROM search_fts"))
        session.execute(text("DELETE FROM search_doc"))
        ids = meetings.list_ids(session, order="held_on", descending=False)
        done = 0
        for start in range(0, len(ids), 1000):
            chunk = ids[start:start + 1000]
            records = meetings.load_many(session, chunk)
            done += self.add_many(session, [(r.id, r) for r in records if r.id is not None])
            session.expunge_all()
        session.execute(text("INSERT INTO search_fts (search_fts) VALUES ('optimize')"))
        return done

    # --- searching ----------------------------------------------------------------

    def _keys(self, session: Session, expr: str, lo: int, hi: int, *, rank: bool = False,
              descending: bool = True, limit: int = -1, offset: int = 0) -> list[int]:
        order = f"bm25(search_fts, {WEIGHTS})" if rank else (
            "rowid DESC" if descending else "rowid")
        sql = ("SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? "
               f"AND ? ORDER BY {order} LIMIT ? OFFSET ?")
        # The DBAPI cursor directly: thousands of keys cost microseconds, not milliseconds.
        raw = _driver(session)
        return [r[0] for r in raw.execute(sql, (expr, lo, hi, limit, offset))]

    def _ordered_keys(self, session: Session, query: Query, order: str, limit: int,
                      offset: int) -> tuple[list[int], int, bool, str]:
        """(keys of the page, matches counted, whether that count is all, order used)."""
        expr = match_expression(query)
        lo, hi = _key_range(query)
        order = order if order in ORDERS else "relevance"
        if order == "relevance" and not query.has_text:
            order = "newest"
        # The newest RANK_LIMIT + 1 matches: walked in rowid order, cheap however broad.
        newest = self._keys(session, expr, lo, hi, limit=RANK_LIMIT + 1)
        broad = len(newest) > RANK_LIMIT
        total = min(len(newest), RANK_LIMIT)
        if order == "oldest":
            keys = self._keys(session, expr, lo, hi, descending=False, limit=limit,
                              offset=offset)
        elif order == "newest":
            if limit >= 0 and offset + limit <= len(newest):
                keys = newest[offset:offset + limit]
            else:
                keys = self._keys(session, expr, lo, hi, limit=limit, offset=offset)
        else:
            # bm25 over every match, or over the RANK_LIMIT newest of a broad query; the
            # older matches of a broad query follow by date.
            ranked_lo = newest[RANK_LIMIT - 1] if broad else lo
            keys = self._keys(session, expr, ranked_lo, hi, rank=True, limit=limit,
                              offset=offset)
            if broad and (limit < 0 or len(keys) < limit):
                keys += self._keys(session, expr, lo, ranked_lo - 1,
                                   limit=-1 if limit < 0 else limit - len(keys),
                                   offset=max(0, offset - RANK_LIMIT))
        return keys, total, not broad, order

    def count(self, session: Session, query: Query, filters: Filters | None = None) -> int:
        """Every match counted (slower than a page for a broad query)."""
        query = with_filters(query, filters)
        lo, hi = _key_range(query)
        raw = _driver(session)
        return int(raw.execute(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? "
            "AND ?", (match_expression(query), lo, hi)).fetchone()[0])

    def matching_ids(self, session: Session, query: Query, filters: Filters | None = None,
                     *, order: str = "relevance") -> list[int]:
        keys, _, _, _ = self._ordered_keys(session, with_filters(query, filters), order, -1, 0)
        return [k & ID_MASK for k in keys]

    def search(self, session: Session, query: Query, filters: Filters | None = None, *,
               order: str = "relevance", limit: int = 50, offset: int = 0) -> SearchResult:
        query = with_filters(query, filters)
        keys, total, exact, used = self._ordered_keys(session, query, order, limit, offset)
        ids = [k & ID_MASK for k in keys]
        return SearchResult(tuple(self._hits(session, ids, query)), total, used,
                            query.ignored, exact)

    def _hits(self, session: Session, ids: Sequence[int], query: Query) -> list[Hit]:
        if not ids:
            return []
        raw = _driver(session)
        marks = ", ".join(str(int(i)) for i in ids)  # ints from our own index
        rows = {r[0]: r for r in raw.execute(
            "SELECT id, title, held_on, ends_on, venue, city, status, series, version, uuid, "
            f"host_country, reference FROM meeting WHERE id IN ({marks})")}
        texts: dict[int, list[str]] = {i: [] for i in ids}
        for mid, body in raw.execute(
                f"SELECT meeting_id, text FROM paragraph WHERE meeting_id IN ({marks}) "
                "ORDER BY meeting_id, position"):
            texts[mid].append(body)
        people: dict[int, list[tuple[str, str | None, str | None]]] = {i: [] for i in ids}
        for mid, name, acronym, post in raw.execute(
                "SELECT meeting_id, name, acronym, post FROM participant "
                f"WHERE meeting_id IN ({marks}) ORDER BY meeting_id, position"):
            people[mid].append((name, acronym, post))
        pattern = matcher(query.highlight_terms())
        hits = []
        for i in ids:
            r = rows.get(i)
            if r is None:
                continue
            _, title, held_on, ends_on, venue, city, status, series, version, uuid, host, \
                reference = r
            # The paragraphs first; only when the words are elsewhere, the other fields.
            snip = make_snippet(texts[i], pattern)
            if pattern is not None and not snip.highlights:
                others = [
                    "; ".join(", ".join(x for x in (n, a and f"({a})", p) if x)
                              for n, a, p in people[i]),
                    title, ", ".join(x for x in (venue, city, host) if x),
                    " ".join(x for x in (series, reference) if x)]
                found = make_snippet(others, pattern)
                snip = found if found.highlights else snip
            summary = MeetingSummary(i, title, date.fromisoformat(held_on),
                                     date.fromisoformat(ends_on) if ends_on else None, venue,
                                     city, status, series, version, uuid)
            hits.append(Hit(summary, snip))
        return hits
