"""Alembic migrations run from code: no alembic.ini, the scripts ship in the package.

Opening an older database first copies the file aside, then upgrades it (batch mode on
SQLite). A database written by a newer mtgdesk is refused, not touched.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

from mtgdesk.domain.errors import UserError
from mtgdesk.store import dialect
from mtgdesk.store.revision import MIGRATIONS, head_revision
from mtgdesk.store.session import where

# Alembic is imported only when a schema must change: every CLI command opens the
# database, and loading the migration scripts would add to each start.


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):  # no such table: a new database
            return None


def _locked_revision(conn: Connection) -> str | None:
    # Asked first, not tried: on PostgreSQL a failed statement ends the transaction.
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def backup_before_migration(path: Path, revision: str | None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = path.with_name(f"{path.name}.before-upgrade-{revision or 'unversioned'}-{stamp}")
    from mtgdesk.store.copy import copy_database

    copy_database(path, dest)
    return dest


def upgrade(engine: Engine, target: str = "head") -> Path | None:
    """Bring the schema to `target`; returns the copy made first, if any."""
    # Tables before revision: another program creating this file commits both at once,
    # so seeing its tables and then no revision cannot happen in this order.
    has_tables = bool(inspect(engine).get_table_names())
    current = current_revision(engine)
    head = head_revision() if target == "head" else target
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise UserError(
            f"the database {where(engine)} was written by a newer mtgdesk "
            f"(schema {current}); update mtgdesk to open it")
    if current is None and has_tables:
        raise UserError(
            f"{where(engine)} holds tables that are not mtgdesk's; choose another "
            "database")
    copy = None
    path = Path(engine.url.database) if dialect.is_sqlite(engine) and engine.url.database else None
    if current is not None and path is not None and path.exists():
        copy = backup_before_migration(path, current)
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        sqlite = dialect.is_sqlite(conn)
        raw = conn.connection.dbapi_connection
        assert raw is not None  # a connection just checked out of the pool has one
        if sqlite:
            # Batch mode rebuilds tables; with foreign keys on, dropping the old meeting
            # table would cascade into participants. The pragma only works outside a
            # transaction, hence on the DBAPI connection before SQLAlchemy begins.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            # IMMEDIATE (a lock on the server): programs opening a new or older database
            # at once take turns, and those that waited find the schema current and
            # change nothing.
            with conn.execution_options(sqlite_begin="IMMEDIATE").begin():
                dialect.lock_for_migration(conn)
                if _locked_revision(conn) == head:
                    return None
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                if sqlite and dialect.foreign_key_violations(conn):
                    raise UserError("the upgrade would break links between records; "
                                    "the database was left as it was")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
    return copy
