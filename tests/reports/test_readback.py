"""Reading back does not depend on where a font broke a line, and still finds a
missing phrase missing."""

from __future__ import annotations

import pytest

from tests.reports.readback import missing_facts, normalise


@pytest.mark.parametrize("text, phrase", [
    ("at 外務\n省.", "at 外務省."),  # between two ideographs
    ("held at\n外務省", "held at 外務省"),  # between a Latin word and an ideograph
    ("日本\nand 대한민국", "日本 and 대한민국"),
    ("Senior Official-\nLevel Meeting", "Senior Official-Level Meeting"),
    ("Director-General for\nGlobal Issues", "Director-General for Global Issues"),
    ("a ‘Senior’  meeting ﬁrst", "a 'Senior' meeting first"),  # quotes, ligature, spaces
    ("⼈間の安全保障", "人間の安全保障"),  # a Kangxi radical where the ideograph was meant
])
def test_a_phrase_broken_over_lines_is_found(text, phrase):
    assert missing_facts(text, [phrase]) == []


@pytest.mark.parametrize("text, phrase", [
    ("at 外務\n庁.", "at 外務省."),
    ("Foreign\nMinistry", "ForeignMinistry"),  # a break between Latin words is a space
    ("Foreign Min\nistry", "Foreign Ministry"),
    ("Senior Official\nLevel", "Senior Official-Level"),
    ("日本 and 中国", "日本 and 대한민국"),
])
def test_a_phrase_that_is_not_there_is_missing(text, phrase):
    assert missing_facts(text, [phrase]) == [phrase]


def test_latin_words_keep_one_space_between_them():
    assert normalise("March 23\n(Fri)\n\n  at the\tMinistry") == "March 23 (Fri) at the Ministry"
