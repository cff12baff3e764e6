"""Search results: a table model over hits (fetched a page at a time) and a delegate
that draws each snippet with the matched words in bold.

The snippet is the clerk's own text: it is HTML-escaped first, and only then are the
<b> tags put around the matches the service reported, so nothing typed is markup.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mtgdesk.desk import Hit, SearchResult
from mtgdesk.ui.dialogs import plain_tip

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Meeting", "Date")
MEETING, DATE = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1

# Fetches one more page: (offset) -> SearchResult.
PageFetcher = Callable[[int], SearchResult]


def snippet_html(hit: Hit) -> str:
    """Title and snippet as safe HTML: escape the text, then bold the matches."""
    parts, pos = [], 0
    for start, end in sorted(hit.highlights):
        if start < pos:
            continue
        parts.append(html.escape(hit.snippet[pos:start]))
        parts.append("<b>" + html.escape(hit.snippet[start:end]) + "</b>")
        pos = end
    parts.append(html.escape(hit.snippet[pos:]))
    return (f"<div><b>{html.escape(hit.title)}</b></div>"
            f"<div>{''.join(parts)}</div>")


class SearchResultsModel(QAbstractTableModel):
    PAGE = 100

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._total = 0
        self._fetch: PageFetcher | None = None

    def set_result(self, result: SearchResult, fetch: PageFetcher | None = None,
                   total: int | None = None) -> None:
        self.beginResetModel()
        self._hits = list(result.hits)
        self._total = result.total if total is None else total
        self._fetch = fetch
        self.endResetModel()

    def clear(self) -> None:
        self.set_result(SearchResult((), 0, "relevance"))

    def total(self) -> int:
        return self._total

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def ids(self) -> list[int]:
        return [h.id for h in self._hits]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == ID_ROLE:
            return hit.id
        if index.column() == MEETING:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{hit.title}\n{hit.snippet}"
            if role == HTML_ROLE:
                return snippet_html(hit)
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(hit.snippet) if hit.snippet else hit.snippet
        elif index.column() == DATE and role == Qt.ItemDataRole.DisplayRole:
            return hit.held_on.isoformat()
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and \
            len(self._hits) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetch is None:
            return
        more = self._fetch(len(self._hits)).hits
        if not more:
            self._total = len(self._hits)  # meetings deleted since the search ran
            return
        start = len(self._hits)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._hits.extend(more)
        self.endInsertRows()


class SnippetDelegate(QStyledItemDelegate):
    """Draws HTML_ROLE as rich text: the title, then the snippet with bold matches."""

    WIDTH = 420

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(3)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(option.rect.width() if option.rect.width() > 0 else self.WIDTH)
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = option.widget
        if view is not None and not view.isVisible():
            # Nothing is shown, so nothing is measured: a hidden list (the window shows
            # its meeting list instead) was laid out again at each change of order, its
            # 100 snippets cut and set as rich text on the GUI thread (50-250 ms at
            # 100,000 meetings, before the meeting list could paint its results).
            return QSize(self.WIDTH, 3 * option.fontMetrics.lineSpacing())
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
