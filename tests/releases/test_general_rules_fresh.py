"""The general rules the fourth session added, each on a release of its own words (the
shapes met in the misses of the dev, new and fresh parts of benchmarks/releases/real,
not their text): paragraphs in capitals, groups with members that joined or left, a
body's organs and posts that are no participant, the words that say who was present,
what a group is, and the body whose secretariat's head chairs."""

from __future__ import annotations

from datetime import date

import pytest

from mtgdesk.releases import parse_text
from tests.releases.test_general_rules import chairs, countries, orgs

# --- layout: a communiqué set in capitals ------------------------------------------

CAPITALS = ("JOINT COMMUNIQUE OF THE SPECIAL SUMMIT\n\n"
            "1. THE HEADS OF STATE, THEIR EXCELLENCIES PRESIDENT JOHN SMITH OF THE REPUBLIC "
            "OF GHANA; PRESIDENT ANA PEREZ OF THE REPUBLIC OF CHILE; AND HON. LEE KIM, "
            "MINISTER OF FOREIGN AFFAIRS OF THE REPUBLIC OF KOREA, REPRESENTING THE "
            "PRESIDENT OF THE REPUBLIC OF KOREA, HELD A SPECIAL SUMMIT IN ACCRA ON 4TH "
            "MAY, 2019. THE SUMMIT WAS ATTENDED BY THE WORLD BANK.\n\n"
            "2. THE SUMMIT NOTED THE REPORT OF THE MINISTERS.")


def test_a_paragraph_in_capitals_is_read_for_its_names():
    record = parse_text(CAPITALS).record
    assert set(countries(record)) == {"Ghana", "Chile", "Republic of Korea"}
    assert "World Bank" in " ".join(orgs(record))
    assert record.held_on == date(2019, 5, 4)


def test_a_paragraph_in_capitals_is_kept_as_written():
    proposal = parse_text(CAPITALS)
    assert proposal.record.title == "JOINT COMMUNIQUE OF THE SPECIAL SUMMIT"
    assert any("THE SUMMIT NOTED THE REPORT" in p.text for p in proposal.record.paragraphs)
    assert proposal.text.startswith("JOINT COMMUNIQUE")


def test_a_heading_in_capitals_over_ordinary_text_is_left_alone():
    record = parse_text("MINISTERS MEET IN OSLO\n\nThe ministers of Norway and Chile met in "
                        "Oslo on 3 March 2020. The meeting was attended by UNICEF.").record
    assert record.title == "MINISTERS MEET IN OSLO"
    assert set(countries(record)) == {"Norway", "Chile"}


# --- groups -------------------------------------------------------------------------

def test_a_former_member_is_proposed_only_before_it_left():
    before = parse_text("Baltic ministers\n\nThe session was held in Riga on 5 June 2015. "
                        "Foreign ministers of the CBSS member states took part.").record
    after = parse_text("Baltic ministers\n\nThe session was held in Riga on 5 June 2023. "
                       "Foreign ministers of the CBSS member states took part.").record
    assert "Russian Federation" in countries(before)
    assert "Russian Federation" not in countries(after)
    assert {"Poland", "Iceland"} <= set(countries(after))


def test_a_group_s_acronym_after_its_people_is_no_organisation():
    record = parse_text("Officials meet\n\nA meeting of senior officials of the Economic "
                        "Cooperation Organization (ECO) member states was held in Baku on "
                        "9 October 2023.").record
    assert "Pakistan" in countries(record) and "Kazakhstan" in countries(record)
    assert orgs(record) == []


def test_the_ministers_of_foreign_affairs_of_a_group_are_its_members():
    record = parse_text("Ministers meet\n\nThe Ministers of Foreign Affairs of the Pacific "
                        "Alliance held a working meeting in Lima on 2 March 2017.").record
    assert set(countries(record)) == {"Chile", "Colombia", "Mexico", "Peru"}


