"""File > Import Release...: read published releases, review what was found, save.

The source text is on the left with the words each value came from highlighted; the
proposed record is on the right in the same editor as any meeting, above it a table of
what was found (field, value, the words, a confidence) and the parser's doubts. Nothing
is stored until the clerk presses Save as Draft. Several files (a folder) are read in
one go, with a progress bar, into a review queue worked through one by one.

The window owns a ReleaseImport: its action (in the File menu, before Export) and the
dialog, made the first time the action is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain.errors import UserError, ValidationFailed
from mtgdesk.ui import dialogs
from mtgdesk.ui.editor.editor import MeetingEditor
from mtgdesk.ui.releases.aliases_dialog import AliasesDialog
from mtgdesk.ui.releases.release_models import EvidenceModel, QueueItem, ReviewQueueModel

if TYPE_CHECKING:
    from mtgdesk.desk import Desk
    from mtgdesk.domain.records import MeetingRecord
    from mtgdesk.ui.host import WindowHost

# The parser (and its reference lists) loads when the dialog is first used, not with
# the window: it would add a quarter of a second to every start.

RELEASE_FILTER = "Releases (*.txt *.html *.htm *.docx *.pdf);;All files (*)"
SPAN_COLOUR = QColor("#fff3b0")  # every value's words
CURRENT_COLOUR = QColor("#ffb347")  # the selected value's words


def _qt_pos(text: str, i: int) -> int:
    """A Python string offset as a Qt document position (UTF-16 code units)."""
    return len(text[:i].encode("utf-16-le")) // 2


class ReleaseImportDialog(QDialog):
    meeting_saved = Signal(int)
    changes_applied = Signal(object)  # the Changes of each draft saved

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseImport")
        self.setWindowTitle("Import Release")
        self.desk = desk
        self.current: int | None = None
        self.queue = ReviewQueueModel(self)
        self.queue_view = QListView()
        self.queue_view.setObjectName("reviewQueue")
        self.queue_view.setAccessibleName("Review queue")
        self.queue_view.setModel(self.queue)
        self.source = QPlainTextEdit()
        self.source.setObjectName("releaseSource")
        self.source.setAccessibleName("Release text")
        self.source.setPlaceholderText("Paste the text of a release here, or open files "
                                       "or a folder, then press Read Text.")
        self.evidence = EvidenceModel(self)
        self.evidence_view = QTableView()
        self.evidence_view.setObjectName("releaseEvidence")
        self.evidence_view.setModel(self.evidence)
        self.evidence_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column in (1, 2):  # the value and its words share what room there is
            self.evidence_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        self.evidence_view.verticalHeader().hide()
        self.doubts = QLabel()
        self.doubts.setObjectName("releaseDoubts")
        self.doubts.setWordWrap(True)
        self.doubts.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = MeetingEditor(QUndoStack(self))
        self.progress = QProgressBar()
        self.progress.setObjectName("releaseProgress")
        self.progress.hide()
        self.open_button = QPushButton("Open &Files…")
        self.folder_button = QPushButton("Open F&older…")
        self.read_button = QPushButton("&Read Text")
        self.skip_button = QPushButton("S&kip")
        self.save_button = QPushButton("&Save as Draft")
        self.save_button.setDefault(True)
        self._layout()
        self.open_button.clicked.connect(self.open_files)
        self.folder_button.clicked.connect(self.open_folder)
        self.read_button.clicked.connect(self.read_pasted)
        self.skip_button.clicked.connect(self.skip_current)
        self.save_button.clicked.connect(self.save_current)
        self.queue_view.selectionModel().currentRowChanged.connect(self._queue_row_changed)
        self.evidence_view.selectionModel().currentRowChanged.connect(self._evidence_row)
        self._update_buttons()
        self.resize(1400, 850)

    def _layout(self) -> None:
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.queue_view)
        left.addWidget(self.source)
        left.setStretchFactor(1, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        found = QWidget()
        found_layout = QVBoxLayout(found)
        found_layout.setContentsMargins(0, 0, 0, 0)
        found_layout.addWidget(self.evidence_view)
        found_layout.addWidget(self.doubts)
        right.addWidget(found)
        right.addWidget(self.editor)
        right.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        # The source wants reading room; the queue and the found-table only a few lines.
        split.setSizes([560, 840])
        left.setSizes([110, 740])
        right.setSizes([230, 620])
        buttons = QHBoxLayout()
        for b in (self.open_button, self.folder_button, self.read_button):
            buttons.addWidget(b)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    # --- reading ------------------------------------------------------------------

    @Slot()
    def open_files(self) -> None:
        paths = dialogs.open_files(self, "Import releases", RELEASE_FILTER)
        if paths:
            self.read_paths(paths)

    @Slot()
    def open_folder(self) -> None:
        folder = dialogs.open_folder(self, "Import a folder of releases")
        if not folder:
            return
        try:
            paths = self.desk.release_files(folder)
        except UserError as exc:
            dialogs.error(self, "Cannot read the folder", str(exc))
            return
        if not paths:
            dialogs.info(self, "Import Release", f"{folder} holds no release files "
                         "(.txt, .html, .docx, .pdf).")
            return
        self.read_paths(paths)

    def read_paths(self, paths: Sequence[str | Path]) -> None:
        """Read every file into the queue, the progress bar counting; nothing is stored."""
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()

        def counted(done: int, _total: int) -> None:
            self.progress.setValue(done)
            QApplication.processEvents()

        results = self.desk.propose_releases(paths, progress=counted)
        items = [QueueItem(Path(r.path).name, r.proposal, "; ".join(r.problems))
                 for r in results]
        self.progress.hide()
        self._enqueue(items)

    @Slot()
    def read_pasted(self) -> None:
        text = self.source.toPlainText()
        if not text.strip():
            dialogs.info(self, "Import Release", "Paste the text of a release first.")
            return
        item = self.queue.items[self.current] if self.current is not None else None
        if item is not None and item.open and item.proposal and text == item.proposal.text:
            return  # the text shown is already read
        self._enqueue([QueueItem("Pasted text", self.desk.propose_text(text))])

    def _enqueue(self, items: list[QueueItem]) -> None:
        first = len(self.queue.items)
        self.queue.add(items)
        target = first if items and items[0].open else self.queue.next_open(first - 1)
        if target is not None:
            self.queue_view.setCurrentIndex(self.queue.index(target))

    # --- reviewing ----------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _queue_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_item(current.row() if current.isValid() else None)

    def show_item(self, row: int | None) -> None:
        self.current = row
        item = self.queue.items[row] if row is not None else None
        proposal = item.proposal if item else None
        self.evidence.set_proposal(proposal)
        self.evidence_view.resizeColumnsToContents()
        self.source.setPlainText(proposal.text if proposal else (item.error if item else ""))
        self._highlight(None)
        if proposal is not None:
            self.editor.load(proposal.record)
            self.editor.default_split()
            self.doubts.setText("Doubts:\n" + "\n".join(f"• {w}" for w in proposal.warnings)
                                if proposal.warnings else "No doubts.")
        else:
            self.doubts.setText(item.error if item else "")
        self._update_buttons()

    @Slot(QModelIndex, QModelIndex)
    def _evidence_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._highlight(self.evidence.words_span(current.row()) if current.isValid() else None)

    def _highlight(self, chosen: tuple[int, int] | None) -> None:
        """Every value's words lightly, the chosen value's words strongly, in view."""
        proposal = self.evidence.proposal
        selections = []
        if proposal is not None:
            text = proposal.text if self.source.toPlainText() == proposal.text else ""
            spans = [(e.start, e.end) for e in proposal.evidence if e.end > e.start]
            for span in ([*spans, chosen] if chosen else spans) if text else []:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.source.document())
                cursor.setPosition(_qt_pos(text, span[0]))
                cursor.setPosition(_qt_pos(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setBackground(CURRENT_COLOUR if span is chosen else SPAN_COLOUR)
                sel.format = fmt
                sel.cursor = cursor
                selections.append(sel)
                if span is chosen:
                    self.source.setTextCursor(cursor)
                    self.source.ensureCursorVisible()
        self.source.setExtraSelections(selections)

    def highlighted_words(self) -> str:
        """The words shown as the chosen value's source (for tests and screen readers)."""
        return self.source.textCursor().selectedText()

    @Slot()
    def save_current(self) -> None:
        item = self.queue.items[self.current] if self.current is not None else None
        if item is None or not item.open:
            return
        try:
            record = self.editor.record()
            changes = self.desk.save_reviewed_release(record)
        except ValidationFailed as exc:
            self.editor.show_problems(exc.problems)
            self.editor.focus_first_problem(exc.problems)
            return
        except UserError as exc:
            dialogs.error(self, "Not saved", str(exc))
            return
        [saved] = changes.added
        item.saved_id = saved.id
        self._remember(item, record)
        self.queue.changed(self.current)  # type: ignore[arg-type]
        self.changes_applied.emit(changes)
        self.meeting_saved.emit(saved.id)
        self._advance()

    def _remember(self, item: QueueItem, record: MeetingRecord) -> None:
        """Keep what the clerk corrected in the participants (after the draft is
        stored: a correction that cannot be kept does not undo the save)."""
        if item.proposal is None:
            return
        try:
            self.desk.remember_corrections(item.proposal, record)
        except UserError as exc:
            dialogs.error(self, "Corrections not kept",
                          f"The draft was saved, but the corrections made in it could not "
                          f"be kept for later releases: {exc}")
            return
        self._apply_corrections()

    def _apply_corrections(self) -> None:
        """The releases still to review are read again with the corrections kept so
        far: what the clerk put right in one is right in the next."""
        from mtgdesk.releases.corrections import apply

        try:
            corrections = self.desk.release_aliases()
        except UserError:
            return  # the database cannot be read now: the queue stays as read
        for item in self.queue.items:
            if item.open and item.proposal is not None:
                item.proposal = apply(item.proposal, corrections)

    @Slot()
    def skip_current(self) -> None:
        if self.current is not None and self.queue.items[self.current].open:
            self.queue.items[self.current].skipped = True
            self.queue.changed(self.current)
            self._advance()

    def _advance(self) -> None:
        assert self.current is not None
        nxt = self.queue.next_open(self.current)
        if nxt is None:
            self.show_item(self.current)
        else:
            self.queue_view.setCurrentIndex(self.queue.index(nxt))

    def _update_buttons(self) -> None:
        item = self.queue.items[self.current] if self.current is not None else None
        can = bool(item and item.open)
        self.save_button.setEnabled(can)
        self.skip_button.setEnabled(can)
        self.editor.setEnabled(can)


