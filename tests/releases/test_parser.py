"""The parser on the shapes releases come in, and the doubts it raises."""

from __future__ import annotations

from datetime import date, time

import pytest

from mtgdesk.releases import parse_text

HEAD = "Expert Meeting on Disaster Risk Reduction\n\nJune 9, 2009\n\n"


def parse(body: str):
    return parse_text(HEAD + body)


def names(record, kind):
    return [p.name for p in record.participants if p.kind == kind]


@pytest.mark.parametrize("sentence, held, ends", [
    ("was held on June 5 (Fri)", date(2009, 6, 5), None),
    ("was held from June 3 (Wed) to 5 (Fri)", date(2009, 6, 3), date(2009, 6, 5)),
    ("was held on 3-5 June 2009", date(2009, 6, 3), date(2009, 6, 5)),
    ("was held on May 30 (Sat) and 31 (Sun)", date(2009, 5, 30), date(2009, 5, 31)),
    ("was held from May 30 (Sat) to June 1 (Mon)", date(2009, 5, 30), date(2009, 6, 1)),
    ("was held on Friday, 5 June 2009", date(2009, 6, 5), None),
    # Released in June: a December meeting without a year is last year's.
    ("was held on December 18 (Thu)", date(2008, 12, 18), None),
])
def test_meeting_dates(sentence, held, ends):
    record = parse(f"1. The meeting {sentence} in Tokyo.").record
    assert (record.held_on, record.ends_on) == (held, ends)
    assert record.released_on == date(2009, 6, 9)


def test_times():
    record = parse("1. The meeting was held on June 5 (Fri) from 2:00 p.m. to 5:30 p.m. "
                   "at the Iikura Guest House.").record
    assert (record.starts_at, record.ends_at) == (time(14, 0), time(17, 30))
    assert record.venue == "the Iikura Guest House"


def test_weekday_that_does_not_fit_the_date_is_doubted():
    proposal = parse("1. The meeting was held on June 5 (Thu) in Tokyo.")
    assert proposal.record.held_on == date(2009, 6, 5)
    assert proposal.doubts_for("held_on") == [
        "the release says June 5 was a Thursday, but June 5, 2009 was a Friday"]


@pytest.mark.parametrize("sentence, venue, city", [
    ("at Mita Kaigisho (Mita Conference Hall) in Tokyo", "Mita Kaigisho (Mita Conference "
     "Hall)", "Tokyo"),
    ("via video conference", "video conference", None),
    ("in Bangkok, Thailand", None, "Bangkok"),
    ("at the Ministry of Foreign Affairs", "the Ministry of Foreign Affairs", None),
])
def test_venue_and_city(sentence, venue, city):
    record = parse(f"1. The meeting was held on June 5 (Fri) {sentence}.").record
    assert (record.venue, record.city) == (venue, city)


def test_variants_resolve_through_the_reference_list():
    record = parse("1. The meeting was held on June 5 (Fri).\n\n2. The meeting was attended "
                   "by representatives from Vietnam, the ROK, South Korea, the U.S. and "
                   "Japan.").record
    assert names(record, "country") == ["Viet Nam", "Republic of Korea",
                                        "United States of America", "Japan"]


def test_namely_list_with_brackets_and_unknown_organisation():
    record = parse("1. The meeting was held on June 5 (Fri).\n\n2. Three organizations, "
                   "namely the World Food Programme [WFP], the Asia Disaster Preparedness "
                   "Center (ADPC) and the European Union, took part.").record
    orgs = [(p.name, p.acronym) for p in record.participants if p.kind == "organization"]
    assert orgs == [("World Food Programme", "WFP"), ("Asia Disaster Preparedness Center",
                                                      "ADPC"), ("European Union", None)]


