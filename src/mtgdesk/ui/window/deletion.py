"""Meeting > Delete: the meetings selected in the list (else the one in the editor) go to
the Trash in one transaction, after the clerk says yes. A few go at once; many run on a
worker behind a progress dialog (ui.window.long_write), the window painting meanwhile.
Afterwards the editor moves to the next meeting in the list if its own was deleted.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.vocab import Status
from mtgdesk.ui import dialogs
from mtgdesk.ui.host import STATUS_TIMEOUT_MS
from mtgdesk.ui.window.long_write import run_write, unexpected

if TYPE_CHECKING:
    from mtgdesk.domain.changes import Changes
    from mtgdesk.ui.host import WindowHost

def delete_selected(window: WindowHost) -> None:
    ids = window.meeting_list.selected_ids()
    editor, model = window.editor, window.list_model
    if not ids and editor.meeting_id is not None:
        ids = [editor.meeting_id]
    if not ids:
        return
    if len(ids) == 1:
        s = model.summary(model.row_of(ids[0]) or 0)
        what = f"“{s.title}”" if s and s.id == ids[0] else "this meeting"
    else:
        what = f"these {len(ids)} meetings"
    finals = [i for i in ids if (row := model.row_of(i)) is not None
              and (s := model.summary(row)) is not None and s.status == Status.FINAL]
    reason: str | None = None
    if finals:
        # A final record is what was published: trashing it is not one careless click.
        n = len(finals)
        asked = dialogs.ask_text(
            window, "Delete a final meeting",
            f"{'This meeting is' if n == 1 else f'{n} of these meetings are'} final. Why "
            f"move {what} to the Trash? The reason, your name and the time go in the "
            "history.")
        if asked is None:
            return
        if not asked.strip():
            dialogs.error(window, "Not deleted", "Deleting a final meeting needs a reason.")
            return
        reason = asked.strip()
    elif not dialogs.ask_yes_no(window, "Delete", f"Move {what} to the Trash?",
                                yes_text="Move to Trash", no_text="Cancel"):
        return
    first_row = min((model.row_of(i) or 0) for i in ids)

    def failed(exc: Exception) -> None:
        told = str(exc) if isinstance(exc, UserError) else unexpected(exc)
        dialogs.error(window, "Not deleted", told)
        window.refresh_list()
        window.select_meeting(editor.meeting_id)

    def deleted(changes: Changes) -> None:
        window.changes_applied.emit(changes)
        if editor.meeting_id in ids:
            row = min(first_row, model.rowCount() - 1)
            next_id = model.meeting_id(row) if row >= 0 else None
            if next_id is None or not window.open_meeting(next_id):
                window.show_record(MeetingRecord(held_on=date.today()))
            window.select_meeting(next_id)
        else:
            window.select_meeting(editor.meeting_id)
        window.statusBar().showMessage(f"Moved {what} to the Trash.", STATUS_TIMEOUT_MS)

    desk = window.desk
    run_write(window, "Delete", f"Moving {len(ids):,} meetings to the Trash…", len(ids),
              lambda progress: desk.delete(ids, progress=progress, reason=reason),
              succeeded=deleted, failed=failed)
