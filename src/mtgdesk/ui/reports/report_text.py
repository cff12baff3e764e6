"""The Report text tab: the paragraphs a press release writes from the record.

Paragraph 1 (the opening) and paragraph 2 (who attended) are written by mtgdesk from
the meeting's details and participant list. A clerk may replace either for one
meeting: tick "Use my own wording", edit, save; the wording is stored with the meeting
(MeetingRecord.report_overrides) and exported. "Restore generated text" goes back.
While a paragraph is not replaced, its box shows the generated text, kept current as
the form changes, read-only.

Every change (tick, restore, a burst of typing) is one step on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain.records import OVERRIDE_KEYS, MeetingRecord
from mtgdesk.reports import prose
from mtgdesk.ui.editor.form_fields import FieldEdit
from mtgdesk.ui.stack_edits import StackPlainTextEdit

TYPING_MERGE_ID = 0x5254  # consecutive typing in one paragraph is one undo step
NO_MERGE = -1

TITLES = {
    "opening": ("Paragraph 1: the opening",
                "Written from the title, the dates and times, the venue and the city."),
    "attendance": ("Paragraph 2: who attended",
                   "Written from the participant list: countries, international "
                   "organizations, host government agencies and who chaired."),
}
NOTHING_YET = "Nothing to write yet: this paragraph comes from the participant list."


class _Paragraph(QGroupBox):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        title, explanation = TITLES[key]
        super().__init__(title, parent)
        self.key = key
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.own = QCheckBox("&Use my own wording" if key == "opening" else "Use my own w&ording")
        self.own.setAccessibleName(f"{title}: use my own wording")
        self.restore = QPushButton("Restore generated text")
        self.restore.setAccessibleName(f"{title}: restore generated text")
        self.text = StackPlainTextEdit()
        self.text.setAccessibleName(f"{title}: text")
        # The opening is a sentence; the attendance paragraph runs to several lines.
        if key == "opening":
            self.text.setFixedHeight(80)
        else:
            self.text.setMinimumHeight(170)
        row = QHBoxLayout()
        row.addWidget(self.own)
        row.addStretch(1)
        row.addWidget(self.restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.text)


class ReportTextEditor(QWidget):
    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, source: Callable[[], MeetingRecord],
                 parent: QWidget | None = None) -> None:
        """`source` gives the record as the form shows it now, for the generated text."""
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._source = source
        self._values: dict[str, str | None] = dict.fromkeys(OVERRIDE_KEYS)
        self._setting = False
        self._read_only = False
        self.paragraphs = {key: _Paragraph(key) for key in OVERRIDE_KEYS}
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel("A press release opens with two paragraphs mtgdesk writes from the "
                       "record. Replace either one for this meeting only if the generated "
                       "wording does not fit.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for para in self.paragraphs.values():
            layout.addWidget(para)
            para.own.toggled.connect(lambda on, k=para.key: self._toggled(k, on))
            para.restore.clicked.connect(lambda _=False, k=para.key: self._restore(k))
            para.text.textChanged.connect(lambda k=para.key: self._typed(k))
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_all()

    # --- content ----------------------------------------------------------------------

    def set_overrides(self, overrides: dict[str, str]) -> None:
        """Load a meeting's replacements (not an undoable edit)."""
        self._values = {key: overrides.get(key) for key in OVERRIDE_KEYS}
        self._show_all()

    def overrides(self) -> dict[str, str]:
        return {key: value for key, value in self._values.items() if value is not None}

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._show_all()

    @Slot()
    def refresh_generated(self) -> None:
        """Show the generated text again where it is not replaced (the form changed)."""
        generated = prose.generated_paragraphs(self._source())
        for key, para in self.paragraphs.items():
            if self._values[key] is None:
                self._put_text(para, generated.get(key, NOTHING_YET))

    # --- edits ------------------------------------------------------------------------

    def _push(self, key: str, new: str | None, merge_id: int) -> None:
        old = self._values[key]
        if old == new:
            return
        self._values[key] = new
        label = TITLES[key][0].split(": ")[1]
        self.undo_stack.push(FieldEdit(self._apply, key, f"report text ({label})", old, new,
                                       merge_id=merge_id))
        self._show(key)
        self.changed.emit()

    def _toggled(self, key: str, on: bool) -> None:
        if self._setting:
            return
        # Starting from the generated wording: the clerk usually changes a few words.
        start = self.paragraphs[key].text.toPlainText()
        if start == NOTHING_YET:
            start = ""
        self._push(key, start if on else None, NO_MERGE)
        if on:
            self.paragraphs[key].text.setFocus()

    def _restore(self, key: str) -> None:
        self._push(key, None, NO_MERGE)

    def _typed(self, key: str) -> None:
        if self._setting or self._values[key] is None:
            return
        self._push(key, self.paragraphs[key].text.toPlainText(), TYPING_MERGE_ID)

    def _apply(self, key: str, value: str | None) -> None:
        """Undo and redo put a value back."""
        self._values[key] = value
        self._show(key)
        self.changed.emit()

    # --- display ----------------------------------------------------------------------

    def _show_all(self) -> None:
        for key in OVERRIDE_KEYS:
            self._show(key)

    def _show(self, key: str) -> None:
        para = self.paragraphs[key]
        value = self._values[key]
        self._setting = True
        try:
            para.own.setChecked(value is not None)
            para.own.setEnabled(not self._read_only)
            para.restore.setEnabled(value is not None and not self._read_only)
            para.text.setReadOnly(value is None or self._read_only)
        finally:
            self._setting = False
        if value is None:
            generated = prose.generated_paragraphs(self._source())
            self._put_text(para, generated.get(key, NOTHING_YET))
        else:
            self._put_text(para, value)

    def _put_text(self, para: _Paragraph, text: str) -> None:
        if para.text.toPlainText() == text:
            return  # keeps the cursor where the clerk is typing
        self._setting = True
        try:
            para.text.setPlainText(text)
        finally:
            self._setting = False
