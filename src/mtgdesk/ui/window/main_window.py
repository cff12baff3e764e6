"""The main window: the meeting list beside the editor, menus, and the few use cases
that join them (open, new, save, revert, delete, import, export).

Lean on purpose: each use case is one method calling one service. The window's own
actions and menus are typed attributes, all built in `_build_actions` and
`_build_menus`; the features (help, reports, release import, search, safety) are objects
it owns, each handed the window as a ui.host.WindowHost, and add their own actions to
its menus.

Built in two steps so the window can show before the database stack is loaded (see
ui/window/startup.py): without an engine, the constructor builds the widgets and shows the
first page of the list read by store.first_page, with the editor and every action that
needs the database disabled; `attach(desk)` adds the rest. Given a desk (the Qt-free
mtgdesk.desk.Desk: the window never sees the engine), the constructor does both at once.

Every write's Changes is emitted once on `changes_applied`; the list, the name
suggestions, the search panel and the safety dialogs refresh from it (`_changes_applied`
and the features' own slots), not the code that made the write.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStyle,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain.changes import Changes
from mtgdesk.domain.errors import ConflictError, ServerAway, UserError, ValidationFailed
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.ui import dialogs
from mtgdesk.ui.editor.editor import MeetingEditor
from mtgdesk.ui.help.help_windows import HelpWindows
from mtgdesk.ui.host import STATUS_TIMEOUT_MS, WindowHost
from mtgdesk.ui.window import window_layout
from mtgdesk.ui.window.list_pane import ListPane
from mtgdesk.ui.window.meeting_list import MeetingListModel, MeetingListView
from mtgdesk.ui.window.window_menus import fill, make_action

if TYPE_CHECKING:
    from mtgdesk.desk import Desk
    from mtgdesk.first_look import FirstPage
    from mtgdesk.ui.editor.name_suggestions import NameSuggestions
    from mtgdesk.ui.releases.release_import import ReleaseImport
    from mtgdesk.ui.reports.report_actions import ReportActions
    from mtgdesk.ui.safety.safety import SafetyFeatures
    from mtgdesk.ui.search.search_panel import SearchPanel

# Everything from here to the database stack is imported by `attach` or by the use
# case that needs it, so that the window can be shown before it is loaded.

APP_NAME = "mtgdesk"


class MainWindow(WindowHost):
    # The window's own actions (_build_actions) ...
    new_action: QAction
    save_action: QAction
    revert_action: QAction
    delete_action: QAction
    import_action: QAction
    export_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    history_action: QAction
    user_guide_action: QAction
    shortcuts_action: QAction
    about_action: QAction
    # ... its menus and toolbar (_build_menus) ...
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    toolbar: QToolBar
    # ... and what attach adds once the database is open: the features it owns.
    desk: Desk
    names: NameSuggestions
    report_actions: ReportActions
    release_import: ReleaseImport
    search_panel: SearchPanel
    search_dock: QDockWidget
    safety: SafetyFeatures

    def __init__(self, desk: Desk | None, parent: QWidget | None = None, *,
                 first_page: FirstPage | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._syncing = False  # the window, not the clerk, is moving the list selection
        self._attached = False  # attach has finished: every feature is in place
        self._list_generation = 0  # counts list re-reads (each loses the selection)
        self.undo_stack = QUndoStack(self)

        self.list_model = MeetingListModel(desk, self, first_page=first_page)
        self.meeting_list = MeetingListView()
        self.meeting_list.setModel(self.list_model)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName("Search meetings")
        self.search_field.setPlaceholderText("Search meetings (Ctrl+F)")
        self.search_field.setClearButtonEnabled(True)
        self.editor = MeetingEditor(self.undo_stack)
        # The list, or the first steps of an empty database, or "no meeting matches".
        self.list_pane = ListPane(self.meeting_list, self.list_model,
                                  clear_search=self.search_field.clear)
        self.help = HelpWindows(self)  # Help: the user guide, shortcuts, About

        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(8, 8, 0, 8)
        list_layout.setSpacing(6)
        list_layout.addWidget(self.search_field)
        list_layout.addWidget(self.list_pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.history_view = QUndoView(self.undo_stack)
        self.history_view.setEmptyLabel("Opened (no changes yet)")
        self.history_view.setAccessibleName("Undo history")
        self.history_dock = QDockWidget("Undo History", self)
        self.history_dock.setObjectName("undoHistoryDock")
        self.history_dock.setWidget(self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()

        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_actions()
        self._build_menus()
        steps = self.list_pane.first_steps  # what an empty database's list offers
        steps.add_step(self.new_action, "Type a new meeting")
        steps.add_step(self.import_action, "Import a file (JSON)…")
        steps.add_step(self.user_guide_action, "Read the user guide")
        window_layout.restore_layout(self)
        self._update_count()
        self.list_pane.take_focus()
        # Until attach: what cannot work without the database is disabled.
        self._needs_database: list[QWidget | QAction] = [
            self.editor, self.search_field, self.new_action, self.save_action,
            self.revert_action, self.delete_action, self.import_action, self.export_action,
            self.find_action]
        if desk is None:
            for item in self._needs_database:
                item.setEnabled(False)
        else:
            self.attach(desk)

    def attach(self, desk: Desk) -> None:
        """The database is open: read through it and add the features that need it."""
        from mtgdesk.ui.editor.name_suggestions import NameSuggestions
        from mtgdesk.ui.releases.release_import import ReleaseImport
        from mtgdesk.ui.reports.report_actions import install_report_actions
        from mtgdesk.ui.safety.safety import SafetyFeatures
        from mtgdesk.ui.search.search_dock import dock_search_panel

        self.desk = desk
        chosen = self.list_model.meeting_id(self.meeting_list.currentIndex().row())
        if not self.list_model.attached:
            self.list_model.attach(desk)
        self.report_actions = install_report_actions(self)  # File > Print…
        self.release_import = ReleaseImport(self)  # File > Import Release…
        self.list_pane.first_steps.add_step(self.release_import.action,
                                            "Import a published release…",
                                            before=self.user_guide_action)
        # View > Search, Ctrl+F; placed as last saved
        self.search_panel, self.search_dock = dock_search_panel(self)
        self._connect()
        self.names = NameSuggestions(desk, self)
        self.names.loaded.connect(self._names_loaded)
        self.names.failed.connect(self._names_failed)
        self.search_panel.follow_names(self.names)  # read once for both
        self.names.reload()
        for item in self._needs_database:
            item.setEnabled(True)
        focus = QApplication.focusWidget()
        if focus is None or not focus.isVisible():  # the first steps were disabled
            self.list_pane.take_focus()
        self._update_count()
        if desk.read_only:
            self._read_only_banner(desk.read_only)
        self.open_first_or_new(chosen)
        # Autosave and recovery, conflicts, Final/Amend, History, Trash, backups.
        self.safety = SafetyFeatures(self)
        self.safety.limit_to_role([self.new_action, self.save_action, self.delete_action,
                                   self.import_action, self.release_import.action])
        # Menus added by features (menuBar().addMenu) go before Help, as is usual.
        self.menuBar().removeAction(self.help_menu.menuAction())
        self.menuBar().addAction(self.help_menu.menuAction())
        self._attached = True
        self.attached.emit()

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        self.new_action = make_action(self, "&New Meeting", self.new_meeting, key.New,
                                      sp.SP_FileIcon, "Start a new meeting record")
        self.save_action = make_action(self, "&Save", self.save_current, key.Save,
                                       sp.SP_DialogSaveButton, "Save the meeting")
        self.revert_action = make_action(self, "Re&vert", self.revert, None,
                                         sp.SP_BrowserReload, "Discard unsaved changes")
        self.delete_action = make_action(self, "&Delete Meeting…", self.delete_selected,
                                         key.Delete, sp.SP_TrashIcon,
                                         "Move the selected meetings to the Trash")
        # Delete is the list's key only: the participant and paragraph editors use it too.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.meeting_list.addAction(self.delete_action)
        self.import_action = make_action(self, "&Import…", self.import_files, "Ctrl+I",
                                         sp.SP_DialogOpenButton,
                                         "Import meeting records (JSON)")
        self.export_action = make_action(self, "&Export Selected…", self.export_selected,
                                         "Ctrl+E", sp.SP_DialogSaveButton,
                                         "Export the selected meetings (JSON)")
        # Ctrl+Q, not key.Quit: under X without a desktop theme that binding is empty.
        self.quit_action = make_action(self, "&Quit", self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(key.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence(key.Redo), QKeySequence("Ctrl+Y")])
        self.find_action = make_action(self, "&Find Meetings", self.focus_search, key.Find)
        self.history_action = self.history_dock.toggleViewAction()
        self.history_action.setText("Undo &History")
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.user_guide_action = make_action(self, "&User Guide", self.help.show_guide,
                                             key.HelpContents, sp.SP_DialogHelpButton,
                                             "How to use mtgdesk, in a window of its own")
        self.shortcuts_action = make_action(self, "&Keyboard Shortcuts",
                                            self.help.show_shortcuts,
                                            tip="Every key of the window, by menu")
        self.about_action = make_action(self, "&About mtgdesk", self.about,
                                        tip="The version, the database and the folders "
                                        "in use")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        """File, Edit, View and Help, and the toolbar."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        fill(self.file_menu, (self.new_action, self.save_action, self.revert_action, None,
                              self.delete_action, None, self.import_action,
                              self.export_action, None, self.quit_action))
        self.edit_menu = bar.addMenu("&Edit")
        fill(self.edit_menu, (self.undo_action, self.redo_action, None, self.history_action,
                              None, self.find_action))
        self.view_menu = bar.addMenu("&View")
        self.toolbar = QToolBar("Toolbar", self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        fill(self.toolbar, (self.new_action, self.save_action, self.revert_action, None,
                            self.delete_action, None, self.import_action, self.export_action))
        self.addToolBar(self.toolbar)
        self.view_menu.addAction(self.toolbar.toggleViewAction())
        self.view_menu.addAction(self.history_dock.toggleViewAction())
        self.view_menu.addMenu(self.editor.participants.columns.menu)
        self.help_menu = bar.addMenu("&Help")
        fill(self.help_menu, (self.user_guide_action, self.shortcuts_action, None,
                              self.about_action))

    def _read_only_banner(self, reason: str) -> None:
        """Above the list and the editor: this database can be read, not written."""
        from mtgdesk.ui.window.banners import add_banner

        self.read_only_banner = add_banner(
            self, "readOnlyBanner", f"Read-only: {reason}. You can read, search, print and "
            "export its meetings; nothing can be saved in it. Copy the file to a folder "
            "you can write to, or ask for write access.")

    def _connect(self) -> None:
        self.meeting_list.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.list_model.modelReset.connect(self._list_was_reset)
        self.editor.dirty_changed.connect(self._dirty_changed)
        self.editor.changed.connect(self._update_title)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.changes_applied.connect(self._changes_applied)

    # --- opening ------------------------------------------------------------------

    def open_first_or_new(self, chosen: int | None = None) -> None:
        """Open the meeting the clerk chose in the list before attach, else the first
        (a new one when the office server was away at start: opening needs it)."""
        started_away = self.desk.started_away
        for meeting_id in () if started_away else (chosen, self.list_model.meeting_id(0)):
            if meeting_id is not None and self.open_meeting(meeting_id):
                self._select_id(meeting_id)
                return
        self.show_record(MeetingRecord(held_on=date.today()))

    @Slot(QModelIndex, QModelIndex)
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        target = self.list_model.meeting_id(current.row())
        if target is None or target == self.editor.meeting_id:
            return
        generation = self._list_generation
        if not self.confirm_leave():
            # Stay on the meeting being edited. Later: the view is still handling the
            # click that moved the current row and would select that row again.
            self._select_later(self.editor.meeting_id)
            return
        # Saving re-read the list and lost its current row: put it on the target again.
        # Otherwise the view's own selection (Ctrl+click, Shift+click) stays as it is.
        if self.open_meeting(target) and generation != self._list_generation:
            self._select_later(target)

    def _select_later(self, meeting_id: int | None) -> None:
        QTimer.singleShot(0, self, lambda: self._select_id(meeting_id))

    def open_meeting(self, meeting_id: int) -> bool:
        """Open a stored meeting in the editor; False (the clerk told why) when it
        cannot be read."""
        try:
            record = self.desk.get(meeting_id)
        except ServerAway:  # the banner says so; the list is this computer's copy
            if self.is_attached():
                self.safety.watch_says_away()
            self.statusBar().showMessage(
                "Meetings open when the office server is back; meanwhile the list "
                "shows what this computer holds, and a new meeting can be written.",
                STATUS_TIMEOUT_MS)
            self._select_later(self.editor.meeting_id)
            return False
        except UserError as exc:
            dialogs.error(self, "Cannot open the meeting", str(exc))
            self.refresh_list()
            return False
        self.show_record(record)
        self.statusBar().showMessage(f"Opened “{record.title}”.", STATUS_TIMEOUT_MS)
        return True

    def show_record(self, record: MeetingRecord) -> None:
        self.editor.load(record)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._update_title()
        self.meeting_opened.emit(record.id)

    def select_meeting(self, meeting_id: int | None) -> None:
        """Make a meeting the list's current row (fetching pages to find it), not opening it."""
        self._select_id(meeting_id)

    def _select_id(self, meeting_id: int | None) -> None:
        """Show a meeting as the list's current row without opening it again."""
        self._syncing = True
        try:
            sel = self.meeting_list.selectionModel()
            row = None if meeting_id is None else self.list_model.row_of(meeting_id,
                                                                        fetch_pages=20)
            if row is None:
                sel.clear()
                return
            index = self.list_model.index(row, 0)
            sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                | QItemSelectionModel.SelectionFlag.Rows)
            self.meeting_list.scrollTo(index)
        finally:
            self._syncing = False

    def confirm_leave(self) -> bool:
        """True when the meeting in the editor may be left (saved, discarded or clean)."""
        if not self.editor.is_dirty():
            return True
        title = self.editor.record().title.strip() or "the new meeting"
        choice = dialogs.ask_save_discard_cancel(
            self, "Unsaved changes", f"Save the changes to “{title}”?")
        if choice is dialogs.Choice.SAVE:
            return self.save_current()
        return choice is dialogs.Choice.DISCARD

    # --- use cases ----------------------------------------------------------------

    @Slot()
    def new_meeting(self) -> None:
        if not self.confirm_leave():
            return
        self.show_record(MeetingRecord(held_on=date.today()))
        self._select_id(None)
        self.editor.form.focus_title()
        self.statusBar().showMessage("New meeting: type its title.", STATUS_TIMEOUT_MS)

    @Slot()
    def save_current(self, *, force: bool = False) -> bool:
        """Validate and store the meeting in the editor; True when it was saved.

        The one save path of the window (conflict handling extends it here).
        """
        record = self.editor.record()
        try:
            if self.editor.typed_problems():  # a date typed that could not be read
                raise ValidationFailed(self.editor.problems())
            changes = self.safety.save(record, force=force)  # an amendment while amending
        except ValidationFailed as exc:
            self.editor.show_problems(exc.problems)
            self.editor.focus_first_problem(exc.problems)
            n = len(exc.problems)
            self.statusBar().showMessage(
                f"Not saved: {n} problem{'s' if n != 1 else ''} to put right (marked in red).",
                STATUS_TIMEOUT_MS)
            return False
        except ConflictError as exc:
            # Reload, Overwrite or Save as a Copy: the clerk chooses (ui.safety.conflict).
            return self.safety.resolve_conflict(record, exc)
        except ServerAway:  # kept on this computer, saved when the server is back
            return self.safety.save_when_back(record)
        except UserError as exc:
            dialogs.error(self, "Not saved", f"{exc}\n\nYour changes are still in the form.")
            self.statusBar().showMessage("Not saved.", STATUS_TIMEOUT_MS)
            return False
        saved = (*changes.added, *changes.updated)[0]
        self.editor.mark_saved(saved.id, saved.version)
        self.editor.show_problems(list(changes.warnings))
        self.undo_stack.setClean()
        self.names.add(record.participants)  # known at once; no need to read them all
        self.changes_applied.emit(changes)  # the list shows it, the history dialog too
        note = f" ({len(changes.warnings)} point(s) to check)" if changes.warnings else ""
        self.statusBar().showMessage(f"Saved “{record.title}”{note}.", STATUS_TIMEOUT_MS)
        self._update_title()
        self.meeting_saved.emit(saved.id)
        return True

    @Slot()
    def revert(self) -> None:
        if not self.editor.is_dirty():
            return
        if not dialogs.ask_yes_no(self, "Revert", "Discard your unsaved changes?",
                                  yes_text="Discard changes", no_text="Keep editing"):
            return
        meeting_id = self.editor.meeting_id
        if meeting_id is None or not self.open_meeting(meeting_id):
            self.show_record(self.editor.baseline())
        self.statusBar().showMessage("Changes discarded.", STATUS_TIMEOUT_MS)

    @Slot()
    def delete_selected(self) -> None:
        from mtgdesk.ui.window import deletion

        deletion.delete_selected(self)

    @Slot()
    def import_files(self) -> None:
        from mtgdesk.ui.window import transfer

        transfer.import_files(self)

    @Slot()
    def export_selected(self) -> None:
        from mtgdesk.ui.window import transfer

        transfer.export_selected(self)

    @Slot()
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @Slot()
    def about(self) -> None:
        self.help.show_about()

    @Slot()
    def refresh_list(self) -> None:
        self._syncing = True
        try:
            self.list_model.refresh()
        finally:
            self._syncing = False
        self._update_count()

    # --- what a write changed ---------------------------------------------------------

    @Slot(object)
    def _changes_applied(self, changes: Changes) -> None:
        """Any write, from any feature: the list reads its rows again and keeps the
        editor's meeting current; names another meeting brought are read again."""
        if not changes and not changes.present:
            return
        self._follow_in_editor(changes)
        self.refresh_list()
        self._select_id(self.editor.meeting_id)
        others = {r.id for r in (*changes.added, *changes.updated)} - {self.editor.meeting_id}
        if others and hasattr(self, "names"):
            self.refresh_suggestions()

    def _follow_in_editor(self, changes: Changes) -> None:
        """The editor's meeting was changed by another write (an import of a newer
        version, another feature): shown as stored when the clerk has no edits in it;
        with edits, saving them offers the usual choice of a conflict."""
        current = self.editor.meeting_id
        if current is None or self.editor.is_dirty():
            return
        version = self.editor.baseline().version
        if any(r.id == current and r.version != version for r in changes.updated):
            self.open_meeting(current)

    # --- small updates --------------------------------------------------------------

    def refresh_suggestions(self) -> None:
        """Read again the names recorded in this database (after an import), in the
        background; the participant-name completer offers them."""
        self.names.reload()

    @Slot(list)
    def _names_loaded(self, names: list) -> None:
        # The editor puts the shipped reference lists first; these are this office's.
        self.editor.set_name_suggestions(names)

    @Slot(str)
    def _names_failed(self, message: str) -> None:
        # A locked database must not stop the window: the reference lists still complete.
        self.statusBar().showMessage(f"Name suggestions unavailable: {message}",
                                     STATUS_TIMEOUT_MS)

    @Slot()
    def _list_was_reset(self) -> None:
        self._list_generation += 1
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        n = self.list_model.total()
        self.count_label.setText(f"{n:,} meeting{'s' if n != 1 else ''}  ")

    @Slot(bool)
    def _dirty_changed(self, dirty: bool) -> None:
        self.revert_action.setEnabled(dirty)
        self._update_title()

    @Slot()
    def _update_title(self) -> None:
        record_title = self.editor.form.title.text().strip()
        if self.editor.meeting_id is None and not record_title:
            record_title = "New meeting"
        self.setWindowTitle(f"{record_title}[*] — {APP_NAME}")
        self.setWindowModified(self.editor.is_dirty())
        self.revert_action.setEnabled(self.editor.is_dirty())

    # --- window state -----------------------------------------------------------------

    @staticmethod
    def settings() -> QSettings:
        return window_layout.window_settings()

    def is_attached(self) -> bool:
        """True once attach has finished: every feature is in place."""
        return self._attached

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self.current_write is not None:  # its progress dialog offers Cancel, if safe
            self.statusBar().showMessage("Wait for the work in progress to finish.",
                                         STATUS_TIMEOUT_MS)
            event.ignore()
            return
        away = self.safety.leave_while_away() if self.is_attached() else None
        if away is False or (away is None and not self.confirm_leave()):
            event.ignore()
            return
        # Before attach the search dock is not there: its saved place is kept.
        window_layout.save_layout(self, docks=self.is_attached())
        if self.is_attached():
            self.safety.closing()  # no draft stays; a rotating backup if a day has passed
        event.accept()
