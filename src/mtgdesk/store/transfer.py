"""A whole archive copied from one database to another (SQLite file or office server,
either way round): every table row for row, ids, uuids, versions, history and change
journal kept, read from one snapshot of the source and written in one transaction of
the destination, so the copy is whole or not there at all. The search index is not
copied: it is a folder of its own per database, built from the copy when first
searched (mtgdesk.services.indexing).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from mtgdesk.domain.errors import UserError
from mtgdesk.store import dialect
from mtgdesk.store.session import Engine, describe, where
from mtgdesk.store.tables import (
    AUDIT_TABLE,
    DRAFT_TABLE,
    JOURNAL_TABLE,
    MEETING_TABLE,
    PARAGRAPH_TABLE,
    PARTICIPANT_TABLE,
    RELEASE_ALIAS_TABLE,
    SAVED_SEARCH_TABLE,
)

# Parents before children (participants and paragraphs point at their meeting).
TABLES: tuple[Table, ...] = (MEETING_TABLE, PARTICIPANT_TABLE, PARAGRAPH_TABLE, AUDIT_TABLE,
                             DRAFT_TABLE, SAVED_SEARCH_TABLE, JOURNAL_TABLE,
                             RELEASE_ALIAS_TABLE)
CHUNK = 2000  # rows read and written at a time: memory stays bounded
Progress = Callable[[int, int], None]


def count_rows(conn: Connection) -> dict[str, int]:
    return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in TABLES}


def copy_archive(source: Engine, dest: Engine, *, progress: Progress | None = None) -> int:
    """Copy everything in `source` into the empty database `dest`; returns how many
    meetings. Refuses (UserError) a destination that holds anything already."""
    try:
        return _copy(source, dest, progress)
    except DBAPIError as exc:
        raise UserError(describe(exc, dest) + "; nothing was copied") from exc


def _copy(source: Engine, dest: Engine, progress: Progress | None) -> int:
    with source.connect().execution_options(**dialect.snapshot_options(source)) as src:
        with src.begin():
            counts = count_rows(src)
            total, done = sum(counts.values()), 0
            with Session(dialect.writer(dest)) as session, session.begin():
                out = session.connection()
                held = {n: c for n, c in count_rows(out).items() if c}
                if held:
                    raise UserError(
                        f"{where(dest)} is not empty (it holds {_describe(held)}); copy "
                        "into a new file or an empty database, nothing was changed")
                for table in TABLES:
                    key = list(table.primary_key.columns)
                    result = src.execution_options(yield_per=CHUNK).execute(
                        select(table).order_by(*key))
                    for part in result.partitions():
                        out.execute(table.insert(), [dict(r._mapping) for r in part])
                        done += len(part)
                        if progress:
                            progress(done, total)
                dialect.after_copy(out, TABLES)
            return counts[MEETING_TABLE.name]


def _describe(held: dict[str, int]) -> str:
    names = {"meeting": "meetings", "audit_entry": "history entries", "draft": "drafts",
             "saved_search": "saved searches", "change_journal": "journal entries",
             "participant": "participants", "paragraph": "paragraphs",
             "release_alias": "release corrections"}
    return ", ".join(f"{n:,} {names.get(t, t)}" for t, n in held.items())
