"""Moving an archive: a server's backup to a local SQLite file (a clerk takes it to a
meeting abroad), a backup loaded into an empty server, and `copy FROM TO` between
any two databases. Each is all or nothing: a file appears whole under its name or
not at all, a server gets everything in one transaction or nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from mtgdesk.domain.errors import UserError
from mtgdesk.services.backup import check_source
from mtgdesk.store import transfer
from mtgdesk.store.database import open_database, resolve_url, sqlite_path
from mtgdesk.store.location import is_url
from mtgdesk.store.session import Engine

Progress = transfer.Progress


def backup_to_file(engine: Engine, dest: str | Path, *, progress: Progress | None = None
                   ) -> tuple[Path, int]:
    """The whole database `engine` is on (a server) as a new SQLite file `dest` (a
    folder: a file named for the database and the time in it); returns the file and
    how many meetings it holds."""
    dest = Path(dest).expanduser()
    if dest.is_dir():
        from datetime import UTC, datetime

        name = engine.url.database or "office"
        dest = dest / f"{name}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.sqlite3"
    return dest, _to_new_file(engine, dest, progress)


def _to_new_file(source: Engine, dest: Path, progress: Progress | None) -> int:
    if not dest.parent.is_dir():
        raise UserError(f"the folder {dest.parent} does not exist; choose another place")
    if dest.exists():
        raise UserError(f"{dest} exists already; choose a new file (nothing was changed)")
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        target = open_database(partial)
        try:
            copied = transfer.copy_archive(source, target, progress=progress)
        finally:
            target.dispose()
        partial.replace(dest)  # the copy appears whole or not at all
    except OSError as exc:
        raise UserError(f"{dest} cannot be written ({exc.strerror}); nothing was "
                        "kept") from None
    finally:
        for leftover in (partial, *(partial.with_name(partial.name + s)
                                    for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
    return copied


def restore_into_server(url: str, src: str | Path, *, progress: Progress | None = None
                        ) -> int:
    """Load the backup file `src` into the empty office server `url` (its schema is
    made first); returns how many meetings. The file is checked first and never
    changed: an older one is upgraded in a temporary copy."""
    dest = open_database(url)
    try:
        return restore_into(dest, src, progress=progress)
    finally:
        dest.dispose()


def restore_into(dest: Engine, src: str | Path, *, progress: Progress | None = None
                 ) -> int:
    """restore_into_server on an engine already open (the window's)."""
    src = Path(src).expanduser()
    check_source(src)
    with _readable_copy(src) as source:
        return transfer.copy_archive(source, dest, progress=progress)


def copy_between(source_db: str, dest_db: str, *, progress: Progress | None = None) -> int:
    """`mtgdesk copy FROM TO`: every meeting, with its history, from one database to
    another that is new (a file) or empty (a server). Returns how many meetings."""
    if not is_url(source_db):
        check_source(Path(source_db).expanduser())
    dest_path = None if is_url(dest_db) else Path(dest_db).expanduser().absolute()
    if dest_path is not None and dest_path.exists():
        raise UserError(f"{dest_path} exists already; copy into a new file "
                        "(nothing was changed)")
    same = resolve_url(source_db) == resolve_url(dest_db)
    if same:
        raise UserError("a database cannot be copied onto itself")
    with _opened(source_db) as source:
        if dest_path is not None:
            return _to_new_file(source, dest_path, progress)
        dest = open_database(dest_db)
        try:
            return transfer.copy_archive(source, dest, progress=progress)
        finally:
            dest.dispose()


class _opened:
    """An engine on a source database, never changing it: a file is read from a
    temporary copy upgraded to this version's schema."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._inner: _readable_copy | None = None
        self._engine: Engine | None = None

    def __enter__(self) -> Engine:
        path = None if is_url(self.db) else sqlite_path(resolve_url(self.db))
        if path is not None:
            self._inner = _readable_copy(path)
            return self._inner.__enter__()
        self._engine = open_database(self.db)
        return self._engine

    def __exit__(self, *exc: object) -> None:
        if self._inner is not None:
            self._inner.__exit__(*exc)
        if self._engine is not None:
            self._engine.dispose()


class _readable_copy:
    """A consistent copy of an SQLite file in a temporary folder, at this version's
    schema: opening the original could upgrade it, or leave files beside it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = ""
        self.engine: Engine | None = None

    def __enter__(self) -> Engine:
        from mtgdesk.store.copy import copy_database as sqlite_copy

        self.folder = tempfile.mkdtemp(prefix="mtgdesk-copy-")
        copy = Path(self.folder) / "source.sqlite3"
        sqlite_copy(self.path, copy)
        self.engine = open_database(copy)
        return self.engine

    def __exit__(self, *exc: object) -> None:
        if self.engine is not None:
            self.engine.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

