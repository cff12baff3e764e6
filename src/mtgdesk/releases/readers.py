"""Releases as plain text: read .txt, .html, .docx and .pdf files into one normalised text.

The parser works on plain text only, and every span it reports points into the text
these readers return, so the window can show that very text and highlight the words.
Paragraphs are separated by one blank line; a site's navigation is left out here.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from mtgdesk.domain.errors import UserError
from mtgdesk.userfiles import read_bytes

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
DOCX_SUFFIXES = (".docx",)
PDF_SUFFIXES = (".pdf",)
RELEASE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + DOCX_SUFFIXES + PDF_SUFFIXES
# A release is a few pages: a file many times larger is not one, and reading it whole
# must not exhaust memory (a Word file with pictures can be a few megabytes).
RELEASE_FILE_CAP = 32 * 2**20
TEXT_FILE_CAP = 8 * 2**20  # .txt and .html: a saved page with its scripts is a few MB
DOCX_UNPACKED_CAP = 64 * 2**20
# The text of one release, once read: the longest published ones are some 30,000
# characters. Past this the parser's work (linear, but per word against every list
# of names) would take minutes for what cannot be one meeting's release.
RELEASE_TEXT_CAP = 200_000

# Lines that are a website's furniture, never part of a meeting's record.
NAVIGATION = {
    "back to index", "press releases", "press release", "back to top", "page top",
    "to top", "top of page", "return to top", "home", "main menu", "menu", "japanese",
    "english", "print", "print this page", "share", "related links", "related information",
    "site map", "sitemap", "contact us", "skip to main content", "skip to content",
    "search", "previous page", "next page", "back", "index", "to the top",
}
_NAV_PREFIX = re.compile(r"^(home\s*[>»›|/]|back to\b|return to\b|go to\b|©|copyright\b)",
                         re.IGNORECASE)


_HAS_DATE = re.compile(r"\b(?:19|20)\d\d\b")


def is_navigation(line: str) -> bool:
    s = line.strip().strip("[]<>|•·").strip().lower()
    # `PTI | New Delhi | Updated: 02-09-2020` is the release's date line, not a menu.
    return s in NAVIGATION or bool(_NAV_PREFIX.match(s)) or (
        " | " in s and len(s) < 200 and all(len(part) < 40 for part in s.split(" | "))
        and not _HAS_DATE.search(s))


def normalise(text: str) -> str:
    """One blank line between paragraphs, no trailing spaces, no navigation lines.

    Spaces inside a line are kept as written (a release's own double spaces stay), so
    a clerk comparing the source with the record sees the source as it was.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace("\ufeff", "").replace("\u200b", "")
    text = unicodedata.normalize("NFC", text)
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.rstrip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln.strip() and not is_navigation(ln)]
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


# --- HTML ----------------------------------------------------------------------------

_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section",
          "article", "blockquote", "dd", "dt", "ul", "ol", "main", "pre", "address",
          "figcaption", "td", "th"}
_SKIP = {"script", "style", "nav", "noscript", "template", "iframe", "select", "button",
         "svg", "form", "head", "title", "footer", "aside"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed",
         "source", "track", "wbr"}
