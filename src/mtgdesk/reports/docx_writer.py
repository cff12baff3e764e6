"""A report as a Word document (python-docx), built from the Report model directly.

A real document of its kind: the title is a Heading, the paragraphs are real numbered
paragraphs (the List Number style and its numbering definition), the letterhead and
classification sit in the page header and footer with page numbers, so they repeat
on every page. Text goes into runs as text, never parsed as markup.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from mtgdesk.reports import fonts
from mtgdesk.reports.model import Report

PAGE_SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
BODY_FONT = fonts.DOCX_LATIN
EAST_ASIAN_FONT = fonts.DOCX_EAST_ASIAN  # Word's usual Japanese serif
# XML 1.0 forbids most control characters; a stray one pasted into a field must not
# make the whole document unwritable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _fonts(document: docx.document.Document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(11)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 15), ("Heading 2", 11.5)):
        style = styles[name]
        style.font.name = BODY_FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)  # the theme font would win over ours
        rfonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    numbered = styles["List Number"]
    ppr = numbered.element.get_or_add_pPr()
    for node in ppr.findall(qn("w:contextualSpacing")):
        ppr.remove(node)  # keep the space between numbered paragraphs
    numbered.paragraph_format.left_indent = Mm(10)
    numbered.paragraph_format.first_line_indent = Mm(-10)
    numbered.paragraph_format.space_after = Pt(9)
    numbered.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def _page(document: docx.document.Document, report: Report) -> None:
    section = document.sections[0]
    width, height = PAGE_SIZES_MM.get(report.page_size, PAGE_SIZES_MM["A4"])
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    margin = Mm(report.margin_mm)
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin
    section.header_distance = section.footer_distance = Mm(max(report.margin_mm / 2, 5))


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES): the page number as Word counts it."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        else:
            node = OxmlElement("w:instrText" if text == code else "w:t")
            node.set(qn("xml:space"), "preserve")
            node.text = f" {text} " if text == code else text
        run._r.append(node)


def _bottom_rule(paragraph) -> None:
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "4"),
                       ("w:color", "444444")):
        bottom.set(qn(key), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def _header_footer(document: docx.document.Document, report: Report) -> None:
    section = document.sections[0]
    # python-docx types these as optional; a document it created always has them.
    assert section.page_width is not None and section.left_margin is not None
    assert section.right_margin is not None
    usable = section.page_width - section.left_margin - section.right_margin
    head = section.header.paragraphs[0]
    head.paragraph_format.tab_stops.add_tab_stop(usable, WD_TAB_ALIGNMENT.RIGHT)
    logo = Path(report.logo_path).expanduser() if report.logo_path else None
    if logo is not None and logo.is_file():
        try:
            head.add_run().add_picture(str(logo), height=Mm(11))
            head.add_run("  ")
        except Exception:  # noqa: BLE001 - an unreadable logo: print without it
            pass
    office = head.add_run(clean(report.office_name))
    office.bold = True
    marks = [m for m in ("DRAFT" if report.draft else "", report.classification.upper()) if m]
    if marks:
        head.add_run("\t")
        mark = head.add_run(clean("   ".join(marks)))
        mark.bold = True
        mark.font.color.rgb = RGBColor(0x9A, 0, 0)
    if report.office_name or logo or marks:
        _bottom_rule(head)
    foot = section.footer.paragraphs[0]
    foot.paragraph_format.tab_stops.add_tab_stop(usable, WD_TAB_ALIGNMENT.RIGHT)
    if report.classification:
        foot.add_run(clean(report.classification.upper())).bold = True
    foot.add_run("\tPage ")
    _field(foot, "PAGE")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES")


def _numbered(document: docx.document.Document, report: Report) -> None:
    for item in report.items:
        para = document.add_paragraph(style="List Number")
        if item.label:
            para.add_run(clean(item.label) + ": ").bold = True
        para.add_run(clean(item.text))


def _entries(document: docx.document.Document, heading: str, entries: list[str]) -> None:
    if not entries:
        return
    document.add_heading(clean(heading), level=2)
    for entry in entries:
        para = document.add_paragraph(clean(entry))
        para.paragraph_format.left_indent = Mm(8)
        para.paragraph_format.space_after = Pt(2)


def _minutes(document: docx.document.Document, report: Report) -> None:
    if report.header:
        table = document.add_table(rows=0, cols=2)
        for label, value in report.header:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(clean(label)).bold = True
            cells[1].paragraphs[0].add_run(clean(value))
            cells[0].width, cells[1].width = Mm(35), Mm(120)
    if report.present:
        document.add_heading("Present", level=2)
        for group in report.present:
            document.add_paragraph().add_run(clean(group.heading)).italic = True
            for entry in group.entries:
                para = document.add_paragraph(clean(entry))
                para.paragraph_format.left_indent = Mm(8)
                para.paragraph_format.space_after = Pt(2)
    _entries(document, "Absent", report.absent)
    _entries(document, "Excused", report.excused)
    _entries(document, report.chair_heading, report.chairs)
    if report.items:
        document.add_heading("Proceedings", level=2)
        _numbered(document, report)
    approval = document.add_paragraph(clean(report.approval))
    approval.paragraph_format.space_before = Pt(24)


def _index(document: docx.document.Document, report: Report) -> None:
    if not report.rows:
        document.add_paragraph("No meetings.")
        return
    table = document.add_table(rows=1, cols=3)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, ("Date", "Meeting", "Venue"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in report.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, (row.date, row.title, row.venue), strict=True):
            cell.text = clean(text)


def build_document(report: Report) -> docx.document.Document:
    document = docx.Document()
    _fonts(document)
    _page(document, report)
    _header_footer(document, report)
    props = document.core_properties
    props.title = clean(report.document_title)[:255]
    props.author = clean(report.office_name)[:255] or "mtgdesk"
    props.comments = "Written by mtgdesk"
    # python-docx's template carries its own dates (2013-12-23) and a blank thumbnail
    # that file managers show as the preview: the document's own time, and no thumbnail.
    now = datetime.now(UTC).replace(microsecond=0)
    props.created = props.modified = now
    props.last_modified_by = props.author
    package = document.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel.rId)
    if report.template == "minutes":
        kicker = document.add_paragraph("MINUTES")
        kicker.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title = document.add_heading(clean(report.title), level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if report.date_line:
        date = document.add_paragraph(clean(report.date_line))
        date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        date.paragraph_format.space_after = Pt(18)
    if report.template == "minutes":
        _minutes(document, report)
    elif report.template == "index":
        _index(document, report)
    else:
        _numbered(document, report)
    return document


def docx_bytes(report: Report) -> bytes:
    out = io.BytesIO()
    build_document(report).save(out)
    return out.getvalue()
