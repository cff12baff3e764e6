"""Folding for search: the index and the query fold alike, and a highlight found in
folded text lands on the original characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mtgdesk.domain.textfold import fold, fold_with_offsets, has_cjk, index_text, searchable


def test_case_accents_and_width_fold_away():
    assert fold("Côte d'Ivoire") == "cote d'ivoire"
    assert fold("ＵＮＤＰ") == "undp"
    assert fold("STRASSE") == fold("Straße")
    assert fold("Ångström") == "angstrom"


def test_japanese_voicing_marks_stay():
    assert fold("が") != fold("か")


def test_cjk_runs_become_overlapping_pairs():
    assert index_text("人間の安全保障").split() == ["人間", "間の", "の安", "安全", "全保", "保障"]
    assert index_text("Human 安 security").split() == ["human", "安", "security"]
    assert has_cjk("人") and not has_cjk("human")


def test_searchable_needs_a_letter_or_digit():
    assert searchable("UN") and searchable("2007") and searchable("安")
    assert not searchable("") and not searchable(" -- … ")


@given(st.text(max_size=40))
def test_folding_twice_changes_nothing_more(text):
    assert fold(fold(text)) == fold(text)


@given(st.text(max_size=40))
def test_offsets_point_into_the_original(text):
    folded, offsets = fold_with_offsets(text)
    assert len(offsets) == len(folded)
    assert offsets == sorted(offsets)
    assert all(0 <= i < len(text) for i in offsets)
    # Each original character folds to the run of folded characters pointing at it.
    for i, ch in enumerate(text):
        assert "".join(f for f, at in zip(folded, offsets, strict=True) if at == i) == fold(ch)


def test_compatibility_capitals_fold_to_small_letters():
    assert fold("𝔍ohn") == "john" and fold("Ⓙ") == "j"
