"""Import and export interchange documents: all or nothing, errors that name the path."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from mtgdesk.domain import interchange
from mtgdesk.domain.errors import UserError
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import history
from mtgdesk.store import meetings as store
from mtgdesk.store.session import read_session, write_session
from mtgdesk.userfiles import read_bytes

Progress = Callable[[int, int], None]  # (done, total)
IMPORT_BATCH = 500


@dataclass(frozen=True)
class ImportResult:
    ids: tuple[int, ...]
    files: tuple[str, ...]


def read_file(path: str | Path) -> list[MeetingRecord]:
    path = Path(path)
    return interchange.loads(read_bytes(path), source=str(path))


def import_records(engine: Engine, records: Sequence[MeetingRecord], *,
                   progress: Progress | None = None) -> tuple[int, ...]:
    """Store every record in one transaction: all of them or, on any failure, none."""
    ids = []
    total = len(records)
    author = history.current_author()
    with write_session(engine) as session:
        # In batches of multi-row statements (and the index with them): 100,000
        # meetings in minutes rather than hours, still one transaction.
        for start in range(0, total, IMPORT_BATCH):
            batch = records[start:start + IMPORT_BATCH]
            ids.extend(store.insert_many(session, batch))
            history.record_events(session, ids[start:], "import", author=author)
            if progress:
                progress(start + len(batch), total)
    return tuple(ids)


def import_files(engine: Engine, paths: Sequence[str | Path], *,
                 progress: Progress | None = None) -> ImportResult:
    """Read every file first, then store them all in one transaction."""
    records: list[MeetingRecord] = []
    for path in paths:
        records.extend(read_file(path))
    return ImportResult(import_records(engine, records, progress=progress),
                        tuple(str(p) for p in paths))


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
    records = export_records(engine, ids)
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.partial")
    try:
        tmp.write_text(interchange.dumps(records), encoding="utf-8")
        tmp.replace(dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{dest}: cannot be written ({exc.strerror})") from None
    return len(records)
