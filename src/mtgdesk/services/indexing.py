"""Keeping the search index in step with the database, from its change journal.

Every committed write appends journal entries (mtgdesk.services.writes); `feed` applies
entries to an index, whatever database they come from: this one's, or an office
server's journal read into a clerk's own local index. `current(engine)` is the index
of a database, opened (built from scratch when missing, damaged, of an older kind or
made for another database), then caught up with the entries after its mark: what a
kill between the database's commit and the index's left behind is replayed there.

On an office server, asking the server whether the index is behind would cost every
search a round trip (some 8 ms). There the index is caught up once, when this process
first opens it, and afterwards by whoever follows the server's journal (the window,
every few seconds and at each notification: services.journal.follow, which asks), and
after this process's own writes, which `note` their entry. A search then asks the
server nothing, and takes no lock, unless the index is behind what was noted. A file
is asked every time (a local read, and other programs write it too).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path

from mtgdesk.domain.errors import ServerAway
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.store import index_apart, journal
from mtgdesk.store import meetings as store
from mtgdesk.store.dialect import is_postgres
from mtgdesk.store.folder_lock import LockTimeout
from mtgdesk.store.index_apart import Apart, Gone
from mtgdesk.store.journal import Entry
from mtgdesk.store.search import Document, document, packed
from mtgdesk.store.session import Engine, Session, read_session
from mtgdesk.store.text_index import (
    BESIDE_HEAP,
    Busy,
    Damaged,
    Mark,
    TextIndex,
    Writing,
    beside,
    folder_for,
    install,
    read_mark,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)
# The live meetings among some ids, each with its id: what `feed` indexes.
Loader = Callable[[Sequence[int]], Sequence[MeetingRecord]]
GONE = ("delete", "purge")  # after these, a meeting is out of the index
CHUNK = 500  # meetings read and indexed at a time

_indexes: weakref.WeakKeyDictionary[Engine, TextIndex] = weakref.WeakKeyDictionary()
_guard = threading.RLock()  # one catch-up at a time in this process
# On an office server: the newest journal entry this process knows the server has
# (`note`); an index marked at or after it is current without asking.
_wanted: weakref.WeakKeyDictionary[Engine, int] = weakref.WeakKeyDictionary()
# Office servers whose index was caught up with the server at least once (an index
# only opened, before a write, may be behind it).
_asked: weakref.WeakSet[Engine] = weakref.WeakSet()
_noting = threading.Lock()
_offline: weakref.WeakKeyDictionary[Engine, TextIndex] = weakref.WeakKeyDictionary()


def forget(engine: Engine) -> None:
    """Let go of a closed database's index: tantivy maps its files into memory, and a
    mapping kept until the engine is collected turns a later change to those files (a
    rebuild by another program, damage) into SIGBUS for this whole process."""
    with _guard:
        _indexes.pop(engine, None)
        _wanted.pop(engine, None)
        _asked.discard(engine)
        _offline.pop(engine, None)
    journal.release(engine)


def note(engine: Engine, seq: int | None) -> None:
    """The server's journal holds entry `seq` (a write of this process committed it):
    the next search of an office server catches up to it (a clerk's own save is found
    at once, even when another thread had the index while the write committed)."""
    if seq is None or not is_postgres(engine):
        return
    with _noting:  # not _guard: a write never waits for the index
        _wanted[engine] = max(_wanted.get(engine, 0), seq)


def followed(engine: Engine) -> bool:
    """Whether searches trust `note` instead of asking the database (an office server)."""
    return is_postgres(engine)


def local(engine: Engine) -> TextIndex | None:
    """The index as this computer has it, the database not asked (an office server that
    is away: services.offline); None when there is none. Not taken for `current`'s:
    when the server answers, that one is opened and checked against its journal."""
    with _guard:
        index = _indexes.get(engine) or _offline.get(engine)
        if index is not None:
            return index
        try:
            index = _offline[engine] = TextIndex(_folder(engine))
        except Damaged:
            return None
        return index


def readable(engine: Engine) -> TextIndex:
    """`current`, or, on an office server that is away, the index as it is here (a
    search while away finds what the server held when it last answered)."""
    try:
        return current(engine)
    except ServerAway:
        found = local(engine) if followed(engine) else None
        if found is None:
            raise
        return found


def describe(entry: Entry) -> str:
    """What the mark keeps of an entry, to recognise it in the journal later."""
    return f"{entry.meeting_uuid} {entry.version} {entry.operation} {entry.at.isoformat()}"


def feed(index: TextIndex, entries: Sequence[Entry], load: Loader, *,
         progress: Progress | None = None) -> int:
    """Apply journal `entries` (oldest first) to `index` and mark it with the last;
    returns how many meetings were re-indexed or taken out.

    Each meeting an entry names is indexed as `load` finds it now (or taken out when
    it is deleted, in the Trash or gone): a meeting changed three times is read once,
    and entries applied twice give the same index. Nothing but the entries and the
    loader is asked of the database, so any backend can feed the index. Entries the
    index was given meanwhile by another writer of it (`Beside`, whose commit this one
    waited for) are not applied again."""
    if not entries:
        return 0
    with index.writing(bulk=len(entries) > CHUNK) as w:
        entries = [e for e in entries if e.seq > index.mark.seq]
        if not entries:
            return 0
        n = _apply(w, entries, load, progress)
        w.commit(entries[-1].seq, describe(entries[-1]))
    return n


def _apply(w: Writing, entries: Sequence[Entry], load: Loader,
           progress: Progress | None = None) -> int:
    """`feed`'s work, in a writer the caller commits."""
    final = _final(entries)
    live = [i for i, e in final.items() if e.operation not in GONE]
    w.remove(final)  # then added again as stored now
    for start in range(0, len(live), CHUNK):
        records = load(live[start:start + CHUNK])
        w.add(_document(r, final.get(r.id)) for r in records if r.id is not None)
        if progress:
            progress(min(start + CHUNK, len(live)), len(live))
    return len(final)


