"""A database that cannot be written (a read-only mount, a file without write access, a
full disk) is opened read-only instead of refused: `list`, `export`, `search` and
`report` work, the window says so in a banner, and every write is refused with that
reason before it starts.

The connections are the standard library's read-only ones (readonly.readonly_connect):
nothing is created beside the file, and SQLite is never asked to change the journal
mode. The schema must be this version's: an older one cannot be upgraded in place.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event

from mtgdesk.domain.errors import UserError
from mtgdesk.store import dialect, integrity
from mtgdesk.store.readonly import mtgdesk_revision, readonly_connect
from mtgdesk.store.revision import head_revision


class ReadOnlyDatabase(UserError):
    """A write to a database opened read-only."""


def open_read_only(path: Path, url: object, reason: str) -> Engine:
    """The engine of `path`, for reading only; `reason` says why it cannot be written."""
    problem = integrity.header_problem(integrity.read_header(path), path.stat().st_size)
    if problem is not None:
        raise UserError(f"{path} cannot be opened: {problem}; {integrity.RESTORE_HINT}")
    problems = integrity.quick_check(path)
    if problems:
        raise integrity.DamagedDatabase(f"{path} is damaged (SQLite reports: "
                                        f"{integrity.summary(problems)}); "
                                        f"{integrity.RESTORE_HINT}")
    revision = mtgdesk_revision(path)
    if revision is None:
        raise UserError(f"{path} is not an mtgdesk database; choose another file")
    if revision != head_revision():
        raise UserError(f"{reason}; and it was written by another version of mtgdesk "
                        f"(schema {revision}), which needs writing to open; copy it to a "
                        "folder you can write to")
    engine = create_engine(url, creator=lambda: readonly_connect(path, same_thread=False))  # type: ignore[call-overload]
    dialect.configure(engine, read_only=True)
    refusal = (f"{reason}. It is open read-only: nothing can be saved in it; copy it to "
               "a folder you can write to")

    def _no_writes(conn: Connection) -> None:
        if conn.get_execution_options().get("sqlite_begin") == "IMMEDIATE":
            raise ReadOnlyDatabase(refusal)

    event.listen(engine, "begin", _no_writes)
    _REASONS[engine] = reason
    return engine


_REASONS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def read_only_reason(engine: Engine) -> str | None:
    """Why the database is open read-only; None when it can be written."""
    return _REASONS.get(engine)
