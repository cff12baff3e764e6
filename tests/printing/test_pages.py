"""Every page of a report (mtgdesk.printing.pages and .pdf): the paper and margins the
settings name, and each line of the body in the file once, on its own page."""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtGui import QPageLayout, QPageSize

from mtgdesk.domain.records import ParagraphRecord
from mtgdesk.printing.pages import layout_for
from mtgdesk.printing.pdf import pdf_bytes
from mtgdesk.reports import model
from mtgdesk.settings import Settings
from tests.reports.readback import normalise, pdf_pages, pdf_text


@pytest.mark.parametrize(("name", "size"), [("A4", QPageSize.PageSizeId.A4),
                                            ("Letter", QPageSize.PageSizeId.Letter),
                                            ("Tabloid", QPageSize.PageSizeId.A4)])
def test_the_paper_named_else_a4_with_one_margin_all_round(name, size, qapp):
    layout = layout_for(name, 25.0)
    assert layout.pageSize().id() == size
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    m = layout.margins(QPageLayout.Unit.Millimeter)
    assert (m.left(), m.top(), m.right(), m.bottom()) == (25.0, 25.0, 25.0, 25.0)


@pytest.mark.parametrize(("name", "points"), [("Letter", "612 x 792"),
                                              ("A4", "595 x 842")])
def test_the_pdf_is_on_the_paper_the_settings_name(seed_record, tmp_path, qapp, name,
                                                   points):
    settings = Settings(office_name="Office", page_size=name, margin_mm=20.0)
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdf_bytes(model.build(seed_record, settings=settings)))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(rf"Page size:\s+{points} pts", info), info


def test_a_paragraph_split_over_two_pages_is_in_the_file_once(seed_record, tmp_path, qapp):
    # Long paragraphs, each naming itself: one of them must break across a page.
    record = seed_record.copy()
    record.paragraphs = [ParagraphRecord(text=" ".join(
        [f"Marker{n:02d}start"] + [f"word{n:02d}x{i:03d}" for i in range(140)]
        + [f"Marker{n:02d}end"])) for n in range(1, 13)]
    data = pdf_bytes(model.build(record))
    pages = pdf_pages(data, tmp_path)
    assert pages >= 3
    text = normalise(pdf_text(data, tmp_path))
    for n in range(1, 13):
        for i in range(140):
            assert text.count(f"word{n:02d}x{i:03d}") == 1, (n, i)
    # Read page by page, the words come in order and every page has some of them.
    seen = []
    for page in range(1, pages + 1):
        words = re.findall(r"word(\d\d)x(\d\d\d)", pdf_text(data, tmp_path, page=page))
        assert words, f"page {page} has none of the body"
        seen.extend(words)
    assert seen == sorted(seen) and len(seen) == 12 * 140
    # Each paragraph's number is text on the line where it starts: in the file once,
    # and straight before the paragraph (the press release numbers its own two first).
    numbered = re.findall(r"(\d+)\.\s+Marker(\d\d)start", text)
    assert [int(m) for _, m in numbered] == list(range(1, 13))
    first = int(numbered[0][0])
    assert [int(n) for n, _ in numbered] == list(range(first, first + 12))
    for n, _ in numbered:
        assert len(re.findall(rf"(?<![\d.]){n}\.\s+Marker", text)) == 1
