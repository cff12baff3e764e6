"""Help > About: the version, the database in use and the folders the program keeps
its files in, as selectable text (a clerk reads them out to whoever supports them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mtgdesk import __version__
from mtgdesk.first_look import user_data_dir
from mtgdesk.settings import config_dir

SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
              | Qt.TextInteractionFlag.TextSelectableByKeyboard)


def database_text(desk: Any) -> str:
    """The database file, or its URL with any password hidden (Desk.location); before
    the database is open, the window has no desk yet."""
    if desk is None:
        return "(still opening)"
    return str(desk.location)


def about_details(desk: Any) -> list[tuple[str, str]]:
    return [
        ("Version", __version__),
        ("Database", database_text(desk)),
        ("Data folder", str(user_data_dir())),
        ("Backups", str(user_data_dir() / "backups")),
        ("Settings folder", str(config_dir())),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle("About mtgdesk")
        heading = QLabel("<b>mtgdesk</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        blurb = QLabel("Records formal meetings and prints their summaries and minutes.")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        copy = QPushButton("&Copy Details")
        copy.setToolTip("Copy these lines to the clipboard")
        copy.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # As big as the paths need (a wrapped line otherwise squeezes the rows).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(heading)
        layout.addWidget(blurb)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def set_details(self, details: list[tuple[str, str]]) -> None:
        for name, value in details:
            label = self.values.get(name)
            if label is None:
                label = QLabel()
                label.setTextFormat(Qt.TextFormat.PlainText)  # a path is text, not markup
                label.setTextInteractionFlags(SELECTABLE)  # not wrapped: a path breaks badly
                label.setAccessibleName(name)
                self.form.addRow(f"{name}:", label)
                self.values[name] = label
            label.setText(value)

    def details_text(self) -> str:
        return "\n".join(f"{name}: {label.text()}" for name, label in self.values.items())

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"mtgdesk\n{self.details_text()}")
