"""When a save finds the meeting changed elsewhere (another window, another machine on a
shared folder): the clerk chooses, and nothing is lost silently.

- Reload: show the stored meeting, dropping the edits made here;
- Overwrite: store the edits made here over the other change (which stays in the
  meeting's history);
- Save as a Copy: store the edits made here as a new meeting, the other change intact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtgdesk.domain.errors import ConflictError, UserError, ValidationFailed
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.ui import dialogs

if TYPE_CHECKING:
    from mtgdesk.ui.host import WindowHost

RELOAD, OVERWRITE, COPY, CANCEL = "Reload", "Overwrite", "Save as a Copy", "Cancel"


def options_for(exc: ConflictError) -> list[str]:
    if exc.actual is None:  # deleted elsewhere: nothing to reload or overwrite
        return [COPY, CANCEL]
    return [RELOAD, OVERWRITE, COPY, CANCEL]


def resolve(window: WindowHost, record: MeetingRecord, exc: ConflictError) -> bool:
    """Ask and act; True when the clerk's edits were stored (overwrite or copy)."""
    options = options_for(exc)
    text = (f"{exc}\n\nReload shows the stored version and drops your edits. Overwrite "
            "stores your edits over the other change. Save as a Copy stores your edits "
            "as a new meeting.") if exc.actual is not None else (
            f"{exc}\n\nSave as a Copy stores your edits as a new meeting.")
    choice = dialogs.choose(window, "The meeting changed elsewhere", text, options,
                            default=options.index(COPY), escape=options.index(CANCEL))
    picked = options[choice] if choice is not None else CANCEL
    if picked == RELOAD:
        return reload(window, record)
    if picked == OVERWRITE:
        return window.save_current(force=True)
    if picked == COPY:
        return save_as_copy(window, record)
    window.statusBar().showMessage("Not saved: your edits are still in the form.", 8000)
    return False


def reload(window: WindowHost, record: MeetingRecord) -> bool:
    assert record.id is not None
    try:
        stored = window.desk.get(record.id)
    except UserError as exc:
        dialogs.error(window, "Cannot reload", str(exc))
        return False
    window.show_record(stored)  # the window's own way to show a meeting: clears undo
    window.refresh_list()
    window.statusBar().showMessage(f"Reloaded “{stored.title}” as stored (version "
                                   f"{stored.version}).", 8000)
    return False


def save_as_copy(window: WindowHost, record: MeetingRecord) -> bool:
    """Store the editor's content as a new meeting (Desk.save_as_copy: a new uuid, a
    draft whatever its status), then show the copy as stored."""
    try:
        changes = window.desk.save_as_copy(record)
        [ref] = changes.added
        stored = window.desk.get(ref.id)
    except ValidationFailed as exc:
        window.editor.show_problems(exc.problems)
        window.editor.focus_first_problem(exc.problems)
        window.statusBar().showMessage("Not saved: your edits are still in the form.",
                                       8000)
        return False
    except UserError as exc:
        dialogs.error(window, "Not saved", f"{exc}\n\nYour changes are still in the form.")
        return False
    window.show_record(stored)  # the copy, as stored: a clean undo stack
    window.editor.show_problems(list(changes.warnings))
    window.changes_applied.emit(changes)  # the list, the names, the history follow
    window.select_meeting(ref.id)
    window.statusBar().showMessage(f"Saved your edits as a new meeting, “{stored.title}” "
                                   f"(meeting {ref.id}).", 8000)
    window.meeting_saved.emit(ref.id)
    return True
