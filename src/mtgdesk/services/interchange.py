"""Import and export interchange documents: all or nothing, errors that name the path."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mtgdesk.domain import interchange
from mtgdesk.domain.changes import NOTHING, Changes
from mtgdesk.domain.errors import UserError
from mtgdesk.domain.progress import Progress, steps
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import writes
from mtgdesk.store import meetings as store
from mtgdesk.store.session import Engine, read_session
from mtgdesk.userfiles import check_output, read_bytes, write_output

# 100,000 meetings are 340 MB of JSON; a file is read whole, so this bounds memory too.
INTERCHANGE_CAP = 1024 * 1024 * 1024


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
    ids: tuple[int, ...]  # the meetings stored or updated, in file order
    files: tuple[str, ...]
    per_file: tuple[FileImport, ...] = ()
    changes: Changes = NOTHING


def read_file(path: str | Path, progress: Progress | None = None) -> list[MeetingRecord]:
    path = Path(path)
    return interchange.loads(read_bytes(path, cap=INTERCHANGE_CAP, what="interchange file"),
                             source=str(path), progress=progress)


# An import's bar: reading and checking the files takes about a fifth of the time
# storing them does (benchmarks/bench_window_import.py), each file by its size.
READ_SHARE = 0.2


def _size(path: str | Path) -> int:
    try:
        return max(Path(path).stat().st_size, 1)
    except OSError:
        return 1  # reading it will say what is wrong


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
    """Read every file first, then store them all in one transaction."""
    sizes = [_size(p) for p in paths]
    whole = sum(sizes)
    *reading, storing = steps(progress, [READ_SHARE * s / whole for s in sizes] + [1.0])
    records: list[MeetingRecord] = []
    counts: list[int] = []
    for path, heard in zip(paths, reading, strict=True):
        found = read_file(path, heard)
        records.extend(found)
        counts.append(len(found))
        del found  # the records are held by `records` alone (see writes.let_go)
    changes = import_changes(engine, records, update=update, progress=storing,
                             author=author)
    per_file = _per_file(paths, records, counts, changes)
    writes.let_go(records)
    return ImportResult(tuple(r.id for r in (*changes.added, *changes.updated)),
                        tuple(str(p) for p in paths), per_file, changes)




def _per_file(paths: Sequence[str | Path], records: Sequence[MeetingRecord],
              counts: Sequence[int], changes: Changes) -> tuple[FileImport, ...]:
    """Which file each outcome came from. A record without a uuid is always new; of the
    records sharing one, the first is new if the import added it, and the updates it
    had go to the first of them not yet counted; the others were present."""
    added = {r.uuid for r in changes.added}
    updates = Counter(r.uuid for r in changes.updated)
    seen: set[str] = set()
    outcome: list[str] = []
    for r in records:
        if r.uuid is None:
            outcome.append("imported")
        elif r.uuid not in seen and r.uuid in added:
            outcome.append("imported")
        elif updates[r.uuid] > 0:
            updates[r.uuid] -= 1
            outcome.append("updated")
        else:
            outcome.append("present")
        if r.uuid is not None:
            seen.add(r.uuid)
    out, start = [], 0
    for path, n in zip(paths, counts, strict=True):
        mine = outcome[start:start + n]
        start += n
        out.append(FileImport(str(path), mine.count("imported"), mine.count("updated"),
                              mine.count("present")))
    return tuple(out)


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
