"""The main window's size, docks and splitters, kept between runs in window.ini."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer

from mtgdesk.settings import config_dir

DEFAULT_SIZE = (1280, 800)
DEFAULT_SPLIT = [430, 850]  # list pane, editor
PARTICIPANT_LAYOUT = 2  # the participants table's saved columns, since the detail fields


def window_settings() -> QSettings:
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_layout(w: Any) -> None:
    """Size, docks and splitters as the clerk left them, else the defaults."""
    s = window_settings()
    geometry = s.value("window/geometry")
    if not (isinstance(geometry, QByteArray) and w.restoreGeometry(geometry)):
        w.resize(*_fitting(w, DEFAULT_SIZE))
    fit_onto_screen(w)
    if not w.isVisible():
        # The frame's size is known once the window is shown: fit again then.
        w.installEventFilter(_FitWhenShown(w))
    # Docks and toolbars. A dock added later (the search dock, once the database is
    # open) takes its saved place through QMainWindow.restoreDockWidget.
    state = s.value("window/state")
    if isinstance(state, QByteArray):
        w.restoreState(state)
    splitter = s.value("window/splitter")
    if not (isinstance(splitter, QByteArray) and w.splitter.restoreState(splitter)):
        w.splitter.setSizes(DEFAULT_SPLIT)
    editor = s.value("window/editor_splitter")
    if not (isinstance(editor, QByteArray) and w.editor.splitter.restoreState(editor)):
        w.editor.default_split()
    columns = s.value("window/participant_columns")
    # A layout saved before the detail fields (version 1) showed honorific, post and
    # delegation as columns that pushed Kind and Name out of view: it is not brought
    # back; one saved since is the clerk's choice.
    if isinstance(columns, QByteArray) and s.value("window/participant_layout") in (
            PARTICIPANT_LAYOUT, str(PARTICIPANT_LAYOUT)):
        _participant_header(w).restoreState(columns)


class _FitWhenShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: fit_onto_screen(watched))
        return False


def fit_onto_screen(w: Any) -> None:
    """A geometry saved on a larger screen (or before QT_SCALE_FACTOR=1.5) is shrunk
    and moved onto this one: it reopened at 1920x1200 on 1280x800, its status bar and
    right half off the screen."""
    screen = w.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    if w.isMaximized() or w.isFullScreen():
        return
    frame, inner = w.frameGeometry(), w.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    width = min(inner.width(), room.width() - extra_w)
    height = min(inner.height(), room.height() - extra_h)
    if (width, height) != (inner.width(), inner.height()):
        w.resize(width, height)
    x = min(max(frame.x(), room.x()), room.x() + room.width() - width - extra_w)
    y = min(max(frame.y(), room.y()), room.y() + room.height() - height - extra_h)
    if (x, y) != (frame.x(), frame.y()):
        w.move(x, y)


def _fitting(w: Any, size: tuple[int, int]) -> tuple[int, int]:
    """The default size, made smaller on a screen that has less room (a laptop, or
    QT_SCALE_FACTOR=1.5 on a 1280x800 screen)."""
    screen = w.screen()
    if screen is None:
        return size
    room = screen.availableGeometry()
    return min(size[0], room.width()), min(size[1], room.height())


def save_layout(w: Any, *, docks: bool = True) -> None:
    """`docks=False` before every dock exists: their saved places are left as they are."""
    s = window_settings()
    s.setValue("window/geometry", w.saveGeometry())
    if docks:
        s.setValue("window/state", w.saveState())
    s.setValue("window/splitter", w.splitter.saveState())
    s.setValue("window/editor_splitter", w.editor.splitter.saveState())
    s.setValue("window/participant_columns", _participant_header(w).saveState())
    s.setValue("window/participant_layout", PARTICIPANT_LAYOUT)
    dock = getattr(w, "search_dock", None)
    if dock is not None and docks:
        s.setValue("window/search_visible", not dock.isHidden())
    s.sync()


def _participant_header(w: Any):
    # Hidden columns and widths of the participants table.
    return w.editor.participants.table.horizontalHeader()
