"""An aside in brackets between a group's people and the group does not hide them:
`foreign ministers (or their deputies) of the Eastern Partnership participating
countries` are the Partnership's six. The aside is short and holds no bracket of its own,
so a bracket that runs on is no aside."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import groups


def _members(sentence: str) -> set[str]:
    return {f.name for f in groups.groups(sentence, 0, len(sentence), date(2010, 12, 13))}


def test_an_aside_between_the_ministers_and_their_group():
    assert _members("It brought together foreign ministers (or their deputies) of the "
                    "Eastern Partnership participating countries.") == {
        "Armenia", "Azerbaijan", "Belarus", "Georgia", "Republic of Moldova", "Ukraine"}
    assert len(_members("Senior officials (SOM leaders) of ASEAN met.")) == 10


def test_a_long_bracket_is_no_aside():
    assert _members("It brought together foreign ministers (who had met twice before in "
                    "other places this year) of the Eastern Partnership.") == set()
