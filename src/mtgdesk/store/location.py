"""Where the database lives, worked out without loading the database stack.

The window needs the file's path before SQLAlchemy is imported (to show the meeting
list at once, see first_page.py); store.database builds its URLs from the same rules.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_FILENAME = "mtgdesk.sqlite3"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("mtgdesk", appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / DB_FILENAME


def is_url(db: str | os.PathLike[str]) -> bool:
    return "://" in os.fspath(db)


def database_path(db: str | os.PathLike[str] | None) -> Path | None:
    """The file a --db value names (None: the default file); None for a URL, whose
    file, if any, only SQLAlchemy can say."""
    if db is None:
        return default_database_path()
    if is_url(db):
        return None
    return Path(os.fspath(db)).expanduser().absolute()
