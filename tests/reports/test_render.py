"""One report, each output format (mtgdesk.reports.render), without Qt: a PDF is made
by the page painter its caller hands in."""

from __future__ import annotations

import pytest

from mtgdesk.domain.errors import UserError
from mtgdesk.reports import model, render
from tests.reports.readback import docx_text, html_text


@pytest.fixture
def report(seed_record) -> model.Report:
    return model.build(seed_record)


def test_text_ends_with_exactly_one_newline(report):
    out = render.text(report)
    assert out.endswith("\n") and not out.endswith("\n\n")
    assert render.render(report, "txt") == out.encode("utf-8")


def test_each_format_carries_the_title(report):
    assert report.title in render.text(report)
    assert report.title in html_text(render.render(report, "html").decode("utf-8"))
    assert report.title in docx_text(render.render(report, "docx"))


def test_the_paged_html_leaves_the_letterhead_to_the_printer(seed_record, letterhead):
    # On paper the letterhead and classification are painted on every page
    # (mtgdesk.printing.pages), so the paged variant leaves them out; the web page has them.
    seed_record.classification = "Restricted"
    report = model.build(seed_record, settings=letterhead)
    screen, paged = render.html(report), render.html(report, paged=True)
    assert 'class="letterhead"' in screen and "<footer" in screen
    assert 'class="letterhead"' not in paged and "<footer" not in paged
    assert report.title in html_text(paged)


def test_a_pdf_is_made_by_the_writer_handed_in(report):
    seen = []

    def pages(given: model.Report) -> bytes:
        seen.append(given)
        return b"%PDF-stand-in"

    assert render.render(report, "pdf", pdf=pages) == b"%PDF-stand-in"
    assert seen == [report]


def test_a_pdf_without_a_page_painter_is_a_callers_bug(report):
    with pytest.raises(ValueError, match="page painter"):
        render.render(report, "pdf")


def test_an_unknown_format_names_the_choices(report):
    with pytest.raises(UserError, match="unknown report format 'odt' .choose txt, html, pdf, docx"):
        render.render(report, "odt")


@pytest.mark.parametrize(("name", "fmt"), [
    ("r.pdf", "pdf"), ("R.PDF", "pdf"), ("r.htm", "html"), ("r.text", "txt"),
    ("r.docx", "docx"), ("r.odt", None), ("report", None), ("archive.tar.pdf", "pdf")])
def test_the_format_a_file_name_asks_for(name, fmt):
    assert render.format_for_path(name) == fmt
