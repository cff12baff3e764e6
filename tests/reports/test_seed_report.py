"""The seed meeting printed in every format reads like the published seed release."""

from __future__ import annotations

import difflib
import subprocess

from docx.oxml.ns import qn

from mtgdesk.printing.pdf import pdf_bytes
from mtgdesk.reports import model, render
from tests.reports.readback import (
    docx_document,
    docx_text,
    html_text,
    missing_facts,
    normalise,
    pdf_pages,
    pdf_text,
)


def comparable(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip() != "Back to Index"]
    return normalise("\n".join(lines))


def test_seed_text_reads_like_the_seed(seed_record, seed_text):
    text = render.text(model.build(seed_record))
    ratio = difflib.SequenceMatcher(None, comparable(text), comparable(seed_text)).ratio()
    assert ratio >= 0.95, ratio


def test_seed_text_keeps_the_seed_look(seed_record):
    lines = render.text(model.build(seed_record)).splitlines()
    assert lines[:4] == ["Senior Official-Level Meeting on Human Security", "",
                         "March 28, 2007", ""]
    assert lines[4].startswith("1.   A “Senior Official-Level Meeting")
    numbered = [line[:5] for line in lines if line[:1].isdigit()]
    assert numbered == ["1.   ", "2.   ", "3.   ", "4.   "]
    assert all(len(line) <= 78 for line in lines)  # wrapped for reading
    assert lines[5].startswith("     (Fri)")  # hanging indent under the text


def test_every_seed_fact_in_text(seed_record):
    assert missing_facts(render.text(model.build(seed_record))) == []


def test_every_seed_fact_in_html(seed_record):
    html = render.html(model.build(seed_record))
    assert missing_facts(html_text(html)) == []
    assert "<ol" in html and html.count("<li") == 4
    assert "<link" not in html and "src=\"http" not in html  # self-contained


def test_every_seed_fact_in_pdf(seed_record, tmp_path, qapp):
    data = pdf_bytes(model.build(seed_record))
    assert data.startswith(b"%PDF")
    assert missing_facts(pdf_text(data, tmp_path)) == []


def test_seed_pdf_fonts_are_embedded(seed_record, tmp_path, qapp):
    path = tmp_path / "seed.pdf"
    path.write_bytes(pdf_bytes(model.build(seed_record)))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows, out.stdout
    # Columns: name type encoding emb sub uni ...; "emb" is the 4th from the right end
    # of the fixed part, so read it by the header's position.
    header = out.stdout.splitlines()[0]
    emb = header.index("emb")
    assert all(row[emb:emb + 3].strip() == "yes" for row in rows), out.stdout


def test_every_seed_fact_in_docx(seed_record):
    data = render.render(model.build(seed_record), "docx")
    assert missing_facts(docx_text(data)) == []
    document = docx_document(data)
    title = document.paragraphs[0]
    assert title.text == "Senior Official-Level Meeting on Human Security"
    assert title.style.name.startswith("Heading")
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) == 4  # separate paragraphs, not one block of text
    assert numbered[0].text.startswith("A “Senior Official-Level Meeting")
    assert numbered[3].text.startswith("The participating countries")
    # The style is numbered by a real numbering definition (Word counts 1., 2., ...).
    num_id = numbered[0].style.element.pPr.find(qn("w:numPr")).find(qn("w:numId"))
    assert num_id is not None and int(num_id.get(qn("w:val"))) > 0
    assert document.part.numbering_part is not None


def test_seed_pdf_letterhead_page_numbers_on_every_page(seed_record, letterhead, tmp_path,
                                                         qapp):
    record = seed_record.copy()
    record.classification = "Restricted"
    record.paragraphs = record.paragraphs * 12  # long enough for several pages
    data = pdf_bytes(model.build(record, settings=letterhead))
    pages = pdf_pages(data, tmp_path)
    assert pages >= 3
    for page in range(1, pages + 1):
        text = normalise(pdf_text(data, tmp_path, page=page))
        assert "Global Issues Division & <Co>" in text
        assert "RESTRICTED" in text
        assert f"Page {page} of {pages}" in text


def test_docx_letterhead_and_classification_in_header_footer(seed_record, letterhead):
    record = seed_record.copy()
    record.classification = "Restricted"
    document = docx_document(render.render(model.build(record, settings=letterhead), "docx"))
    section = document.sections[0]
    head = " ".join(p.text for p in section.header.paragraphs)
    foot = " ".join(p.text for p in section.footer.paragraphs)
    assert "Global Issues Division & <Co>" in head and "RESTRICTED" in head
    assert "RESTRICTED" in foot and "Page" in foot
    assert 'PAGE' in section.footer._element.xml  # a page-number field, not fixed text
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.left_margin.mm - 20) < 0.5


def test_html_letterhead_with_logo_as_data_uri(seed_record, letterhead, tmp_path, qapp):
    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(logo))
    letterhead.logo_path = str(logo)
    report = model.build(seed_record, settings=letterhead)
    html = render.html(report)
    assert 'src="data:image/png;base64,' in html
    assert "Global Issues Division &amp; &lt;Co&gt;" in html
    # The logo reaches the paged formats too.
    assert docx_document(render.render(report, "docx")).sections[0].header.part.related_parts
    assert pdf_bytes(report).count(b"/Subtype /Image") >= 1
