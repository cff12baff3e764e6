"""A body takes part through its officer, and its name alone in the meeting's own words
is no party: each rule on a release of its own words (the shapes of the fresh2 part's
organisation misses, not their text)."""

from __future__ import annotations

from mtgdesk.releases import bodies, parse_text
from tests.releases.test_general_rules import orgs

HEAD = "Ministers meet in Oslo\n\nThe ministers of Norway and Chile met in Oslo on 3 March 2020. "


def _orgs(rest: str) -> list[str]:
    return orgs(parse_text(HEAD + rest).record)


def _officers(sentence: str, present: bool = False) -> list[str]:
    return [f.name for f in bodies.officers(sentence, 0, len(sentence), present=present,
                                            skip=[])]


def test_an_officer_named_after_the_body_brings_it_in():
    assert "North Atlantic Treaty Organization" in _orgs(
        "NATO Secretary General Anna Berg welcomed the ministers.")
    assert "Commonwealth Secretariat" in _orgs(
        "In her report, Commonwealth Secretary-General, Mary Hale, spoke of trade.")


def test_an_officer_named_before_the_post_brings_in_the_body():
    assert "European Union" in _orgs(
        "The ministers were joined by Carl Berg, High Representative for Foreign Affairs "
        "and Security Policy of the E.U.")
    assert "Conference on Interaction and Confidence-Building Measures in Asia" in _orgs(
        "Later, the Executive Director of the CICA Secretariat, Omar Ali, informed the "
        "ministers.")


def test_a_body_s_delegation_led_by_its_officer_brings_it_in():
    assert _officers("The ECO delegation was headed by Secretary General Ali Khan.") == [
        "Economic Cooperation Organization"]


def test_a_chair_in_office_is_an_office_of_the_body():
    assert _officers("They came at the invitation of the OSCE Chairperson-in-Office, "
                     "Ivan Petrov.") == ["Organization for Security and Co-operation in Europe"]


def test_an_unnamed_officer_counts_only_where_the_sentence_says_who_came():
    sentence = "The Secretary-General of NATO and the ministers of Peru attended."
    assert _officers(sentence) == []
    assert _officers(sentence, present=True) == ["North Atlantic Treaty Organization"]


def test_an_officer_s_message_read_out_brings_in_nobody():
    assert _officers("The welcoming statement of the UN Secretary-General Ana Cruz was read "
                     "out by the host.") == []
    assert _officers("The NATO Secretary General's report was noted, said Ana Cruz.") == []


def test_a_member_s_sherpa_or_the_body_s_presidency_is_no_party():
    assert "Group of Twenty" not in _orgs(
        "Norway's G20 Sherpa, Anna Berg, attended the meeting under the G20 Presidency.")
    assert "Group of Twenty" not in _orgs(
        "The meeting was held under the aegis of the G20 and attended by Peru.")


def test_a_lower_case_ministerial_meeting_names_its_body_as_no_party():
    assert "Asia Cooperation Dialogue" not in _orgs(
        "The ACD ministerial meeting saw participation from Peru and Chile.")


def test_the_body_after_its_organ_named_in_brackets_is_no_party():
    assert "Asia Cooperation Dialogue" not in _orgs(
        "The meeting of the Council of Ministers of Foreign Affairs (Ministerial Council) "
        "of the Asia Cooperation Dialogue was attended by Peru.")


def test_a_body_whose_meetings_it_met_beside_is_no_party():
    assert "Association of Southeast Asian Nations" not in _orgs(
        "Peru and Chile gathered on the sidelines of a series of meetings involving the "
        "Association of Southeast Asian Nations.")