def _final(entries: Sequence[Entry]) -> dict[int, Entry]:
    """Each meeting's last entry among `entries`."""
    final: dict[int, Entry] = {}
    for e in entries:
        final[e.meeting_id] = e
    return final


def _fixed(record: MeetingRecord, entry: Entry | None) -> MeetingRecord:
    """The record with its version and uuid (shown in its result row) as the journal's
    last entry of it says: a record a write had in hand may still carry the version it
    was saved over."""
    if entry is not None and (record.version, record.uuid) != (entry.version,
                                                               entry.meeting_uuid):
        record = dataclasses.replace(record, version=entry.version, uuid=entry.meeting_uuid)
    return record


def _document(record: MeetingRecord, entry: Entry | None) -> Document:
    """The index's document of a meeting (`_fixed`)."""
    record = _fixed(record, entry)
    assert record.id is not None
    return document(record.id, record)


def loader(engine: Engine, known: Mapping[int, MeetingRecord] | None = None) -> Loader:
    """The live meetings among some ids, read from the database; those in `known` (as a
    write just stored them) are not read again, only checked to be live."""
    def load(ids: Sequence[int]) -> Sequence[MeetingRecord]:
        with read_session(engine) as session:
            return _loader(session, known)(ids)
    return load


def _loader(session: Session, known: Mapping[int, MeetingRecord] | None) -> Loader:
    """`loader` in a session the caller has open (a write's own, which sees what it
    stored before committing it)."""
    known = known or {}

    def load(ids: Sequence[int]) -> Sequence[MeetingRecord]:
        live = store.live_ids(session, [i for i in ids if i in known])
        found = [dataclasses.replace(known[i], id=i) for i in ids if i in live]
        rest = [i for i in ids if i not in known]
        return found + (store.load_many(session, rest) if rest else [])
    return load


def _in_hand(session: Session, known: Mapping[int, MeetingRecord], ids: Sequence[int]
             ) -> list[tuple[int, MeetingRecord]]:
    """(id, record) of the live meetings among `ids`, as `_loader` finds them, each
    record as it is (its id not set on a copy: 100,000 copies for an import)."""
    live = store.live_ids(session, [i for i in ids if i in known])
    rest = [i for i in ids if i not in known]
    found = [(i, known[i]) for i in ids if i in live]
    return found + [(r.id, r) for r in (store.load_many(session, rest) if rest else [])
                    if r.id is not None]


