"""Beside the results: how the matches fall by year, series, chair, participant and
kind of paragraph ("2007 (12)"), read after the results are shown, so that the first
results never wait for the counts. Plain text: names are the clerk's text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from mtgdesk.domain.summary import Facets
from mtgdesk.domain.vocab import ParagraphKind, label

HEADINGS = (("year", "Years"), ("series", "Series"), ("chair", "Chaired by"),
            ("participant", "Participants"), ("kind", "Paragraphs"))
SHOWN = 4  # values a line shows
LINES = 5  # lines shown at most; the rest scrolls, the results keep the room


def describe(facets: Facets) -> str:
    lines = []
    kinds = {k.value for k in ParagraphKind}
    for field, heading in HEADINGS:
        values = facets.counts.get(field, ())[:SHOWN]
        if not values:
            continue
        shown = ", ".join(f"{label(v) if field == 'kind' and v in kinds else v} ({n:,})"
                          for v, n in values)
        lines.append(f"{heading}: {shown}")
    return "\n".join(lines)


class FacetCounts(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchFacets")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.label = QLabel()
        self.label.setAccessibleName("Matches by year, series, chair, participant and kind")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWidget(self.label)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * LINES + 4)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_facets(self, facets: Facets | None) -> None:
        text = describe(facets) if facets is not None and facets.total else ""
        self.label.setText(text)
        self.setVisible(bool(text))
