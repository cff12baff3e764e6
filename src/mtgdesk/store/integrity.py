"""Check a database file before anything writes to it.

A damaged file, a file that is not a database, a read-only or vanished folder and a
full disk each end in a UserError whose message says what to do; none of these checks
writes a byte. The order matters: SQLite itself writes as soon as a connection asks
for WAL mode (the header) or opens a WAL database (the -wal and -shm files), so the
header is read by hand and the content is checked through an `immutable` read-only
connection before open_database makes its first read-write connection.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event

from mtgdesk.domain.errors import UserError
from mtgdesk.store.location import user_data_dir
from mtgdesk.store.readonly import readonly_connect

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Below this much free space a save may fail halfway through; say so before it does.
MIN_FREE_BYTES = 2 * 1024 * 1024

RESTORE_HINT = ("restore it from a backup (File > Restore from Backup... in the window, "
                "`mtgdesk restore` on the command line) or choose another file")


class DamagedDatabase(UserError):
    """The file is an SQLite database whose content fails SQLite's own check."""


class NotADatabase(UserError):
    pass


class Unwritable(UserError):
    pass


def wal_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(HEADER_SIZE)
    except PermissionError:
        raise UserError(f"{path} cannot be read (no permission); ask for access to it "
                        "or choose another file") from None
    except OSError as exc:
        raise UserError(f"{path} cannot be read ({exc.strerror}); check the drive or "
                        "choose another file") from None


def header_problem(head: bytes, size: int) -> str | None:
    """Why a non-empty file's first 100 bytes cannot start an SQLite database, if so."""
    if not head.startswith(SQLITE_HEADER):
        return "it is not an mtgdesk database (not an SQLite file)"
    if len(head) < HEADER_SIZE:
        return "it is damaged (cut short)"
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "it is damaged (its header is not valid)"
    if size % page_size:
        return "it is damaged (cut short or padded)"
    return None


def quick_check(path: Path, *, full: bool = False) -> list[str]:
    """SQLite's own check, read-only, without creating -wal/-shm beside the file.

    With no -wal file beside it, no other program has the database open in WAL mode,
    so `immutable=1` is safe and guarantees nothing is created. With a -wal present
    (another mtgdesk has it open, or one crashed) the WAL must be read too, and the
    files it needs already exist.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = readonly_connect(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return _problems(conn.execute(f"PRAGMA {pragma}").fetchall())
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def summary(problems: list[str]) -> str:
    """The first thing SQLite found, on one short line."""
    lines = [ln.strip() for p in problems for ln in p.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("***")] or ["unknown fault"]
    first = lines[0]
    return first if len(first) <= 120 else first[:117] + "..."


def _problems(rows: list[Any]) -> list[str]:
    values = [r[0] for r in rows]
    return [] if values == ["ok"] else [str(v) for v in values]


def check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise UserError(f"the folder {folder} does not exist (a drive removed or a folder "
                        "moved?); reconnect it or choose another file")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise Unwritable(f"the folder {folder} is read-only, and mtgdesk needs to write "
                         "beside the database; copy the file to a folder you can write to, "
                         "or ask for write access")
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < MIN_FREE_BYTES:
        raise Unwritable(f"the disk holding {folder} is full; free some space (or move the "
                         "database to another disk) and open it again")


def check_file(path: Path) -> None:
    """Refuse, without writing anything, a file mtgdesk must not open for writing."""
    path = Path(path)
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a database file; choose a file")
    check_folder(path.parent)
    if not path.exists():
        return  # a new database
    if not path.is_file():  # /dev/null, a FIFO, a socket, or a symlink to one
        raise NotADatabase(f"{path} is not a database file (it is a device, a pipe or "
                           "a socket); choose a file")
    head = read_header(path)
    size = path.stat().st_size
    if size == 0:
        return  # SQLite treats an empty file as an empty database
    problem = header_problem(head, size)
    if problem is not None:
        cls = NotADatabase if "not an" in problem else DamagedDatabase
        raise cls(f"{path} cannot be opened: {problem}; {RESTORE_HINT}")
    if not checked_unchanged(path):
        problems = quick_check(path)
        if problems:
            raise DamagedDatabase(f"{path} is damaged (SQLite reports: {summary(problems)}); "
                                  f"nothing was changed in it; {RESTORE_HINT}")
        remember_checked(path)
    if not os.access(path, os.W_OK):
        raise Unwritable(f"{path} is read-only; copy it to a folder you can write to, or "
                         "ask for write access")


# quick_check reads every page: 1.4 s for a 600 MB file of 100,000 meetings, paid by
# every command and every window start. A file whose size, modification time and inode
# are those it had when it last passed is not checked again. Only the main file counts:
# the -wal beside it changes whenever any mtgdesk opens or writes, and what SQLite
# writes there reaches the main file (and changes its time) at the next checkpoint. So
# only a change made behind SQLite's back goes unseen until the file changes, and SQLite
# still reports a damaged page it meets while reading.


def _fingerprint(path: Path) -> list[int]:
    try:
        st = path.stat()
    except OSError:
        return []
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _checked_file() -> Path:
    return user_data_dir() / "checked-databases.json"


def _checked() -> dict[str, Any]:
    try:
        data = json.loads(_checked_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def checked_unchanged(path: Path) -> bool:
    return _checked().get(str(path.absolute())) == _fingerprint(path)


def remember_checked(path: Path) -> None:
    data = _checked()
    data[str(path.absolute())] = _fingerprint(path)
    target = _checked_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.partial")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(target)
    except OSError:
        pass  # only a cache: the next open checks again


def guard_writes(engine: Engine, path: Path) -> None:
    """Before every write transaction, make sure the file is still where it was; before
    the first one of this engine, that its content passes SQLite's quick_check.

    On a vanished file (a USB stick pulled, a network share gone) SQLite would either
    write into the deleted file through a pooled connection or create a new empty one;
    both lose the clerk's work silently. Runs before BEGIN IMMEDIATE is sent.

    The open skips quick_check for a file unchanged since it last passed (size, time,
    inode); damage done in place behind SQLite's back (bit rot, a sync tool) keeps all
    three. So the first write of a session checks anyway, inside its own transaction
    (the write lock held: nobody changes the file between the check and the write):
    1.4 s at 100,000 meetings (600 MB), paid once per command or window that writes.
    """
    checked = False

    def _after_begin(conn: Connection) -> None:
        nonlocal checked
        if checked or conn.get_execution_options().get("sqlite_begin") != "IMMEDIATE":
            return
        problems = _problems(list(conn.exec_driver_sql("PRAGMA quick_check")))
        if problems:
            raise DamagedDatabase(f"{path} is damaged (SQLite reports: {summary(problems)}); "
                                  f"nothing was saved in it; {RESTORE_HINT}")
        checked = True

    event.listen(engine, "begin", _after_begin)  # after dialect's BEGIN IMMEDIATE

    def _before_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("sqlite_begin") != "IMMEDIATE":
            return
        if not path.exists():
            raise UserError(f"the database {path} is no longer there (a drive removed or a "
                            "folder moved?); nothing was saved and your edits are still in "
                            "the window; reconnect it or restore a backup")

    event.listen(engine, "begin", _before_begin, insert=True)
