"""PDF releases: the text layer read as paragraphs, page furniture left out, a scan or a
damaged file refused with a message naming the file."""

from __future__ import annotations

import re

import pytest

from mtgdesk import cli
from mtgdesk.domain.errors import UserError
from mtgdesk.releases import parse_file
from mtgdesk.releases.readers import read_release_text
from tests.releases.pdfs import make_pdf, pdf_of_streams

# A release as a PDF lays it out: lines of one width, paragraphs told apart only by
# their short last lines, a page number under each page.
PAGE_ONE = [
    "Ministry of Foreign Affairs",
    "Senior Officials' Meeting on Maritime Safety",
    "March 28, 2007",
    "1. A Senior Officials' Meeting on Maritime Safety was held on March 23 (Fri) at the",
    "Ministry of Foreign Affairs in Tokyo. The meeting was attended by representatives",
    "from Australia, Indonesia and Japan, and the International Maritime Organization",
    "(IMO).",
    "2. Mr. Koji Tsuruoka, Director-General for Global Issues, Foreign Ministry, chaired",
    "the meeting.",
    "1",
]
PAGE_TWO = [
    "Ministry of Foreign Affairs",
    "3. The participants exchanged views on the safety of navigation in the straits and",
    "agreed to meet again next year.",
    "2",
]


def test_pdf_release_is_read_into_paragraphs(tmp_path):
    path = tmp_path / "release.pdf"
    path.write_bytes(make_pdf([PAGE_ONE, PAGE_TWO]))
    text = read_release_text(path)
    assert "Senior Officials' Meeting on Maritime Safety\n\nMarch 28, 2007\n\n" in text
    assert "in Tokyo. The meeting was attended by representatives from Australia" in text
    assert not re.search(r"^\d$", text, re.MULTILINE)  # page numbers are not text
    assert "Ministry of Foreign Affairs\n" not in text  # nor the running head of each page
    record = parse_file(path).record
    assert record.title == "Senior Officials' Meeting on Maritime Safety"
    assert record.held_on.isoformat() == "2007-03-23"
    assert [p.name for p in record.participants if p.kind == "country"] == [
        "Australia", "Indonesia", "Japan"]
    assert [p.acronym for p in record.participants if p.kind == "organization"] == ["IMO"]
    assert record.chairs[0].name == "Koji Tsuruoka"
    assert not [p for p in record.participants if p.kind == "agency"]
    assert [p.text for p in record.paragraphs][-1].startswith("The participants exchanged")


def test_cli_parses_a_pdf(tmp_path, capsys):
    path = tmp_path / "release.pdf"
    path.write_bytes(make_pdf([PAGE_ONE]))
    assert cli.main(["parse", str(path)]) == 0
    assert '"held_on": "2007-03-23"' in capsys.readouterr().out


@pytest.mark.parametrize("content, message", [
    (make_pdf([[], []]), "has no text layer (a scanned image?)"),
    (b"%PDF-1.4\nnot really", "not a PDF document, or a damaged one"),
    (make_pdf([PAGE_ONE])[:300], "not a PDF document, or a damaged one"),
    # found by benchmarks/fuzz (pdf): a page whose drawing holds a second PDF's header
    # stops pypdf's content reader on an assert
    (pdf_of_streams([b"BT /F1 12%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj"
                     b"\n3  Tf 7z2 720 Td(T he S0 obj\n<</Type/Page/Parent 2 0 Rnnior"]),
     "not a PDF document, or a damaged one"),
])
def test_unreadable_pdfs_say_why(tmp_path, content, message):
    path = tmp_path / "scan.pdf"
    path.write_bytes(content)
    with pytest.raises(UserError, match=re.escape(f"{path}: ")):
        try:
            read_release_text(path)
        except UserError as exc:
            assert message in str(exc)
            raise


def test_cli_says_a_scan_has_no_text(tmp_path, capsys):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[]]))
    assert cli.main(["parse", str(path)]) != 0
    err = capsys.readouterr().err
    assert "no text layer" in err and "Traceback" not in err