class Beside:
    """The index fed in step with one long write transaction (an import of a file), a
    batch at a time, inside it: each batch's journal entries are applied to an open
    writer of the index as soon as they are written, from the records in hand, and
    the index commits after the database has, marked with the write's last entry
    (`commit`). An import of 100,000 meetings is then not read back from the
    database once committed, and the index's own thread works while the next batch
    is read and stored.

    Nothing is kept in the index if the transaction fails (the writer rolls back when
    the block ends uncommitted). A kill between the database's commit and the index's
    leaves the index at its old mark, and the journal is replayed from there when it
    is next opened, as after any write. It stays off, and the write is followed once
    committed like any other (`follow`), unless the index is open in this process,
    free, and holds every entry the journal had when the transaction began."""

    def __init__(self, engine: Engine, *, apart: bool = False) -> None:
        self._engine = engine
        self._stack = ExitStack()
        self._writing: Writing | None = None
        self._index: TextIndex | None = None
        self._apart: Apart | None = None  # the writer in a child process (`apart`)
        self._last: Entry | None = None
        self._seq = 0
        self._want_apart = apart

    def __enter__(self) -> Beside:
        """With `apart` (a large import), the writer is a child process, started here,
        before the transaction: its start is not waited for while the database's
        write lock is held."""
        index = _indexes.get(self._engine)
        if not self._want_apart or index is None or index.path is None:
            return self
        try:
            # From here on the child holds the folder's writer: the mark `begin` reads
            # cannot change before the import ends.
            self._apart = self._stack.enter_context(index_apart.apart(index, BESIDE_HEAP))
        except (Busy, Damaged, OSError) as exc:
            self._stack.close()
            self._apart = None
            log.info("the search index is written in this process: %s", exc)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()  # rolls back a writer not committed

    @property
    def on(self) -> bool:
        return self._writing is not None or self._index is not None

    def _let_go(self) -> None:
        self._stack.close()
        self._apart = self._index = self._writing = None

    def begin(self, session: Session) -> None:
        """In the write's transaction, before it writes: a writer of the index, if it
        holds the journal as this transaction sees it (no other write can come in
        between: the transaction holds the write lock from its start)."""
        index = _indexes.get(self._engine)
        if index is None or not _guard.acquire(blocking=False):
            return
        try:
            if not index.refresh():
                return
            self._seq = journal.last_seq(session)
            if index.mark.seq != self._seq:
                return
            if self._apart is not None:
                self._index = index
                return
            # Not waiting: this transaction holds the database's write lock, and every
            # other writer would wait behind a wait here (another process's index
            # commit) past its busy timeout. A busy index follows once committed.
            self._writing = self._stack.enter_context(
                index.writing(heap=BESIDE_HEAP, wait=False))
        except (Busy, Damaged, OSError) as exc:
            log.info("the search index follows the import once committed: %s", exc)
        finally:
            _guard.release()

    def take(self, session: Session, known: Mapping[int, MeetingRecord]) -> None:
        """The entries the transaction wrote since the last call, applied to the
        writer (`known`: the records those writes stored, not read again)."""
        if not self.on:
            return
        entries = journal.since(session, self._seq)
        if not entries:
            return
        if self._apart is not None:
            final = _final(entries)
            live = [i for i, e in final.items() if e.operation not in GONE]
            meetings = [packed(i, _fixed(r, final[i])) for i, r in _in_hand(session, known, live)]
            try:
                self._apart.send(list(final), meetings)
            except Gone as exc:  # it follows the journal once committed
                log.warning("the search index's writer process: %s", exc)
                self._let_go()
                return
        else:
            assert self._writing is not None
            _apply(self._writing, entries, _loader(session, known))
        self._seq, self._last = entries[-1].seq, entries[-1]

    def commit(self) -> None:
        """Once the database has committed: the index too, marked with the last entry.
        A failure loses nothing (the next search replays the journal): logged only."""
        if not self.on or self._last is None:
            self._let_go()  # a child left idle: `follow` needs the folder's writer
            return
        try:
            if self._apart is not None:
                assert self._index is not None
                spent = self._apart.commit(self._last.seq, describe(self._last))
                log.info("the search index's writer process: %s", spent)
                self._stack.close()  # the child has ended: its commit is in the folder
                self._index.refresh()
                return
            assert self._writing is not None
            self._writing.commit(self._last.seq, describe(self._last))
        except Exception:
            log.exception("the search index could not take the import in; it will "
                          "catch up")
        finally:
            self._stack.close()


