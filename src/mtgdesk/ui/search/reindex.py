"""Edit > Rebuild Search Index: the index built afresh from the stored meetings, on a
worker behind a progress bar (ui.window.long_write). Searches go on meanwhile in the
old index, which the new one replaces when it is complete; there is no half-way to
stop at, so no Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from mtgdesk.domain.errors import UserError
from mtgdesk.ui import dialogs
from mtgdesk.ui.window.long_write import run_long_write, unexpected
from mtgdesk.ui.window.window_menus import make_action

if TYPE_CHECKING:
    from mtgdesk.ui.host import WindowHost

STATUS_MS = 8000


def install_reindex_action(window: WindowHost, rebuilt: Callable[[], None]) -> QAction:
    """The action, in the window's Edit menu; `rebuilt` is called once it is done."""
    def rebuild() -> None:
        if window.current_write is not None:
            return  # one long write at a time
        desk = window.desk

        def done(n: int) -> None:
            window.statusBar().showMessage(
                f"Search index rebuilt: {n:,} meeting{'s' if n != 1 else ''}.", STATUS_MS)
            rebuilt()

        def failed(exc: Exception) -> None:
            dialogs.error(window, "Search index not rebuilt",
                          str(exc) if isinstance(exc, UserError) else unexpected(exc))

        run_long_write(
            window, "Rebuild Search Index", "Indexing the stored meetings…",
            lambda progress: desk.reindex(progress), succeeded=done, failed=failed)

    action = make_action(window, "Re&build Search Index", rebuild,
                         tip="Build the search index afresh from the stored meetings")
    action.setObjectName("reindexAction")
    window.edit_menu.addAction(action)
    return action
