"""The faster forms the reader uses for speed give what the plainer ones they replaced
gave, on any text (hypothesis), so the reader's output does not change."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mtgdesk.releases import capitals, parser
from mtgdesk.releases.text import first_sentence, sentences

# Letters, capitals, digits, the marks the patterns look at, and characters outside
# ASCII that are letters (é, ß, İ), numbers (², Ⅷ) or neither (Ⓐ, ’).
TRICKY = st.lists(st.sampled_from(list("aZkq_1 -.'’“”é\u00dfİ²ⅧⒶ\n\t:;!?(")
                                  + ["Mr.", "U.S.", " The ", "H.E. ", "Japan", "ASEAN"]),
                  max_size=40).map("".join)
ANY = st.one_of(TRICKY, st.text(max_size=40))


@settings(max_examples=400, deadline=None)
@given(ANY)
def test_letters_are_counted_as_isalpha_counts_them(text):
    assert parser._letters(text) == sum(map(str.isalpha, text))


@settings(max_examples=400, deadline=None)
@given(ANY)
def test_capitalised_words_are_those_after_a_word_boundary(text):
    assert parser._CAPITALISED.findall(text) == re.findall(r"\b[A-Z][\w’'-]*", text)


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_the_first_sentence_is_the_first_of_all_of_them(text):
    every = sentences(text)
    first = first_sentence(text)
    assert first == (every[0] if every else None)


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_a_paragraph_in_capitals_is_told_as_before(text):
    def plain(block: str, least: int) -> bool:
        letters = [ch for ch in block if ch.isalpha()]
        return len(block.split()) >= least and \
            sum(ch.isupper() for ch in letters) >= 0.85 * len(letters)

    for least in (1, 3, 12):
        assert capitals._in_capitals(text, least) == plain(text, least)