@pytest.mark.parametrize("words, members", [
    ("The Weimar Triangle foreign ministers met in Paris on 1 May 2019.",
     {"France", "Germany", "Poland"}),
    ("The Nordic foreign ministers met in Oslo on 1 May 2019.",
     {"Denmark", "Finland", "Iceland", "Norway", "Sweden"}),
    ("Foreign ministers of the Andean Community met in Lima on 1 May 2005.",
     {"Bolivia (Plurinational State of)", "Colombia", "Ecuador", "Peru",
      "Venezuela (Bolivarian Republic of)"}),
])
def test_groups_of_the_reference_list(words, members):
    assert set(countries(parse_text("A meeting\n\n" + words).record)) == members


def test_nordic_and_baltic_is_not_the_nordic_five():
    record = parse_text("A meeting\n\nThe Nordic-Baltic foreign ministers met in Oslo on "
                        "1 May 2019.").record
    assert "Estonia" in countries(record)


def test_a_body_s_former_name_is_the_same_organisation():
    record = parse_text("A meeting\n\nThe meeting in Baku on 6 February 2020 was attended "
                        "by the Secretary General of the Turkic Council and by the FLNKS.").record
    assert set(orgs(record)) == {"Organization of Turkic States",
                                 "Front de Libération Nationale Kanak et Socialiste"}


# --- a body's organs and posts are not the body taking part ---------------------------

@pytest.mark.parametrize("words", [
    "The Regular Meeting of the Conference of Heads of Government of the Caribbean "
    "Community (CARICOM) was held in Kingston on 3 July 2013, attended by Jamaica and "
    "Barbados.",
    "The Meeting of the Council for Foreign and Community Relations (COFCOR) of the "
    "Caribbean Community was held in Kingston on 3 July 2013, attended by Jamaica and "
    "Barbados.",
    "The meeting in Kingston on 3 July 2013 was attended by Jamaica and by the Minister "
    "for Caribbean Community Affairs of Barbados.",
    "The Caribbean Community (CARICOM) – consisting of Jamaica and Barbados – met in "
    "Kingston on 3 July 2013, attended by Jamaica and Barbados.",
    "The ministers of Jamaica and Barbados, who attended the March CARICOM summit "
    "meeting, met in Kingston on 3 July 2013.",
])
def test_the_meeting_s_own_body_is_no_participant(words):
    record = parse_text("A meeting\n\n" + words).record
    assert "Caribbean Community" not in orgs(record)
    assert {"Jamaica", "Barbados"} <= set(countries(record))


def test_a_footnote_mark_does_not_make_the_body_a_participant():
    record = parse_text("A meeting\n\nThe Council of Ministers of the member States * of "
                        "the Indian Ocean Commission was attended by Madagascar on "
                        "18 May 2015.").record
    assert "Indian Ocean Commission" not in orgs(record)


# --- who was present ------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "We welcome the participation today of the President of Chile and the NATO "
    "Secretary General.",
    "Also present were the Ambassador of Chile and the Special Envoy of NATO.",
    "Also in attendance were the Ambassador of Chile and the Special Envoy of NATO.",
])
def test_words_that_say_who_was_present(words):
    record = parse_text("Leaders meet\n\nThe leaders of Peru and Ecuador met in Lima on "
                        "1 May 2021. " + words).record
    assert "Chile" in countries(record)
    assert "North Atlantic Treaty Organization" in orgs(record)


# --- what a group is, not who came ----------------------------------------------------

def test_an_observer_state_named_in_passing_is_no_participant():
    record = parse_text("Baltic ministers\n\nThe ministers of Poland and Sweden met in "
                        "Riga on 2 June 2023. The Council stood by Ukraine, an observer "
                        "state to the Council, as it defends itself.").record
    assert "Ukraine" not in countries(record)


def test_a_group_s_members_listed_as_background_are_no_participants():
    record = parse_text("A meeting\n\nThe meeting held in Antalya on 9 November 2019 was "
                        "chaired by Turkey. The organization, which has nine members "
                        "including Pakistan, Kazakhstan and Uzbekistan, was represented by "
                        "its Secretary-General.").record
    assert not {"Pakistan", "Kazakhstan", "Uzbekistan"} & set(countries(record))


