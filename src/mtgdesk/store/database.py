"""Where the data lives and opening it: default path, URLs, migrations on open."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from mtgdesk.domain.errors import UserError
from mtgdesk.store import dialect, integrity
from mtgdesk.store.location import database_path
from mtgdesk.store.session import describe_db_error

SQLITE_HEADER = b"SQLite format 3\x00"


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """A path or an SQLAlchemy URL (anything with '://') to a URL string."""
    path = database_path(db)
    if path is None:
        assert db is not None  # only a URL has no path
        text = os.fspath(db)
        try:
            make_url(text)
        except ArgumentError:
            raise UserError(f"{text!r} is neither a database file nor a database URL") from None
        return text
    if db is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or u.database in (None, "", ":memory:"):
        return None
    return Path(u.database)


def check_sqlite_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that cannot be an mtgdesk database."""
    if not path.parent.is_dir():
        raise UserError(f"the folder {path.parent} does not exist; choose another file")
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a database file")
    if path.exists():
        try:
            with path.open("rb") as fh:
                head = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise UserError(f"{path} cannot be read: {exc.strerror}") from None
        if head and head != SQLITE_HEADER:
            raise UserError(
                f"{path} is not an mtgdesk database (it is not an SQLite file); "
                "choose another file or restore one from a backup")


def make_engine(url: str) -> Engine:
    kwargs = {}
    if make_url(url).get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": dialect.BUSY_TIMEOUT_MS / 1000,
                                  "check_same_thread": False}
    engine = create_engine(url, **kwargs)
    dialect.configure(engine)
    return engine


def open_database(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Engine:
    """The engine for a database, created if new and upgraded if older (after a copy)."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        # Header, folder, disk space and quick_check, all without writing a byte.
        integrity.check_file(path)
        check_sqlite_file(path)
    engine = make_engine(url)
    if path is not None:
        integrity.guard_writes(engine, path)
    if migrate:
        from mtgdesk.store.migrate import upgrade

        try:
            upgrade(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise UserError(describe_db_error(exc, str(path or url))) from exc
        except UserError:
            engine.dispose()
            raise
    return engine
