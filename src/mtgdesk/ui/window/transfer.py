"""File > Import… and File > Export Selected…: interchange files in and out of the window.

Import stores every file's meetings as it reads them, a batch at a time, in one
transaction (all or nothing), on a worker behind a progress dialog with Cancel
(ui.window.long_write): the window keeps repainting, and Cancel rolls the transaction
back. Export writes the meetings
selected in the list, as stored.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from mtgdesk.domain.errors import UserError
from mtgdesk.ui import dialogs
from mtgdesk.ui.window.long_write import run_long_write, unexpected

if TYPE_CHECKING:
    from mtgdesk.desk import ImportResult
    from mtgdesk.domain.progress import Progress
    from mtgdesk.ui.background import LongWrite
    from mtgdesk.ui.host import WindowHost

STATUS_TIMEOUT_MS = 8000


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def import_files(window: WindowHost) -> LongWrite | None:
    """Ask for files and import them on a worker; None when the clerk chose none."""
    paths = dialogs.open_files(window, "Import meeting records")
    if not paths:
        return None
    desk = window.desk

    def work(progress: Progress) -> ImportResult:
        return desk.import_files(paths, progress=progress)

    def failed(exc: Exception) -> None:
        told = str(exc) if isinstance(exc, UserError) else unexpected(exc)
        dialogs.error(window, "Nothing imported", f"{told}\n\nNo meeting of the file was "
                      "stored; put the file right and import it again.")
        window.statusBar().showMessage("Import failed: nothing was imported.",
                                       STATUS_TIMEOUT_MS)

    def cancelled() -> None:
        window.statusBar().showMessage("Import cancelled: nothing was imported.",
                                       STATUS_TIMEOUT_MS)

    def succeeded(result: ImportResult) -> None:
        changes = result.changes
        window.changes_applied.emit(changes)  # the list and the name suggestions
        names = ", ".join(Path(p).name for p in paths)
        more = [f"{len(changes.updated)} updated"] if changes.updated else []
        if changes.present:  # the same uuid is stored already: not stored twice
            more.append(f"{len(changes.present)} already present")
        window.statusBar().showMessage(
            f"Imported {_plural(len(changes.added), 'meeting')} from {names}"
            + (f" ({', '.join(more)})." if more else "."), STATUS_TIMEOUT_MS)

    return run_long_write(window, "Import", "Importing meeting records…", work,
                          succeeded=succeeded, failed=failed, cancelled=cancelled)


def suggested_name(window: WindowHost, ids: list[int]) -> str:
    """"2007-03-23-senior-official-level-meeting….json" for one meeting."""
    if len(ids) == 1:
        s = window.list_model.summary(window.list_model.row_of(ids[0]) or 0)
        if s is not None and s.id == ids[0]:
            slug = re.sub(r"[^\w]+", "-", s.title.lower()).strip("-")[:60]
            return f"{s.held_on.isoformat()}-{slug or 'meeting'}.json"
    return "meetings.json"


def export_selected(window: WindowHost) -> None:
    ids = window.meeting_list.selected_ids()
    if not ids:
        dialogs.info(window, "Export", "Select the meetings to export in the list first "
                     "(Ctrl+click or Shift+click selects several).")
        return
    editor = window.editor
    if editor.is_dirty() and editor.meeting_id in ids:
        if dialogs.ask_yes_no(window, "Unsaved changes",
                              "The open meeting has unsaved changes; the export holds what "
                              "is saved. Save the changes first?",
                              yes_text="Save first", no_text="Export saved version"):
            if not window.save_current():
                return
    path = dialogs.save_file(window, "Export selected meetings", suggested_name(window, ids))
    if not path:
        return
    try:
        n = window.desk.export_file(path, ids)
    except UserError as exc:
        dialogs.error(window, "Not exported", str(exc))
        return
    window.statusBar().showMessage(f"Exported {_plural(n, 'meeting')} to {path}.",
                                   STATUS_TIMEOUT_MS)
