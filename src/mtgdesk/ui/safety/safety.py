"""The window's data-safety features, plugged into MainWindow through one hook.

Autosave and recovery (ui.safety.autosave), the choice after a conflicting save
(ui.safety.conflict), Finalise and Amend... (a final meeting is read-only in the
editor), the meeting's History, the Trash, and backups (Back Up Now..., Restore from
Backup..., a rotating backup on close), and on an office server the watch on whether it
is there (ui.safety.server_watch): while it is away the edits are kept on this computer
and a save waits for its return. MainWindow creates `SafetyFeatures(self)` and routes
its save and close through it; everything else arrives through its signals and menus.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from mtgdesk.domain.changes import Changes
from mtgdesk.domain.errors import ConflictError, ServerAway, UserError
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.vocab import Status
from mtgdesk.ui import dialogs
from mtgdesk.ui.safety import conflict
from mtgdesk.ui.safety.autosave import AutosaveController
from mtgdesk.ui.safety.history_dialog import HistoryDialog
from mtgdesk.ui.safety.server_watch import ServerWatch
from mtgdesk.ui.safety.trash_dialog import TrashDialog
from mtgdesk.ui.window.long_write import run_long_write, unexpected

if TYPE_CHECKING:
    from mtgdesk.ui.host import WindowHost

log = logging.getLogger("mtgdesk")
ROLE_NAMES = {"owner": "owner", "approver": "approver", "clerk": "clerk",
              "reader": "reader (read only)", "away": "not reached yet"}
ROLE_ALLOWS = {
    "owner": "The database's owner: everything.",
    "approver": "You may write drafts, mark meetings final, amend final records and "
                "delete for good.",
    "clerk": "You may write drafts and edit meetings that are not final; an approver "
             "marks them final and amends them.",
    "reader": "You may read, search, print and export; saving is refused by the server.",
    "away": "The office server could not be reached when mtgdesk started; what your "
            "role allows is shown when it answers.",
}
READER_WHY = ("Read only: your role on the office server is reader. You can read, search, "
              "print and export; saving is for clerks and approvers.")
DB_FILTER = "mtgdesk databases (*.sqlite3 *.db);;All files (*)"
STATUS_MS = 8000


class SafetyFeatures(QObject):
    def __init__(self, window: WindowHost, *, offer_recovery: bool = True) -> None:
        super().__init__(window)
        self.setObjectName("safety")
        self.window = window
        self.amend_reason: str | None = None
        self.keep_drafts = False  # closing keeps the drafts (the clerk chose so, away)
        self.autosave = AutosaveController(window)
        self.history_dialog: HistoryDialog | None = None
        self.trash_dialog: TrashDialog | None = None
        # On an office server the server decides what this clerk may do (None: a file
        # of one's own, everything); the window offers no more than that.
        self._read_role()
        self.watch: ServerWatch | None = None
        self._recover_when_back = False  # the start found the server away
        if window.desk.on_server:
            self.watch = self.autosave.watch = ServerWatch(window)
            self.watch.back.connect(self._server_back)
            if window.desk.started_away:
                self.watch.report_away()  # the banner at once; drafts kept here
        self._build_actions()
        self._writes: Sequence[QAction] = ()
        if self.role is not None:
            self._show_role()
        window.meeting_opened.connect(self._sync_state)
        window.meeting_saved.connect(self._after_save)
        window.changes_applied.connect(self._changes_applied)
        window.editor.dirty_changed.connect(lambda _d: self._update_actions())
        self._sync_state()
        if offer_recovery:
            # After the window is shown and the event loop runs.
            QTimer.singleShot(0, self, self._recover_at_start)

    def _read_role(self) -> None:
        """What the server lets this clerk do; while it is away (the window started
        without it): "away", a clerk's until it answers (the server decides anyway)."""
        try:
            self.role = self.window.desk.role
        except ServerAway:
            self.role = "away"
        self.may_approve = self.role in (None, "owner", "approver")
        self.reader = self.role == "reader"

    # --- menus --------------------------------------------------------------------

    def _add(self, text: str, slot, tip: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.finalise_action = self._add("Mark as &Final…", self.finalise,
                                         "Approve the meeting: it becomes read-only")
        self.amend_action = self._add("&Amend…", self.amend,
                                      "Change a final meeting, giving a reason")
        editor = self.window.editor
        editor.amend_button.clicked.connect(self.amend)
        editor.typed_while_final.connect(lambda: self.window.statusBar().showMessage(
            READER_WHY if self.reader else
            "Final, read-only: to change it, choose Amend… (beside “Final”, or in the "
            "Meeting menu) and give a reason.", STATUS_MS))
        self.history_action = self._add("Meeting &History…", self.show_history,
                                        "Who changed this meeting, when and what",
                                        "Ctrl+Shift+Y")
        self.trash_action = self._add("&Trash…", self.show_trash,
                                      "Deleted meetings: restore them or empty the Trash")
        self.backup_action = self._add("&Back Up Now…", self.backup_now,
                                       "Copy the whole database to a file")
        self.restore_action = self._add("&Restore from Backup…", self.restore_backup,
                                        "Replace the database by a backup")
        self.recover_action = self._add("Recover &Unsaved Edits…", self.recover,
                                        "Edits kept when mtgdesk stopped before saving")
        menu = w.menuBar().addMenu("&Meeting")
        menu.setObjectName("meetingMenu")
        for a in (self.finalise_action, self.amend_action, None, self.history_action):
            menu.addSeparator() if a is None else menu.addAction(a)
        self.meeting_menu = menu
        # File menu: before its last entry (Quit).
        actions = w.file_menu.actions()
        before = actions[-1] if actions else None
        for a in (self.trash_action, None, self.backup_action, self.restore_action,
                  self.recover_action, None):
            if a is None:
                w.file_menu.insertSeparator(before) if before else w.file_menu.addSeparator()
            elif before is not None:
                w.file_menu.insertAction(before, a)
            else:
                w.file_menu.addAction(a)

    # --- saving -----------------------------------------------------------------------

    def save(self, record: MeetingRecord, *, force: bool = False) -> Changes:
        """The window's save: an amendment while amending, else a plain save."""
        if self.amend_reason is not None:
            return self.window.desk.amend(record, self.amend_reason)
        return self.window.desk.save(record, force=force)

    def resolve_conflict(self, record: MeetingRecord, exc: ConflictError) -> bool:
        return conflict.resolve(self.window, record, exc)

    def save_when_back(self, record: MeetingRecord) -> bool:
        """A save found the office server away: the edits are kept on this computer and
        saved when it is back (with the version check of any save). False: not saved."""
        w = self.window
        if self.watch is None:
            return False
        title = record.title.strip() or "the new meeting"
        self.watch.wait_to_save(title)
        self.autosave.save_draft_now()  # on this computer now: the watch says away
        w.statusBar().showMessage(f"Not saved yet: the office server is away. “{title}” "
                                  "is kept on this computer and saved when it is back.",
                                  STATUS_MS)
        return False

    def watch_says_away(self) -> None:
        """A call made on the GUI thread found the office server away: the banner."""
        if self.watch is not None:
            self.watch.report_away()

    KEEP_AND_QUIT = "Keep on This Computer and Quit"
    SAVE_WAIT = "Save When the Server Is Back"
    DISCARD = "Discard Changes"
    CANCEL = "Cancel"

    def leave_while_away(self) -> bool | None:
        """Closing with unsaved edits while the office server is away: keep them on this
        computer and quit (offered, and saved, at the next start), save (the window
        stays, waiting for the server), or discard them. True: close; False: stay;
        None: the server is not away (the usual Save / Discard / Cancel)."""
        w = self.window
        if self.watch is None or not self.watch.away or not w.editor.is_dirty():
            return None
        title = w.editor.record().title.strip() or "the new meeting"
        options = [self.KEEP_AND_QUIT, self.SAVE_WAIT, self.DISCARD, self.CANCEL]
        choice = dialogs.choose(
            w, "Unsaved changes",
            f"The office server at {w.desk.server_address} cannot be reached, so “{title}” "
            "cannot be saved now.\n\nKeep on This Computer and Quit: your edits stay on "
            "this computer; the next time mtgdesk starts it sends them to the server and "
            "offers them back for you to save.\nSave When the Server Is Back: the window "
            "stays open and saves as soon as the server answers.",
            options, default=0, escape=len(options) - 1)
        picked = options[choice] if choice is not None else self.CANCEL
        if picked == self.KEEP_AND_QUIT:
            self.autosave.save_draft_now()  # on this computer: the server is away
            self.keep_drafts = True
            return True
        if picked == self.SAVE_WAIT:
            w.save_current()  # waits for the server (save_when_back)
            return False
        return picked == self.DISCARD

    @Slot()
    def _server_back(self) -> None:
        """The server answers again: the edits kept here go to it, then the save the
        clerk asked for meanwhile is made (a stale one offers Reload, Overwrite, Copy)."""
        w, watch = self.window, self.watch
        assert watch is not None
        if not self.autosave.send_local():
            watch.report_away()
            return
        title, watch.save_waiting = watch.save_waiting, None
        if self.role == "away":  # the window started without it: now it says
            self._read_role()
            self._show_role()
            self.limit_to_role(self._writes)
            self._sync_state(announce=False)
        w.statusBar().showMessage("The office server is back.", STATUS_MS)
        w.refresh_list()  # the server's list, not this computer's copy
        if title is not None and w.editor.is_dirty():
            w.save_current()
        if self._recover_when_back:
            self._recover_when_back = False
            self.autosave.offer_recovery()

    @Slot()
    def _recover_at_start(self) -> None:
        # Drafts kept on this computer by a run that ended while the server was away
        # are sent first, so they are offered with the rest.
        if self.watch is not None:
            if self.watch.away or not self.autosave.send_local():
                self._recover_when_back = True  # offered when the server answers
                return
        self.autosave.offer_recovery()

    def closing(self) -> None:
        """The window closes normally: no draft stays, and a rotating backup is made
        if the last one is a day old."""
        self.autosave.closing(keep=self.keep_drafts)
        if self.watch is not None:
            self.watch.stop()
        try:
            made = self.window.desk.auto_backup()
        except (UserError, OSError) as exc:
            # Said in the window, not only on a stderr nobody reads; nothing is left of it.
            log.warning("automatic backup not made: %s", exc)
            told = str(exc) if isinstance(exc, UserError) else \
                f"{exc.filename or 'the backups folder'}: {exc.strerror or exc}"
            dialogs.error(self.window, "Automatic backup not made",
                          f"The automatic backup could not be made: {told}\n\nYour "
                          "meetings are safe in the database; nothing of the failed backup "
                          "was left behind. File > Back Up Now… tries again.")
        else:
            if made is not None:
                log.info("automatic backup: %s", made)

    # --- final and amend --------------------------------------------------------------

    def is_final(self) -> bool:
        return self.window.editor.baseline().status == Status.FINAL

    @Slot()
    def _sync_state(self, *_args: object, announce: bool = True) -> None:
        self.amend_reason = None
        if self.watch is not None:  # another meeting opened: no save waits any more
            self.watch.save_waiting = None
        if self.reader:
            self.window.editor.set_read_only(True, why=READER_WHY)
        else:
            self.window.editor.set_read_only(self.is_final())
        self._update_actions()
        if announce and self.is_final():
            self.window.statusBar().showMessage(
                "This meeting is final: read-only. Meeting > Amend… changes it.", STATUS_MS)

    @Slot(int)
    def _after_save(self, _meeting_id: int) -> None:
        was_amending = self.amend_reason is not None
        self._sync_state(announce=False)  # the window's "Saved" message stays
        if was_amending:
            self.window.statusBar().showMessage("Amendment saved; the reason is in the "
                                                "meeting's history.", STATUS_MS)

    @Slot(object)
    def _changes_applied(self, changes: Changes) -> None:
        """The open History and Trash dialogs show what any write changed."""
        dialog = self.history_dialog
        if (dialog is not None and dialog.isVisible()
                and (dialog.meeting_id in changes.ids)):
            dialog.refresh()
        if (self.trash_dialog is not None and self.trash_dialog.isVisible()
                and (changes.added or changes.removed)):
            self.trash_dialog.refresh()

    def _show_role(self) -> None:
        label = getattr(self, "role_label", None)
        if label is None:
            label = self.role_label = QLabel()
            label.setObjectName("serverRole")
            self.window.statusBar().addPermanentWidget(label)
        label.setText(f"Office server: {ROLE_NAMES.get(self.role or '', self.role)}")
        label.setToolTip(ROLE_ALLOWS.get(self.role or "", ""))
        label.setAccessibleName(label.text())
        role = ROLE_NAMES.get(self.role or "", self.role)
        if self.may_approve:  # (again, after the server answered a start without it)
            self.restore_action.setEnabled(True)
            self.restore_action.setText("&Restore from Backup…")
        else:
            for action in (self.finalise_action, self.amend_action):
                action.setStatusTip(action.statusTip() + f" (an approver's; your role: {role})")
            # Loading a backup into the server is an approver's: shown, not offered.
            self.restore_action.setEnabled(False)
            self.restore_action.setText("&Restore from Backup… (approvers only)")
            self.restore_action.setStatusTip("Load a backup into an empty office server: "
                                             f"an approver's (your role: {role})")

    def limit_to_role(self, writes: Sequence[QAction]) -> None:
        """A reader is offered none of the window's writes (the server refuses them)."""
        self._writes = writes
        if not self.reader:
            return
        for action in (*writes, self.recover_action):
            action.setEnabled(False)
            action.setStatusTip(action.statusTip() + " (not for your role: reader)")

    def _update_actions(self) -> None:
        saved = self.window.editor.meeting_id is not None
        final = self.is_final()
        self.finalise_action.setEnabled(saved and not final and self.may_approve)
        self.amend_action.setEnabled(saved and final and self.amend_reason is None
                                     and self.may_approve)
        self.history_action.setEnabled(saved)

    @Slot()
    def finalise(self) -> None:
        w = self.window
        if w.editor.is_dirty() or w.editor.meeting_id is None:
            if not dialogs.ask_yes_no(w, "Mark as final", "Save the changes first? Only a "
                                      "saved meeting can be marked final.",
                                      yes_text="Save", no_text="Cancel"):
                return
            if not w.save_current():
                return
        meeting_id = w.editor.meeting_id
        assert meeting_id is not None
        title = w.editor.record().title
        if not dialogs.ask_yes_no(w, "Mark as final",
                                  f"Mark “{title}” as final? It becomes read-only; after "
                                  "this it changes only through Amend…, with a reason that "
                                  "is kept in its history.",
                                  yes_text="Mark as Final", no_text="Cancel"):
            return
        try:
            changes = w.desk.finalise(meeting_id,
                                      expected_version=w.editor.baseline().version)
            stored = w.desk.get(meeting_id)
        except ConflictError as exc:
            dialogs.error(w, "Not marked final", f"{exc}\n\nOpen the meeting again to see "
                          "the other change, then mark it final.")
            return
        except UserError as exc:
            dialogs.error(w, "Not marked final", str(exc))
            return
        w.show_record(stored)
        w.changes_applied.emit(changes)
        w.meeting_saved.emit(meeting_id)
        w.statusBar().showMessage(f"“{title}” is final.", STATUS_MS)

    @Slot()
    def amend(self) -> None:
        w = self.window
        if not self.is_final() or w.editor.meeting_id is None:
            return
        reason = dialogs.ask_text(w, "Amend a final meeting",
                                  "Why does this final meeting need changing? The reason, "
                                  "your name and every changed field go in its history.")
        if reason is None:
            return
        if not reason.strip():
            dialogs.error(w, "Not amended", "An amendment needs a reason.")
            return
        self.amend_reason = reason.strip()
        w.editor.set_read_only(False)
        w.editor.form.focus_title()
        self._update_actions()
        w.statusBar().showMessage("Amending: make the changes, then save (Ctrl+S).",
                                  STATUS_MS)

    # --- history and Trash -------------------------------------------------------------

    @Slot()
    def show_history(self) -> None:
        w = self.window
        if w.editor.meeting_id is None:
            return
        if self.history_dialog is not None:
            self.history_dialog.close()
            self.history_dialog.deleteLater()
        self.history_dialog = HistoryDialog(w.desk, w.editor.meeting_id,
                                            w.editor.baseline().title, w)
        self.history_dialog.show()

    @Slot()
    def show_trash(self) -> None:
        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self.window.desk, self.window)
            self.trash_dialog.changes_applied.connect(self.window.changes_applied)
        else:
            self.trash_dialog.refresh()
        self.trash_dialog.show()
        self.trash_dialog.activateWindow()

    # --- backups ------------------------------------------------------------------------

    def database_path(self) -> Path:
        return self.window.desk.database_file()

    @Slot()
    def backup_now(self) -> None:
        w = self.window
        if w.desk.on_server:  # a local SQLite file of the whole server (docs/office.md)
            stem = "office"
        else:
            try:
                stem = self.database_path().stem
            except UserError as exc:
                dialogs.error(w, "No backup", str(exc))
                return
        suggested = f"{stem}-backup-{date.today().isoformat()}.sqlite3"
        dest = dialogs.save_file(w, "Back up the database", suggested, DB_FILTER)
        if not dest:
            return
        desk = w.desk

        def failed(exc: Exception) -> None:
            dialogs.error(w, "No backup made",
                          str(exc) if isinstance(exc, UserError) else unexpected(exc))

        # A copy of a large database takes a while: on a worker, the window painting.
        run_long_write(w, "Back Up", "Copying the database…",
                       lambda _progress: desk.backup(dest), failed=failed,
                       succeeded=lambda made: w.statusBar().showMessage(
                           f"Backed up to {made}.", STATUS_MS))

    @Slot()
    def restore_backup(self) -> None:
        w = self.window
        if not w.confirm_leave():
            return
        if w.desk.on_server:
            self._restore_into_server()
            return
        try:
            path = self.database_path()
        except UserError as exc:
            dialogs.error(w, "Not restored", str(exc))
            return
        src = dialogs.open_file(w, "Restore from a backup", DB_FILTER,
                                str(w.desk.backups_dir()))
        if not src:
            return
        if not dialogs.ask_yes_no(w, "Restore from backup",
                                  f"Replace every meeting in {path.name} by the content of "
                                  f"{Path(src).name}? The current database is kept beside "
                                  "it as a copy.", yes_text="Restore", no_text="Cancel"):
            return
        desk = w.desk

        def failed(exc: Exception) -> None:
            dialogs.error(w, "Not restored",
                          str(exc) if isinstance(exc, UserError) else unexpected(exc))

        def restored(answer: tuple[Path, Path | None]) -> None:
            _path, aside = answer
            self.autosave.discard()
            w.refresh_list()
            w.open_first_or_new()
            kept = f"\n\nThe replaced database was kept as {aside}." if aside else ""
            dialogs.info(w, "Restored", f"The database was restored from {src}.{kept}")

        # Copying the backup in and bringing an older schema up to date, on a worker.
        run_long_write(w, "Restore", "Restoring the database from the backup…",
                       lambda _progress: desk.restore_database(path, src),
                       succeeded=restored, failed=failed)

    def _restore_into_server(self) -> None:
        """An approver loads a backup file into the empty office server (a new office,
        or after a loss); the server refuses one that holds meetings, and other roles."""
        w = self.window
        src = dialogs.open_file(w, "Restore from a backup", DB_FILTER,
                                str(w.desk.backups_dir()))
        if not src:
            return
        if not dialogs.ask_yes_no(w, "Restore from backup",
                                  f"Load every meeting of {Path(src).name} into the office "
                                  f"server at {w.desk.server_address}? This works on an "
                                  "empty server only (a new office, or after a loss); one "
                                  "that holds meetings is left as it is.",
                                  yes_text="Restore", no_text="Cancel"):
            return
        desk = w.desk

        def failed(exc: Exception) -> None:
            dialogs.error(w, "Not restored",
                          str(exc) if isinstance(exc, UserError) else unexpected(exc))

        def restored(count: int) -> None:
            self.autosave.discard()
            w.refresh_list()
            w.open_first_or_new()
            dialogs.info(w, "Restored", f"The office server holds the {count:,} "
                         f"meeting{'s' if count != 1 else ''} from {src} now.")

        run_long_write(w, "Restore", "Loading the backup into the office server…",
                       lambda progress: desk.restore_into_server(src, progress=progress),
                       succeeded=restored, failed=failed)

    @Slot()
    def recover(self) -> None:
        if not self.autosave.offer_recovery():
            dialogs.info(self.window, "Recover unsaved edits",
                         "There are no unsaved edits to recover.")