_NAV_ATTR = re.compile(r"(^|[\s_-])(nav|navi|navigation|menu|breadcrumbs?|footer|sidebar|"
                       r"header|masthead|skip|pagetop|page-top|topicpath|share|social|"
                       r"gnav|lnav|localnav|globalnav)([\s_-]|$)", re.IGNORECASE)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, this element hides its content)
        self.hiding = 0  # how many open elements hide their content: O(1), not O(depth)
        self.open_at: dict[str, list[int]] = {}  # tag -> where in the stack it is open

    @property
    def hidden(self) -> bool:
        return self.hiding > 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            if not self.hidden:
                self.parts.append("\n")
            return
        if tag in _VOID:
            return
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        hide = tag in _SKIP or bool(_NAV_ATTR.search(names))
        if tag in _BLOCK and not self.hidden:
            self.parts.append("\n\n")
        self.open_at.setdefault(tag, []).append(len(self.stack))
        self.stack.append((tag, hide))
        self.hiding += hide

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.hidden:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching open tag; tolerate the unclosed <p> and <li> of old pages.
        # Where each tag is open is kept by tag, so a stray end tag under 20,000 open
        # elements costs one look-up, not 20,000 (quadratic time); each element is
        # pushed and popped once.
        open_at = self.open_at.get(tag)
        if not open_at:
            return
        i = open_at[-1]
        for name, hide in reversed(self.stack[i:]):
            self.open_at[name].pop()
            self.hiding -= hide
        del self.stack[i:]
        if tag in _BLOCK and not self.hidden:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            # Source line breaks inside a paragraph are only spaces to a browser.
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def text_from_html(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    lines = [ln.strip() for ln in raw.split("\n")]
    return normalise("\n".join(lines))


# --- DOCX ----------------------------------------------------------------------------

def text_from_docx(data: bytes, path: Path) -> str:
    """The text of a Word document's bytes; `path` names it in errors."""
    import io
    import zipfile

    import docx  # python-docx; imported here so plain-text parsing never needs it
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    damaged = f"{path}: not a Word (.docx) document, or a damaged one"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise UserError(damaged) from None
    # A few kilobytes can unpack to gigabytes (a zip bomb); zipfile stops at the size
    # each member declares, so this bounds what python-docx can be made to unpack.
    if unpacked > DOCX_UNPACKED_CAP:
        raise UserError(f"{path}: unpacks to {unpacked / 2**20:,.0f} MB; a release "
                        f"document can unpack to at most {DOCX_UNPACKED_CAP // 2**20} MB")
    try:
        document = docx.Document(io.BytesIO(data))
        # A document part that is XML but not Word's (another namespace, found by
        # benchmarks/fuzz) fails only here, as an attribute python-docx expected.
        body = document.paragraphs, document.tables
    except (PackageNotFoundError, KeyError, ValueError, OSError, EOFError,
            zipfile.BadZipFile, LxmlError, AttributeError, TypeError):
        raise UserError(damaged) from None
    paras: list[str] = []
    for para in body[0]:
        text = para.text.strip()
        if not text:
            continue
        numbered = para._p.pPr is not None and para._p.pPr.numPr is not None
        paras.append(text if not numbered else f"\u2022 {text}")
    for table in body[1]:  # a release in a layout table: read its cells in order
        for row in table.rows:
            for cell in row.cells:
                if cell.text.strip():
                    paras.append(cell.text.strip())
    return normalise("\n\n".join(paras))


# --- any file ------------------------------------------------------------------------

def decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head or "<p>" in head


def read_release_text(path: str | Path) -> str:
    """The plain text of a release file, whatever its format; UserError when unreadable."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in RELEASE_SUFFIXES:
        raise UserError(f"{path}: cannot read a release from a {suffix or 'nameless'} file "
                        f"(use {', '.join(RELEASE_SUFFIXES)})")
    cap = RELEASE_FILE_CAP if suffix in DOCX_SUFFIXES + PDF_SUFFIXES else TEXT_FILE_CAP
    data = read_bytes(path, cap=cap, what="release file")
    if suffix in DOCX_SUFFIXES:
        return capped(text_from_docx(data, path), str(path))
    if suffix in PDF_SUFFIXES:
        from mtgdesk.releases.pdf import text_from_pdf  # pypdf only when a PDF is read

        return capped(normalise(text_from_pdf(data, path)), str(path))
    text = decode(data)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        return capped(text_from_html(text), str(path))
    return capped(normalise(text), str(path))


def text_from_paste(text: str) -> str:
    """Text a clerk pasted: HTML source is read as HTML, anything else as plain text."""
    if len(text) > TEXT_FILE_CAP:
        raise UserError(f"the pasted text is {len(text):,} characters; a release is at "
                        f"most {RELEASE_TEXT_CAP:,} characters of text")
    return capped(text_from_html(text) if looks_like_html(text) else normalise(text),
                  "the pasted text")


def capped(text: str, what: str) -> str:
    """`text`, or a UserError when it is longer than one release can be."""
    if len(text) > RELEASE_TEXT_CAP:
        raise UserError(f"{what}: {len(text):,} characters of text is not one meeting's "
                        f"release (at most {RELEASE_TEXT_CAP:,}); split it into its "
                        "releases")
    return text
