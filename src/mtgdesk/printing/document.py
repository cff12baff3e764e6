"""The report body laid out for print: the paged HTML template in a QTextDocument,
finished where Qt's rich-text CSS cannot do what print needs."""

from __future__ import annotations

from PySide6.QtGui import (
    QPagedPaintDevice,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextOption,
)

from mtgdesk.printing.application import ensure_gui_application
from mtgdesk.printing.fonts import body_font
from mtgdesk.reports.model import Report
from mtgdesk.reports.render import html

SCREEN_MM = 96 / 25.4  # document lengths are 96-dpi pixels
SCREEN_PT = 96 / 72
HEADING_POINTS = {1: 15.0, 2: 11.5}
INDENT_MM = 10.0  # hanging indent of numbered paragraphs


def build_document(report: Report, device: QPagedPaintDevice | None = None) -> QTextDocument:
    """The report body laid out for `device` (its resolution), as QTextDocument.print
    does: fonts in points, style-sheet lengths in 1/96 inch (see _tune). Design metrics
    keep the line breaks the same at every resolution."""
    ensure_gui_application()
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    doc.setUseDesignMetrics(True)
    doc.setDefaultFont(body_font())
    doc.setDocumentMargin(0)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.document_title)
    doc.setHtml(html(report, paged=True))
    _tune(doc, device.logicalDpiY() / 96.0 if device is not None else 1.0)
    return doc


def _tune(doc: QTextDocument, scale: float) -> None:
    """Finish what Qt's rich-text CSS cannot do for print.

    The layout scales vertical margins from 1/96 inch to the device but takes left and
    right margins as device pixels; those are scaled here, so px in the paged template
    means 1/96 inch both ways at any resolution. Numbered paragraphs get their spacing
    (Qt ignores margins given to <li>), headings the house sizes (Qt's own heading size
    step outweighs the style sheet).
    """
    cursor = QTextCursor(doc)
    numbers = {}  # taken first: taking an item out of its list renumbers the rest
    block = doc.begin()
    while block.isValid():
        if block.textList() is not None:
            numbers[block.blockNumber()] = block.textList().itemText(block)
        block = block.next()
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        level = fmt.headingLevel()
        top, bottom = fmt.topMargin(), fmt.bottomMargin()
        numbered = block.textList()
        if numbered is not None:
            _hanging_number(cursor, block, numbered, numbers[block.blockNumber()], scale)
            fmt = block.blockFormat()
            bottom = 10 * SCREEN_PT
        elif level in HEADING_POINTS:
            top, bottom = ((4, 12) if level == 1 else (12, 4))
            top, bottom = top * SCREEN_PT, bottom * SCREEN_PT
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLeftMargin(fmt.leftMargin() * scale)
        fmt.setRightMargin(fmt.rightMargin() * scale)
        fmt.setTextIndent(fmt.textIndent() * scale)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        if level in HEADING_POINTS:
            _heading_size(cursor, block, HEADING_POINTS[level])
        block = block.next()


def _hanging_number(cursor: QTextCursor, block: QTextBlock, numbered: QTextList,
                    number: str, scale: float) -> None:
    """Turn a list item into a paragraph that starts with its own number and a tab,
    hanging under the text. Qt draws a list marker whenever any part of the item is on
    the page, so an item split over two pages would carry its number, hidden, into the
    next page's text (found by search, copied with the text); a number that is text
    belongs to its line only."""
    indent = INDENT_MM * SCREEN_MM * scale
    numbered.remove(block)
    fmt = block.blockFormat()
    fmt.setObjectIndex(-1)
    fmt.setIndent(0)
    fmt.setLeftMargin(indent / scale)  # scaled with the other left margins below
    fmt.setTextIndent(-indent / scale)
    # Tab stops count from where the first line starts, in 1/96 inch.
    fmt.setTabPositions([QTextOption.Tab(indent / scale, QTextOption.TabType.LeftTab)])
    cursor.setPosition(block.position())
    cursor.setBlockFormat(fmt)
    cursor.insertText(number + "\t")


def _heading_size(cursor: QTextCursor, block: QTextBlock, points: float) -> None:
    cursor.setPosition(block.position() + 1)  # the format of the heading's own text
    chars = cursor.charFormat()
    chars.clearProperty(QTextFormat.Property.FontSizeAdjustment)
    chars.setFontPointSize(points)
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + max(block.length() - 1, 0),
                       QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(chars)
