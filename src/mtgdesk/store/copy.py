"""A consistent copy of an SQLite database through SQLite's backup API (safe while
another process writes, unlike copying the file and its WAL by hand)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


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
