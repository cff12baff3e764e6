"""Waiting for an office server to say its change journal grew (LISTEN/NOTIFY).

Every write transaction on PostgreSQL sends a notification on JOURNAL_CHANNEL with the
journal entry it ended at (store.journal.append; the server delivers it at commit, and
drops it on rollback). A window listens on a connection of its own, outside the pool,
and reads the journal as soon as one arrives instead of at the next poll; the poll
stays, for a notification lost with a connection.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import DBAPIError

from mtgdesk.store import dialect
from mtgdesk.store.session import Engine, user_error


class JournalListener:
    """One connection LISTENing on the journal's channel (an office server only)."""

    def __init__(self, engine: Engine) -> None:
        assert dialect.is_postgres(engine)
        self._engine = engine
        try:
            pooled = engine.raw_connection()
        except DBAPIError as exc:
            raise user_error(exc, engine) from exc
        conn: Any = pooled.driver_connection
        pooled.detach()  # its own: never handed back to the pool while listening
        try:
            conn.rollback()
            conn.autocommit = True
            conn.execute(f"LISTEN {dialect.JOURNAL_CHANNEL}")
        except Exception as exc:  # psycopg's own errors, outside SQLAlchemy
            conn.close()
            raise user_error(_wrapped(exc), engine) from exc
        self._conn = conn

    def wait(self, timeout_s: float) -> bool:
        """True when the journal grew (one or more notifications) within `timeout_s`;
        ServerAway (or UserError) when the connection is lost."""
        try:
            got = False
            for _ in self._conn.notifies(timeout=timeout_s, stop_after=1):
                got = True
            return got
        except Exception as exc:
            raise user_error(_wrapped(exc), self._engine) from exc

    def close(self) -> None:
        try:
            self._conn.close()
        except Exception:  # noqa: BLE001 - closing a connection that is gone
            pass


def _wrapped(exc: Exception) -> DBAPIError:
    from sqlalchemy.exc import OperationalError

    return OperationalError("LISTEN", None, exc)
