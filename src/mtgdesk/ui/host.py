"""The main window as its features see it: what they may read, call and connect to.

Features (safety, transfer, reports, release import, search) are objects the window
owns; they are handed the window typed as this class, so none of them imports
ui.window.main_window, which imports them. MainWindow is the one subclass: it builds
every attribute declared here and implements the methods below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu

if TYPE_CHECKING:
    from mtgdesk.desk import Desk
    from mtgdesk.domain.records import MeetingRecord
    from mtgdesk.ui.background import LongWrite
    from mtgdesk.ui.editor.editor import MeetingEditor
    from mtgdesk.ui.window.list_pane import ListPane
    from mtgdesk.ui.window.meeting_list import MeetingListModel, MeetingListView

STATUS_TIMEOUT_MS = 8000


class WindowHost(QMainWindow):
    meeting_saved = Signal(int)
    meeting_opened = Signal(object)  # the id, or None for a new meeting
    attached = Signal()  # the database is open and every feature is in place
    # What a write changed (a mtgdesk.domain.changes.Changes), once per write, whoever
    # made it: the list, the editor, the search panel and the dialogs refresh from it.
    changes_applied = Signal(object)

    desk: Desk
    current_write: LongWrite | None = None  # a long write running on a worker
    editor: MeetingEditor
    undo_stack: QUndoStack
    list_model: MeetingListModel
    meeting_list: MeetingListView
    list_pane: ListPane  # the list, or the first steps, or "no meeting matches"
    search_field: QLineEdit
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    export_action: QAction
    quit_action: QAction

    def show_record(self, record: MeetingRecord) -> None:
        """Show a record in the editor as opened: a clean undo stack, a new baseline."""
        raise NotImplementedError

    def open_meeting(self, meeting_id: int) -> bool:
        """Open a stored meeting in the editor; False when it cannot be read."""
        raise NotImplementedError

    def open_first_or_new(self, chosen: int | None = None) -> None:
        """Open `chosen`, else the list's first meeting, else a new one."""
        raise NotImplementedError

    def save_current(self, *, force: bool = False) -> bool:
        """Validate and store the meeting in the editor; True when it was saved."""
        raise NotImplementedError

    def confirm_leave(self) -> bool:
        """True when the meeting in the editor may be left (saved, discarded or clean)."""
        raise NotImplementedError

    def refresh_list(self) -> None:
        raise NotImplementedError

    def select_meeting(self, meeting_id: int | None) -> None:
        """Make a meeting the list's current row, not opening it."""
        raise NotImplementedError

    def refresh_suggestions(self) -> None:
        """Read again the participant names recorded in this database."""
        raise NotImplementedError
