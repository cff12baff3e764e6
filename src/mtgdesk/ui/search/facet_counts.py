"""Beside the results: how the matches fall by year, series, chair, participant and
kind of paragraph ("2007 (12)"), read after the results are shown, so that the first
results never wait for the counts. Plain text: names are the clerk's text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mtgdesk.domain.summary import Facets
from mtgdesk.domain.vocab import ParagraphKind, label

HEADINGS = (("year", "Years"), ("series", "Series"), ("chair", "Chaired by"),
            ("participant", "Participants"), ("kind", "Paragraphs"))
SHOWN = 6  # values a line shows


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


class FacetCounts(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchFacets")
        self.setAccessibleName("Matches by year, series, chair, participant and kind")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_facets(self, facets: Facets | None) -> None:
        text = describe(facets) if facets is not None and facets.total else ""
        self.setText(text)
        self.setVisible(bool(text))
