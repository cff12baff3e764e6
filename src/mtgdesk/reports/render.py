"""Turn a Report into the bytes of one output format."""

from __future__ import annotations

from mtgdesk.domain.errors import UserError
from mtgdesk.reports.formats import FORMATS, format_for_path
from mtgdesk.reports.model import Report
from mtgdesk.reports.templating import render as render_template

__all__ = ["FORMATS", "format_for_path", "html", "render", "text"]


def text(report: Report) -> str:
    # Templates leave blank lines between blocks; the file ends with exactly one newline.
    return render_template(f"{report.template}.txt.j2", report=report).rstrip() + "\n"


def html(report: Report, *, paged: bool = False) -> str:
    """Self-contained HTML; `paged` gives the variant Qt lays out on printed pages."""
    return render_template(f"{report.template}.html.j2", report=report, paged=paged)


def render(report: Report, fmt: str) -> bytes:
    if fmt == "txt":
        return text(report).encode("utf-8")
    if fmt == "html":
        return html(report).encode("utf-8")
    if fmt == "docx":
        from mtgdesk.reports.docx_writer import docx_bytes

        return docx_bytes(report)
    if fmt == "pdf":
        # The one output that needs Qt (pages, fonts): loaded only when asked for.
        from mtgdesk.reports.pdf import pdf_bytes

        return pdf_bytes(report)
    raise UserError(f"unknown report format {fmt!r} (choose {', '.join(FORMATS)})")

