"""Rules made from the fresh5 part's misses, each on a made-up sentence of its own words:
the groups the reference list gained (the African Union with the Sahrawi Republic, APEC's
21 economies), a count of a group's members dating them when no day is known, and a
body's officials alone being its staff, not its members' people."""

from __future__ import annotations

from datetime import date

from mtgdesk.domain import reference as ref
from mtgdesk.releases import groups, parse_text
from tests.releases.test_general_rules import countries, orgs


def _members(sentence: str, on: date | None) -> set[str]:
    return {f.name for f in groups.groups(sentence, 0, len(sentence), on)}


def test_the_african_union_s_members_of_the_day():
    text = "The Council brought together the Ministers of the 54 African Union Member States."
    in_2016 = _members(text, date(2016, 12, 31))
    assert len(in_2016) == 54
    assert "Sahrawi Arab Democratic Republic" in in_2016 and "South Sudan" in in_2016
    assert "Morocco" not in in_2016  # readmitted on 31 January 2017
    assert _members(text, date(2017, 7, 1)) - in_2016 == {"Morocco"}
    assert "South Sudan" not in _members("The AU member states attended.", date(2010, 1, 1))


def test_the_sahrawi_republic_is_a_country_of_its_own():
    sadr = ref.find_country("the Sahrawi Republic")
    assert sadr is not None and sadr.name == "Sahrawi Arab Democratic Republic"
    assert ref.find_country("SADR") == sadr
    assert ref.find_country("Western Sahara") != sadr  # the territory stays apart


def test_apec_s_economies_as_of_the_day_they_joined():
    text = "Ministers of the Asia-Pacific Economic Cooperation (APEC) member economies met."
    assert len(_members(text, date(2023, 5, 25))) == 21
    in_1995 = _members(text, date(1995, 1, 1))
    assert len(in_1995) == 18 and "Viet Nam" not in in_1995 and "Chile" in in_1995
    assert {"Hong Kong, China", "Chinese Taipei"} <= in_1995


def test_with_no_day_known_the_count_dates_the_members():
    text = "Officials from the 21 APEC member economies reviewed the agenda."
    assert len(_members(text, None)) == 21
    # without a count, only the members of every day (the twelve founders)
    assert len(_members("The APEC member economies reviewed the agenda.", None)) == 12


def test_a_body_s_officials_alone_are_its_staff():
    assert _members("The session was attended by AU officials.", date(2016, 1, 1)) == set()
    # its senior officials are the members' own, whatever words come between
    assert len(_members("The Arctic Council Senior Arctic Officials met.", date(2016, 3, 1))) == 8
    assert len(_members("The ASEAN Senior Officials met in Jakarta.", date(2016, 3, 1))) == 10


def test_the_reader_keeps_the_body_whose_officials_came():
    record = parse_text(
        "Council opens in Addis Ababa\n\nThe Executive Council opened its session on "
        "27 January 2016 in Addis Ababa. The meeting brought together all the Ministers of "
        "the 54 African Union Member States as well as AU officials.").record
    assert len(countries(record)) == 54
    assert "African Union" in orgs(record)
