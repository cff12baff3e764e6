"""Row keys of a list or table (Delete, Alt+Up, Alt+Down) and the problem list text.

The keys are caught on the view itself rather than as window shortcuts: the window also
binds Delete (delete the meeting), and a focused view that claims its keys through
ShortcutOverride wins over any window shortcut without an "ambiguous shortcut" clash.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

from mtgdesk.domain.validation import Problem, Severity


class RowKeys(QObject):
    def __init__(self, view: QAbstractItemView, *, remove: Callable[[], None],
                 up: Callable[[], None], down: Callable[[], None],
                 enabled: Callable[[], bool]) -> None:
        super().__init__(view)
        self._view = view
        self._enabled = enabled
        self._keys: dict[tuple[Qt.Key, Qt.KeyboardModifier], Callable[[], None]] = {
            (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier): remove,
            (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier): up,
            (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier): down,
        }
        self._texts = ("Remove the selected rows", "Move the selected rows up",
                       "Move the selected rows down")
        view.installEventFilter(self)

    @property
    def view(self) -> QAbstractItemView:
        return self._view

    def listed(self) -> list[tuple[str, str]]:
        """(what the key does, the key as the platform writes it), for Help > Keyboard
        Shortcuts: these keys are not actions, so the window cannot read them there."""
        native = QKeySequence.SequenceFormat.NativeText
        return [(text, QKeySequence(QKeyCombination(mods, key)).toString(native))
                for text, (key, mods) in zip(self._texts, self._keys, strict=True)]

    def _slot(self, event: QKeyEvent) -> Callable[[], None] | None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return self._keys.get((Qt.Key(event.key()), Qt.KeyboardModifier(mods.value)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is not self._view or event.type() not in (
                QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        slot = self._slot(event)
        if slot is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to the view as a key press
            return True
        if self._enabled():
            slot()
        return True


def problem_lines(problems: Sequence[Problem]) -> str:
    """The messages as a plain list under a table."""
    lines = []
    for p in problems:
        prefix = "Warning: " if p.severity == Severity.WARNING else ""
        lines.append(f"• {prefix}{p.message}")
    return "\n".join(lines)
