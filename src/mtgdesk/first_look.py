"""What the window may know of a database before the Desk has opened it: where the file
is, and the first page of its meeting list, read with sqlite3 alone (no SQLAlchemy, no
SQLModel: loading them is most of a start). ui.window.startup shows this while the Desk
opens behind the window."""

from __future__ import annotations

from mtgdesk.store.first_page import FirstPage, read_first_page
from mtgdesk.store.location import database_path, user_data_dir

__all__ = ["FirstPage", "database_path", "read_first_page", "user_data_dir"]
