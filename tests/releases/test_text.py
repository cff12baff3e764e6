"""Paragraphs and sentences of a release (mtgdesk.releases.text), each pointing back at
the words it came from."""

from __future__ import annotations

from mtgdesk.releases.text import blocks, sentences

RELEASE = ("Title line\n\n1. First item\n   goes on.\n2. Second item.\n\n(3) Third.\n\n"
           "- bullet one\n\nPlain para.")


def test_paragraphs_are_split_at_blank_lines_and_at_each_numbered_line():
    found = blocks(RELEASE)
    assert [(b.text, b.numbered) for b in found] == [
        ("Title line", False), ("First item\n   goes on.", True), ("Second item.", True),
        ("Third.", True), ("bullet one", True), ("Plain para.", False)]


def test_a_paragraph_points_at_its_words_without_the_numbering():
    for block in blocks(RELEASE):
        assert RELEASE[block.start:block.end] == block.text
    assert blocks(RELEASE)[1].flat == "First item goes on."


def test_numbering_a_report_puts_back_is_taken_off():
    for numbered in ("1. Text", "(1) Text", "1) Text", "iv. Text", "b) Text", "• Text",
                     "[2] Text", "– Text"):
        [block] = blocks(numbered)
        assert (block.text, block.numbered) == ("Text", True), numbered
    # A word that merely starts like numbering is text.
    [block] = blocks("India. Text")
    assert (block.text, block.numbered) == ("India. Text", False)


def test_abbreviations_do_not_end_a_sentence():
    text = ("H.E. Mr. Koji Tsuruoka chaired the meeting. It ended at 5 p.m. on March 23. "
            "The U.N. attended! Next (sic).")
    assert [s.text for s in sentences(text)] == [
        "H.E. Mr. Koji Tsuruoka chaired the meeting.", "It ended at 5 p.m. on March 23.",
        "The U.N. attended!", "Next (sic)."]
    for s in sentences(text):
        assert text[s.start:s.end] == s.text


def test_sentences_of_part_of_the_text_keep_offsets_into_the_whole():
    text = "Before. One here. Two here. After."
    start, end = text.index("One"), text.index(" After")
    found = sentences(text, start, end)
    assert [s.text for s in found] == ["One here.", "Two here."]
    assert [text[s.start:s.end] for s in found] == ["One here.", "Two here."]


def test_a_line_ending_in_an_abbreviation_ends_no_paragraph():
    """A printed release wraps `H.E. Mr.` at a line's end, the name below: one paragraph
    (the round-trip test found the name read without its honorific)."""
    text = ("The meeting was attended by representatives from Afghanistan. H.E. Mr.\n"
            "     Koji Tsuruoka, Ambassador for Human Security, chaired the meeting.\n")
    assert [b.text.split()[-1] for b in blocks(text)] == ["meeting."]
    text = "Representatives from the Netherlands. Mr.\nKoji Tsuruoka chaired the meeting.\n"
    assert len(blocks(text)) == 1
