"""Sessions for reading and for writing; database errors a user can cause become
UserError with a plain message."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from mtgdesk.domain.errors import ServerAway, UserError
from mtgdesk.store import dialect

# What the layers above hold, as opaque handles: they pass an Engine and a Session to
# the store and never use SQLAlchemy themselves.
__all__ = ["Engine", "Session", "describe", "describe_db_error", "read_session",
           "user_error", "where", "write_session"]


def describe_db_error(exc: BaseException, where: str) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return (f"the database {where} is busy in another mtgdesk for too long; "
                "try again in a moment")
    if "disk is full" in text or "database or disk is full" in text:
        return (f"the disk holding {where} is full; nothing was saved. Free some space "
                "and save again")
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return (f"the database {where} cannot be written (read-only file or folder); "
                "choose another file or ask for write access")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return (f"the database {where} is damaged or is not an mtgdesk database; "
                "restore it from a backup or choose another file")
    if "unable to open" in text or "no such file" in text:
        return (f"the database {where} cannot be opened (its folder is missing or not "
                "accessible); choose another file")
    if "disk i/o" in text:
        return f"the disk failed while using {where}; check the drive and try again"
    return f"the database {where} failed: {getattr(exc, 'orig', exc)}"


def describe(exc: BaseException, engine: Engine) -> str:
    """describe_db_error for this engine: a server's errors say which server."""
    if dialect.is_postgres(engine):
        said = dialect.describe_server_error(exc, engine.url)
        if said is not None:
            return said
    return describe_db_error(exc, where(engine))


def user_error(exc: BaseException, engine: Engine) -> UserError:
    """The UserError a database error is for the clerk: ServerAway when the office
    server cannot be reached (the window then keeps working on this machine)."""
    said = describe(exc, engine)
    if dialect.is_postgres(engine) and said.startswith(dialect.AWAY_PREFIX):
        return ServerAway(said)
    return UserError(said)


def where(engine: Engine) -> str:
    url = engine.url
    return url.database or "" if dialect.is_sqlite(engine) else url.render_as_string(
        hide_password=True)


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    try:
        with Session(engine) as session:
            yield session
    except DBAPIError as exc:
        raise user_error(exc, engine) from exc


@contextmanager
def write_session(engine: Engine, *, exclusive: bool = True) -> Iterator[Session]:
    """One transaction: everything in the block is stored, or nothing is; once stored,
    it is in the database file itself, not only in the -wal beside it.

    `exclusive`: the writers of meetings take turns (see dialect.writer); a write that
    touches one row of its own (a clerk's draft) need not wait behind an import on a
    server. SQLite takes its write lock either way."""
    bind = dialect.writer(engine) if exclusive else dialect.row_writer(engine)
    try:
        with Session(bind) as session, session.begin():
            yield session
        dialect.checkpoint(engine)
    except DBAPIError as exc:
        raise user_error(exc, engine) from exc

