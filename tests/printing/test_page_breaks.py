"""Issue 13: no widowed line at the foot or head of a printed page (mtgdesk.printing.
page_breaks). The rules on lines of known sizes, then the printed minutes read back page
by page: whatever the fonts make of the lines, no page starts with a paragraph's last
line alone or ends with its first, and no heading ends a page."""

from __future__ import annotations

import re

import pytest

from mtgdesk.domain.records import ParagraphRecord
from mtgdesk.printing.page_breaks import Line, page_starts
from mtgdesk.printing.pdf import pdf_bytes
from mtgdesk.reports import model
from tests.reports.readback import pdf_pages, pdf_text

H = 10.0  # every line 10 high, no space between blocks: a page of 100 holds 10 lines


def lines(*blocks: int | str) -> list[Line]:
    """Blocks of n lines one under the other; "h" is a one-line heading."""
    out, y = [], 0.0
    for number, block in enumerate(blocks):
        count = 1 if block == "h" else int(block)
        for i in range(count):
            out.append(Line(y, y + H, number, i, count, keep_with_next=block == "h"))
            y += H
    return out


def first_lines(blocks: list[Line], starts: list[float]) -> list[tuple[int, int]]:
    """(block, line) that each page starts with."""
    return [next((b.block, b.index) for b in blocks if b.top >= s) for s in starts]


def test_lines_that_fit_are_one_page():
    assert page_starts(lines(3, 4, 3), 100) == [0.0]


def test_a_paragraph_breaks_where_the_page_is_full():
    # 8 lines, then 5: lines 3 and 4 of the second paragraph go over; 3 stay.
    assert first_lines(lines(8, 5), page_starts(lines(8, 5), 100)) == [(0, 0), (1, 2)]


def test_a_last_line_alone_at_a_page_head_takes_a_line_along():
    # 6, then 5: only the fifth line would go over; the fourth goes with it.
    assert first_lines(lines(6, 5), page_starts(lines(6, 5), 100)) == [(0, 0), (1, 3)]


def test_a_first_line_alone_at_a_page_foot_goes_to_the_next_page():
    # 9, then 4: only its first line would stay; the whole paragraph goes.
    assert first_lines(lines(9, 4), page_starts(lines(9, 4), 100)) == [(0, 0), (1, 0)]


def test_three_lines_that_cannot_part_in_two_and_two_go_whole():
    # 8, then 3: two stay, one would go alone; taking one along leaves one alone.
    assert first_lines(lines(8, 3), page_starts(lines(8, 3), 100)) == [(0, 0), (1, 0)]


def test_a_heading_goes_with_the_paragraph_it_heads():
    # 8 lines, a heading, a paragraph: the paragraph goes over, the heading with it.
    blocks = lines(8, "h", 4)
    assert first_lines(blocks, page_starts(blocks, 100)) == [(0, 0), (1, 0)]
    # Two captions in a row (Present, Countries) go together.
    blocks = lines(7, "h", "h", 4)
    assert first_lines(blocks, page_starts(blocks, 100)) == [(0, 0), (1, 0)]


def test_lines_side_by_side_are_never_parted():
    # A table row: two cells of two lines each, side by side, at the page's foot.
    blocks = lines(9)
    blocks += [Line(90 + H * i, 100 + H * i, b, i, 2) for b in (1, 2) for i in range(2)]
    blocks.sort(key=lambda line: line.top)
    starts = page_starts(blocks, 100)
    assert starts == [0.0, 90.0]


def test_a_break_before_a_block_starts_a_page():
    blocks = lines(2, 2)
    blocks[2] = Line(blocks[2].top, blocks[2].bottom, 1, 0, 2, break_before=True)
    assert page_starts(blocks, 100) == [0.0, 20.0]


def test_a_paragraph_longer_than_a_page_still_breaks():
    starts = page_starts(lines(25), 100)
    assert starts == [0.0, 100.0, 200.0]


def test_a_heading_at_a_page_foot_goes_over_with_a_long_paragraph():
    blocks = lines(9, "h", 12)
    assert page_starts(blocks, 100) == [0.0, 90.0, 190.0]


def test_headings_that_cannot_all_keep_with_the_next_break_where_they_must():
    blocks = lines(*["h"] * 12)  # captions only: no break keeps one with its next
    assert page_starts(blocks, 100) == [0.0, 100.0]


def paragraph_lines(page_text: str) -> list[int]:
    """The paragraph each line of a page is of (its marker words wNN), in order."""
    out = []
    for line in page_text.splitlines():
        found = re.findall(r"w(\d\d)x\d{3}", line)
        if found:
            out.append(int(found[0]))
    return out


@pytest.mark.parametrize("words", [58, 64, 71, 77, 83, 90, 97, 104])
def test_the_printed_minutes_leave_no_line_alone_at_a_page_foot_or_head(
        seed_record, tmp_path, qapp, words):
    # Paragraphs of several lengths: wherever the fonts break the lines, some paragraph
    # meets a page's end, and the rules must hold there.
    record = seed_record.copy()
    record.paragraphs = [ParagraphRecord(text=" ".join(
        f"w{n:02d}x{i:03d}" for i in range(words + 7 * n))) for n in range(1, 11)]
    data = pdf_bytes(model.build(record, "minutes"))
    pages = pdf_pages(data, tmp_path)
    assert pages >= 2
    texts = [pdf_text(data, tmp_path, page=p) for p in range(1, pages + 1)]
    per_page = [paragraph_lines(t) for t in texts]
    for page in range(pages - 1):
        foot, head = per_page[page], per_page[page + 1]
        if not foot or not head or foot[-1] != head[0]:
            continue  # the page ends where a paragraph ends
        parted = foot[-1]
        assert foot.count(parted) >= 2, f"one line of paragraph {parted} at page {page + 1}'s foot"
        assert head.count(parted) >= 2, f"one line of paragraph {parted} at page {page + 2}'s head"
    for page, text in enumerate(texts[:-1], start=1):
        body = [line for line in text.splitlines() if line.strip()
                and not line.strip().startswith(("Page ", "DRAFT"))]
        assert body[-1].strip() not in ("Proceedings", "Present", "Chair"), page
