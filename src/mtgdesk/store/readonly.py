"""Reading a database file with the standard library's sqlite3 and leaving no trace.

A database in WAL mode opened with a plain `mode=ro` still gets `-wal` and `-shm`
files created beside it, which a read-only connection cannot remove. Without a WAL
file (no writer has it open), `immutable=1` reads the file as it is and creates
nothing. Used by the file check before opening, by backups, and by the window's first
page; none of them may change a file the store might yet refuse.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def readonly_connect(path: Path, *, timeout: float = 30,
                     same_thread: bool = True) -> sqlite3.Connection:
    has_wal = path.with_name(path.name + "-wal").exists()
    params = {"mode": "ro"} if has_wal else {"mode": "ro", "immutable": "1"}
    return sqlite3.connect(file_uri(path, **params), uri=True, timeout=timeout,
                           check_same_thread=same_thread)


def file_uri(path: Path, **params: str) -> str:
    """An SQLite URI filename for `path`: the only way a path becomes a `file:` URI.

    '?' and '#' would end the path, '%' starts an escape. The path is kept as it is
    otherwise (not Path.as_uri()), so Windows share paths still open."""
    quoted = str(Path(path).absolute()).replace("%", "%25").replace("?", "%3f") \
        .replace("#", "%23")
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quoted}" + (f"?{query}" if query else "")


def mtgdesk_revision(path: Path) -> str | None:
    """The schema revision of the mtgdesk database at `path`, read without writing;
    None when it is not one (no meeting table or no revision) or cannot be read."""
    conn = readonly_connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                              "WHERE type = 'table'")}
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return row[0] if row and "meeting" in tables else None