def test_group_host_and_co_chairs():
    proposal = parse(
        "1. The meeting was held on June 5 (Fri).\n\n2. It was attended by the ASEAN member "
        "states, Australia, China, and Japan, the host.\n\n3. The meeting was co-chaired by "
        "Ms. Ana Cruz, Undersecretary, Department of Foreign Affairs of the Philippines, and "
        "H.E. Mr. Taro Yamada, Ambassador, Ministry of Foreign Affairs of Japan.")
    record = proposal.record
    countries = names(record, "country")
    assert len(countries) == 13 and countries[-1] == "Japan" and "Viet Nam" in countries
    assert record.host_country == "Japan"
    assert proposal.evidence_for("host_country").note == "named as the host"
    chairs = [(p.honorific, p.name, p.role, p.delegation) for p in record.chairs]
    assert chairs == [("Ms.", "Ana Cruz", "co-chair", "Philippines"),
                      ("H.E. Mr.", "Taro Yamada", "co-chair", "Japan")]
    assert record.paragraphs == []


@pytest.mark.parametrize("sentence", [
    "Dr. Ana Cruz, Senior Adviser, acted as the Chair.",
    "The meeting was chaired by Dr. Ana Cruz, Senior Adviser.",
    "Dr. Ana Cruz, Senior Adviser, chaired the meeting.",
    "Chair: Dr. Ana Cruz, Senior Adviser",
])
def test_chair_phrasings(sentence):
    record = parse(f"1. The meeting was held on June 5 (Fri).\n\n2. {sentence}").record
    [chair] = record.chairs
    assert (chair.honorific, chair.name, chair.post, chair.role) == (
        "Dr.", "Ana Cruz", "Senior Adviser", "chair")


def test_counts_that_differ_from_the_names_are_doubted():
    proposal = parse("1. The meeting was held on June 5 (Fri).\n\n2. The meeting was "
                     "attended by representatives from five countries including Fiji, Palau "
                     "and Japan.")
    assert "the release says 5 countries, but 3 are named: check the list" in \
        proposal.doubts_for("participants")


def test_counts_without_names():
    proposal = parse("1. The meeting was held on June 5 (Fri).\n\n2. Some 200 participants "
                     "from 25 countries and eight international organizations attended.")
    assert proposal.record.participants == []
    assert "the release counts 25 countries but names none: add them by hand" in \
        proposal.doubts_for("participants")


def test_paragraphs_keep_their_order_without_numbering_or_navigation():
    record = parse("1. The meeting was held on June 5 (Fri).\n\n(2) The participants "
                   "discussed early warning.\n\n3) They agreed to meet again.\n\nBack to "
                   "Index").record
    assert [(p.text, p.kind) for p in record.paragraphs] == [
        ("The participants discussed early warning.", "discussion"),
        ("They agreed to meet again.", "agreement")]


def test_nothing_found_is_said():
    proposal = parse_text("Just a line of text")
    assert proposal.record.held_on is None
    assert proposal.doubts_for("held_on") == ["no meeting date found: type it in"]


@pytest.mark.parametrize("listed, host", [("the Congo", "Congo"),
                                          ("the Democratic Republic of the Congo",
                                           "Democratic Republic of the Congo")])
def test_a_demonym_two_countries_share_is_the_one_the_release_lists(listed, host):
    # found by the round-trip property test: `Congolese` named the DR Congo too
    record = parse("1. The meeting was held on June 5 (Fri) in Tokyo.\n\n2. The meeting "
                   f"was attended by representatives from {listed}. Among the Congolese "
                   "participants, officials of the Ministry of Foreign Affairs also took "
                   "part in the meeting.").record
    assert [p.name for p in record.participants if p.kind == "country"] == [host]


@pytest.mark.parametrize("gap", [" ", "\n     ", "  "])
def test_a_demonym_broken_over_a_line_is_one_demonym(gap):
    # found by the round-trip property test: "South\n Sudanese" read as "Sudanese", so
    # Sudan was added beside South Sudan
    record = parse("1. The meeting was held on June 5 (Fri) in Tokyo.\n\n2. The meeting "
                   "was attended by representatives from Afghanistan and South Sudan. "
                   f"Among the South{gap}Sudanese participants, officials of the Ministry "
                   "of Foreign Affairs also took part in the meeting.").record
    assert [p.name for p in record.participants if p.kind == "country"] == [
        "Afghanistan", "South Sudan"]
