"""Import and export interchange documents: all or nothing, errors that name the path."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from mtgdesk.domain import interchange, json_stream
from mtgdesk.domain.changes import NOTHING, Changes
from mtgdesk.domain.errors import UserError
from mtgdesk.domain.progress import Progress, steps
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.validation import Checked
from mtgdesk.services import writes
from mtgdesk.store import meetings as store
from mtgdesk.store.database import sqlite_path
from mtgdesk.store.session import Engine, read_session
from mtgdesk.userfiles import MB, check_output, read_pieces, write_output

# A file is read a few MB at a time and stored as it is read, one batch held (memory
# does not grow with it: benchmarks/bench_interchange_memory.py), so the cap guards
# neither memory nor a hostile file's values (json_stream bounds those). It only
# refuses what is no interchange file at all: 64 GB is 19 times the 1,000,000 generated
# meetings (3.4 GB) and some 20 million meetings, days of import. What a large file
# really needs is disk: see DISK_PER_BYTE.
INTERCHANGE_CAP = 64 * 1024 ** 3
# The disk an import needs beside a SQLite database, as a multiple of its files' size,
# checked before anything is read: the database (0.85x the file at 100,000 generated
# meetings), its -wal, which holds the whole transaction until it commits (as much
# again), and the search index (0.3x) when it lives there. An import that fills the
# disk fails at the end of hours of work; this one is refused before it starts.
DISK_PER_BYTE = 2
# An import stores its meetings this many at a time (or fewer, when they are large):
# the records held at once, whatever the size of the file.
BATCH_MEETINGS = 1_000
BATCH_CHARACTERS = 8_000_000
# Files at least this large (some 6,000 meetings) have the search index's documents
# built in a process of their own, on the other core (indexing.Beside): below it,
# starting that process costs more than it saves.
APART_BYTES = 20_000_000
# About the bytes of one meeting in a file (the generated ones: 3,400): how many a file
# brings, for store.bulk.indexes_deferred.
MEETING_BYTES = 3_000


@dataclass(frozen=True)
class FileImport:
    """What became of one file's meetings."""

    path: str
    imported: int = 0  # stored as new meetings
    updated: int = 0  # replaced a stored, older version (import --update)
    present: int = 0  # stored already (same uuid), left as they were

    def describe(self) -> str:
        parts = [f"{self.imported} imported"]
        if self.updated:
            parts.append(f"{self.updated} updated")
        if self.present:
            parts.append(f"{self.present} already present")
        return ", ".join(parts)


@dataclass(frozen=True)
class ImportResult:
    files: tuple[str, ...]
    per_file: tuple[FileImport, ...] = ()
    changes: Changes = NOTHING

    @property
    def ids(self) -> tuple[int, ...]:
        """The meetings stored or updated, in file order (made when asked: a million
        of them are 36 MB)."""
        return tuple(i for refs in (self.changes.added, self.changes.updated)
                     for i in (r.id for r in refs))


def _size(path: str | Path) -> int:
    try:
        return max(Path(path).stat().st_size, 1)
    except OSError:
        return 1  # reading it will say what is wrong


def check_room(engine: Engine, size: int) -> None:
    """Refuse, before reading, an import of `size` bytes of files into a SQLite database
    whose disk has not DISK_PER_BYTE times that free (a server's disk is its own)."""
    path = sqlite_path(engine.url)
    if path is None:
        return
    folder = path.resolve().parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # writing will say what is wrong
    need = DISK_PER_BYTE * size
    if free < need:
        raise UserError(
            f"importing {size / MB:,.0f} MB of meetings needs about {need / MB:,.0f} MB free "
            f"on the disk holding {path} (the database grows by about the files' size, and "
            f"as much again until the import commits); {free / MB:,.0f} MB are free. Free "
            "some space or move the database to a larger disk; nothing was imported")


def read_records(path: str | Path, progress: Progress | None = None
                 ) -> Iterator[MeetingRecord]:
    """The meetings of an interchange file, checked, one at a time as it is read."""
    return (c.record for c in read_checked(path, progress))


def read_checked(path: str | Path, progress: Progress | None = None) -> Iterator[Checked]:
    """read_records, each record as validation.check gave it (a write does not check
    it again)."""
    path = Path(path)
    pieces = read_pieces(path, cap=INTERCHANGE_CAP, what="interchange file",
                         size=json_stream.CHUNK)
    return interchange.checked_records(pieces, source=str(path), total=_size(path),
                                       progress=progress)


