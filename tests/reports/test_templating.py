"""The templates' own helpers (mtgdesk.reports.templating): the text filters that keep
the plain-text look, and the logo as a data: URI."""

from __future__ import annotations

import base64

import pytest

from mtgdesk.domain.errors import UserError
from mtgdesk.reports.templating import data_uri, hang, nl2br, render, wrap

LONG = ("The participating countries and organizations discussed the onsite experiences "
        "of human security projects and agreed to continue the dialogue.")


def test_a_numbered_paragraph_hangs_under_its_text():
    lines = hang(LONG, 3, width=40).splitlines()
    assert lines[0].startswith("3.   The participating")
    assert all(line.startswith("     ") and not line.startswith("      ")
               for line in lines[1:])
    assert all(len(line) <= 40 for line in lines)
    assert " ".join(line.strip() for line in lines).replace("3.   ", "", 1) == LONG
    # Two-figure numbers keep the text in the same column.
    assert hang("Text", 12).startswith("12.  Text")


def test_line_breaks_the_clerk_typed_are_kept_and_nothing_else_changes():
    assert wrap("First line\nSecond line", width=78, indent="  ") == (
        "  First line\n  Second line")
    assert wrap("a\n\nb", indent="> ") == "> a\n\n> b"
    assert wrap("word " * 20, width=30, indent="- ", rest="  ").splitlines()[1].startswith(
        "  word")
    # A long word (a URL) is not broken, even past the width.
    url = "https://example.org/" + "x" * 90
    assert wrap(f"See {url}", width=40).splitlines() == ["See", url]


def test_html_line_breaks_escape_the_text_first():
    assert nl2br("a < b\nc & d") == "a &lt; b<br>\nc &amp; d"
    assert nl2br("<br>") == "&lt;br&gt;"


def test_a_logo_is_inlined_as_data(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    uri = data_uri(str(logo))
    assert uri.startswith("data:image/png;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]) == b"\x89PNG\r\n\x1a\nfake"


@pytest.mark.parametrize("name", ["", "missing.png", "notes.txt"])
def test_a_missing_or_not_image_logo_prints_without_one(tmp_path, name):
    if name == "notes.txt":
        (tmp_path / name).write_text("not an image", encoding="utf-8")
    assert data_uri(str(tmp_path / name) if name else "") == ""


def test_an_unknown_template_is_a_plain_error():
    with pytest.raises(UserError, match="report template 'no-such.txt.j2' was not found"):
        render("no-such.txt.j2")
