"""Turn a Report into the bytes of one output format.

Text, HTML and Word are made here, without Qt. A PDF is pages painted through Qt
(mtgdesk.printing.pdf.pdf_bytes): whoever asks for one hands that writer in, so the
core never imports Qt and printing depends on reports, not the other way round.
"""

from __future__ import annotations

from collections.abc import Callable

from mtgdesk.domain.errors import UserError
from mtgdesk.reports.formats import FORMATS, format_for_path
from mtgdesk.reports.model import Report
from mtgdesk.reports.templating import render as render_template

__all__ = ["FORMATS", "PdfWriter", "format_for_path", "html", "render", "text"]

PdfWriter = Callable[[Report], bytes]
"""Report -> PDF bytes: mtgdesk.printing.pdf.pdf_bytes."""


def text(report: Report) -> str:
    # Templates leave blank lines between blocks; the file ends with exactly one newline.
    return render_template(f"{report.template}.txt.j2", report=report).rstrip() + "\n"


def html(report: Report, *, paged: bool = False) -> str:
    """Self-contained HTML; `paged` gives the variant Qt lays out on printed pages."""
    return render_template(f"{report.template}.html.j2", report=report, paged=paged)


def render(report: Report, fmt: str, *, pdf: PdfWriter | None = None) -> bytes:
    """The report in format `fmt`; a PDF is made by `pdf`, the page painter."""
    if fmt == "txt":
        return text(report).encode("utf-8")
    if fmt == "html":
        return html(report).encode("utf-8")
    if fmt == "docx":
        from mtgdesk.reports.docx_writer import docx_bytes

        return docx_bytes(report)
    if fmt == "pdf":
        if pdf is None:  # a caller's bug: the window and the CLI always hand one in
            raise ValueError("a PDF needs the page painter: pass "
                             "pdf=mtgdesk.printing.pdf.pdf_bytes")
        return pdf(report)
    raise UserError(f"unknown report format {fmt!r} (choose {', '.join(FORMATS)})")