# --- the body whose secretariat's head chairs ---------------------------------------------

def test_the_body_of_a_chairing_secretary_general_takes_part():
    record = parse_text("A handover\n\nThe ceremony held in Lima on 29 August 2022 was "
                        "chaired by the Secretary-General of the Andean Community, Jorge "
                        "Pedraza, and attended by Peru and Ecuador.").record
    assert chairs(record) == ["Jorge Pedraza"]
    assert "Andean Community" in orgs(record)


# --- more organs, posts and subjects that are no participant ----------------------------

@pytest.mark.parametrize("words, body", [
    ("the Special Envoy to ASEAN of Chile", "Association of Southeast Asian Nations"),
    ("the Spokesperson on SADC Matters of Chile", "Southern African Development Community"),
    ("the ministers of Chile, who spoke of other EU institutions", "European Union"),
    ("the ministers of Chile, who greeted the SADC Heads of State", "Southern African "
     "Development Community"),
    ("the ministers of Chile, who praised the activities of the OSCE", "Organization for "
     "Security and Co-operation in Europe"),
    ("the ministers of Chile at a meeting of the regional grouping BIMSTEC", "Bay of Bengal "
     "Initiative for Multi-Sectoral Technical and Economic Cooperation"),
])
def test_a_body_named_in_a_post_or_as_a_subject_is_no_participant(words, body):
    record = parse_text("A meeting\n\nThe meeting held in Lima on 3 May 2021 was attended "
                        "by Peru and by " + words + ".").record
    assert body not in orgs(record)
    assert "Chile" in countries(record)


def test_a_short_alias_ending_another_body_s_name_is_not_that_body():
    record = parse_text("A meeting\n\nThe meeting held in Abuja on 3 May 2021 was attended "
                        "by the members of the ECOWAS Mediation and Security Council.").record
    assert "United Nations Security Council" not in orgs(record)


def test_a_count_of_bodies_is_no_body():
    record = parse_text("A meeting\n\nThe meeting was held in Abuja on 3 May 2021. Seven (7) "
                        "Regional Economic Communities (RECs) were represented.").record
    assert not any("Seven" in o for o in orgs(record))


def test_a_body_s_observer_states_are_no_sign_of_who_came():
    record = parse_text("A meeting\n\nThe ministers of Chile and Peru met in Lima on 17 March "
                        "2016. They weighed the priority the Andean Community gives to its "
                        "Observer States.").record
    assert "Andean Community" not in orgs(record)


def test_the_secretary_general_who_tells_the_attendees_brings_the_body_in():
    record = parse_text("A meeting\n\nThe ministers of Chile and Peru met in Lima on 17 March "
                        "2016. The Secretary General of the Andean Community told the "
                        "attendees of the plans.").record
    assert "Andean Community" in orgs(record)


# --- countries that are subjects, or of another meeting ------------------------------------

def test_the_party_to_a_war_named_after_the_war_is_a_subject():
    record = parse_text("A summit\n\nThe leaders of Poland and Romania, who met in Warsaw on "
                        "2 June 2023 and were joined by Estonia, condemned the war Russia has "
                        "been waging.").record
    assert "Russian Federation" not in countries(record)
    assert {"Poland", "Romania", "Estonia"} <= set(countries(record))


def test_countries_listed_among_the_topics_are_subjects():
    record = parse_text("Ministers meet\n\nThe ministers of Poland and France met in Weimar "
                        "on 10 September 2021.\n\nAfghanistan, Belarus and Ukraine among "
                        "topics").record
    assert set(countries(record)) == {"Poland", "France"}


def test_the_countries_of_a_joint_meeting_held_besides_are_left_out():
    record = parse_text("Nordic call\n\nThe ministers of Iceland and Norway took part in a "
                        "call on 16 March 2020. The ministers of Iceland, Estonia and Latvia "
                        "also held a joint Nordic-Baltic meeting that day.").record
    assert set(countries(record)) == {"Iceland", "Norway"}