# --- one database's index ----------------------------------------------------------

def current(engine: Engine, known: Mapping[int, MeetingRecord] | None = None,
            progress: Progress | None = None, *, ask: bool = False) -> TextIndex:
    """The database's index, caught up with its journal (`known`: see `loader`;
    `progress` hears the catching up; `ask`: the database is asked, also on an office
    server whose index is followed)."""
    if not ask and followed(engine):
        # The search's own path on a server: no lock (a catch-up on another thread may
        # be waiting for the server) and no question, unless this process wrote
        # something the index does not have yet.
        index = _indexes.get(engine)
        with _noting:
            wanted = _wanted.get(engine, 0)
        if index is not None and engine in _asked and index.mark.seq >= wanted:
            return index
    with _guard:
        index = _indexes.get(engine)
        if index is None:
            index = _indexes[engine] = _open(engine)
            _offline.pop(engine, None)  # the one read while the server was away
        elif followed(engine) and engine in _asked and not ask:
            return _noted(engine, index, known, progress)
        index = _asked_now(engine, index, known, progress)
        if followed(engine):
            _asked.add(engine)
        return index


def _asked_now(engine: Engine, index: TextIndex,
               known: Mapping[int, MeetingRecord] | None,
               progress: Progress | None) -> TextIndex:
    """`current`, asking the database for its journal's newest entry."""
    last = journal.newest_seq(engine)
    if last == index.mark.seq:
        return index
    if not index.refresh():  # rebuilt by another opener: read the new one
        index = _indexes[engine] = _open(engine)
    if last > index.mark.seq:
        try:
            _catch_up(engine, index, known, progress, until=last)
        except OSError:  # the cache folder cannot be written (full, read-only)
            log.exception("the search index in %s cannot be written; one is kept "
                          "in memory instead", index.path)
            index = build(engine, memory=True)
    elif last < index.mark.seq:  # the database went back: a backup restored
        index = build(engine)
    return index


def _noted(engine: Engine, index: TextIndex, known: Mapping[int, MeetingRecord] | None,
           progress: Progress | None) -> TextIndex:
    """`current` on an office server, once the index is open: no question to the
    server unless the index is behind what was noted. What another program of this
    clerk's wrote into the same folder is read from it (a local file)."""
    if not index.refresh():  # rebuilt by another program of this clerk's
        index = _indexes[engine] = _open(engine)
    with _noting:
        wanted = _wanted.get(engine, 0)
    if index.mark.seq >= wanted:
        return index
    try:
        _catch_up(engine, index, known, progress, until=wanted)
    except OSError:
        log.exception("the search index in %s cannot be written; one is kept "
                      "in memory instead", index.path)
        index = build(engine, memory=True)
    return index


def prepare(engine: Engine) -> None:
    """Before a write: open the index, if that is quick (it is there, or the database
    is empty), so that `follow` then feeds it only the write's own entries. An index
    still to be built from many meetings is left to the next search, and so is all of
    it while another thread of this process has the index (a search, a rebuild): a
    write never waits for the index."""
    if not _guard.acquire(blocking=False):
        return
    try:
        if engine in _indexes:
            return
        try:
            index = TextIndex(_folder(engine))
            if _holds(engine, index.mark):
                _indexes[engine] = index
                return
        except Damaged:
            pass
        with read_session(engine) as session:
            empty = store.count(session) == 0 and store.count(session, deleted=True) == 0
        if empty:
            build(engine)
    finally:
        _guard.release()


