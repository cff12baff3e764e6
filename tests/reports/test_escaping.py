"""Text a clerk typed is never markup: it comes out literally in every format."""

from __future__ import annotations

import pytest

from mtgdesk.printing.pdf import pdf_bytes
from mtgdesk.reports import model, render
from tests.reports.conftest import HOSTILE
from tests.reports.readback import docx_text, html_elements, html_text, normalise, pdf_text

LITERALS = (HOSTILE, "<b>Hall</b> & Annex", "<script>Freedonia</script>",
            "Tom & Jerry <b>Fund</b> (T&J)", "We agreed:", "Head <of> Office")


@pytest.mark.parametrize("template", ["press-release", "minutes"])
def test_text_keeps_markup_literally(hostile_record, template):
    text = normalise(render.text(model.build(hostile_record, template)))
    for literal in LITERALS:
        if template == "minutes" and literal == "<b>Hall</b> & Annex":
            literal = "<b>Hall</b> & Annex"  # capitalised only when it starts with a letter
        assert normalise(literal) in text, literal


@pytest.mark.parametrize("template", ["press-release", "minutes"])
def test_html_escapes_every_field(hostile_record, letterhead, template):
    html = render.html(model.build(hostile_record, template, letterhead))
    assert "<script" not in html
    assert "<b>bold</b>" not in html and "<b>Hall</b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    tags = set(html_elements(html))
    assert "script" not in tags
    shown = normalise(html_text(html))
    for literal in (*LITERALS, "Global Issues Division & <Co>", "Restricted & <i>internal</i>"):
        assert normalise(literal) in shown, literal


def test_docx_keeps_markup_literally(hostile_record, letterhead):
    text = normalise(docx_text(render.render(model.build(hostile_record, settings=letterhead),
                                             "docx")))
    for literal in (*LITERALS, "Global Issues Division & <Co>"):
        assert normalise(literal) in text, literal


def test_pdf_keeps_markup_literally(hostile_record, letterhead, tmp_path, qapp):
    data = pdf_bytes(model.build(hostile_record, "minutes", letterhead))
    text = normalise(pdf_text(data, tmp_path))
    for literal in (HOSTILE, "<b>Hall</b> & Annex", "<script>Freedonia</script>",
                    "Tom & Jerry <b>Fund</b> (T&J)", "Global Issues Division & <Co>",
                    "RESTRICTED & <I>INTERNAL</I>", "Fix <br> & <p> handling"):
        assert normalise(literal) in text, literal


def test_index_escapes(hostile_record, tmp_path, qapp):
    report = model.index([hostile_record])
    assert "&lt;script&gt;" in render.html(report)
    assert HOSTILE in normalise(render.text(report))
    assert HOSTILE in normalise(docx_text(render.render(report, "docx")))
    assert HOSTILE in normalise(pdf_text(pdf_bytes(report), tmp_path))