def test_a_country_after_its_standing_in_the_group_takes_part():
    record = parse_text("Officials meet\n\nThe meeting held in Suva on 3 May 2021 brought "
                        "together senior representatives from Fiji, Vanuatu and Associate "
                        "Member Indonesia.").record
    assert "Indonesia" in countries(record)


def test_a_body_written_without_its_accents_is_found():
    record = parse_text("Officials meet\n\nThe meeting held in Suva on 3 May 2021 was attended "
                        "by Fiji and by Victor Tutugoro of the Front de Liberation Nationale "
                        "Kanak et Socialiste (FLNKS).").record
    assert orgs(record) == ["Front de Libération Nationale Kanak et Socialiste"]


def test_a_body_s_heads_of_state_are_its_members_not_the_body():
    text = CAPITALS.replace("THE HEADS OF STATE", "THE EAST AFRICAN COMMUNITY HEADS OF STATE")
    record = parse_text("SUMMIT OF THE EAST AFRICAN COMMUNITY HEADS OF STATE\n\n" + text
                        ).record
    assert "East African Community" not in orgs(record)
    assert "Ghana" in countries(record)


# --- chairs ---------------------------------------------------------------------------

def test_the_person_who_led_the_meeting_chairs_it():
    record = parse_text("Council meets\n\nOn 3 May 2022 the Minister of Foreign Affairs of "
                        "Peru, Ana Torres Vega, along with the Vice Minister of Trade, Luis "
                        "Gomez Rey, led the meeting of the Council, with Chile and "
                        "Colombia.").record
    assert chairs(record) == ["Ana Torres Vega"]


def test_leading_a_delegation_to_the_meeting_is_not_chairing_it():
    record = parse_text("Council meets\n\nThe Council met in Lima on 3 May 2022. Ambassador "
                        "Ana Torres Vega led the Peruvian delegation to the meeting.").record
    assert chairs(record) == []


def test_a_person_who_hosted_the_meeting_is_its_chair():
    record = parse_text("Ministers meet\n\nThe ministers of Peru, Chile and Colombia met in "
                        "Lima on 3 May 2022. Ana Torres Vega, who hosted the Lima meeting, "
                        "spoke of trade.").record
    assert chairs(record) == ["Ana Torres Vega"]


def test_a_city_or_a_country_that_hosted_is_still_no_chair():
    record = parse_text("Ministers meet\n\nThe ministers of Peru, Chile and Colombia met on "
                        "3 May 2022. Peru, which hosted the Lima meeting, spoke of trade.").record
    assert chairs(record) == []


def test_the_chairman_of_the_summit_named_after_his_post():
    record = parse_text("Leaders meet\n\nThe leaders of Kenya and Uganda met in Kampala on "
                        "4 February 2023. Giving his remarks, the host and current Chairman of "
                        "the EAC summit, H.E. President Yoweri Museveni outlined its "
                        "purpose.").record
    assert chairs(record) == ["Yoweri Museveni"]


def test_presiding_over_the_closing_session_is_not_chairing_the_meeting():
    record = parse_text("Council meets\n\nThe Council met in Mogadishu on 10 January 2015 "
                        "under the chairmanship of H.E. Dr. Amina Ali, Foreign Minister of "
                        "Ethiopia. H.E. Prime Minister Omar Sharif presided over the closing "
                        "session.").record
    assert chairs(record) == ["Amina Ali"]


# --- dates ----------------------------------------------------------------------------

def test_held_today_with_no_date_line_gives_no_date_not_a_later_one():
    proposal = parse_text("Council meets\n\nThe first meeting of the Council was held today in "
                          "Lima with Peru and Chile. The ministers heard a report on the "
                          "meeting of the Group that was held on August 23 and 24, 2012.")
    assert proposal.record.held_on is None
    assert any("no date to count from" in d.message for d in proposal.doubts)


def test_held_today_under_a_date_line_is_that_day():
    record = parse_text("Council meets\n\nLima, 3 May 2022 - The meeting of the Council was "
                        "held today with Peru and Chile.").record
    assert record.held_on == date(2022, 5, 3)


