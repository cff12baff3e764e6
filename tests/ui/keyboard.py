"""Keyboard helpers shared by the GUI tests."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def pick(qtbot, combo: QComboBox, shown: str) -> None:
    """Choose an entry with the arrow keys, as a clerk can. (Typing its first letters
    depends on Qt's 400 ms keyboard-search interval, which a loaded CI machine exceeds.)"""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == shown:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == shown
