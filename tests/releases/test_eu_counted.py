"""The European Union is named in passing in many a sentence of who came (`Foreign
Ministers of Member States of the European Union`), and the corpus's records list its
members only where a release says all of them took part. So the reader proposes the
EU's members only where the words give their number and it is all of them on the
meeting's day: its 27 of 2010 are not its 27 of 2021."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import groups


def _members(sentence: str, on: date | None) -> set[str]:
    return {f.name for f in groups.groups(sentence, 0, len(sentence), on)}


UK = "United Kingdom of Great Britain and Northern Ireland"


def test_the_27_of_2010_are_not_the_27_of_2021():
    in_2010 = _members("It brought together representatives of the 27 EU Member states.",
                       date(2010, 12, 13))
    in_2021 = _members("Officials from all 27 EU Member States attended.", date(2021, 5, 1))
    assert len(in_2010) == 27 and len(in_2021) == 27
    assert UK in in_2010 and "Croatia" not in in_2010
    assert in_2021 - in_2010 == {"Croatia"} and in_2010 - in_2021 == {UK}


def test_the_28_of_2014_with_croatia_and_the_united_kingdom():
    in_2014 = _members("Ministers of the 28 European Union member states met.", date(2014, 3, 1))
    assert len(in_2014) == 28 and {"Croatia", UK} <= in_2014


def test_no_count_no_members():
    assert _members("Foreign Ministers of Member States of the European Union attended.",
                    date(2021, 5, 1)) == set()


def test_a_count_that_is_not_all_of_them_proposes_none():
    assert _members("Ministers of the nine EU states attended.", date(2021, 5, 1)) == set()
    assert _members("Representatives of the 28 EU member states attended.",
                    date(2010, 12, 13)) == set()
