"""The Help menu's windows: the user guide, the keyboard shortcuts and About.

Owned by the main window (`window.help`); each window is made the first time it is
asked for, then shown again and raised. None is modal: the clerk reads the guide
beside the meeting being typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from mtgdesk.ui.help.about_dialog import AboutDialog
    from mtgdesk.ui.help.doc_viewer import DocViewer
    from mtgdesk.ui.help.shortcuts_dialog import ShortcutsDialog


def _present(widget: QWidget) -> None:
    if not widget.isVisible():
        _fit_screen(widget)
    widget.show()
    widget.raise_()
    widget.activateWindow()


def _fit_screen(widget: QWidget) -> None:
    """No bigger than the screen the main window is on (a small or scaled screen)."""
    parent = widget.parentWidget()
    screen = (parent or widget).screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    widget.resize(min(widget.width(), int(room.width() * 0.9)),
                  min(widget.height(), int(room.height() * 0.9)))


class HelpWindows(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.guide: DocViewer | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self.about_box: AboutDialog | None = None

    @Slot()
    def show_guide(self) -> None:
        """Help > User Guide (F1), at the page last read."""
        self.show_page("")

    def show_page(self, page: str) -> None:
        """The help window at a page of docs/ ("search.md"); "" keeps the one shown."""
        from mtgdesk.ui.help.doc_viewer import GUIDE, DocViewer

        if self.guide is None:
            self.guide = DocViewer(self._window)
            self.guide.show_page(page or GUIDE)
        elif page:
            self.guide.show_page(page)
        _present(self.guide)

    @Slot()
    def show_shortcuts(self) -> None:
        from mtgdesk.ui.help.shortcuts_dialog import ShortcutsDialog

        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self._window)
        elif self.shortcuts.isVisible():
            self.shortcuts.refresh()
        _present(self.shortcuts)

    @Slot()
    def show_about(self) -> None:
        from mtgdesk.ui.help.about_dialog import AboutDialog, about_details

        if self.about_box is None:
            self.about_box = AboutDialog(self._window)
        self.about_box.set_details(about_details(getattr(self._window, "desk", None)))
        _present(self.about_box)
