"""A consistent copy of an SQLite database through SQLite's backup API (safe while
another process writes, unlike copying the file and its WAL by hand)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mtgdesk.store.readonly import readonly_connect


def copy_database(source: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)  # the copy appears whole or not at all


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
