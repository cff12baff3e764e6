"""The one write path.

Every change to a meeting (a save from the form or a copy of it, finalising, an
amendment, an import of interchange files or of releases, the Trash and emptying it)
is a `Write`, and `apply` is the only function that stores one. For each it validates,
writes, records the history entry and appends to the change journal, all in one
transaction: the writes given together are stored with their history and journal
entries, or none of them is. Once committed, the search index is fed the new journal
entries (mtgdesk.services.indexing); a kill before it has them loses nothing, the
index replays the journal when it is next opened.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from mtgdesk.domain.changes import Changes, Ref, Refs
from mtgdesk.domain.errors import NotFoundError, UserError, ValidationFailed
from mtgdesk.domain.progress import Progress, steps
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.validation import Checked, Problem, check
from mtgdesk.domain.vocab import Status
from mtgdesk.services import history, indexing
from mtgdesk.store import bulk, drafts, journal
from mtgdesk.store import meetings as store
from mtgdesk.store.session import Engine, Session, write_session

BATCH = 500  # an import's meetings are stored in multi-row statements of this many

SAVE, IMPORT, TRASH, RESTORE, PURGE = "save", "import", "trash", "restore", "purge"


@dataclass(frozen=True)
class Write:
    """One change to one meeting; build it with save(), imported(), trash()..."""

    kind: str
    record: MeetingRecord | None = None
    meeting_id: int | None = None
    force: bool = False  # save: over whatever version is stored
    reason: str | None = None  # save: an amendment of a final meeting, and why
    update: bool = False  # import: a newer version replaces the stored meeting
    checked: Checked | None = None  # `record` as validation.check found it: not checked again


def save(record: MeetingRecord, *, force: bool = False, reason: str | None = None) -> Write:
    """A record with an id replaces that meeting (refused when the meeting changed since
    `record.version`, unless `force`); one without is a new meeting with a new uuid,
    whatever uuid it carries (a copy is a new meeting)."""
    return Write(SAVE, record=record, force=force, reason=reason)


def imported(record: MeetingRecord | Checked, *, update: bool = False) -> Write:
    """A meeting from a file: stored with its uuid and version (a new uuid if it has
    none), or, when its uuid is stored already, left out; with `update`, a newer
    version of it replaces the stored one. A record already checked (an interchange
    file's, read by domain.interchange) is not checked again."""
    if isinstance(record, Checked):
        return Write(IMPORT, record=record.record, update=update, checked=record)
    return Write(IMPORT, record=record, update=update)


def trash(meeting_id: int, *, reason: str | None = None) -> Write:
    """To the Trash; a final meeting's trashing carries the clerk's reason."""
    return Write(TRASH, meeting_id=meeting_id, reason=reason)


def restore(meeting_id: int) -> Write:
    return Write(RESTORE, meeting_id=meeting_id)


def purge(meeting_id: int) -> Write:
    """Delete for good a meeting in the Trash (one that is not there is left alone)."""
    return Write(PURGE, meeting_id=meeting_id)


def apply(engine: Engine, writes: Iterable[Write], *, author: str | None = None,
          progress: Progress | None = None) -> Changes:
    """Store `writes` in order, in one transaction; returns what they changed."""
    todo = list(writes)
    # The shares of the time an import of thousands spends checking, storing, and
    # indexing them once committed (benchmarks/bench_window_import.py).
    checking, storing, indexing_ = steps(progress, (1, 4, 2))
    warnings = _validate(todo, checking)
    author = author or history.current_author()
    indexing.prepare(engine)  # before: the index then needs only these writes' entries
    with write_session(engine) as session:
        run = _Run(session, author)
        for start in range(0, len(todo), BATCH):
            run.batch(todo[start:start + BATCH])
            if storing:
                storing(min(start + BATCH, len(todo)), len(todo))
        changes = run.changes(warnings)
    if changes.journal_seq is not None:
        # Committed: the search index takes the entries in, from the records in hand
        # (or, if another thread has it now, the next search does: noted).
        indexing.note(engine, changes.journal_seq)
        indexing.follow(engine, run.stored, indexing_)
    if indexing_:
        indexing_(1, 1)  # the bar full, also when the index was not open to follow
    let_go(run.stored)
    return changes


def let_go(items: list[Any] | dict[Any, Any]) -> None:
    """Free a large collection an item at a time. One of 100,000 records dropped at
    once is freed in one call that holds the interpreter for seconds, and a window
    importing on a worker thread could not paint meanwhile."""
    pop = items.popitem if isinstance(items, dict) else items.pop
    while items:
        pop()


class Streamed:
    """The writes of one transaction given a batch at a time (`streamed`)."""

    def __init__(self, run: _Run, index: indexing.Beside) -> None:
        self._run = run
        self._index = index
        self._done = 0
        self.changes: Changes | None = None  # what was stored, once committed

    def write(self, writes: Sequence[Write]) -> None:
        """Check and store a batch; what it stored is given to the search index's
        writer (when it is open beside the transaction) and let go. Its warnings are
        not kept: they are a form's, shown at its fields, and an import of 100,000
        meetings would hold a list of them as long as the file."""
        _validate(writes, first=self._done, several=True)
        self._run.batch(writes)
        self._done += len(writes)
        self._index.take(self._run.session, self._run.stored)
        # Inserted rows are seen by this transaction's own lookups (store.identities):
        # only a batch's own uuids need keeping.
        self._run.known.clear()
        self._run.stored.clear()

    def counts(self) -> tuple[int, int, int]:
        """How many meetings were added, updated and found present so far."""
        run = self._run
        return len(run.added), len(run.updated), len(run.present)


@contextmanager
def streamed(engine: Engine, *, author: str | None = None,
             progress: Progress | None = None, apart: bool = False, expected: int = 0
             ) -> Iterator[Streamed]:
    """One transaction for writes that come a batch at a time (an import stored as its
    file is read): every batch is stored when it is written, and committed together at
    the end of the block, or none of them is (an exception, Cancel, a kill). Only one
    batch's records are held at a time. The search index takes each batch in as it is
    stored and commits after the database (indexing.Beside); when it cannot (not open
    here, behind the journal, busy), it follows the journal once the database has
    committed, reading the stored meetings back. `progress` hears the index's part;
    `changes` holds the outcome. `apart`: the index's documents are built in a child
    process, beside this one's reading and storing (a large import: indexing.Beside).
    `expected`: about how many meetings are coming; more than the database holds, and
    the tables' indexes no import looks up by are made once at the end instead of kept
    up row by row (store.bulk.indexes_deferred)."""
    author = author or history.current_author()
    indexing.prepare(engine)
    with indexing.Beside(engine, apart=apart) as index:
        with write_session(engine) as session:
            index.begin(session)
            run = _Run(session, author)
            out = Streamed(run, index)
            with bulk.indexes_deferred(session, expected):
                yield out
            changes = run.changes()
        if changes.journal_seq is not None:
            indexing.note(engine, changes.journal_seq)
            index.commit()
            indexing.follow(engine, None, progress)  # what Beside did not take in
    if progress:
        progress(1, 1)
    out.changes = changes


CHECKED_EVERY = 200  # records checked between progress reports


def _validate(writes: Sequence[Write], progress: Progress | None = None, *,
              first: int = 0, several: bool | None = None) -> tuple[Problem, ...]:
    """Refuse the lot (ValidationFailed) if any record cannot be stored; the warnings.
    A problem names its meeting (meetings[first + i]) when there are `several`."""
    warnings: list[Problem] = []
    if several is None:
        several = sum(w.record is not None for w in writes) > 1
    for i, w in enumerate(writes):
        if progress and i % CHECKED_EVERY == 0:
            progress(i, len(writes))
        if w.record is None:
            continue
        checked = w.checked
        if checked is None or checked.record is not w.record:
            try:
                checked = check(w.record)
            except ValidationFailed as failed:
                if not several:
                    raise
                raise ValidationFailed([p.within("meetings", first + i)
                                        for p in failed.problems]) from None
        warnings.extend(checked.warnings)
    return tuple(warnings)


@dataclass
class _Run:
    """The writes of one transaction, and what they changed so far."""

    session: Session
    author: str
    # Compact (Refs): an import of 1,000,000 meetings keeps one of each until its end.
    added: Refs = field(default_factory=Refs)
    updated: Refs = field(default_factory=Refs)
    removed: Refs = field(default_factory=Refs)
    present: Refs = field(default_factory=Refs)
    journal_seq: int | None = None
    pending: list[MeetingRecord] = field(default_factory=list)  # imports to insert together
    # uuid -> the stored meeting, for imports: those read from the database and those
    # this transaction stored (a file listed twice is imported once).
    known: dict[str, store.Identity] = field(default_factory=dict)
    # id -> the record as this transaction stored it, for the search index to read
    # instead of the database (an import's 100,000 meetings are not read back).
    stored: dict[int, MeetingRecord] = field(default_factory=dict)

    def changes(self, warnings: tuple[Problem, ...] = ()) -> Changes:
        # Handed over, not copied: the run ends with it.
        return Changes(self.added, self.updated, self.removed, self.present,
                       self.journal_seq, warnings)

    def batch(self, writes: Sequence[Write]) -> None:
        uuids = [w.record.uuid for w in writes
                 if w.kind == IMPORT and w.record is not None and w.record.uuid
                 and w.record.uuid not in self.known]
        if uuids:
            self.known.update((i.uuid, i) for i in store.identities(self.session, uuids=uuids))
        for w in writes:
            if w.kind == IMPORT:
                assert w.record is not None
                self._import(w.record, w.update)
                continue
            self._flush()
            if w.kind == SAVE:
                assert w.record is not None
                self._save(w.record, force=w.force, reason=w.reason)
            elif w.kind in (TRASH, RESTORE):
                assert w.meeting_id is not None
                self._move(w.meeting_id, to_trash=w.kind == TRASH, reason=w.reason)
            elif w.kind == PURGE:
                assert w.meeting_id is not None
                self._purge(w.meeting_id)
            else:
                raise AssertionError(w.kind)
        self._flush()

    # --- each kind of write ------------------------------------------------------

    def _journal(self, refs: Sequence[Ref], operation: str) -> None:
        seq = journal.append(
            self.session, [journal.Pending(r.uuid, r.id, r.version, operation) for r in refs],
            store.now())
        if seq is not None:
            self.journal_seq = seq

    def _import(self, record: MeetingRecord, update: bool) -> None:
        """Queue a new meeting for insertion; a stored one is present, or replaced when
        `update` and the file's version is newer."""
        stored = self.known.get(record.uuid) if record.uuid else None
        if stored is None:
            uuid, version = record.uuid or store.new_uuid(), record.version or 1
            # A shallow copy: the store only reads the participants and paragraphs.
            record = dataclasses.replace(record, id=None, uuid=uuid, version=version)
            # Known before it is inserted: the same uuid later in this import is present.
            self.known[uuid] = store.Identity(0, uuid, version, False)
            self.pending.append(record)
            return
        if stored.id == 0:  # earlier in this very import, not inserted yet
            self._flush()
            stored = self.known[stored.uuid]
        newer = record.version is not None and record.version > stored.version
        if not (update and newer):
            self.present.append(Ref(stored.id, stored.uuid, stored.version))
            return
        old = store.load(self.session, stored.id, include_deleted=True)
        replacement = record.copy()
        replacement.id = stored.id
        version = store.update_record(self.session, replacement, expected_version=None,
                                      version=record.version)
        self.stored[stored.id] = replacement
        history.record_event(self.session, stored.id, "replace",
                             changes=history.diff(old, replacement), author=self.author,
                             reason=f"newer version {version} imported (was {stored.version})")
        ref = Ref(stored.id, stored.uuid, version)
        self.known[stored.uuid] = store.Identity(stored.id, stored.uuid, version,
                                                 stored.deleted)
        self.updated.append(ref)
        self._journal([ref], "replace")

    def _flush(self) -> None:
        """Insert the queued imports: a few multi-row statements for the lot."""
        records, self.pending = self.pending, []
        if not records:
            return
        ids = store.insert_many(self.session, records)
        self.stored.update(zip(ids, records, strict=True))
        refs = []
        for meeting_id, r in zip(ids, records, strict=True):
            assert r.uuid is not None and r.version is not None  # given by _import
            refs.append(Ref(meeting_id, r.uuid, r.version))
            self.known[r.uuid] = store.Identity(meeting_id, r.uuid, r.version, False)
        history.record_events(self.session, ids, "import", author=self.author)
        self.added.extend(refs)
        self._journal(refs, "import")

    def _save(self, record: MeetingRecord, *, force: bool, reason: str | None) -> None:
        session = self.session
        if record.id is None:
            # A new meeting is a new identity, whatever the record carried (a copy).
            record = record.copy()
            record.uuid, record.version = store.new_uuid(), None
            new_id, version = store.insert(session, record)
            self.stored[new_id] = record
            history.record_event(session, new_id, "create", author=self.author)
            ref = Ref(new_id, record.uuid, version)
            self.added.append(ref)
            self._journal([ref], "create")
            return
        try:
            old: MeetingRecord | None = store.load(session, record.id, include_deleted=True)
        except NotFoundError:
            old = None
        version = store.update_record(
            session, record, expected_version=None if force else record.version)
        self.stored[record.id] = record
        assert old is not None and old.uuid is not None  # update_record refuses a missing one
        amending = reason is not None
        if old.status == Status.FINAL and not amending:
            raise history.FinalError(record.id)
        if amending and old.status != Status.FINAL:
            raise UserError(f"meeting {record.id} is not final; save it instead of amending")
        action = ("amend" if amending else
                  "finalise" if record.status == Status.FINAL else "update")
        history.record_event(session, record.id, action, reason=reason,
                             changes=history.diff(old, record), author=self.author)
        ref = Ref(record.id, old.uuid, version)
        self.updated.append(ref)
        self._journal([ref], action)

    def _move(self, meeting_id: int, *, to_trash: bool, reason: str | None = None) -> None:
        identity = self._identity(meeting_id)
        if identity.deleted == to_trash:
            where = "is already in the Trash" if to_trash else "is not in the Trash"
            raise UserError(f"meeting {meeting_id} {where}")
        version = store.set_deleted(self.session, meeting_id, to_trash)
        action = "delete" if to_trash else "restore"
        history.record_event(self.session, meeting_id, action, author=self.author,
                             reason=reason)
        ref = Ref(meeting_id, identity.uuid, version)
        (self.removed if to_trash else self.added).append(ref)
        self._journal([ref], action)

    def _purge(self, meeting_id: int) -> None:
        found = store.identities(self.session, ids=[meeting_id])
        if not found or not found[0].deleted:
            return
        identity = found[0]
        store.purge(self.session, meeting_id)
        drafts.delete_of_meeting(self.session, meeting_id)
        history.record_event(self.session, meeting_id, "purge", author=self.author)
        ref = Ref(meeting_id, identity.uuid, identity.version + 1)
        self.removed.append(ref)
        self._journal([ref], "purge")

    def _identity(self, meeting_id: int) -> store.Identity:
        found = store.identities(self.session, ids=[meeting_id])
        if not found:
            raise NotFoundError(f"there is no meeting {meeting_id}")
        return found[0]
