"""The editor pane: the meeting form above, participants and paragraphs in tabs below.

It holds the record as last loaded or saved (the baseline) and says whether what the
widgets show differs from it (dirty). After a refused save it validates again as the
clerk edits, so each message goes away when its field is put right.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.validation import Path, Problem, Severity, validate_meeting
from mtgdesk.domain.vocab import ParticipantKind
from mtgdesk.ui.editor.meeting_form import ERROR_COLOUR, WARNING_COLOUR, MeetingForm
from mtgdesk.ui.editor.paragraphs import ParagraphsEditor
from mtgdesk.ui.editor.participants import ParticipantsEditor
from mtgdesk.ui.reports.report_text import ReportTextEditor

PARTICIPANTS_TAB, PARAGRAPHS_TAB, REPORT_TEXT_TAB = 0, 1, 2


FINAL_STYLE = ("QFrame#finalBar { background: #e8eef7; border: 1px solid #5b7db1;"
               " border-radius: 4px; } QFrame#finalBar[nudged=\"true\"] {"
               " border: 2px solid #1f4e99; }")


FINAL_TEXT = "Final, read-only: the record as it was published."


class MeetingEditor(QWidget):
    changed = Signal()  # any edit, undo and redo included
    dirty_changed = Signal(bool)
    typed_while_final = Signal()  # a key typed into the read-only final record

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.setAccessibleName("Meeting editor")
        self.undo_stack = undo_stack
        self._baseline = MeetingRecord()
        self._dirty = False
        self._live_validation = False

        self.banner = QLabel()
        self.banner.setObjectName("problemBanner")
        self.banner.setWordWrap(False)  # one line: the fields say the rest
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        # A final record says so above its fields, with the way to change it beside.
        self.final_bar = QFrame()
        self.final_bar.setObjectName("finalBar")
        self.final_bar.setStyleSheet(FINAL_STYLE)
        self.final_label = QLabel(FINAL_TEXT)
        self.final_label.setObjectName("finalLabel")
        self.amend_button = QPushButton("Amend…")
        self.amend_button.setAccessibleName("Amend this final meeting")
        self.amend_button.setToolTip("Change a final meeting, giving a reason (Meeting > "
                                     "Amend…)")
        bar = QHBoxLayout(self.final_bar)
        bar.setContentsMargins(8, 3, 8, 3)
        bar.addWidget(self.final_label, 1)
        bar.addWidget(self.amend_button)
        self.final_bar.hide()
        self.form = MeetingForm(undo_stack)
        self.participants = ParticipantsEditor(undo_stack)
        self.paragraphs = ParagraphsEditor(undo_stack)
        self.report_text = ReportTextEditor(undo_stack, self._record_without_overrides)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.participants, "&Participants")
        self.tabs.addTab(self.paragraphs, "Pa&ragraphs")
        self.tabs.addTab(self.report_text, "Report te&xt")

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 10, 12, 6)
        top_layout.addWidget(self.form)
        self._top = top
        scroll = QScrollArea()
        scroll.setWidget(top)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 8)  # the list pane has the same outer margin
        # The summary line sits above the splitter, so showing it never squeezes the form.
        layout.addWidget(self.final_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter)

        self._revalidate_timer = QTimer(self)
        self._revalidate_timer.setSingleShot(True)
        self._revalidate_timer.setInterval(250)
        self._revalidate_timer.timeout.connect(self._revalidate)
        self.form.changed.connect(self._edited)
        self.participants.changed.connect(self._participants_edited)
        self.paragraphs.changed.connect(self._edited)
        self.report_text.changed.connect(self._edited)
        self._update_tab_titles()
        # Adding a participant or a paragraph works from anywhere in the editor, not
        # only inside its tab: the tab comes forward first.
        for page, tab in ((self.participants, PARTICIPANTS_TAB),
                          (self.paragraphs, PARAGRAPHS_TAB)):
            self.addAction(page.add_action)
            page.reveal_requested.connect(lambda t=tab: self.tabs.setCurrentIndex(t))

    # --- one keyboard path ----------------------------------------------------------------

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes, in reading order: the form, the participants table and its
        buttons, the paragraphs, then back to Title (Shift+Tab the reverse)."""
        return [*self.form.tab_stops(), *self.participants.tab_stops(),
                *self.paragraphs.tab_stops()]

    def _page_of(self, widget: QWidget) -> int:
        for tab in range(self.tabs.count()):
            page = self.tabs.widget(tab)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                return tab
        return -1

    def _can_take_focus(self, widget: QWidget) -> bool:
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return False
        tab = self._page_of(widget)
        page = self.tabs.widget(tab) if tab >= 0 else None
        return widget.isVisibleTo(page if page is not None else self)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt names)
        # Qt's own focus chain follows the order widgets were made in, across the
        # scroll area, the splitter and the tab pages; this walk is the reading order,
        # and it turns the editor's tabs to reach the paragraphs.
        stops = self.tab_stops()
        focus = QApplication.focusWidget()
        at = next_ = None
        for i, stop in enumerate(stops):
            if focus is not None and (stop is focus or stop.isAncestorOf(focus)):
                at = i
                break
        if at is None:
            return super().focusNextPrevChild(next)
        step = 1 if next else -1
        for k in range(1, len(stops) + 1):
            candidate = stops[(at + step * k) % len(stops)]
            if self._can_take_focus(candidate):
                next_ = candidate
                break
        if next_ is None:
            return super().focusNextPrevChild(next)
        tab = self._page_of(next_)
        if tab >= 0 and self.tabs.currentIndex() != tab:
            self.tabs.setCurrentIndex(tab)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        next_.setFocus(reason)
        return True

    def default_split(self) -> None:
        """The form as tall as it needs, the tables below get the rest."""
        self.splitter.setSizes([self._top.sizeHint().height() + 2, 10_000])

    # --- content ----------------------------------------------------------------------

    def load(self, record: MeetingRecord) -> None:
        """Show a record as the saved state; the caller clears the undo stack."""
        self._baseline = record.copy()
        self._live_validation = False
        self.form.load(record)
        self.participants.set_records(list(record.participants))
        self.paragraphs.set_records(list(record.paragraphs))
        self.report_text.set_overrides(record.report_overrides)
        self._after_participants()
        self._update_tab_titles()
        self.show_problems([])
        self._set_dirty(False)

    def record(self) -> MeetingRecord:
        return dataclasses.replace(self._record_without_overrides(),
                                   report_overrides=self.report_text.overrides())

    def _record_without_overrides(self) -> MeetingRecord:
        return dataclasses.replace(
            self.form.record(),
            participants=list(self.participants.records()),
            paragraphs=list(self.paragraphs.records()),
        )

    def baseline(self) -> MeetingRecord:
        return self._baseline.copy()

    @property
    def meeting_id(self) -> int | None:
        return self._baseline.id

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_saved(self, meeting_id: int, version: int) -> None:
        """What the widgets show is now stored as this id and version."""
        record = self.record()
        record.id, record.version = meeting_id, version
        self._baseline = record.copy()
        self.form.set_identity(meeting_id, version)
        self._live_validation = False
        self._set_dirty(False)

    def set_name_suggestions(self, names: Sequence[tuple[str, str, str | None]]) -> None:
        self.participants.set_name_suggestions(list(names))

    def set_read_only(self, read_only: bool, *, why: str | None = None) -> None:
        """Read-only as a final record is (the bar offers Amend…), or for the reason
        `why` says (the clerk's role: no Amend… then)."""
        self.final_label.setText(why or FINAL_TEXT)
        self.amend_button.setVisible(why is None)
        self.final_bar.setVisible(read_only)
        self._nudge(False)
        self.form.set_read_only(read_only)
        self.participants.set_read_only(read_only)
        self.paragraphs.set_read_only(read_only)
        self.report_text.set_read_only(read_only)

    def is_read_only(self) -> bool:
        return not self.final_bar.isHidden()

    def _nudge(self, on: bool) -> None:
        self.final_bar.setProperty("nudged", on)
        self.final_bar.style().unpolish(self.final_bar)
        self.final_bar.style().polish(self.final_bar)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        # A read-only field ignores a typed character, which comes up to here: say why
        # instead of doing nothing, and point at Amend….
        if self.is_read_only() and event.text().strip() and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.AltModifier)):
            self._nudge(True)
            self.typed_while_final.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- changes ----------------------------------------------------------------------

    @Slot()
    def _participants_edited(self) -> None:
        self._after_participants()
        self._edited()

    def _after_participants(self) -> None:
        countries = [p.name for p in self.participants.records()
                     if p.kind == ParticipantKind.COUNTRY and p.name.strip()]
        self.form.set_host_country_choices(countries)

    @Slot()
    def _edited(self) -> None:
        self._fit_form()  # an unreadable date's message under its field
        self.report_text.refresh_generated()
        self._update_tab_titles()
        self._set_dirty(not self.record().content_equals(self._baseline))
        if self._live_validation:
            self._revalidate_timer.start()
        self.changed.emit()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _update_tab_titles(self) -> None:
        n_part = len(self.participants.records())
        n_para = len(self.paragraphs.records())
        self.tabs.setTabText(PARTICIPANTS_TAB, f"&Participants ({n_part})")
        self.tabs.setTabText(PARAGRAPHS_TAB, f"Pa&ragraphs ({n_para})")

    # --- problems ---------------------------------------------------------------------

    def typed_problems(self) -> list[Problem]:
        """Dates and times typed that could not be read: the save is refused."""
        return [*self.form.typed_problems(), *self.paragraphs.typed_problems()]

    def problems(self) -> list[Problem]:
        """What validation finds, with the unreadable dates in place of their field's."""
        typed = self.typed_problems()
        marked = {p.path for p in typed}
        return [*typed, *(p for p in validate_meeting(self.record()) if p.path not in marked)]

    @Slot()
    def _revalidate(self) -> None:
        self.show_problems(self.problems(), keep_live=True)

    def show_problems(self, problems: Iterable[Problem], *, keep_live: bool = False) -> None:
        """Put each problem at its field; a summary line above the form says how many."""
        problems = list(problems)
        if problems and not keep_live:
            self._live_validation = True
        rest = self.form.show_problems(problems)
        self.participants.show_problems([p for p in rest if p.path[:1] == ("participants",)])
        self.paragraphs.show_problems([p for p in rest if p.path[:1] == ("paragraphs",)])
        errors = [p for p in problems if p.severity == Severity.ERROR]
        warnings = [p for p in problems if p.severity != Severity.ERROR]
        if not problems:
            self.banner.hide()
            self.banner.clear()
        else:
            parts = []
            if errors:
                parts.append(_count(len(errors), "problem") + " to put right before saving")
            if warnings:
                parts.append(_count(len(warnings), "point") + " to check")
            where = sorted({_place(p.path) for p in problems})
            self.banner.setText(f"{' and '.join(parts).capitalize()}: see {', '.join(where)}.")
            colour = ERROR_COLOUR if errors else WARNING_COLOUR
            self.banner.setStyleSheet(
                f"QLabel#problemBanner {{ color: {colour}; border: 1px solid {colour};"
                " border-radius: 4px; padding: 4px 8px; }")
            self.banner.show()
        self._mark_tabs(problems)
        self._fit_form()

    def _fit_form(self) -> None:
        # A message under a field makes the form taller: the splitter gives it the room
        # rather than leaving the form in a small scrolling strip.
        sizes = self.splitter.sizes()
        wanted = self._top.sizeHint().height() + 2
        if len(sizes) == 2 and sizes[0] and sizes[0] < wanted:
            self.splitter.setSizes([wanted, max(sizes[1] - (wanted - sizes[0]), 120)])

    def _mark_tabs(self, problems: list[Problem]) -> None:
        for tab, prefix in ((PARTICIPANTS_TAB, "participants"), (PARAGRAPHS_TAB, "paragraphs")):
            found = [p.message for p in problems if p.path[:1] == (prefix,)]
            self.tabs.setTabToolTip(tab, "\n".join(found))
            self.tabs.tabBar().setTabTextColor(
                tab, Qt.GlobalColor.darkRed if found else self.palette().windowText().color())

    def focus_first_problem(self, problems: Iterable[Problem]) -> None:
        problems = list(problems)
        widget = self.form.first_problem_widget(problems)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for tab, prefix in ((PARTICIPANTS_TAB, "participants"), (PARAGRAPHS_TAB, "paragraphs")):
            if any(p.path[:1] == (prefix,) for p in problems):
                self.tabs.setCurrentIndex(tab)
                self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
                return


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _place(path: Path) -> str:
    if path[:1] == ("participants",):
        return "Participants"
    if path[:1] == ("paragraphs",):
        return "Paragraphs"
    return "the form"
