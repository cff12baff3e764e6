"""The extract a search result shows: around the best match, highlights on the
original characters, plain text whatever it holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtgdesk.domain.query import parse
from mtgdesk.domain.snippet import WIDTH, make_snippet, matcher


def snippet(query: str, *texts: str):
    return make_snippet(list(texts), matcher(parse(query).highlight_terms()))


def marked(s) -> list[str]:
    return [s.text[a:b] for a, b in s.highlights]


def test_the_text_with_most_matches_is_shown_with_its_matches_marked():
    s = snippet("security", "Opening remarks.", "Human security and security again.")
    assert s.text.startswith("Human security")
    assert marked(s) == ["security", "security"]


def test_a_phrase_wins_over_its_words():
    s = snippet('"human security" human', "The human security network.")
    assert marked(s) == ["human security"]


def test_highlights_land_on_accented_and_wide_originals():
    s = snippet("cote", "Delegation of Côte d'Ivoire")
    assert marked(s) == ["Côte"]
    s = snippet("undp", "ＵＮＤＰ attended")
    assert marked(s) == ["ＵＮＤＰ"]


def test_a_prefix_marks_the_whole_word():
    assert marked(snippet("secur*", "Securing peace")) == ["Securing"]


def test_a_long_text_is_cut_around_the_first_match():
    text = "word " * 200 + "Tsuruoka " + "more " * 200
    s = snippet("tsuruoka", text)
    assert s.text.startswith("…") and s.text.endswith("…")
    assert len(s.text) <= WIDTH + 10
    assert marked(s) == ["Tsuruoka"]


def test_without_a_match_the_first_text_starts_the_snippet():
    s = snippet("absent", "", "  ", "First words here.")
    assert s.text == "First words here." and s.highlights == ()


def test_markup_stays_text():
    s = snippet("bold", "<b>bold</b> & <script>")
    assert s.text == "<b>bold</b> & <script>" and marked(s) == ["bold"]


# The matcher as it was written first: one pattern, the check that a word starts there
# a look-behind at its head. The one in use checks after a match (it is much faster on
# Python's re); it must find the very same matches.
def _look_behind_spans(terms, text: str) -> list[tuple[int, int]]:
    import re

    from mtgdesk.domain.snippet import _term_pattern
    from mtgdesk.domain.textfold import fold, fold_with_offsets

    parts = sorted({p for p in (_term_pattern(t) for t in terms) if p},
                   key=lambda p: len(p[0]), reverse=True)
    if not parts:
        return []
    words = [p for p, at_start, _ in parts if at_start]
    cjk = [p for p, at_start, _ in parts if not at_start]
    pattern = re.compile("|".join(
        ([r"(?<!\w)(?:" + "|".join(words) + ")"] if words else []) + cjk))
    folded = fold(text)
    offsets = range(len(text)) if len(folded) == len(text) else None
    if offsets is None:
        folded, offsets = fold_with_offsets(text)
    return [(offsets[m.start()], offsets[m.end() - 1] + 1)
            for m in pattern.finditer(folded) if m.end() > m.start()]


_PIECES = ["a", "b", "ab", "ba", "é", "É", "_", "1", " ", " ", "-", "難", "民", "難民", "ｂ"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
       st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5).map("".join),
                min_size=1, max_size=4))
@settings(max_examples=400, deadline=None)
def test_the_matches_are_those_of_a_look_behind_pattern(text, words):
    from mtgdesk.domain.query import Term

    terms = [Term(w, prefix=i % 3 == 1) for i, w in enumerate(words)]
    found = matcher(terms)
    expected = _look_behind_spans(terms, text)
    assert (found.spans(text) if found else []) == expected


def test_a_word_not_at_a_words_start_leaves_the_place_to_a_term_that_may_start_anywhere():
    from mtgdesk.domain.query import Term

    terms = [Term("ab"), Term("ab 難")]  # "ab" in "xab" is not a word; "ab 難" is there
    text = "xab 難, ab"
    assert matcher(terms).spans(text) == _look_behind_spans(terms, text) == [(1, 5), (7, 9)]
