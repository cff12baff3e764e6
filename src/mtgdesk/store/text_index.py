"""The search index: a tantivy index (the Rust engine of the Lucene family) in a
folder of its own, beside no database table.

It holds one document per live meeting (mtgdesk.store.search.document) and, in a small
file beside its segments, the last change journal entry it reflects (`Mark`): whoever
feeds it (mtgdesk.services.indexing) replays the journal from there, so a kill between
the database's commit and the index's loses nothing. The mark is written after the
index's own commit: a kill between the two only makes the next feed apply again
entries it already holds, and applying an entry twice gives the same index.

A folder that cannot be opened, or holds another schema, is reported as `Damaged`;
the caller builds a new index. Writers are one at a time per folder (tantivy's lock
across processes, a threading lock within this one).
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, cast

import tantivy
from tantivy import FieldType, Occur, Order, Schema, SchemaBuilder
from tantivy import Query as Q

from mtgdesk.store import folder_lock
from mtgdesk.store.search import TEXT_FIELDS, Document

SCHEMA_VERSION = 2  # raise it with any change below: older folders are rebuilt
MARK_FILE = "mtgdesk-index.json"
ID_BITS = 32
ID_MASK = (1 << ID_BITS) - 1
FEED_HEAP = 32_000_000  # bytes a writer may buffer before it writes a segment itself
BUILD_HEAP = 128_000_000
# An import's writer, open while the file is read and stored (services.indexing.Beside):
# less, so that the import's memory stays well under 500 MB with the records beside it.
BESIDE_HEAP = 64_000_000
BUSY_WAIT_S = 10.0  # another process's writer holds the folder at most about that long

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


class Damaged(Exception):
    """The index folder cannot be used as it is (missing, damaged, older schema)."""


class Busy(Exception):
    """Another process is writing the index."""


@dataclass(frozen=True)
class Mark:
    """The last journal entry the index holds: its number and what it said, so that a
    database replaced by another (a restored backup) is noticed."""

    seq: int = 0
    entry: str = ""  # "uuid version operation at" of entry `seq`
    generation: str = ""  # changes with each rebuild: other openers reopen


def schema() -> Schema:
    b = SchemaBuilder()
    b.add_integer_field("id", indexed=True, fast=True)
    b.add_integer_field("key", fast=True)  # day << 32 | id: date order, newer first
    b.add_integer_field("day", indexed=True, fast=True)
    for name in TEXT_FIELDS:
        b.add_text_field(name, tokenizer_name="whitespace")  # words cut by search.tokens
    b.add_text_field("facets", tokenizer_name="whitespace", index_option="basic")
    b.add_text_field("title_exact", tokenizer_name="raw", index_option="basic")
    # Each two words that stand together, as one term ("human|security"): the bonus of
    # a phrase is then a term looked up, not the positions of every match read.
    b.add_text_field("title_pairs", tokenizer_name="whitespace", index_option="basic")
    b.add_text_field("pairs", tokenizer_name="whitespace", index_option="basic")
    for name in ("year", "series", "chair", "participant", "kind"):  # counted per query
        b.add_text_field(name, tokenizer_name="raw", fast=True, index_option="basic")
    b.add_bytes_field("row", stored=True)  # the result row, read for a page's hits only
    return b.build()


SCHEMA = schema()


# Counted by an aggregation: it takes the matches a block at a time, where a search's
# count takes them one by one beside its ranking (0.24 against 1.18 ms for a term in
# 85% of 100,000 meetings).
_COUNT = {"n": {"value_count": {"field": "id"}}}


def _count(found: tantivy.SearchResult) -> int:
    """Every match counted (asked with count=True; the type stubs leave it out)."""
    return int(cast(Any, found).count)


def doc_key(day: int, meeting_id: int) -> int:
    return (day << ID_BITS) | meeting_id


def _lock(path: Path | None) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(str(path), threading.Lock())


@contextmanager
def _catching(what: str) -> Iterator[None]:
    """tantivy reports a damaged folder by exception, or by a Rust panic (pyo3's
    PanicException, a BaseException): both become Damaged."""
    try:
        yield
    except (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError, Damaged):
        raise
    except BaseException as exc:  # noqa: B036 - see above
        raise Damaged(f"{what}: {exc}") from None


def _tantivy_doc(d: Document) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_integer("id", d.meeting_id)
    doc.add_integer("key", doc_key(d.day, d.meeting_id))
    doc.add_integer("day", d.day)
    for name, values in d.text.items():
        for value in values:
            doc.add_text(name, value)
    doc.add_text("title_pairs", d.title_pairs)
    doc.add_text("pairs", d.pairs)
    doc.add_text("facets", " ".join(d.facets))
    doc.add_text("title_exact", d.title_exact)
    doc.add_text("year", d.year)
    if d.series:
        doc.add_text("series", d.series)
    for name, values in (("chair", d.chairs), ("participant", d.participants),
                         ("kind", d.kinds)):
        for value in values:
            doc.add_text(name, value)
    doc.add_bytes("row", d.row)
    return doc


@dataclass(frozen=True)
class Page:
    """One page of matches: their meeting ids in order, how many match in all, and
    where each is in the index as the search read it (for `TextIndex.rows`)."""

    ids: list[int]
    total: int
    addresses: list[Any]
    searcher: Any = None


class Reading:
    """One view of the index (a tantivy searcher) a search is built for and run on:
    `held` says whether any of its documents holds a word in a field, which the query
    is then built with (mtgdesk.store.text_query.Held), so that a word written since
    is never left out of a search that would find it."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self._held: dict[tuple[str, str], bool] = {}

    def held(self, field: str, word: str) -> bool:
        key = (field, word)
        found = self._held.get(key)
        if found is None:
            with _catching("reading the index's words"):
                found = self._held[key] = int(self.searcher.doc_freq(field, word)) > 0
        return found


