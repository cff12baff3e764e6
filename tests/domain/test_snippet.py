"""The extract a search result shows: around the best match, highlights on the
original characters, plain text whatever it holds."""

from __future__ import annotations

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
