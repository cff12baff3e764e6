"""Pages through Qt: PDF files, print preview and printing share one painter.

The one module of mtgdesk.reports that imports Qt. The report body is the paged HTML
template laid out by QTextDocument; the letterhead (logo, office name), the
classification and DRAFT marks and the page numbers are painted around it on every
page, so they repeat however long the report runs.

Works from the CLI without a window: a Qt application is created on demand with the
offscreen platform (no display needed).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextOption,
)

from mtgdesk.domain.errors import UserError
from mtgdesk.qtlocale import prefer_utf8
from mtgdesk.reports import fonts
from mtgdesk.reports.model import Report
from mtgdesk.reports.render import html

RESOLUTION = 600  # device pixels per inch for PDF files
SCREEN_MM = 96 / 25.4  # document lengths are 96-dpi pixels
SCREEN_PT = 96 / 72
HEADING_POINTS = {1: 15.0, 2: 11.5}
INDENT_MM = 10.0  # hanging indent of numbered paragraphs
HEADER_MM = 15.0  # letterhead band at the top of the printable area
FOOTER_MM = 10.0
MARK_COLOUR = QColor(0x9A, 0x00, 0x00)
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new windowless one (CLI, scripts, tests)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise UserError("PDF output needs a Qt GUI application, not a console one")
        return existing
    # Nothing is shown, so no display is needed: offscreen unless told otherwise.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prefer_utf8()  # LC_ALL=C: no four lines of Qt warning on the CLI's stderr
    try:
        # A QApplication (a QGuiApplication) so that widgets can still be made later in
        # the same process, as the window and GUI tests do.
        from PySide6.QtWidgets import QApplication

        _app = QApplication(["mtgdesk"])
    except ImportError:
        _app = QGuiApplication(["mtgdesk"])
    return _app


def body_font(point_size: float = 11.0, *, bold: bool = False) -> QFont:
    """The report's serif as installed here: mtgdesk.reports.fonts names it and finds it
    (a lookup of some microseconds, so done for every font made)."""
    ensure_gui_application()
    font = QFont()
    font.setFamilies(list(fonts.resolve().families))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.Serif)
    # Noto CJK's localised forms (OpenType locl) swap in digit glyphs that Qt's PDF
    # writer cannot map back to text: a PDF set in it alone (no Latin serif installed)
    # showed "March 28, 2007" but read "March ,". The JP faces' own forms are Japanese.
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def page_layout(report: Report) -> QPageLayout:
    return layout_for(report.page_size, report.margin_mm)


def layout_for(page_size: str, margin_mm: float) -> QPageLayout:
    size = QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4))
    m = margin_mm
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(m, m, m, m),
                       QPageLayout.Unit.Millimeter)


def _logo(report: Report) -> QImage | None:
    if not report.logo_path:
        return None
    image = QImage(str(Path(report.logo_path).expanduser()))
    return None if image.isNull() else image


def _marks(report: Report) -> str:
    return "   ".join(m for m in ("DRAFT" if report.draft else "",
                                  report.classification.upper()) if m)


def _paint_chrome(painter: QPainter, report: Report, logo: QImage | None, width: float,
                  height: float, mm: float, page: int, pages: int) -> None:
    """Letterhead and marks above the body, classification and page number below."""
    painter.save()
    band = HEADER_MM * mm
    x = 0.0
    if logo is not None:
        logo_h = 11 * mm
        logo_w = logo_h * logo.width() / max(logo.height(), 1)
        painter.drawImage(QRectF(0, band - 4 * mm - logo_h, logo_w, logo_h), logo)
        x = logo_w + 3 * mm
    baseline = band - 5.5 * mm
    if logo is not None:  # the office name beside the logo's middle, not its foot
        baseline = band - 4 * mm - 11 * mm / 2 + 1.3 * mm
    marks = _marks(report)
    if report.office_name:
        painter.setFont(body_font(10, bold=True))
        painter.setPen(QColor(0x22, 0x22, 0x22))
        room = width - x - (45 * mm if marks else 0)
        name = QFontMetricsF(painter.font()).elidedText(
            report.office_name, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QPointF(x, baseline), name)
    if marks:
        painter.setFont(body_font(10, bold=True))
        painter.setPen(MARK_COLOUR)
        painter.drawText(QRectF(0, 0, width, baseline + mm),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, marks)
    if report.office_name or logo is not None or marks:
        painter.setPen(QPen(QColor(0x44, 0x44, 0x44), 0.25 * mm))
        painter.drawLine(QPointF(0, band - 3 * mm), QPointF(width, band - 3 * mm))
    painter.setFont(body_font(9))
    painter.setPen(QColor(0x33, 0x33, 0x33))
    foot = QRectF(0, height - FOOTER_MM * mm + 3 * mm, width, FOOTER_MM * mm - 3 * mm)
    painter.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                     f"Page {page} of {pages}")
    if report.classification:
        painter.setFont(body_font(9, bold=True))
        painter.setPen(MARK_COLOUR)
        painter.drawText(foot, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         report.classification.upper())
    if report.draft:
        # A large pale diagonal DRAFT behind the text: cannot be missed, still readable.
        painter.setFont(body_font(96, bold=True))
        painter.setPen(QColor(0xB0, 0x00, 0x20, 38))
        painter.translate(width / 2, height / 2)
        painter.rotate(-35)
        painter.drawText(QRectF(-width, -height / 4, 2 * width, height / 2),
                         Qt.AlignmentFlag.AlignCenter, "DRAFT")
    painter.restore()


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


def paint_report(report: Report, device: QPagedPaintDevice) -> int:
    """Paint every page of the report on `device` (QPdfWriter or QPrinter, its page
    layout already set); returns the number of pages."""
    doc = build_document(report, device)
    dpi = device.logicalDpiY()
    rect = device.pageLayout().paintRectPixels(dpi)
    width, height = float(rect.width()), float(rect.height())
    mm = dpi / 25.4
    top = HEADER_MM * mm
    body_h = height - top - FOOTER_MM * mm
    doc.setPageSize(QSizeF(width, body_h))
    pages = max(doc.pageCount(), 1)
    logo = _logo(report)
    painter = QPainter()
    if not painter.begin(device):
        raise UserError("the report could not be printed: the printer or file did not open")
    try:
        for page in range(pages):
            if page and not device.newPage():
                raise UserError("the report could not be printed: no room for a new page")
            _paint_chrome(painter, report, logo, width, height, mm, page + 1, pages)
            painter.save()
            painter.translate(0, top - page * body_h)
            _draw_lines(painter, doc, page * body_h, (page + 1) * body_h)
            painter.restore()
    finally:
        painter.end()
    return pages


def _draw_lines(painter: QPainter, doc: QTextDocument, top: float, bottom: float) -> None:
    """Draw the lines that start between `top` and `bottom`, one by one.

    Not QAbstractTextDocumentLayout.draw with a clip: it draws a paragraph split over
    two pages on both, hidden by the clip but still in the file, where a search finds
    it twice. Here each line is in the file once, on its own page.
    """
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        area = layout.blockBoundingRect(block)
        if area.bottom() >= top and area.top() < bottom and text_layout.lineCount():
            # blockBoundingRect starts where the block's layout starts, in document
            # coordinates (table cells included); lines are placed relative to it.
            origin = area.topLeft()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                if top <= origin.y() + line.y() < bottom:
                    line.draw(painter, origin)
        block = block.next()


def _writer(target: str | QIODevice, report: Report) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(report))
    writer.setTitle(report.document_title)
    writer.setCreator("mtgdesk")
    return writer


def pdf_bytes(report: Report) -> bytes:
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, report)
    paint_report(report, writer)
    del writer  # the writer finishes the file when it goes
    buffer.close()
    return bytes(data.data())
