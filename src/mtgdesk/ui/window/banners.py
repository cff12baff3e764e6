"""Banners above the list and the editor: what the clerk must know about the database
the whole time it holds (read-only, the office server away), not a passing message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QVBoxLayout, QWidget

# Dark text on a pale ground: readable on any theme, told apart by colour and words.
STYLES = {
    "warning": "QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; "
               "border-bottom: 1px solid #d8c27a; }",
    "away": "QLabel { background: #fde7e9; color: #4a0f14; padding: 6px; "
            "border-bottom: 1px solid #d9a0a6; }",
}


def add_banner(window: QMainWindow, name: str, text: str = "", *,
               style: str = "warning") -> QLabel:
    """A banner (plain text, wrapped) above the window's central widget, which is kept."""
    banner = QLabel(text)
    banner.setObjectName(name)
    banner.setTextFormat(Qt.TextFormat.PlainText)  # what it says may hold a path or URL
    banner.setWordWrap(True)
    banner.setStyleSheet(STYLES[style])
    # As tall as its lines, not a share of the window's height.
    banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    area = window.findChild(QVBoxLayout, "bannerArea")
    if area is None:
        central = window.takeCentralWidget()  # kept (setCentralWidget would delete it)
        container = QWidget()
        outer = QVBoxLayout(container)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        area = QVBoxLayout()
        area.setObjectName("bannerArea")
        area.setSpacing(0)
        outer.addLayout(area)
        if central is not None:
            outer.addWidget(central, 1)
        window.setCentralWidget(container)
    area.addWidget(banner)
    return banner
