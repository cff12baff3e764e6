"""The application icon and desktop file name set by make_application reach the
windows: Qt hands the application's icon to every window and dialog without its own."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog

from mtgdesk.app import make_application
from mtgdesk.resources import APP_ID, ICON_SIZES, icon_files
from mtgdesk.ui.app_icon import app_icon


def sizes(icon) -> list[QSize]:
    return sorted(icon.availableSizes(), key=QSize.width)


def test_the_application_and_a_dialog_carry_the_icon_in_every_size(qapp, qtbot):
    assert make_application() is qapp
    assert QGuiApplication.desktopFileName() == APP_ID == "org.mtgdesk.Mtgdesk"
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert sizes(icon) == [QSize(n, n) for n in (16, 24, 32, 48, 64, 128, 256, 512)]

    dialog = QDialog()  # any dialog: the icon is the application's
    qtbot.addWidget(dialog)
    assert not dialog.windowIcon().isNull()
    assert sizes(dialog.windowIcon()) == sizes(icon)
    assert dialog.windowIcon().cacheKey() == icon.cacheKey()


def test_each_size_is_drawn_from_its_own_png_not_scaled(qapp):
    icon = app_icon()
    for size, file in icon_files():
        # At a device pixel ratio of 1: a scaled screen (QT_SCALE_FACTOR) asks for more.
        drawn = icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(
            QImage.Format.Format_ARGB32_Premultiplied)
        assert drawn.size() == QSize(size, size)
        on_disk = QImage(str(file)).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        assert drawn == on_disk, size
    # The small sizes are pictures, not blanks: most of the square is painted.
    small = icon.pixmap(QSize(16, 16), 1.0).toImage()
    painted = sum(small.pixelColor(x, y).alpha() > 128 for x in range(16) for y in range(16))
    assert painted > 16 * 16 // 2


def test_the_committed_pngs_are_the_sizes_their_folders_say():
    for size, file in icon_files():
        image = QImage(str(file))
        assert not image.isNull(), file
        assert (image.width(), image.height()) == (size, size), file
    assert ICON_SIZES == tuple(size for size, _ in icon_files())