def read_file(path: str | Path, progress: Progress | None = None) -> list[MeetingRecord]:
    return list(read_records(path, progress))


def batches(records: Iterable[Checked]) -> Iterator[list[Checked]]:
    """The records BATCH_MEETINGS at a time, or fewer when their text passes
    BATCH_CHARACTERS (one meeting may hold 2,000 paragraphs of 20,000 characters)."""
    batch: list[Checked] = []
    size = 0
    for c in records:
        batch.append(c)
        r = c.record
        size += sum(len(p.text) for p in r.paragraphs) + 300 * len(r.participants) + 300
        if len(batch) >= BATCH_MEETINGS or size >= BATCH_CHARACTERS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# An import's bar: reading, checking, storing and indexing the files, each by its
# size, and then the commits. The index takes the meetings in as they are stored
# (indexing.Beside); only when it cannot does it read them back after the commit, and
# then this last share is slow to fill (benchmarks/bench_window_import.py).
INDEX_SHARE = 0.05


def import_changes(engine: Engine, records: Sequence[MeetingRecord], *,
                   update: bool = False, progress: Progress | None = None,
                   author: str | None = None) -> Changes:
    """Store every record in one transaction: all of them or, on any failure, none.

    A record whose uuid is stored already is left out (Changes.present); with `update`,
    one with a newer version replaces the stored meeting, with a history entry.
    """
    # In batches of multi-row statements (and the index with them): 100,000
    # meetings in minutes rather than hours, still one transaction.
    return writes.apply(engine, [writes.imported(r, update=update) for r in records],
                        progress=progress, author=author)


def import_records(engine: Engine, records: Sequence[MeetingRecord], *,
                   update: bool = False, progress: Progress | None = None
                   ) -> tuple[int, ...]:
    """import_changes, giving the ids of the meetings stored or updated."""
    changes = import_changes(engine, records, update=update, progress=progress)
    return tuple(r.id for r in (*changes.added, *changes.updated))


def import_files(engine: Engine, paths: Sequence[str | Path], *, update: bool = False,
                 progress: Progress | None = None, author: str | None = None
                 ) -> ImportResult:
    """Every file's meetings in one transaction, all or nothing, stored as they are
    read: a batch at a time through the one write path, so memory stays bounded
    whatever the files' size. A fault anywhere (a bad meeting at the end of the last
    file), Cancel (a `progress` that raises) or a kill leaves nothing stored."""
    sizes = [_size(p) for p in paths]
    whole = sum(sizes)
    check_room(engine, whole)
    *reading, indexing_ = steps(
        progress, [(1 - INDEX_SHARE) * s / whole for s in sizes] + [INDEX_SHARE])
    per_file = []
    with writes.streamed(engine, author=author, progress=indexing_,
                         apart=whole >= APART_BYTES,
                         expected=whole // MEETING_BYTES) as run:
        for path, heard in zip(paths, reading, strict=True):
            before = run.counts()
            for batch in batches(read_checked(path, heard)):
                run.write([writes.imported(r, update=update) for r in batch])
                del batch  # let go before the next is read
            added, updated, present = (a - b for a, b in zip(run.counts(), before,
                                                               strict=True))
            per_file.append(FileImport(str(path), added, updated, present))
    changes = run.changes
    assert changes is not None  # committed
    return ImportResult(tuple(str(p) for p in paths), tuple(per_file), changes)


def export_records(engine: Engine, ids: Sequence[int] | None = None) -> list[MeetingRecord]:
    with read_session(engine) as session:
        if ids is None:
            ids = store.list_ids(session, order="held_on", descending=False)
        records = store.load_many(session, list(ids))
    missing = sorted(set(ids) - {r.id for r in records})
    if missing:
        raise UserError(f"there is no meeting {', '.join(map(str, missing))}")
    return records


def export_text(engine: Engine, ids: Sequence[int] | None = None) -> str:
    return interchange.dumps(export_records(engine, ids))


def write_export(engine: Engine, dest: str | Path, ids: Sequence[int] | None = None) -> int:
    """Write atomically: a failed export never leaves half a file in place of a good one."""
    check_output(dest)  # before the work, not only after it
    records = export_records(engine, ids)
    write_output(dest, interchange.dumps(records).encode("utf-8"))
    return len(records)
