"""The meeting list's place in the window: the list, or in its place what to do when
there is nothing to list.

Three states, told apart by the list model:

- meetings to show: the list itself;
- an empty database (the model shows every meeting and there are none): the first
  steps, one line each, a button that triggers the window's own action beside that
  action's shortcut as the platform writes it, so neither can go stale;
- a search that found nothing (the model shows a search's ids and there are none):
  a sentence saying so and a button to clear the search.

The state follows the model's resets, inserts and removals: the first steps go as
soon as a meeting is saved or imported and come back when the last one is deleted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.ui.help.shortcuts import key_text
from mtgdesk.ui.window.meeting_list import MeetingListModel


class FirstSteps(QWidget):
    """What to do first, as buttons triggering the window's actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setAccessibleName("First steps")
        heading = QLabel("No meetings yet")
        heading.setObjectName("firstStepsHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel("This database holds no meetings. Start in one of these ways:")
        intro.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(2, 1)
        self._grid.setHorizontalSpacing(12)
        self._steps: list[tuple[QAction, QPushButton, QLabel]] = []
        self._compact = False  # keys under their buttons, when the pane is narrow
        self._room = 1 << 20  # the pane's width (ListPane.resizeEvent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 24, 16, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(self._grid)
        layout.addStretch(1)

    def add_step(self, action: QAction, caption: str, *,
                 before: QAction | None = None) -> QPushButton:
        """A line: a button with `caption` that triggers `action`, and its shortcut."""
        button = QPushButton(caption)
        button.setObjectName("firstStep")
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.clicked.connect(action.trigger)
        keys = QLabel()
        keys.setObjectName("firstStepKeys")
        keys.setTextFormat(Qt.TextFormat.PlainText)
        self._show_action(action, button, keys)
        action.changed.connect(lambda: self._show_action(action, button, keys))
        at = next((i for i, (a, _b, _k) in enumerate(self._steps) if a is before),
                  len(self._steps))
        self._steps.insert(at, (action, button, keys))
        self._compact = False
        self._lay_out()
        self.fit(self._room)
        return button

    def buttons(self) -> list[QPushButton]:
        return [b for _a, b, _k in self._steps]

    def key_label(self, button: QPushButton) -> QLabel:
        return next(k for _a, b, k in self._steps if b is button)

    @staticmethod
    def _show_action(action: QAction, button: QPushButton, keys: QLabel) -> None:
        text = key_text(action)
        keys.setText(text)
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.statusTip() or action.toolTip())
        button.setStatusTip(action.statusTip())
        button.setAccessibleDescription(f"Shortcut {text}" if text else "")

    def _wide_width(self) -> int:
        """Room a step needs with its keys beside the button."""
        if not self._steps:
            return 0
        layout = self.layout()
        assert layout is not None  # made in __init__
        margins = layout.contentsMargins()
        return (max(b.sizeHint().width() for _a, b, _k in self._steps)
                + self._grid.horizontalSpacing()
                + max(k.sizeHint().width() for _a, _b, k in self._steps)
                + margins.left() + margins.right())

    def fit(self, width: int) -> None:
        """Lay the steps out for a pane this wide: keys beside or under the buttons."""
        self._room = width
        compact = width < self._wide_width()
        if compact != self._compact:
            self._compact = compact
            self._lay_out()

    def _lay_out(self) -> None:
        for _a, button, keys in self._steps:
            self._grid.removeWidget(button)
            self._grid.removeWidget(keys)
        for i, (_a, button, keys) in enumerate(self._steps):
            if self._compact:  # narrow: the keys on a line of their own under the button
                self._grid.addWidget(button, 2 * i, 0)
                self._grid.addWidget(keys, 2 * i + 1, 0)
            else:
                self._grid.addWidget(button, i, 0)
                self._grid.addWidget(keys, i, 1)
        buttons = self.buttons()
        for a, b in zip(buttons, buttons[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def focus_first(self) -> bool:
        for button in self.buttons():
            if button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False


class NoMatch(QWidget):
    """A search found nothing: say so, and offer to clear it."""

    def __init__(self, clear_search: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noMatch")
        self.label = QLabel("No meeting matches the search.")
        self.label.setWordWrap(True)
        self.clear_button = QPushButton("Clear the Search")
        self.clear_button.clicked.connect(clear_search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 24, 16, 16)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


class ListPane(QStackedWidget):
    def __init__(self, view: QTableView, model: MeetingListModel, *,
                 clear_search: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listPane")
        self.view = view
        self._model = model
        self.first_steps = FirstSteps()
        self.no_match = NoMatch(clear_search)
        # Each in a scroll area: the pane stays as narrow as the list can be.
        self._holders: dict[QWidget, QWidget] = {view: view}
        self.addWidget(view)
        for page in (self.first_steps, self.no_match):
            holder = QScrollArea()
            holder.setWidget(page)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            self._holders[page] = holder
            self.addWidget(holder)
        model.modelReset.connect(self.update_state)
        model.rowsInserted.connect(self.update_state)
        model.rowsRemoved.connect(self.update_state)
        self.update_state()

    def state(self) -> QWidget:
        """The page the model's rows call for."""
        m = self._model
        if m.rowCount() or m.canFetchMore(QModelIndex()) or not m.rows_known:
            return self.view
        return self.first_steps if m.showing_all else self.no_match

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.first_steps.fit(self.width())

    def current_page(self) -> QWidget:
        """The list, first_steps or no_match: what is shown."""
        return next(p for p, holder in self._holders.items() if holder is self.currentWidget())

    @Slot()
    def update_state(self) -> None:
        page = self.state()
        if page is self.current_page():
            return
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self.setCurrentWidget(self._holders[page])
        if had_focus:
            self.take_focus()

    def take_focus(self) -> None:
        """Focus the list, or the first step (or Clear) in its place."""
        page = self.current_page()
        if page is self.first_steps:
            if self.first_steps.focus_first():
                return
        elif page is self.no_match:
            self.no_match.clear_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
