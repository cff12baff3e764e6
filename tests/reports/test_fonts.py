"""The report's fonts named in one place, without Qt: the web page and the Word file
name them, and a choice that is not what was named says so in a clerk's words."""

from __future__ import annotations

from docx.oxml.ns import qn

from mtgdesk.reports import fonts, model, render
from mtgdesk.reports.docx_writer import docx_bytes
from tests.reports.readback import docx_document

MISSING = "No Such Serif JP 7f3a"


def test_the_web_page_names_the_same_fonts(seed_record):
    html = render.html(model.build(seed_record))
    assert f"font-family: {fonts.CSS_SERIF};" in html
    assert f'"{fonts.SERIF}", "{fonts.SANS}"' in fonts.CSS_SERIF


def test_the_word_file_names_the_word_fonts(seed_record):
    document = docx_document(docx_bytes(model.build(seed_record)))
    normal = document.styles["Normal"].font
    assert normal.name == fonts.DOCX_LATIN
    east_asian = normal.element.rPr.rFonts.get(qn("w:eastAsia"))
    assert east_asian == fonts.DOCX_EAST_ASIAN


def test_a_choice_says_what_was_used_only_when_it_differs():
    found = fonts.FontChoice(wanted=fonts.SERIF, used=fonts.SERIF, families=(fonts.SERIF,))
    assert found.found and found.note is None
    other = fonts.FontChoice(wanted=MISSING, used="IPAexMincho", families=())
    assert not other.found
    assert other.note == f'report font "{MISSING}" not found; used "IPAexMincho"'
    none = fonts.FontChoice(wanted=MISSING, used=None, families=())
    assert none.note == (f'report font "{MISSING}" not found, nor any other font with '
                         "Japanese: Japanese, Chinese and Korean text will not show")


def test_the_japanese_chain_starts_with_the_named_serif_and_keeps_the_sans():
    assert fonts.JAPANESE[0] == fonts.SERIF
    assert fonts.JAPANESE.index(fonts.SERIF) < fonts.JAPANESE.index(fonts.SANS)
    assert len(set(fonts.JAPANESE)) == len(fonts.JAPANESE)
