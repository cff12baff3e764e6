"""The index's words of a text (store.search.tokens, and `_cut`, which builds a
document's words and pairs from them) are those of the regular expression they were
cut by before: folded, each word's first MAX_TOKEN characters, whatever the text. An
ASCII text takes a quicker path (bytes.translate), which must give the very same."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from mtgdesk.domain.textfold import index_text
from mtgdesk.store.search import _WORD_CUT, MAX_TOKEN, _cut, tokens


def _by_regex(text: str) -> list[str]:
    return _WORD_CUT.findall(index_text(text))


def _check(text: str) -> None:
    words = _by_regex(text)
    assert tokens(text) == words
    assert _cut(text) == (" ".join(words), " ".join(f"{a}|{b}" for a, b in pairwise(words)))


def test_every_ascii_character_alone_and_between_words():
    for code in range(128):
        ch = chr(code)
        for text in (ch, f"Ab{ch}Cd", f"{ch}{ch}x{ch}", f"x {ch} y"):
            _check(text)


def test_long_words_are_cut_alike():
    for text in ("a" * MAX_TOKEN, "B" * (MAX_TOKEN + 1), "x " + "y_" * 80 + " z",
                 "Ünïcode " + "w" * 200, "9" * 61 + "-" + "Q" * 59):
        _check(text)


def test_texts_of_every_kind():
    for text in ("", "   ", "Human Security, 2010-05-01: UN/HS_1 (draft)",
                 "Tab\there\nand line\r\nbreaks\x00NUL", "東京における人間の安全保障",
                 "Zoë Müller-Ålström", "ＵＮＤＰ／２００８", "ß straße ﬁnal 𝔍", "a’b"):
        _check(text)


@settings(max_examples=400, deadline=None)
@given(st.text() | st.text(alphabet=st.characters(max_codepoint=127)))
def test_any_text(text):
    _check(text)
