"""Qt's ToUnicode maps name radicals where the page shows ideographs (人 read back as
the Kangxi radical ⼈, 民 as ⺠): reports.pdf_text names the ideographs."""

from __future__ import annotations

from mtgdesk.reports.pdf_text import equivalents, unify_ideographs

CMAP = b"""stream
/CIDInit /ProcSet findresource begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfrange
<0000> <0000> <0000>
<2F08> <2F0B> [<2F08> <9593> <2EA0> <2ED1> <FA10>]
endbfrange
2 beginbfchar
<2F00> <2F00>
<0030> <0041>
endbfchar
endcmap
endstream
<2F08> outside any map stays"""


def test_targets_become_ideographs_and_sources_stay():
    fixed = unify_ideographs(CMAP)
    assert len(fixed) == len(CMAP)
    # sources (glyph ids) unchanged, targets unified: 人 間 民 長 塚
    assert b"<2F08> <2F0B> [<4EBA> <9593> <6C11> <9577> <585A>]" in fixed
    assert b"<2F00> <4E00>" in fixed  # bfchar: the target only
    assert b"<0030> <0041>" in fixed  # Latin untouched
    assert fixed.endswith(b"<2F08> outside any map stays")


def test_the_table_covers_the_radical_blocks_and_stays_in_four_hex_digits():
    table = equivalents()
    assert table[0x2F08] == 0x4EBA and table[0x2EA0] == 0x6C11 and table[0x2ED1] == 0x9577
    assert all(cp <= 0xFFFF and target <= 0xFFFF for cp, target in table.items())
    assert all(0x2E80 <= cp <= 0x2FDF or 0x31C0 <= cp <= 0x31EF or 0xF900 <= cp <= 0xFAFF
               for cp in table)


def test_a_pdf_without_maps_is_unchanged():
    assert unify_ideographs(b"%PDF-1.4\n<2F08>\n%%EOF") == b"%PDF-1.4\n<2F08>\n%%EOF"


def test_a_japanese_pdf_reads_back_as_typed_without_normalising(tmp_path, qapp):
    # Read raw, with no NFKC: what a clerk copying from the PDF or searching it gets.
    from datetime import date

    from mtgdesk.domain.records import MeetingRecord, ParagraphRecord
    from mtgdesk.printing.pdf import pdf_bytes
    from mtgdesk.reports import model, render
    from tests.reports.readback import pdf_text

    typed = "難民高等弁務官事務所の長官は人間の安全保障について一言述べた。"
    record = MeetingRecord(title="Office of five staff", held_on=date(2007, 3, 23),
                           venue="外務省", status="final",
                           paragraphs=[ParagraphRecord(text=typed)])
    text = pdf_text(render.render(model.build(record), "pdf", pdf=pdf_bytes), tmp_path)
    flat = "".join(text.split())  # where a line breaks is the font's business
    assert "".join(typed.split()) in flat
    assert "Officeoffivestaff" in flat  # letters, not the ligature characters ﬃ ﬁ
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in text), text