class ReleaseImport(QObject):
    """File > Import Release... of a main window; saved drafts show up in its list."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ReleaseImportDialog | None = None
        self.action = QAction("Import &Release…", window)
        self.action.setObjectName("importReleaseAction")
        self.action.setShortcut("Ctrl+Shift+I")
        self.action.setStatusTip("Read published releases (text, HTML, Word) into draft "
                                 "meetings")
        self.action.triggered.connect(self.show)
        window.file_menu.insertAction(window.export_action, self.action)
        self.aliases: AliasesDialog | None = None
        self.aliases_action = QAction("Release &Corrections…", window)
        self.aliases_action.setObjectName("releaseAliasesAction")
        self.aliases_action.setStatusTip("See and remove the corrections kept from import "
                                         "reviews and applied to later releases")
        self.aliases_action.triggered.connect(self.show_aliases)
        window.file_menu.insertAction(window.export_action, self.aliases_action)

    @Slot()
    def show(self) -> None:
        if self.dialog is None:
            self.dialog = ReleaseImportDialog(self.window.desk, self.window)
            # the list, the names and the search panel follow from the window's signal
            self.dialog.changes_applied.connect(self.window.changes_applied)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    @Slot()
    def show_aliases(self) -> None:
        if self.aliases is None:
            self.aliases = AliasesDialog(self.window.desk, self.window)
        else:
            self.aliases.reload()
        self.aliases.show()
        self.aliases.raise_()
        self.aliases.activateWindow()
        self.aliases.view.setFocus()
