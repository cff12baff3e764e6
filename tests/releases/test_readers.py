"""Releases in text, HTML and Word read into the same plain text, site furniture left out."""

from __future__ import annotations

import re

import docx
import pytest

from mtgdesk.domain.errors import UserError
from mtgdesk.releases import parse_file, parse_paste
from mtgdesk.releases.readers import read_release_text, text_from_html
from tests.conftest import SEED_TEXT

PAGE = """<!DOCTYPE html><html><head><title>MOFA</title><style>p {color: red}</style>
<script>var menu = "Back to Index";</script></head><body>
<div id="header"><ul class="gnav"><li><a href="/">Home</a></li><li>Press Releases</li></ul></div>
<nav class="breadcrumbs">Home &gt; Press Releases</nav>
<h1>Senior Official-Level Meeting on Human Security</h1>
<p>March 28, 2007</p>
<p>1.&nbsp;&nbsp; A &ldquo;Senior Official-Level Meeting on Human Security&rdquo; was held
on March 23 (Fri) at the Ministry of Foreign Affairs.</p>
<p>2. The meeting was attended by representatives from Australia and Japan.<br>Mr. Koji
Tsuruoka, Director-General for Global Issues, Foreign Ministry, chaired the meeting.</p>
<p>3. The participants shared views &amp; experiences.</p>
<div class="footer"><a href="/">Back to Index</a> | <a href="#top">Page Top</a></div>
</body></html>"""


def test_html_without_navigation_scripts_and_styles():
    text = text_from_html(PAGE)
    for junk in ("Back to Index", "Press Releases", "Home", "Page Top", "var menu", "color"):
        assert junk not in text
    assert text.startswith("Senior Official-Level Meeting on Human Security\n\nMarch 28, 2007")
    assert "views & experiences" in text


def test_html_file_parses_like_text(tmp_path):
    page = tmp_path / "release.html"
    page.write_text(PAGE, encoding="utf-8")
    record = parse_file(page).record
    assert record.title == "Senior Official-Level Meeting on Human Security"
    assert [p.name for p in record.participants if p.kind == "country"] == ["Australia",
                                                                          "Japan"]
    assert record.chairs[0].name == "Koji Tsuruoka"
    assert [p.text for p in record.paragraphs] == ["The participants shared views & "
                                                   "experiences."]


def test_pasted_html_source_is_read_as_html():
    assert parse_paste(PAGE).record.held_on.isoformat() == "2007-03-23"


def test_docx_release(tmp_path):
    document = docx.Document()
    for line in SEED_TEXT.read_text(encoding="utf-8").split("\n\n"):
        if line.strip():
            document.add_paragraph(line.strip())
    path = tmp_path / "release.docx"
    document.save(str(path))
    from_word = parse_file(path).record
    from_text = parse_file(SEED_TEXT).record
    assert from_word.content_equals(from_text)


@pytest.mark.parametrize("name, content, message", [
    ("missing.txt", None, "no such file"),
    ("broken.docx", b"not a zip file", "not a Word (.docx) document"),
    ("release.pdf", b"%PDF-1.4", "not a PDF document, or a damaged one"),
    ("release.odt", b"PK", "cannot read a release from a .odt file"),
])
def test_unreadable_files_say_why(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError, match=re.escape(message)):
        read_release_text(path)


def test_windows_encoded_text_is_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(SEED_TEXT.read_text(encoding="utf-8").encode("cp1252"))
    assert parse_file(path).record.title == "Senior Official-Level Meeting on Human Security"
