"""Where the data lives and opening it: default path, URLs, migrations on open.

A database file becomes a URL in one place, sqlite_url: an sqlalchemy URL object built
from the path, never a string SQLAlchemy parses again, so a `#`, `?` or `%` in a file
name is part of the name (`meet#1.sqlite3`, `100%41.sqlite3`), not a fragment, a query
or an escape. SQLite's own URI filenames are quoted by readonly.file_uri, the other
place a path becomes a URI.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from mtgdesk.domain.errors import UserError
from mtgdesk.store import dialect, integrity
from mtgdesk.store.location import database_path
from mtgdesk.store.session import describe_db_error, user_error
from mtgdesk.userfiles import protect

SQLITE_HEADER = b"SQLite format 3\x00"


# The database products mtgdesk can work on; any other URL is refused in one line
# before SQLAlchemy looks for a driver. (postgresql: the office server, issue 16.)
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def sqlite_url(path: Path) -> URL:
    """The URL of the SQLite file at `path`, whatever characters its name holds."""
    return URL.create("sqlite", database=str(path))


def resolve_url(db: str | os.PathLike[str] | None) -> URL:
    """A path or an SQLAlchemy URL (anything with '://') to a URL."""
    path = database_path(db)
    if path is None:
        assert db is not None  # only a URL has no path
        text = os.fspath(db)
        text = dialect.normalise_url(text)
        try:
            url = make_url(text)
        except ArgumentError:
            raise UserError(f"{_short(text)!r} is neither a database file nor a database "
                            "URL") from None
        backend = url.get_backend_name()
        if backend not in SUPPORTED_BACKENDS:
            raise UserError(f"{backend}:// databases are not supported: give a database "
                            "file (or a postgresql:// URL for an office server)")
        return url
    if db is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return sqlite_url(path)


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


def sqlite_path(url: str | URL) -> Path | None:
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


def make_engine(url: str | URL) -> Engine:
    if isinstance(url, str):
        url = dialect.normalise_url(url)
    shown = make_url(url).render_as_string(hide_password=True)
    try:
        # On a server, a pooled connection is tried before use: after the server was
        # restarted the pool's old ones are dead, and the clerk's next save must not
        # fail on one of them.
        engine = create_engine(url, connect_args=dialect.connect_args(url),
                               pool_pre_ping=make_url(url).get_backend_name() != "sqlite")
    except ModuleNotFoundError as exc:  # a URL naming a driver that is not installed
        raise UserError(f"{shown} needs the {exc.name} module, which mtgdesk does not "
                        "ship; use sqlite:///FILE or postgresql://USER@HOST:PORT/DBNAME"
                        ) from None
    except (NoSuchModuleError, ImportError) as exc:  # NoSuchModuleError first: an
        backend = make_url(url).get_backend_name()  # ArgumentError of its own
        raise UserError(f"{backend}:// databases cannot be opened here: {exc}") from None
    except ArgumentError as exc:
        raise UserError(f"{shown} cannot be used: {exc}") from None
    dialect.configure(engine)
    return engine


def open_database(db: str | os.PathLike[str] | None = None, *, migrate: bool = True,
                  read_only_ok: bool = True) -> Engine:
    """The engine for a database, created if new and upgraded if older (after a copy);
    one that cannot be written is opened read-only (store.read_only) when it can be
    read and `read_only_ok`, else refused with the reason."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        # Header, folder, disk space and quick_check, all without writing a byte.
        try:
            integrity.check_file(path)
        except integrity.Unwritable as exc:
            if not read_only_ok or not path.is_file() or path.stat().st_size == 0:
                raise  # nothing there to read
            from mtgdesk.store.read_only import open_read_only

            engine = open_read_only(path, url, str(exc).split(";")[0])
            protect([path, *integrity.wal_files(path)], "the database mtgdesk has open")
            return engine
        check_sqlite_file(path)
    engine = make_engine(url)
    if path is not None:
        protect([path, *integrity.wal_files(path)], "the database mtgdesk has open")
        integrity.guard_writes(engine, path)
    if migrate:
        from mtgdesk.store.migrate import upgrade

        try:
            upgrade(engine)
        except DBAPIError as exc:
            engine.dispose()
            if path is None:
                raise user_error(exc, engine) from exc
            raise UserError(describe_db_error(exc, str(path))) from exc
        except UserError:
            engine.dispose()
            raise
    return engine


def upgrade_schema(engine: Engine) -> None:
    """The schema checked and brought up to date, as `open_database` does (a window that
    started while the office server was away: when it answers)."""
    from mtgdesk.store.migrate import upgrade

    try:
        upgrade(engine)
    except DBAPIError as exc:
        raise user_error(exc, engine) from exc


def server_login(engine: Engine) -> str | None:
    """The login an office server knows this connection by; None for a file."""
    if not dialect.is_postgres(engine):
        return None
    try:
        return dialect.login_name(engine)
    except DBAPIError as exc:
        raise user_error(exc, engine) from exc


def reachable(engine: Engine) -> bool:
    """Whether the database answers now (an office server may be away)."""
    try:
        dialect.ping(engine)
    except DBAPIError:
        return False
    return True


def server_role(engine: Engine) -> str | None:
    """The clerk's role on an office server (mtgdesk.store.roles); None for a file."""
    from mtgdesk.store import roles

    try:
        return roles.role_of(engine)
    except DBAPIError as exc:
        raise user_error(exc, engine) from exc


def init_roles(engine: Engine) -> None:
    from mtgdesk.store import roles

    try:
        roles.init_server(engine)
    except DBAPIError as exc:
        raise user_error(exc, engine) from exc


def grant_role(engine: Engine, login: str, role: str) -> None:
    from mtgdesk.store import roles

    try:
        roles.add_login(engine, login, role)
    except DBAPIError as exc:
        raise user_error(exc, engine) from exc
