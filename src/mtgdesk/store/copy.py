"""A consistent copy of an SQLite database through SQLite's backup API (safe while
another process writes, unlike copying the file and its WAL by hand)."""

from __future__ import annotations

import glob
import os
import sqlite3
from pathlib import Path

from mtgdesk.store.readonly import file_uri, readonly_connect

PARTIAL = ".partial"


def copy_database(source: Path, dest: Path) -> None:
    """The copy appears whole at `dest` or not at all: it is written beside it under a
    name of this process's own, and a failure removes what was written. What killed
    copies left in that folder (of any name) goes first."""
    clear_leftovers(dest.parent)
    tmp = dest.with_name(f"{dest.name}.{os.getpid()}{PARTIAL}")
    try:
        src = sqlite3.connect(file_uri(source, mode="ro"), uri=True, timeout=30)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
        tmp.replace(dest)
    except BaseException:
        _remove(tmp)
        raise


def _remove(tmp: Path) -> None:
    for path in (tmp, tmp.with_name(tmp.name + "-journal")):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def clear_leftovers(folder: Path, name: str = "*") -> list[Path]:
    """Remove the partial copies named `name` (a glob) a killed mtgdesk left in `folder`
    (those of a process still running are copies in progress); returns what it removed."""
    removed: list[Path] = []
    stem = glob.escape(name) if name != "*" else name
    try:
        # A copy's own journal may outlive it (killed between removing the two).
        candidates = [p if p.name.endswith(PARTIAL) else p.with_name(p.name[:-8])
                      for p in (*folder.glob(f"{stem}.*{PARTIAL}"),
                                *folder.glob(f"{stem}.*{PARTIAL}-journal"))]
    except OSError:
        return removed
    for path in dict.fromkeys(candidates):
        pid = path.name[:-len(PARTIAL)].rsplit(".", 1)[-1]
        if not pid.isdigit() or _running(int(pid)):
            continue
        _remove(path)
        removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def copy_into(source: Path, dest: Path) -> None:
    """Write the content of `source` into the live database file `dest` (a restore):
    other connections to `dest` see it at their next read, instead of a file swapped
    under them. Raises sqlite3.Error, leaving `dest` as it was, when it cannot."""
    src = readonly_connect(source)
    try:
        target = sqlite3.connect(dest, timeout=30)
        try:
            src.backup(target)
        finally:
            target.close()
    finally:
        src.close()
