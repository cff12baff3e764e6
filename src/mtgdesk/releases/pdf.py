"""The text layer of a PDF release (pypdf), as paragraphs.

A PDF keeps lines, not paragraphs: each line of the page is a line of the text, and
a paragraph ends only where the layout shows it (a short line ending a sentence, a
numbered or bulleted line next). Page numbers and running heads repeated on every
page are left out. A PDF with no text (a scan) is refused with a clear message: it
would need OCR, which mtgdesk does not do.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

from mtgdesk.domain.errors import UserError

# Pages read at most: a release is a few pages; a 900-page annual report is not one.
MAX_PAGES = 200
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?"
                          r"(?:\s*[-–])?\s*$", re.IGNORECASE)
_STARTS_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[ivx]{1,4}[.)]|\(?[a-h][.)]|[•·\-–*▪●◦■])"
                          r"\s")


def text_from_pdf(data: bytes, path: Path) -> str:
    """The text of a PDF's bytes, paragraphs separated by blank lines; `path` names it
    in errors (damaged, encrypted, no text layer)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UserError(f"{path}: the PDF is protected by a password")
        pages = []
        for number, page in enumerate(reader.pages):
            if number >= MAX_PAGES:
                break
            pages.append(page.extract_text() or "")
    except (UserError, MemoryError):
        raise
    except (PdfReadError, PyPdfError, Exception):
        # pypdf meets a hostile file with whatever its code raises there (an assert
        # in its content-stream reader, struct.error, a KeyError...): only pypdf runs
        # in this block, so any error in it is the file's, told in one line.
        raise UserError(f"{path}: not a PDF document, or a damaged one") from None
    if not any(ch.isalpha() for page in pages for ch in page):
        raise UserError(f"{path}: the PDF has no text layer (a scanned image?): "
                        "mtgdesk reads the text of a PDF, it does not recognise scans")
    return reflow(pages)


def reflow(pages: list[str]) -> str:
    """Lines of the pages -> paragraphs separated by blank lines."""
    page_lines = [[ln.rstrip() for ln in page.splitlines()] for page in pages]
    # A line on most pages (a running head or foot) is the page's furniture; with two
    # pages, one that heads or foots both.
    repeated: set[str] = set()
    if len(page_lines) >= 3:
        counts = Counter(ln.strip() for lines in page_lines for ln in set(lines) if ln.strip())
        repeated = {ln for ln, n in counts.items() if n >= max(3, len(page_lines) * 0.6)}
    elif len(page_lines) == 2:
        edges = [{ln.strip() for ln in [*lines[:2], *lines[-2:]] if ln.strip()}
                 for lines in page_lines]
        repeated = edges[0] & edges[1]
    lines = [ln for lines in page_lines for ln in lines
             if ln.strip() and not _PAGE_NUMBER.match(ln) and ln.strip() not in repeated]
    if not lines:
        return ""
    widths = sorted(len(ln.strip()) for ln in lines)
    full = widths[int(len(widths) * 0.8)]  # a full line's length on these pages
    out: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        word = line.strip()
        if current and _STARTS_ITEM.match(word):
            out.append(current)
            current = ""
        if current.endswith("-") and word[:1].islower():
            current = current[:-1] + word  # a word broken at the end of a line
        else:
            current = f"{current} {word}" if current else word
        short = len(word) < full * 0.75
        ends = bool(re.search(r"[.:;!?”\"’)]$", word))
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not nxt or (short and (ends or not nxt[:1].islower())):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return "\n\n".join(out)
