"""Text inputs whose undo is the window's shared QUndoStack, not their own.

A QPlainTextEdit or QLineEdit keeps a private undo history and claims Ctrl+Z for it.
In the paragraphs editor every keystroke already goes on the shared stack (merged into
one step per burst of typing), so these widgets turn their own history off and let
Undo/Redo keys through to the window's Edit menu actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_undo_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and any(event.matches(k) for k in UNDO_KEYS)


# The mixin's methods call the Qt class after it (super()); the type checker reads them
# as QWidget's, which is what they are at run time.
if TYPE_CHECKING:
    _MixinBase = QWidget
else:
    _MixinBase = object


class _WindowUndoKeys(_MixinBase):
    """Lets Undo/Redo keys through to the window and says when focus left.

    Mixed in before the Qt class, so these overrides are the ones Qt calls."""

    focus_left: Signal

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()  # the window's Undo/Redo shortcut takes it
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if _is_undo_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_left.emit()


class StackPlainTextEdit(_WindowUndoKeys, QPlainTextEdit):
    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form


class StackLineEdit(_WindowUndoKeys, QLineEdit):
    focus_left = Signal()
