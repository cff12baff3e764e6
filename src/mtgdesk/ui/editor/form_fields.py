"""Small field widgets of the meeting form and the undo command for a field edit.

OptionalDate and OptionalTime: a check box says whether the value is given; unticked,
the edit shows "not set" and the value is None. FieldEdit puts one field's change on
the window's QUndoStack; consecutive typing in one field merges into one command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QTime, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QTimeEdit, QWidget

DATE_FORMAT = "yyyy-MM-dd"
TIME_FORMAT = "HH:mm"
NOT_SET = "not set"
# The earliest date an edit takes; an unticked OptionalDate sits on it, showing NOT_SET.
FIRST_DATE = QDate(1900, 1, 1)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(FIRST_DATE)
    edit.setMaximumDate(QDate(9999, 12, 31))
    return edit


class OptionalField(QWidget):
    """Check box + editor; value() is None while the box is unticked."""

    changed = Signal()

    def __init__(self, editor: QDateEdit | QTimeEdit, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setAccessibleName(f"{name}: given")
        self.check.setToolTip(f"Tick to give the {name.lower()}")
        self.edit = editor
        self.edit.setParent(self)
        self.edit.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self._setting = False
        self.check.toggled.connect(self._toggled)
        self._connect_editor()
        self._sync_enabled()

    def _connect_editor(self) -> None:
        raise NotImplementedError

    def _sync_enabled(self) -> None:
        # Unticked, the editor sits on its minimum and reads "not set"; ticked, the
        # minimum is an ordinary value again (00:00 is a real time).
        on = self.check.isChecked()
        self.edit.setEnabled(on)
        self.edit.setSpecialValueText("" if on else NOT_SET)

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        if self._setting:
            return
        self._setting = True
        try:
            if on:
                self._set_editor(self._fallback())
            else:
                self._set_editor(None)
            self._sync_enabled()
        finally:
            self._setting = False
        if on:
            self.edit.setFocus()
        self.changed.emit()

    @Slot()
    def _edited(self) -> None:
        if not self._setting:
            self.changed.emit()

    def value(self) -> Any:
        """The value, None while the box is unticked."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._setting = True
        try:
            self.check.setChecked(value is not None)
            self._set_editor(value)
            self._sync_enabled()
        finally:
            self._setting = False

    def _set_editor(self, value: Any) -> None:
        raise NotImplementedError

    def _fallback(self) -> Any:
        raise NotImplementedError


class OptionalDate(OptionalField):
    def __init__(self, name: str, fallback: Callable[[], date | None] | None = None,
                 parent: QWidget | None = None) -> None:
        self._fallback_fn = fallback
        super().__init__(make_date_edit(), name, parent)

    def _connect_editor(self) -> None:
        self.edit.dateChanged.connect(self._edited)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        assert isinstance(self.edit, QDateEdit)
        return to_date(self.edit.date())

    def _set_editor(self, value: date | None) -> None:
        assert isinstance(self.edit, QDateEdit)
        self.edit.setDate(to_qdate(value) if value else FIRST_DATE)

    def _fallback(self) -> date:
        return (self._fallback_fn() if self._fallback_fn else None) or date.today()


class OptionalTime(OptionalField):
    def __init__(self, name: str, fallback: time = time(10, 0),
                 parent: QWidget | None = None) -> None:
        self._fallback_time = fallback
        edit = QTimeEdit()
        edit.setDisplayFormat(TIME_FORMAT)
        super().__init__(edit, name, parent)

    def _connect_editor(self) -> None:
        self.edit.timeChanged.connect(self._edited)

    def value(self) -> time | None:
        if not self.check.isChecked():
            return None
        t = self.edit.time()
        return time(t.hour(), t.minute())

    def _set_editor(self, value: time | None) -> None:
        assert isinstance(self.edit, QTimeEdit)
        self.edit.setTime(QTime(value.hour, value.minute) if value else self.edit.minimumTime())

    def _fallback(self) -> time:
        return self._fallback_time


class FieldEdit(QUndoCommand):
    """One field's value changed from `old` to `new`.

    `apply(name, value)` puts a value back into the form. The first redo() is skipped:
    the widget already shows the new value when the command is pushed.
    """

    def __init__(self, apply: Callable[[str, Any], None], name: str, label: str,
                 old: Any, new: Any, *, merge_id: int) -> None:
        super().__init__(f"Edit {label}")
        self._apply = apply
        self.name = name
        self.old = old
        self.new = new
        self._merge_id = merge_id
        self._pushed = False

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, FieldEdit) or other.name != self.name:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # typed and deleted again: nothing to undo
        return True

    def redo(self) -> None:
        if self._pushed:
            self._apply(self.name, self.new)
        self._pushed = True

    def undo(self) -> None:
        self._apply(self.name, self.old)


class UndoKeysToWindow(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z in a line edit reach the window's Undo and Redo, and
    Ctrl+E its Export Selected.

    A QLineEdit claims those keys for its own little history, which would undo behind
    the back of the window's undo stack; one stack must own every edit. On X11 it also
    takes Ctrl+E as "end of line" (End does that), which left Export dead in every field.
    """

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
    WINDOW_CHORDS = (QKeySequence("Ctrl+E"),)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            chord = QKeySequence(event.keyCombination())
            if any(event.matches(k) for k in self.KEYS) or chord in self.WINDOW_CHORDS:
                event.ignore()
                return True
        return False
