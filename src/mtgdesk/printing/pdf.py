"""A report as the bytes of a PDF file: the pages of mtgdesk.printing.pages on a
QPdfWriter. Needs no display (see mtgdesk.printing.application)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from mtgdesk.printing.application import ensure_gui_application
from mtgdesk.printing.pages import page_layout, paint_report
from mtgdesk.reports.model import Report
from mtgdesk.reports.pdf_text import unify_ideographs

RESOLUTION = 600  # device pixels per inch for PDF files


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
    # Qt names a Kangxi radical where Noto CJK shares its glyph with the ideograph.
    return unify_ideographs(bytes(data.data()))
