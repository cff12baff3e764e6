"""The application icon, for the window and every dialog (QApplication.setWindowIcon)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from mtgdesk.resources import icon_files


def app_icon() -> QIcon:
    """The icon with one PNG per rendered size; Qt picks the nearest for each use.

    Files on disk (a checkout, an installed wheel) are added by name and read only when
    a size is first drawn; anything else importlib.resources hands out is read now.
    """
    icon = QIcon()
    for size, file in icon_files():
        if isinstance(file, Path):
            if not file.is_file():
                raise FileNotFoundError(file)
            icon.addFile(str(file), QSize(size, size))
            continue
        pixmap = QPixmap()
        if not pixmap.loadFromData(file.read_bytes(), "PNG"):
            raise ValueError(f"not a PNG: {file}")
        icon.addPixmap(pixmap)
    return icon
