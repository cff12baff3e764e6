"""Groups proposed as their members only where the words say the members took part (the
shapes of the fresh3 part's over-proposals, each on a sentence of its own words): a
standing organ named after the group's people, a paper of theirs, a purpose, and a
release that gives no day to count the members on."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import groups, parse_text
from tests.releases.test_general_rules import countries

ON = date(2019, 5, 1)


def _names(sentence: str, on: date | None = ON) -> set[str]:
    return {f.name for f in groups.groups(sentence, 0, len(sentence), on)}


def test_a_council_named_after_the_group_s_ministers_is_an_organ_not_its_members():
    assert _names("The Council of Ministers of the Gulf Cooperation Council opened its "
                  "40th session in Muscat.") == set()
    assert _names("The Council of GCC Ministers opened its session in Muscat.") == set()
    assert _names("The Committee of Ministers of Foreign Affairs of GUAM met in Kyiv.") == set()
    # the same people, said to attend, are still the members
    assert len(_names("The session was attended by the foreign ministers of the GCC "
                      "member states.")) == 6


def test_an_organ_s_session_in_a_release_proposes_only_the_members_named():
    record = parse_text("Council opens in Doha\n\nDoha, 3 March 2019. The Council of "
                        "Ministers of the Gulf Cooperation Council opened its 140th session "
                        "in Doha on 3 March 2019. The Minister of Foreign Affairs of Oman "
                        "chaired the session.").record
    assert "Oman" in countries(record)
    assert "Bahrain" not in countries(record) and "Kuwait" not in countries(record)


def test_a_report_of_the_group_s_ministers_is_a_paper_from_another_meeting():
    assert _names("The Council adopted the Report of GCC Ministers of Transport on roads "
                  "and a Memorandum by the SAARC Foreign Ministers.") == set()


def test_a_purpose_is_no_attendance():
    assert _names("The officials drafted a text in order to provide the GCC leaders with "
                  "options.") == set()


def test_with_no_day_known_only_the_members_of_every_day_are_proposed():
    text = "Senior officials of the SCO member states took part."
    undated = _names(text, None)
    assert {"China", "Kazakhstan", "Russian Federation", "Uzbekistan"} <= undated
    # India and Pakistan joined in 2017, Iran in 2023, Belarus in 2024
    assert not undated & {"India", "Pakistan", "Iran (Islamic Republic of)", "Belarus"}
    assert {"India", "Belarus"} <= _names(text, date(2025, 1, 1))
    record = parse_text("Security talks\n\nThe talks were held in Tashkent. Senior officials "
                        "of the SCO member states took part.").record
    assert "China" in countries(record) and "Belarus" not in countries(record)


def _counted(text: str, sentence_end: int, on: date | None) -> set[str]:
    return {f.name for f in groups.counted(text, 0, sentence_end, on)}


def test_a_count_of_member_states_dates_the_members_when_no_day_is_given():
    text = ("Delegates of the 47 member states of the organisation took part. Later the "
            "Secretary General of the Council of Europe spoke.")
    first = text.index(" Later")
    found = _counted(text, first, None)  # the group named after the sentence
    # 47 members only from Montenegro's accession (2007) to Russia's expulsion (2022)
    assert len(found) == 47 and {"Montenegro", "Russian Federation"} <= found
    # on a day of 46 members, a count of 47 fits no make-up
    assert _counted(text, first, date(2023, 1, 1)) == set()


def test_the_council_of_europe_counted_in_a_release_with_no_date():
    record = parse_text("Ministers' session\n\nThe session brought together, in Oslo, the "
                        "Ministers for Foreign Affairs of the 47 member states of the "
                        "organisation.\n\nThe Secretary General of the Council of Europe "
                        "addressed the session.").record
    assert len(countries(record)) == 47


def test_the_seven_major_industrialised_countries_are_the_g7():
    found = _names("We, the Heads of State or Government of the seven major industrialized "
                   "countries, have met in Ottawa.", date(1988, 6, 1))
    assert found == {"Canada", "France", "Germany", "Italy", "Japan",
                     "United Kingdom of Great Britain and Northern Ireland",
                     "United States of America"}


def test_a_troika_of_the_group_is_three_members_not_all():
    assert _names("The Ministerial Troika Summit of Heads of State and Government of the "
                  "Southern African Development Community met in Gaborone.") == set()
    assert len(_names("The Summit of Heads of State and Government of the Southern African "
                      "Development Community met in Gaborone.")) == 16


def test_the_european_community_is_known_by_its_names():
    from mtgdesk.domain import reference as ref

    for name in ("European Community", "the European Communities", "EEC"):
        found = ref.find_organization(name)
        assert found is not None and found.name == "European Community"
    assert ref.find_organization("EC").name == "European Commission"
