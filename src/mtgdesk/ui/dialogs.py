"""Every message box and file picker of the program, in one small module.

Tests monkeypatch these functions (never a QMessageBox or QFileDialog directly), so no
test ever blocks on a modal exec(). Keep the signatures small and plain: strings in,
strings or simple choices out.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

JSON_FILTER = "Meeting records (*.json);;All files (*)"


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_yes_no(parent: QWidget | None, title: str, text: str, *,
               yes_text: str = "Yes", no_text: str = "No") -> bool:
    """True when the clerk confirms; the safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> Choice:
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    answer = QMessageBox.question(parent, title, text, buttons,
                                  QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def open_file(parent: QWidget | None, title: str, file_filter: str = JSON_FILTER,
              directory: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, file_filter)
    return path or None


def open_files(parent: QWidget | None, title: str, file_filter: str = JSON_FILTER,
               directory: str = "") -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, directory, file_filter)
    return list(paths)


def open_folder(parent: QWidget | None, title: str, directory: str = "") -> str | None:
    """A folder to read, or None when the clerk cancels."""
    path = QFileDialog.getExistingDirectory(parent, title, directory)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str = "",
              file_filter: str = JSON_FILTER) -> str | None:
    """A path to write, or None when the clerk cancels. The picker asks before replacing."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def choose(parent: QWidget | None, title: str, text: str, options: list[str], *,
           default: int = 0, escape: int | None = None) -> int | None:
    """The index of the button the clerk pressed among `options` (left to right), or
    None when the box was closed without one (Esc with no `escape` button)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = [box.addButton(o, QMessageBox.ButtonRole.ActionRole) for o in options]
    box.setDefaultButton(buttons[default])
    if escape is not None:
        box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else escape


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "", *,
             one_line: bool = False) -> str | None:
    """A few lines typed by the clerk (a reason), or one line (a name: Enter is OK),
    or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    if one_line:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    else:
        value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    return value if ok else None
