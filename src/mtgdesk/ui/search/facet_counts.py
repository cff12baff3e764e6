"""Beside the results: how the matches fall by year, series, chair, participant and
kind of paragraph ("2007 (12)"), read after the results are shown, so that the first
results never wait for the counts. Each value is a button: clicked (or reached with
Tab and pressed with Space) it becomes the filter of its kind, and the search narrows.
Plain text: names are the clerk's text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain.summary import Facets
from mtgdesk.domain.vocab import ParagraphKind, label

HEADINGS = (("year", "Years"), ("series", "Series"), ("chair", "Chaired by"),
            ("participant", "Participants"), ("kind", "Paragraphs"))
SHOWN = 4  # values a line shows
LINES = 5  # lines shown at most; the rest scrolls, the results keep the room
FILTER_OF = {"year": "a year", "series": "the series", "chair": "the chair",
             "participant": "a participant", "kind": "paragraphs of this kind"}


def shown_value(field: str, value: str) -> str:
    kinds = {k.value for k in ParagraphKind}
    return label(value) if field == "kind" and value in kinds else value


def describe(facets: Facets) -> str:
    lines = []
    for field, heading in HEADINGS:
        values = facets.counts.get(field, ())[:SHOWN]
        if not values:
            continue
        shown = ", ".join(f"{shown_value(field, v)} ({n:,})" for v, n in values)
        lines.append(f"{heading}: {shown}")
    return "\n".join(lines)


class FlowLayout(QLayout):
    """Widgets in a line, wrapped onto the next when the column is narrow (1.5x)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class FacetCounts(QScrollArea):
    chosen = Signal(str, str)  # (field of Facets.counts, value): filter by it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchFacets")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Matches by year, series, chair, participant and kind")
        self._text = ""
        self._refocus = False  # a value was pressed with the keys: keep them here
        self.buttons: list[QToolButton] = []
        self._rebuild(None)
        row = QToolButton().sizeHint().height() + 2
        self.setMaximumHeight(row * LINES + 4)
        self.setMinimumHeight(min(row * 3, row * LINES) + 4)
        self.hide()

    def text(self) -> str:
        return self._text

    def button(self, field: str, value: str) -> QToolButton | None:
        for b in self.buttons:
            if b.property("facet") == (field, value):
                return b
        return None

    def show_facets(self, facets: Facets | None) -> None:
        text = describe(facets) if facets is not None and facets.total else ""
        self._text = text
        self._rebuild(facets if text else None)
        self.setVisible(bool(text))
        if text and self._refocus:
            self._refocus = False
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild(self, facets: Facets | None) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.buttons = []
        for field, heading in HEADINGS:
            values = facets.counts.get(field, ())[:SHOWN] if facets else ()
            if not values:
                continue
            flow = FlowLayout()
            caption = QLabel(f"{heading}:")
            caption.setTextFormat(Qt.TextFormat.PlainText)
            flow.addWidget(caption)
            for value, n in values:
                flow.addWidget(self._value_button(field, value, n))
            column.addLayout(flow)
        column.addStretch(1)
        self.setWidget(holder)  # the old holder and its buttons are deleted

    def _chosen(self, field: str, value: str) -> None:
        # The buttons are made anew for the narrowed search: the first of them then
        # takes the focus the pressed one had, so that the keys stay in the counts.
        self._refocus = self.window().focusWidget() in self.buttons
        self.chosen.emit(field, value)

    def _value_button(self, field: str, value: str, n: int) -> QToolButton:
        from mtgdesk.ui import dialogs

        shown = shown_value(field, value)
        button = QToolButton()
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # QToolButton text is plain, but '&' marks a shortcut letter: doubled, it is '&'.
        button.setText(f"{shown} ({n:,})".replace("&", "&&"))
        button.setAccessibleName(f"Filter by {shown}")
        button.setToolTip(dialogs.plain_tip(f"Show only the matches with {FILTER_OF[field]}: "
                                            f"{shown}"))
        button.setProperty("facet", (field, value))
        button.clicked.connect(lambda _=False, f=field, v=value: self._chosen(f, v))
        self.buttons.append(button)
        return button
