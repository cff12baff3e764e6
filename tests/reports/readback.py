"""Reading reports back as a reader would: pdftotext, python-docx, an HTML parser."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

SEED_COUNTRIES = ("Australia", "Canada", "France", "India", "Indonesia", "Mexico",
                  "Singapore", "Slovenia", "Thailand", "Viet Nam", "Japan")
SEED_ORGANIZATIONS = (
    ("United Nations Development Programme", "UNDP"),
    ("UN Office for the Coordination of Humanitarian Affairs", "OCHA"),
    ("United Nations Children's Fund", "UNICEF"),
    ("United Nations Population Fund", "UNFPA"),
    ("Office of the United Nations High Commissioner for Refugees", "UNHCR"),
    ("World Food Programme", "WFP"),
    ("European Union", "EU"),
)
SEED_FACTS = (
    *SEED_COUNTRIES,
    *(f"the {name} ({acronym})" for name, acronym in SEED_ORGANIZATIONS),
    "Mr. Koji Tsuruoka, Director-General for Global Issues, Foreign Ministry, chaired",
    "March 28, 2007",
    "March 23 (Fri)",
    "11 countries",
    "seven international organizations",
    "Japan International Cooperation Agency (JICA)",
    "Among the Japanese participants",
)
QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'"}


# A line may also break after a hyphen, a dash or a slash, and before a dash, where the
# text has no space (Official-/Level); white space there is dropped too.
BREAK_AFTER = "-\u2010\u2013\u2014/"
BREAK_BEFORE = "\u2014"


def is_wide(char: str) -> bool:
    """A character of the scripts written without spaces between words (CJK ideographs,
    kana, Hangul syllables, their full-width punctuation): East Asian width W or F."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def normalise(text: str) -> str:
    """Compatibility forms (ligatures, Kangxi radicals), straight quotes, and white space
    that does not depend on where a font broke the lines.

    A line may break between any two CJK characters (外務 / 省), and pdftotext then puts a
    line break there; where exactly depends on the widths of the installed fonts. So a
    run of white space next to a wide character is dropped (those scripts put no spaces
    between words), as is one after a hyphen, dash or slash (BREAK_AFTER), and any other
    run is one space: a break between Latin words reads as the space it stood for. The
    text and the phrase looked for go through the same function, so a phrase written
    with a space before a CJK word still matches, and a missing word is still missing.
    """
    text = unicodedata.normalize("NFKC", text)
    for curly, straight in QUOTES.items():
        text = text.replace(curly, straight)
    words = text.split()
    out = words[:1]
    for word in words[1:]:
        before, after = out[-1][-1], word[0]
        joined = (is_wide(before) or is_wide(after) or before in BREAK_AFTER
                  or after in BREAK_BEFORE)
        out.append(word if joined else " " + word)
    return "".join(out)


def missing_facts(text: str, facts=SEED_FACTS) -> list[str]:
    flat = normalise(text)
    return [f for f in facts if normalise(f) not in flat]


def pdf_text(data: bytes, tmp_path: Path, *, page: int | None = None) -> str:
    if shutil.which("pdftotext") is None:  # pragma: no cover - poppler is a test tool
        # Not a skip: a PDF nobody read back is a PDF nobody checked.
        pytest.fail("pdftotext is needed to read PDFs back: install poppler-utils "
                    "(.ci/run does)")
    path = tmp_path / "readback.pdf"
    path.write_bytes(data)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def pdf_fonts(data: bytes, tmp_path: Path) -> list[str]:
    """The names of the fonts a PDF embeds (pdffonts), subset prefixes taken off."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    names = [row.split()[0] for row in out.stdout.splitlines()[2:] if row.strip()]
    return [name.split("+", 1)[-1] for name in names]


def embeds_family(data: bytes, tmp_path: Path, family: str) -> bool:
    """Whether the PDF embeds a face of `family`: PostScript names are the family
    without spaces and a style (Noto Serif CJK JP -> NotoSerifCJKjp-Regular)."""
    key = family.replace(" ", "").casefold()
    return any(name.casefold().startswith(key) for name in pdf_fonts(data, tmp_path))


def pdf_pages(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    for line in out.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError(out.stdout)


def docx_document(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def docx_text(data: bytes) -> str:
    document = docx_document(data)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(html: str) -> str:
    """What a browser shows: the text of the body, entities decoded."""
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.parts)


def html_elements(html: str) -> list[str]:
    """Every start tag in the document, to prove no clerk text became an element."""
    tags: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.append(tag)

    Tags().feed(html)
    return tags


def read_back(fmt: str, data: bytes, tmp_path: Path) -> str:
    """The text a reader gets from a report file of any format."""
    if fmt == "pdf":
        return pdf_text(data, tmp_path)
    if fmt == "docx":
        return docx_text(data)
    if fmt == "html":
        return html_text(data.decode("utf-8"))
    return data.decode("utf-8")
