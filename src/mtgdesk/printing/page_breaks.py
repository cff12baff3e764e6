"""Where a report's pages break, as a typesetter breaks them.

Qt's text layout breaks pages wherever a line no longer fits; a printed report must not
leave one line of a paragraph alone at the foot of a page (an orphan) or at the head of
the next (a widow, seen in the seed's minutes: "including the issues of poverty." alone
on page 2), nor a heading at a page's foot away from what it heads. The body is laid
out as one long page; `page_starts` chooses the breaks between its lines:

- at least two lines of a paragraph at a foot and at a head (a paragraph of two or three
  lines moves whole);
- a heading (h1, h2, or a block the paged template marks with ``-qt-user-state: 1``:
  the participant group captions) goes with the line after it;
- a block whose format asks for a page break before it starts a page;
- lines side by side (table cells) are never parted;
- when no break can keep these rules (a page of one paragraph), the page breaks where
  the next line no longer fits.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextDocument, QTextFormat

KEEP_WITH_NEXT = 1  # the block's userState that the paged template sets on captions
MIN_LINES = 2  # of a paragraph at a page's foot or head
EPSILON = 0.5  # of a device pixel: rounding in the layout


@dataclass(frozen=True)
class Line:
    top: float  # in the laid-out document
    bottom: float
    block: int  # the block's number in the document
    index: int  # the line's number in its block
    count: int  # the lines of its block
    keep_with_next: bool = False
    break_before: bool = False  # the block starts a page (only on its first line)


def document_lines(doc: QTextDocument) -> list[Line]:
    """Every line of the laid-out document, top to bottom."""
    layout = doc.documentLayout()
    layout.documentSize()  # laid out whole now (Qt lays out lazily, block by block)
    out: list[Line] = []
    block = doc.begin()
    policy = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    while block.isValid():
        text_layout = block.layout()
        count = text_layout.lineCount()
        if count:
            origin = layout.blockBoundingRect(block).topLeft()
            fmt = block.blockFormat()
            keep = fmt.headingLevel() > 0 or block.userState() == KEEP_WITH_NEXT
            forced = bool(fmt.pageBreakPolicy() & policy)
            for i in range(count):
                line = text_layout.lineAt(i)
                top = origin.y() + line.y()
                out.append(Line(top, top + line.height(), block.blockNumber(), i, count,
                                keep, forced and i == 0))
        block = block.next()
    out.sort(key=lambda line: line.top)  # table cells: the lines of a row side by side
    return out


def page_starts(lines: list[Line], height: float) -> list[float]:
    """The document position each page starts at (the first page: the first line)."""
    if not lines:
        return [0.0]
    starts = [lines[0].top]
    first = 0  # the first line of the current page
    i = 1
    while i < len(lines):
        line = lines[i]
        if line.break_before or line.bottom - starts[-1] > height + EPSILON:
            k = i if line.break_before else _break_before(lines, i, first)
            starts.append(lines[k].top)
            first = k
            i = k + 1
            continue
        i += 1
    return starts


def _break_before(lines: list[Line], i: int, first: int) -> int:
    """The line to start the next page with, line i no longer fitting."""
    k = _row_start(lines, i, first)
    plain = k
    line = lines[k]
    on_page = [j for j in range(first, k) if lines[j].block == line.block]
    if line.count > 1 and on_page:
        starts_here = lines[on_page[0]].index == 0
        if line.count - line.index < MIN_LINES:  # a widow: take a line along
            if not starts_here or len(on_page) - 1 >= MIN_LINES:
                k -= 1
            else:
                k = on_page[0]
        elif starts_here and len(on_page) < MIN_LINES:  # an orphan: all of it goes
            k = on_page[0]
    # A heading goes with what follows it (and a heading before it, with it).
    while k > first and lines[k - 1].keep_with_next and lines[k - 1].block != lines[k].block:
        k = _block_start(lines, k - 1, first)
    k = _row_start(lines, k, first)
    if k > first:
        return k
    return plain if plain > first else i  # one row taller than the page: part it


def _row_start(lines: list[Line], k: int, first: int) -> int:
    while k > first and lines[k].top < lines[k - 1].bottom - EPSILON:
        k -= 1
    return k


def _block_start(lines: list[Line], k: int, first: int) -> int:
    while k > first and lines[k - 1].block == lines[k].block:
        k -= 1
    return k
