"""Everything that depends on the database product lives here: SQLite (a clerk's own
file) and PostgreSQL (one shared server for a whole office)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Integer, Table, event, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import InterfaceError, OperationalError

BUSY_TIMEOUT_MS = 30_000
# libpq gives up connecting after this many seconds: a server that is away is a
# one-line message well within 15 s, not a hang.
CONNECT_TIMEOUT_S = 10
# A connection whose network vanished (a cable, Wi-Fi, a VPN dropped: no refusal, just
# silence) is given up within about as long, instead of TCP's quarter of an hour:
# unacknowledged data after TCP_USER_TIMEOUT_MS, an idle wait after the keepalives.
TCP_USER_TIMEOUT_MS = 10_000
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
              "keepalives_count": 3}
# The key of the PostgreSQL advisory lock every write transaction takes first, the
# server's counterpart of SQLite's BEGIN IMMEDIATE (any number fixed for mtgdesk).
WRITE_LOCK_KEY = 0x6D746764  # "mtgd"
POSTGRES_SCHEMES = ("postgresql", "postgres")
# Where a write tells the programs listening that the change journal grew (store.listen).
JOURNAL_CHANNEL = "mtgdesk_journal"
AWAY_PREFIX = "cannot reach the office server at "


def is_sqlite(bind: Engine | Connection) -> bool:
    return bind.dialect.name == "sqlite"


def is_postgres(bind: Engine | Connection) -> bool:
    return bind.dialect.name == "postgresql"


def normalise_url(text: str) -> str:
    """A postgresql:// URL (libpq's own spelling) made one for psycopg 3, the driver
    mtgdesk ships; every libpq parameter in it (sslmode, service...) passes through."""
    scheme, sep, rest = text.partition("://")
    if sep and scheme.lower() in POSTGRES_SCHEMES:
        return f"postgresql+psycopg://{rest}"
    return text


def connect_args(url: str | URL) -> dict[str, Any]:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    if u.get_backend_name() != "postgresql":
        return {}
    args: dict[str, Any] = {}
    if "connect_timeout" not in u.query:
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    for name, value in (*KEEPALIVES.items(), ("tcp_user_timeout", TCP_USER_TIMEOUT_MS)):
        if name not in u.query:  # the URL's own setting wins
            args[name] = value
    # Times are stored as UTC wall-clock values (timestamp without time zone), as on
    # SQLite: the session's zone must be UTC or psycopg's aware datetimes would shift.
    options = u.query.get("options", "")
    options = " ".join(options) if isinstance(options, tuple) else options
    args["options"] = (options + " -c TimeZone=UTC").strip()
    args.setdefault("application_name", "mtgdesk")
    return args


def server_address(url: URL) -> str:
    """HOST:PORT as a clerk would name the office server in a message."""
    host = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = ",".join(host)
    return f"{host}:{url.port or 5432}"


def configure(engine: Engine, *, read_only: bool = False) -> None:
    """Per product: SQLite's pragmas and explicit BEGIN; PostgreSQL's write lock."""
    if is_postgres(engine):
        @event.listens_for(engine, "begin")
        def _on_pg_begin(conn: Connection) -> None:
            if conn.get_execution_options().get("mtgdesk_writer"):
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
        return
    if not is_sqlite(engine):
        return
    _configure_sqlite(engine, read_only)


def _configure_sqlite(engine: Engine, read_only: bool) -> None:
    """Pragmas on every new connection and explicit BEGIN for SQLite.

    pysqlite's own implicit BEGIN is turned off so that write sessions can start with
    BEGIN IMMEDIATE: a second writer then waits on the busy timeout at the start of its
    transaction instead of failing with 'database is locked' halfway through it.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if read_only:
            cur.execute("PRAGMA query_only = ON")
        elif engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode is safe from corruption; a power cut may lose only the
            # last commit, never half of one.
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        # Read-only: a write is refused by store.read_only's listener, after this one.
        conn.exec_driver_sql(f"BEGIN {'DEFERRED' if read_only else mode}")


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock at BEGIN.

    On the server, writers take turns as on SQLite (a transaction-level advisory lock,
    released at commit): the version check then reads what the last writer committed,
    two importers of one file cannot both insert it, and the change journal's sequence
    numbers are in commit order, so a reader that remembers the last one misses none.
    """
    if is_postgres(engine):
        return engine.execution_options(mtgdesk_writer=True)
    if not is_sqlite(engine):
        return engine
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def row_writer(engine: Engine) -> Engine:
    """writer() for a write that changes rows of its own only (a clerk's draft): on
    the server it does not wait its turn behind the writers of meetings."""
    return engine if is_postgres(engine) else writer(engine)


def snapshot_options(engine: Engine) -> dict[str, Any]:
    """Execution options under which every read of a transaction sees one snapshot
    (SQLite's read transaction is one already)."""
    if is_postgres(engine):
        return {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    return {}


def after_copy(conn: Connection, tables: Sequence[Table]) -> None:
    """After rows were inserted with their own ids: the server's sequences continue
    after them (SQLite's AUTOINCREMENT follows by itself)."""
    if not is_postgres(conn):
        return
    for table in tables:
        for column in table.primary_key.columns:
            if column.autoincrement is False or not isinstance(column.type, Integer):
                continue
            conn.execute(text(
                "SELECT setval(pg_get_serial_sequence(:t, :c), "
                f'COALESCE((SELECT MAX("{column.name}") FROM "{table.name}"), 0) + 1, false)'),
                {"t": table.name, "c": column.name})


def notify_journal(conn: Connection, seq: int) -> None:
    """On the server: tell the listeners (store.listen) the journal reached `seq`, at
    commit (nothing is sent if the transaction rolls back). SQLite: nothing."""
    if is_postgres(conn):
        conn.execute(text("SELECT pg_notify(:channel, :seq)"),
                     {"channel": JOURNAL_CHANNEL, "seq": str(seq)})


def lock_for_migration(conn: Connection) -> None:
    """Programs upgrading one server at once take turns (SQLite: BEGIN IMMEDIATE)."""
    if is_postgres(conn):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


# How long a write waits for readers of older snapshots so its pages reach the main file.
CHECKPOINT_TRIES = 20
CHECKPOINT_PAUSE_S = 0.05


# Databases (their files) whose last write is not all in the file itself yet: a reader
# of an older snapshot held it back (see checkpoint, settle).
_left_in_wal: set[str] = set()
# How long a program that is closing waits for such a reader to let go.
SETTLE_WAIT_MS = 10_000


def checkpoint(engine: Engine) -> bool:
    """Copy what the -wal holds into the database file itself; True when all of it is.

    Called after every write session: a cloud-sync client or a careless user may delete
    the -wal beside a database another mtgdesk still has open, and whatever was only
    in it is lost. PASSIVE never blocks a writer; readers of an older snapshot (a
    window's short reads) hold back the frames after it, so it is tried a few times.
    A database it leaves behind is settled when its program closes (`settle`).
    """
    if not is_sqlite(engine) or engine.url.database in (None, "", ":memory:"):
        return True
    import time

    raw = engine.raw_connection()
    try:
        for _ in range(CHECKPOINT_TRIES):
            if _checkpointed(raw, "PASSIVE"):
                _left_in_wal.discard(str(engine.url.database))
                return True
            time.sleep(CHECKPOINT_PAUSE_S)
        _left_in_wal.add(str(engine.url.database))
        return False
    finally:
        raw.close()


def _checkpointed(raw: Any, mode: str) -> bool:
    cur = raw.cursor()
    try:
        cur.execute(f"PRAGMA wal_checkpoint({mode})")
        busy, log, done = cur.fetchone() or (1, 0, 0)
    finally:
        cur.close()
    return not busy and done >= log


def settle(engine: Engine, wait_ms: int = SETTLE_WAIT_MS) -> bool:
    """Before a program lets go of a database: if its last write is still only in the
    -wal (another program kept reading an older snapshot, as a long export or an open
    SQLite browser does), wait up to `wait_ms` for that reader, then copy it all into
    the file (FULL waits for readers; new ones go on meanwhile). False when it could
    not: what was saved is then safe only while the -wal beside the file is kept."""
    if not is_sqlite(engine) or str(engine.url.database) not in _left_in_wal:
        return True
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        cur.close()
        done = _checkpointed(raw, "FULL")
        cur = raw.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.close()
    except Exception:  # noqa: BLE001 - a database that went away: nothing to settle
        done = False
    finally:
        raw.close()
    if done:
        _left_in_wal.discard(str(engine.url.database))
    return done


def left_in_wal() -> list[str]:
    """The database files this process wrote whose last write is only in the -wal."""
    return sorted(_left_in_wal)


def integrity_problems(conn: Connection, *, full: bool = False) -> list[str]:
    """An empty list when the database passes SQLite's own check."""
    if not is_sqlite(conn):
        return []
    pragma = "integrity_check" if full else "quick_check"
    rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def foreign_key_violations(conn: Connection) -> int:
    if not is_sqlite(conn):
        return 0  # the server checks foreign keys at every statement
    return len(list(conn.exec_driver_sql("PRAGMA foreign_key_check")))


def ping(engine: Engine) -> None:
    """One round trip to the database (raises as any query would when it is away)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")


def login_name(engine: Engine) -> str | None:
    """Who the server knows the clerk as (None on SQLite: a file has no login)."""
    if not is_postgres(engine):
        return None
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT current_user").scalar()


def describe_server_error(exc: BaseException, url: URL) -> str | None:
    """A PostgreSQL error a clerk or the office's IT can act on, in one sentence;
    None when it is not one of those."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    low = str(orig).lower()
    sqlstate = getattr(orig, "sqlstate", None)
    where = server_address(url)
    if sqlstate == "42501" or "permission denied" in low:
        return (f"the office server at {where} refused: {text} (your server role does not "
                "allow this; ask the office's IT)")
    if sqlstate in ("28P01", "28000") or any(w in low for w in (
            "password authentication failed", "no password supplied")):
        return (f"the office server at {where} did not accept the login ({text}); check "
                "the user name, and the password in ~/.pgpass or PGPASSWORD")
    if sqlstate == "3D000" or ("database" in low and "does not exist" in low):
        return f"the office server at {where} has no such database ({text})"
    # Failing to connect, or losing the connection: libpq's errors carry no SQLSTATE
    # (or class 08); the server's own refusals all have one, but for its shutting down
    # or still starting up (57P01-57P03): away too, back in a moment.
    lost = sqlstate is None or sqlstate.startswith(("08", "57P0")) or any(w in low for w in (
        "connection refused", "could not connect", "server closed", "no route",
        "could not translate host", "connection to server", "timeout expired"))
    if isinstance(exc, (OperationalError, InterfaceError)) and lost:
        return f"{AWAY_PREFIX}{where} ({text})"
    return None
