"""Everything that depends on the database product lives here (SQLite today; a shared
PostgreSQL server for a whole office comes later and gets its branch in these functions)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event

BUSY_TIMEOUT_MS = 30_000


def is_sqlite(bind: Engine | Connection) -> bool:
    return bind.dialect.name == "sqlite"


def configure(engine: Engine) -> None:
    """Pragmas on every new connection and explicit BEGIN for SQLite.

    pysqlite's own implicit BEGIN is turned off so that write sessions can start with
    BEGIN IMMEDIATE: a second writer then waits on the busy timeout at the start of its
    transaction instead of failing with 'database is locked' halfway through it.
    """
    if not is_sqlite(engine):
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode is safe from corruption; a power cut may lose only the
            # last commit, never half of one.
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock at BEGIN."""
    if not is_sqlite(engine):
        return engine
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def integrity_problems(conn: Connection, *, full: bool = False) -> list[str]:
    """An empty list when the database passes SQLite's own check."""
    if not is_sqlite(conn):
        return []
    pragma = "integrity_check" if full else "quick_check"
    rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def foreign_key_violations(conn: Connection) -> int:
    return len(list(conn.exec_driver_sql("PRAGMA foreign_key_check")))