def follow(engine: Engine, known: Mapping[int, MeetingRecord] | None = None,
           progress: Progress | None = None) -> None:
    """After a committed write: an open index takes it in now (`known`: the records as
    the write stored them, not read again). A failure loses nothing (the journal has
    it; the next search replays it), so it is logged only. While another thread of
    this process has the index (a search, a rebuild), it is left to the next search:
    a write never waits for the index."""
    if engine not in _indexes or not _guard.acquire(blocking=False):
        return  # the next search opens (or builds) it, and replays
    try:
        current(engine, known, progress)
    except Busy:
        log.info("the search index is being written by another process; it follows later")
    except Exception:
        log.exception("the search index could not follow a write; it will catch up")
    finally:
        _guard.release()


def build(engine: Engine, progress: Progress | None = None, *, memory: bool = False
          ) -> TextIndex:
    """A new index of every live meeting, built beside the old one, which it replaces
    when complete: searches go on in the old one meanwhile, and the writes made
    meanwhile are replayed into the new one (its mark is the journal as it read it).
    `memory`: kept in memory (the cache folder cannot be written)."""
    folder = None if memory else _folder(engine)
    before = _generation_in(folder)
    fresh = beside(folder, "new") if folder else None
    try:
        built = TextIndex.create(fresh)
    except OSError:
        log.exception("no folder for the search index at %s; kept in memory", fresh)
        folder, built = None, TextIndex.create(None)
    with read_session(engine) as session:  # one snapshot: the mark matches it
        entries = journal.since(session, journal.last_seq(session) - 1)
        ids = store.list_ids(session, order="held_on", descending=False)
        with built.writing(bulk=True) as w:
            for start in range(0, len(ids), CHUNK):
                records = store.load_many(session, ids[start:start + CHUNK])
                w.add(document(r.id, r) for r in records if r.id is not None)
                session.expunge_all()
                if progress:
                    progress(min(start + CHUNK, len(ids)), len(ids))
            last = entries[-1] if entries else None
            w.commit(last.seq if last else 0, describe(last) if last else "")
    mine = built.mark.seq
    with _guard:
        if folder is not None:
            try:
                # Another copy's index of the same journal or later, installed
                # while this one was built, is as good as this one: kept, and this
                # one thrown away. (The index that was there when the build began is
                # what a rebuild is asked to replace: never kept.)
                built = install(built, folder, keep_theirs=lambda m: (
                    m.generation != before and m.seq >= mine and _holds(engine, m)))
            except LockTimeout:
                log.warning("the search index's place %s stayed locked; this copy "
                            "searches the index it built at %s", folder, built.path)
        _indexes[engine] = built
    return built


def _generation_in(folder: Path | None) -> str | None:
    if folder is None:
        return None
    try:
        return read_mark(folder).generation
    except Damaged:
        return None


def _folder(engine: Engine) -> Path | None:
    return folder_for(engine.url)


def _open(engine: Engine) -> TextIndex:
    folder = _folder(engine)
    try:
        index = TextIndex(folder)
        if not _holds(engine, index.mark):
            raise Damaged("the search index was made for another state of the database")
        return index
    except Damaged as why:
        log.info("building the search index afresh: %s", why)
        return build(engine)


def _holds(engine: Engine, mark: Mark) -> bool:
    """Whether the journal has the entry the index was last marked with."""
    if mark.seq == 0:
        return not mark.entry
    with read_session(engine) as session:
        found = journal.since(session, mark.seq - 1, limit=1)
    return bool(found) and found[0].seq == mark.seq and describe(found[0]) == mark.entry


def _catch_up(engine: Engine, index: TextIndex,
              known: Mapping[int, MeetingRecord] | None = None,
              progress: Progress | None = None, *, until: int = 0) -> None:
    start = index.mark.seq
    total = max(until - start, 1)
    while True:
        with read_session(engine) as session:
            entries = journal.since(session, index.mark.seq, limit=50_000)
        if not entries:
            if progress:
                progress(total, total)
            return
        heard = None
        if progress:
            def heard(done: int, of: int, first: int = entries[0].seq - start,
                      size: int = len(entries)) -> None:
                progress(min(first + size * done // max(of, 1), total), total)
        feed(index, entries, loader(engine, known), progress=heard)
