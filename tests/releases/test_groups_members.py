"""Groups named only as the group, each rule on a release of its own words (the shapes
of the fresh2 part's misses, not their text): a group's members proposed with the
organisations that are members too, and the words that say its people were not there
(a body's own officials, an announcement, a dealing with the group)."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import groups, parse_text
from tests.releases.test_general_rules import countries, orgs


def _names(sentence: str, on: date) -> set[str]:
    return {f.name for f in groups.groups(sentence, 0, len(sentence), on)}


def test_all_members_of_the_g20_are_its_countries_and_the_eu():
    record = parse_text("Sherpas meet\n\nThe second sherpa meeting was held in Rome on "
                        "4 May 2021, with participation from all G20 members.").record
    assert len(countries(record)) == 19
    assert {"Argentina", "Türkiye", "Republic of Korea"} <= set(countries(record))
    assert "European Union" in orgs(record)
    assert "African Union" not in orgs(record)  # a member from September 2023


def test_a_member_body_is_proposed_from_the_day_it_joined():
    text = "The talks were attended by the G20 members."
    assert "African Union" not in _names(text, date(2023, 9, 8))
    assert "African Union" in _names(text, date(2023, 9, 9))


def test_the_member_states_of_celac():
    record = parse_text("Forum in Lima\n\nThe forum was held in Lima on 2 June 2024. It was "
                        "attended by ministers and representatives of member states of the "
                        "CELAC.").record
    assert len(countries(record)) == 33
    assert {"Saint Lucia", "Uruguay", "Cuba"} <= set(countries(record))


def test_a_body_s_officials_are_its_staff_not_its_members():
    text = ("Officials of the Gulf Cooperation Council said the talks, attended by "
            "Japan, went well.")
    assert _names(text, date(2020, 1, 1)) == set()
    record = parse_text("Talks in Riyadh\n\nThe talks were held in Riyadh on 3 March 2020. "
                        + text).record
    assert "Saudi Arabia" not in countries(record)
    assert "Japan" in countries(record)


def test_senior_officials_of_a_group_are_still_its_members_people():
    text = "Senior officials of the Gulf Cooperation Council took part."
    assert len(_names(text, date(2020, 1, 1))) == 6


def test_a_group_s_people_who_will_meet_are_not_said_to_have_come():
    assert _names("Foreign ministers of the Gulf Cooperation Council will meet in Muscat.",
                  date(2020, 1, 1)) == set()
    assert _names("Foreign ministers of the Gulf Cooperation Council are expected to "
                  "attend.", date(2020, 1, 1)) == set()
    assert len(_names("Foreign ministers of the Gulf Cooperation Council attended.",
                      date(2020, 1, 1))) == 6


def test_issues_to_be_discussed_by_the_members_later_are_no_attendance():
    text = ("Officials said the issues to be discussed by the leaders of the member "
            "countries at the GCC summit were agreed.")
    assert _names(text, date(2020, 1, 1)) == set()


def test_an_agreement_with_a_group_is_no_attendance():
    text = "After agreement with the Mekong countries, Japan will chair the meeting."
    assert _names(text, date(2020, 1, 1)) == set()
    text = "Japan's minister met his counterparts from the Mekong countries."
    assert len(_names(text, date(2020, 1, 1))) == 5


def test_lancang_mekong_countries_include_china_and_mekong_ones_do_not():
    both = _names("Officials from the six Lancang-Mekong countries attended.", date(2020, 1, 1))
    assert both == {"China", "Cambodia", "Lao People's Democratic Republic", "Myanmar",
                    "Thailand", "Viet Nam"}
    five = _names("Officials from the five Mekong countries attended.", date(2020, 1, 1))
    assert five == both - {"China"}


# --- a count of the members ------------------------------------------------------------

COLOMBO = ("Consultation in Colombo\n\nThe fifth consultation of the Colombo Process was "
           "held in Colombo on {day} with the participation of delegations from all "
           "{n} Member States.")


def test_all_the_member_states_counted_are_the_group_s_members_of_that_day():
    record = parse_text(COLOMBO.format(day="25 August 2016", n=11)).record
    assert len(countries(record)) == 11 and "Cambodia" not in countries(record)
    assert {"Afghanistan", "Sri Lanka", "Viet Nam"} <= set(countries(record))


def test_a_count_no_group_named_had_that_day_proposes_nobody():
    assert countries(parse_text(COLOMBO.format(day="25 August 2016", n=9)).record) == []
    assert countries(parse_text(COLOMBO.format(day="25 August 2019", n=11)).record) == []


def test_two_counts_of_a_group_named_before_are_added_up():
    record = parse_text("Asia-Europe talks in Madrid\n\nThe ASEM talks were held in Madrid "
                        "on 6 June 2002.\n\nThey were attended by ministers from ten Asian "
                        "and fifteen European states.").record
    assert len(countries(record)) == 25
    assert {"Brunei Darussalam", "Ireland", "Japan"} <= set(countries(record))
    assert "Cambodia" not in countries(record)  # a partner from 2004


def test_a_count_of_the_countries_the_sentence_names_is_theirs():
    record = parse_text(COLOMBO.format(day="25 August 2016", n=11)[:-1]
                        + ", including Nepal and Peru.").record
    assert set(countries(record)) == {"Nepal", "Peru"}
