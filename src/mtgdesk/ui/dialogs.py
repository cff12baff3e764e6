"""Every message box and file picker of the program, in one small module.

Tests monkeypatch these functions (never a QMessageBox or QFileDialog directly), so no
test ever blocks on a modal exec(). Keep the signatures small and plain: strings in,
strings or simple choices out.

Every text shown here is plain text (Qt.PlainText): a message may quote a file's
content or a clerk's words, and Qt would otherwise render anything that looks like
HTML in it (a red heading, an image from disk, a link). plain_tip does the same for
tooltips, which have no such flag.
"""

from __future__ import annotations

import html
from enum import Enum

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

JSON_FILTER = "Meeting records (*.json);;All files (*)"


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def message_box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton
                ) -> QMessageBox:
    """A message box whose text is plain text, whatever it holds."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` as it is (a tooltip that looks like HTML is HTML)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def ask_yes_no(parent: QWidget | None, title: str, text: str, *,
               yes_text: str = "Yes", no_text: str = "No") -> bool:
    """True when the clerk confirms; the safe answer (No) is the default."""
    box = message_box(QMessageBox.Icon.Question, parent, title, text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> Choice:
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    box = message_box(QMessageBox.Icon.Question, parent, title, text, buttons)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def info(parent: QWidget | None, title: str, text: str) -> None:
    message_box(QMessageBox.Icon.Information, parent, title, text,
                QMessageBox.StandardButton.Ok).exec()


def error(parent: QWidget | None, title: str, text: str) -> None:
    message_box(QMessageBox.Icon.Critical, parent, title, text,
                QMessageBox.StandardButton.Ok).exec()


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
    box = message_box(QMessageBox.Icon.Question, parent, title, text)
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
