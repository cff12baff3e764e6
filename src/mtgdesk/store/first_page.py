"""The first page of the meeting list, read with the standard library's sqlite3 alone.

Importing SQLAlchemy and SQLModel is most of the program's start-up (about 0.6 s on a
slow machine). The window shows the newest meetings read here, then opens the database
through the store on a worker thread and reads everything through it from then on.

Only ever reads, and leaves nothing beside the file (store.readonly): a missing file
is not created, and a file this version does not
write (another schema revision), a damaged or busy file, or any SQLite error gives
None; the window then just waits for the store, which says what is wrong.
The query is the store's default order (newest first, see store.meetings.ORDERS);
a test checks both give the same rows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mtgdesk.domain.summary import MeetingSummary
from mtgdesk.store.readonly import readonly_connect
from mtgdesk.store.revision import head_revision

_COLUMNS = "id, title, held_on, ends_on, venue, city, status, series, version, uuid"
_PAGE_SQL = (f"SELECT {_COLUMNS} FROM meeting WHERE deleted_at IS NULL "
             "ORDER BY held_on DESC, id DESC LIMIT ?")
_COUNT_SQL = "SELECT count(*) FROM meeting WHERE deleted_at IS NULL"
_BUSY_TIMEOUT_S = 0.2  # a writer holding the file: wait for the store instead


@dataclass(frozen=True)
class FirstPage:
    total: int  # live meetings in the database
    rows: list[MeetingSummary]  # the newest `limit` of them, newest first


def read_first_page(path: Path, limit: int) -> FirstPage | None:
    if not path.is_file():
        return None
    try:
        conn = readonly_connect(path, timeout=_BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != head_revision():
            return None
        total = conn.execute(_COUNT_SQL).fetchone()[0]
        rows = [_summary(row) for row in conn.execute(_PAGE_SQL, (limit,))]
    except (sqlite3.Error, ValueError, TypeError):
        # ValueError/TypeError: a value that is not what the schema says (a damaged
        # row, or a page changing under an immutable read); the store will say.
        return None
    finally:
        conn.close()
    return FirstPage(total, rows)


def _summary(row: tuple) -> MeetingSummary:
    id_, title, held_on, ends_on, venue, city, status, series, version, uuid = row
    return MeetingSummary(id=id_, title=title, held_on=date.fromisoformat(held_on),
                          ends_on=date.fromisoformat(ends_on) if ends_on else None,
                          venue=venue, city=city, status=status, series=series,
                          version=version, uuid=uuid)
