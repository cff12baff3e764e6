"""The report body laid out for print (mtgdesk.printing.document): what Qt's rich text
cannot do from the style sheet is done on the document."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from mtgdesk.printing.document import HEADING_POINTS, INDENT_MM, SCREEN_MM, build_document
from mtgdesk.reports import model


def blocks(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_numbered_paragraphs_carry_their_number_as_text_hanging_under_it(seed_record, qapp):
    doc = build_document(model.build(seed_record))
    numbered = [b for b in blocks(doc) if b.text()[:1].isdigit()]
    # The clerk's paragraphs, after those the press release writes itself.
    assert len(numbered) >= len(seed_record.paragraphs)
    indent = INDENT_MM * SCREEN_MM
    for n, block in enumerate(numbered, start=1):
        # No list marker left for Qt to draw on every page the item touches.
        assert block.textList() is None
        assert block.text().startswith(f"{n}.\t")
        fmt = block.blockFormat()
        assert abs(fmt.leftMargin() - indent) < 0.01
        assert abs(fmt.textIndent() + indent) < 0.01
        assert [round(t.position, 2) for t in fmt.tabPositions()] == [round(indent, 2)]


def test_the_title_is_set_in_the_house_heading_size(seed_record, qapp):
    doc = build_document(model.build(seed_record))
    [title] = [b for b in blocks(doc) if b.blockFormat().headingLevel() == 1]
    assert title.text() == model.build(seed_record).title
    assert set(_point_sizes(title)) == {HEADING_POINTS[1]}


def _point_sizes(block):
    it = block.begin()
    while not it.atEnd():
        yield it.fragment().charFormat().fontPointSize()
        it += 1


def test_the_document_names_the_report_and_has_no_margin_of_its_own(seed_record, qapp):
    report = model.build(seed_record)
    doc = build_document(report)
    assert doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle) == \
        report.document_title
    assert doc.documentMargin() == 0
