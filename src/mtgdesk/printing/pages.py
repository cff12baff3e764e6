"""Every page of a report on a paged device (QPdfWriter or QPrinter): the body laid
out by mtgdesk.printing.document, and painted around it on each page the letterhead
(logo, office name), the classification and DRAFT marks and the page number, so they
repeat however long the report runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
)

from mtgdesk.domain.errors import UserError
from mtgdesk.printing.document import build_document
from mtgdesk.printing.fonts import body_font
from mtgdesk.printing.page_breaks import document_lines, page_starts
from mtgdesk.reports.model import Report

HEADER_MM = 15.0  # letterhead band at the top of the printable area
FOOTER_MM = 10.0
MARK_COLOUR = QColor(0x9A, 0x00, 0x00)
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def page_layout(report: Report) -> QPageLayout:
    return layout_for(report.page_size, report.margin_mm)


def layout_for(page_size: str, margin_mm: float) -> QPageLayout:
    """Portrait, the paper named (A4 unless Letter), the same margin on every side."""
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
    # One long page, broken here as a typesetter would (printing.page_breaks).
    doc.setTextWidth(width)
    starts = page_starts(document_lines(doc), body_h)
    ends = [*starts[1:], float("inf")]
    pages = len(starts)
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
            painter.translate(0, top - starts[page])
            _draw_lines(painter, doc, starts[page], ends[page])
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