class TextIndex:
    """One index folder (or one in memory: path None), opened."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.mark = Mark()
        with _catching(f"the search index in {path}"):
            if path is None:
                self._index = tantivy.Index(SCHEMA)
            else:
                if not (path / "meta.json").exists() or not (path / MARK_FILE).exists():
                    raise Damaged(f"no search index in {path}")
                self.mark = self._read_mark()
                self._index = tantivy.Index(SCHEMA, path=str(path), reuse=True)
                self._index.searcher().num_docs  # noqa: B018 - reads the segments once

    # --- the folder -----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | None) -> TextIndex:
        """A new, empty index at `path` (whatever was there is replaced)."""
        if path is None:
            return cls(None)
        if path.exists():
            shutil.rmtree(path)
        path.mkdir(parents=True)
        tantivy.Index(SCHEMA, path=str(path), reuse=False)
        _write_mark(path, Mark(generation=uuid.uuid4().hex))
        return cls(path)

    def _read_mark(self) -> Mark:
        assert self.path is not None
        return read_mark(self.path)

    def refresh(self) -> bool:
        """Take in what another process (or another opener) committed; False when the
        folder was rebuilt since it was opened (reopen it)."""
        if self.path is None:
            return True
        mark = self._read_mark()
        if mark.generation != self.mark.generation:
            return False
        if mark != self.mark:
            with _catching(f"the search index in {self.path}"):
                self._index.reload()
            self.mark = mark
        return True

    # --- writing --------------------------------------------------------------------

    @contextmanager
    def writing(self, *, bulk: bool = False, heap: int | None = None,
                wait: bool = True) -> Iterator[Writing]:
        """The one writer of this folder: add and remove, then `commit(mark)`;
        nothing is kept unless it is committed. `heap`: the bytes it may buffer (by
        default BUILD_HEAP for a `bulk` writer, else FEED_HEAP). `wait`: for another
        writer (of this process or another) up to BUSY_WAIT_S, else Busy at once."""
        lock = _lock(self.path)
        if not lock.acquire(blocking=wait):
            raise Busy(f"the search index in {self.path} is being written")
        try:
            deadline = time.monotonic() + (BUSY_WAIT_S if wait else 0.0)
            while True:
                try:
                    writer = self._index.writer(
                        heap or (BUILD_HEAP if bulk else FEED_HEAP), 1)
                    break
                except ValueError as exc:
                    if "LockBusy" not in str(exc):
                        raise Damaged(f"the search index in {self.path}: {exc}") from None
                    if time.monotonic() > deadline:
                        raise Busy(str(exc)) from None
                    time.sleep(0.05)
            writing = Writing(self, writer)
            try:
                yield writing
            finally:
                if not writing.committed:
                    writer.rollback()
                del writer, writing  # releases tantivy's lock on the folder
        finally:
            lock.release()

    # --- reading --------------------------------------------------------------------

    @property
    def schema(self) -> Schema:
        return SCHEMA

    @property
    def size(self) -> int:
        return int(self._index.searcher().num_docs)

    def reading(self) -> Reading:
        """The index as it is now, for one search (build its query with `held`)."""
        with _catching("searching the index"):
            return Reading(self._index.searcher())

    def _searcher(self, reading: Reading | None) -> Any:
        return self._index.searcher() if reading is None else reading.searcher

    def count(self, query: tantivy.Query, reading: Reading | None = None) -> int:
        with _catching("searching the index"):
            return int(self._searcher(reading).aggregate(query, _COUNT)["n"]["value"])

    def ranked(self, query: tantivy.Query, limit: int, offset: int = 0, *,
               reading: Reading | None = None) -> Page:
        """One page by score, newer first among equal scores; every match counted.

        Ties are broken exactly. Every match scoring above the page's lowest score is
        among the hits fetched (tantivy gives the best first); when more than were
        fetched share that lowest score, the newest of them are found by date
        (`_newest_tied`), not by ranking every match again."""
        with _catching("searching the index"):
            return self._ranked(self._searcher(reading), query, limit, offset)[0]

    def ranked_first(self, query: tantivy.Query, first: tantivy.Query,
                     ceiling: Callable[[Callable[[str, str], int], int], float],
                     matching: tantivy.Query, limit: int, offset: int = 0, *,
                     reading: Reading | None = None) -> Page | None:
        """The page `ranked` gives, ranked from the matches in `first` alone, when
        they decide it: at least the page's worth of them match, the page's lowest
        score among them is above `ceiling(doc_freq, documents)` (more than a match
        outside `first` can score), so every match it could tie with is theirs too.
        `matching`: the query's matches (unranked), counted apart. None when they
        do not decide it (rank every match)."""
        searcher = self._searcher(reading)
        with _catching("searching the index"):
            within = Q.boolean_query([(Occur.Must, query),
                                      (Occur.Must, Q.const_score_query(first, 0.0))])
            page, edge = self._ranked(searcher, within, limit, offset)
            if edge is None or page.total < offset + limit:
                return None
            # "all" is in every document, the deleted ones too: what BM25 counts.
            docs = max(int(searcher.num_docs), int(searcher.doc_freq("facets", "all")))
            if not edge > ceiling(searcher.doc_freq, docs):
                return None
            total = int(searcher.aggregate(matching, _COUNT)["n"]["value"])
        return Page(page.ids, total, page.addresses, searcher)

    def _ranked(self, searcher: Any, query: tantivy.Query, limit: int,
                offset: int) -> tuple[Page, float | None]:
        """`ranked`'s page and the score of its last place (offset + limit), None when
        fewer match."""
        want = offset + limit
        found = searcher.search(query, max(1, want + 50, 2 * want), count=True)
        total = _count(found)
        hits = [(float(s), a) for s, a in found.hits]
        if not want or not hits:
            return Page([], total, [], searcher), None
        edge = hits[min(want, len(hits)) - 1][0]
        if len(hits) < total and hits[-1][0] >= edge:  # the tie runs past the fetch
            above = [(s, a) for s, a in hits if s > edge]
            tied = self._newest_tied(searcher, query, edge, want - len(above), total)
            if tied is not None:
                keys = [int(k or 0) for k in
                        searcher.fast_field_values("key", [a for _, a in above])]
                best = sorted(zip(keys, above, strict=True), key=lambda x: x[0],
                              reverse=True)
                best.sort(key=lambda x: x[1][0], reverse=True)
                page = ([(k, a) for k, (_, a) in best] + tied)[offset:want]
                return (Page([k & ID_MASK for k, _ in page], total,
                             [a for _, a in page], searcher),
                        edge if total >= want else None)
            hits = [(float(s), a) for s, a in searcher.search(query, total,
                                                               count=False).hits]
        # Only the hits down to the page's lowest score can be on it: those above
        # it, and every one tied with it (all of them fetched).
        end = min(want, len(hits))
        while end < len(hits) and hits[end][0] >= edge:
            end += 1
        keys = [int(k or 0) for k in
                searcher.fast_field_values("key", [a for _, a in hits[:end]])]
        scores = [s for s, _ in hits[:end]]
        # Newest first, then best first: a stable sort keeps the newer first among ties.
        order = sorted(range(end), key=keys.__getitem__, reverse=True)
        order.sort(key=scores.__getitem__, reverse=True)
        page_ = order[offset:want]
        return (Page([keys[i] & ID_MASK for i in page_], total, [hits[i][1] for i in page_],
                     searcher), edge if len(hits) >= want else None)

    @staticmethod
    def _newest_tied(searcher: Any, query: tantivy.Query, score: float, n: int,
                     total: int) -> list[tuple[int, Any]] | None:
        """The `n` newest matches scoring exactly `score`, newest first, as (key,
        address). The newest `fetch` matches by date say from which day on to look;
        the matches held on that day or later are scored again alone (the query and a
        range of days, which adds nothing to the score: it is the very one the ranking
        gave), and those tied, newest first, are the answer once `n` of them tie: a
        match left out is older than all of them. None if they never do (it cannot
        be, but then every match is ranked instead)."""
        fetch = 2 * n + 50
        while True:
            newest = searcher.search(query, min(fetch, total), count=False,
                                     order_by_field="key", order=Order.Desc).hits
            since = int(newest[-1][0]) >> ID_BITS
            alone = Q.boolean_query([(Occur.Must, query), (Occur.Must, Q.const_score_query(
                Q.range_query(SCHEMA, "day", FieldType.Integer, since, None), 0.0))])
            found = searcher.search(alone, len(newest) + 50, count=True)
            if _count(found) > len(found.hits):  # many held on that day
                found = searcher.search(alone, _count(found), count=False)
            tied = [a for s, a in found.hits if float(s) == score]
            if len(tied) >= n:
                keys = [int(k or 0) for k in searcher.fast_field_values("key", tied)]
                return sorted(zip(keys, tied, strict=True), key=lambda x: x[0],
                              reverse=True)[:n]
            if fetch >= total:
                return None
            fetch *= 4

    def by_date(self, query: tantivy.Query, limit: int, offset: int = 0, *,
                newest: bool = True, reading: Reading | None = None) -> Page:
        """One page by date held, then id; every match counted."""
        searcher = self._searcher(reading)
        with _catching("searching the index"):
            found = searcher.search(
                query, max(1, limit), count=True, order_by_field="key", offset=offset,
                order=Order.Desc if newest else Order.Asc)
        hits = found.hits if limit else []
        return Page([int(k) & ID_MASK for k, _ in hits], _count(found),
                    [a for _, a in hits], searcher)

    def rows(self, page: Page) -> list[bytes]:
        """What the index keeps of each meeting of `page` to show it (store.search.built)."""
        with _catching("reading the index"):
            return [bytes(page.searcher.doc(a).get_first("row") or b"")
                    for a in page.addresses]

    def counts(self, query: tantivy.Query, sizes: dict[str, int],
               reading: Reading | None = None
               ) -> tuple[int, dict[str, list[tuple[str, int]]]]:
        """(how many match, and for each counted field the commonest `sizes[field]`
        values among the matches with how many): one pass over the matches.
        The first field must hold one value per meeting (the year): the matches are
        its buckets and what they left over."""
        with _catching("counting in the index"):
            answer = self._searcher(reading).aggregate(query, {
                name: {"terms": {"field": name, "size": size}} for name, size in sizes.items()})
        out = {name: [(b["key"], int(b["doc_count"])) for b in answer[name]["buckets"]]
               for name in sizes}
        first = answer[next(iter(sizes))]
        total = sum(n for _, n in out[next(iter(sizes))]) + int(first["sum_other_doc_count"])
        return total, out

    def doc_freq(self, field: str, word: str) -> int:
        with _catching("reading the index's words"):
            return int(self._index.searcher().doc_freq(field, word))

    def terms(self, field: str, prefix: str, limit: int) -> list[tuple[str, int]]:
        """Words of a field starting with `prefix`, commonest first."""
        with _catching("reading the index's words"):
            return [(t, int(n)) for t, n in
                    self._index.searcher().terms_with_prefix(field, prefix, limit=limit)]


class Writing:
    def __init__(self, index: TextIndex, writer: tantivy.IndexWriter) -> None:
        self._index = index
        self._writer = writer
        self.committed = False

    def add(self, docs: Iterable[Document]) -> int:
        n = 0
        for d in docs:
            self._writer.add_document(_tantivy_doc(d))
            n += 1
        return n

    def remove(self, ids: Iterable[int]) -> None:
        # One delete of them all, not one each: tantivy keeps every delete (a query's
        # weight, about 1.5 KB) until the writer commits, and an import of 1,000,000
        # meetings, which commits once, grew by that much a meeting.
        wanted = list(ids)
        if wanted:
            self._writer.delete_documents_by_query(Q.term_set_query(SCHEMA, "id", wanted))

    def remove_all(self) -> None:
        self._writer.delete_all_documents()

    def commit(self, seq: int, entry: str) -> None:
        index = self._index
        self._writer.commit()
        self._writer.wait_merging_threads()  # merges done: few segments, quick searches
        self.committed = True
        mark = Mark(seq, entry, index.mark.generation)
        if index.path is not None:
            _write_mark(index.path, mark)
        index._index.reload()
        index.mark = mark


def beside(folder: Path, kind: str) -> Path:
    """This process's (and thread's) folder beside `folder`: a build ("new") or the
    index moved aside ("old"), named so that `_sweep` knows whose it is."""
    return folder.with_name(f"{folder.name}.{kind}-{os.getpid()}-{threading.get_ident()}")


def read_mark(path: Path) -> Mark:
    """The mark of the index folder `path`, read alone (Damaged if it has none)."""
    try:
        data = json.loads((path / MARK_FILE).read_text(encoding="utf-8"))
        if data.pop("schema") != SCHEMA_VERSION:
            raise Damaged(f"the search index in {path} is of an older kind")
        return Mark(**data)
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise Damaged(f"the search index's mark in {path}: {exc}") from None


def install(built: TextIndex, folder: Path,
            keep_theirs: Callable[[Mark], bool] | None = None) -> TextIndex:
    """Put the index `built` (a rebuild in a folder beside) in `folder`'s place, and
    open it there. Copies of the program that install at once take turns (a lock
    beside the folder, across processes): each one's move aside and rename is whole,
    and none moves aside an index another has just put in before that one opens it.
    `keep_theirs(mark)`: whether a sound index already in the place (another's
    install) is to be kept instead; `built` is then thrown away."""
    assert built.path is not None
    with folder_lock.held(folder.with_name(f"{folder.name}.lock")):
        if keep_theirs is not None and folder.exists():
            try:
                theirs = TextIndex(folder)
            except Damaged:
                pass
            else:
                if keep_theirs(theirs.mark):
                    shutil.rmtree(built.path, ignore_errors=True)
                    return theirs
        _sweep(folder)
        aside = beside(folder, "old")
        shutil.rmtree(aside, ignore_errors=True)
        if folder.exists():
            folder.rename(aside)
        built.path.rename(folder)
        shutil.rmtree(aside, ignore_errors=True)
        # Opened while the lock is held: the next installer may move it aside at
        # once, and what is open (its segments read) stays readable after that.
        return TextIndex(folder)


def _sweep(folder: Path) -> None:
    """Remove the builds and the moved-aside indexes that processes which died (a
    kill mid-build) left beside `folder` (named by `beside`)."""
    for leftover in glob.glob(glob.escape(str(folder)) + ".*-*"):
        rest = Path(leftover).name[len(folder.name):]
        kind, _, tail = rest[1:].partition("-")
        pid = tail.split("-", 1)[0]
        if kind not in ("new", "old") or not pid.isdigit() or int(pid) == os.getpid():
            continue
        if not _alive(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill there ends the process: ask for its exit code
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        try:
            running = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return bool(running) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _write_mark(path: Path, mark: Mark) -> None:
    """Written whole or not at all (a temporary file renamed over the old one)."""
    tmp = path / f"{MARK_FILE}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"schema": SCHEMA_VERSION, **asdict(mark)}, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path / MARK_FILE)


def cache_dir() -> Path:
    """Where the program keeps what it can always make again ($MTGDESK_CACHE_DIR)."""
    import platformdirs

    override = os.environ.get("MTGDESK_CACHE_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir("mtgdesk", appauthor=False))


def folder_for(url: object) -> Path | None:
    """The index folder of the database at `url` (a SQLAlchemy URL): in the cache
    folder, named for the database file's full path or for the server's address (each
    clerk's own index of an office's server); None for a database in memory."""
    import hashlib

    from sqlalchemy.engine import URL

    assert isinstance(url, URL)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:" or url.database.startswith(
                "file::memory:"):
            return None
        file = Path(url.database).resolve()
        identity, name = str(file), file.name
    else:
        identity = url.render_as_string(hide_password=True)
        name = f"{url.get_backend_name()}-{url.database or ''}"
    digest = hashlib.blake2b(identity.encode("utf-8", "surrogatepass"),
                             digest_size=8).hexdigest()
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_"
                   for c in name)[:40]
    return cache_dir() / "search" / f"{safe}-{digest}"