def test_a_plan_s_year_is_not_the_meeting_s():
    proposal = parse_text("Council meets\n\nOn May 10th, the Council of Ministers of Chile "
                          "and Peru met in Lima. They reviewed the work plan of Strategic "
                          "Vision 2030 and the Strategy for 2022-2026.")
    assert proposal.record.held_on is None


def test_a_time_after_the_year_is_no_period():
    record = parse_text("Wed, 09/05/2012 - 20:01\n\nMinisters meet\n\nOn September 05 the "
                        "ministers of Qatar and Egypt met in Cairo.").record
    assert record.held_on == date(2012, 9, 5)


def test_the_style_after_an_honorific_is_a_post_not_a_name():
    record = parse_text("Leaders meet\n\nThe summit held in Jakarta on 5 May 2016 was "
                        "chaired by H.E. President Joko Widodo.").record
    assert chairs(record) == ["Joko Widodo"]
    assert record.chairs[0].post == "President"


def test_the_ministers_of_member_states_are_those_of_the_one_group_named():
    record = parse_text("Ministers meet\n\nThe Foreign Ministers of Member States gathered "
                        "in Shusha on 10 October 2023 to convene the Meeting of the ECO "
                        "Council of Ministers.").record
    assert {"Pakistan", "Kazakhstan", "Azerbaijan"} <= set(countries(record))


def test_a_group_s_acronym_inside_another_s_is_not_that_group():
    record = parse_text("Ministers meet\n\nOn 9 January 2001 ECOWAS officials said the leaders "
                        "of the member countries of the Council were represented.").record
    assert "Pakistan" not in countries(record)


# --- a body's standing organs, in prose and in lists; a body spoken of ----------------------

@pytest.mark.parametrize("words", [
    "The Permanent Council of the OAS met in Washington on 5 May 2016, attended by "
    "Argentina, Brazil and Canada.",
    "The General Assembly of the OAS met in Lima on 5 May 2016, attended by Argentina, "
    "Brazil and Canada.",
])
def test_a_standing_organ_is_not_its_body_taking_part(words):
    record = parse_text("A meeting\n\n" + words).record
    assert orgs(record) == []
    assert set(countries(record)) == {"Argentina", "Brazil", "Canada"}


def test_a_short_alias_followed_by_its_body_is_that_body_s_organ():
    record = parse_text("A meeting\n\nThe meeting held in Lima on 5 May 2016 was attended "
                        "by Peru and by the President of the General Assembly of the OAS."
                        ).record
    assert "United Nations General Assembly" not in orgs(record)


@pytest.mark.parametrize("words", ["called for UN reform", "recalled UN Security Council "
                                   "resolution 2254", "praised the WTO's role"])
def test_a_body_spoken_of_is_no_participant(words):
    record = parse_text("A meeting\n\nThe ministers of Chile and Peru, who met in Lima on "
                        f"5 May 2016 and were joined by Ecuador, {words}.").record
    assert orgs(record) == []


# --- layout: participants on lines of their own under the label ------------------------------

def test_delegations_on_lines_of_their_own_under_the_label():
    text = ("Consultations in Tokyo\n\n1. Date: 5 May 2016\n2. Venue: Tokyo\n3. Participants:\n"
            "Japan: Mr. Taro Sato, Director-General\n"
            "Australia: Ms. Jane Doe, First Assistant Secretary\n"
            "India: Mr. Raj Kumar, Joint Secretary")
    assert countries(parse_text(text).record) == ["Japan", "Australia", "India"]


def test_a_dialogue_by_its_name_among_countries_names_them():
    record = parse_text("Ministers meet\n\nThe Trilateral Strategic Dialogue among Japan, the "
                        "United States and Australia was held in Sydney on 5 May 2016.").record
    assert set(countries(record)) == {"Japan", "United States of America", "Australia"}


def test_dialogue_between_countries_as_a_subject_names_no_participant():
    record = parse_text("Directors meet\n\nThe directors of Estonia and Latvia met on 5 May "
                        "2016. Discussing the region, they underlined the need to restore "
                        "dialogue between Azerbaijan and the Armenian community.").record
    assert "Azerbaijan" not in countries(record)
