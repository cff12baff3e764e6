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


def normalise(text: str) -> str:
    """Compatibility forms (ligatures), straight quotes, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    for curly, straight in QUOTES.items():
        text = text.replace(curly, straight)
    return " ".join(text.split())


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
