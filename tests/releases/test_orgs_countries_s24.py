"""Organisations and countries of the fresh3 part's misses, each on a release of its own
words: a group's members only where the text says they came, the Group of 77, a
dateline's capitals, bodies written in full, a commission's head, a head named by the post
alone, and bodies named without their taking part (a text or a thing named after them, a
title-case organ)."""

from __future__ import annotations

from mtgdesk.domain import reference as ref
from mtgdesk.releases import names, parse_text
from mtgdesk.releases.names import ORGANIZATION, Found
from mtgdesk.releases.subjects import a_national_council
from tests.releases.test_general_rules import countries, orgs

HEAD = "Talks in Accra\n\nThe talks were held in Accra on 3 March 2019. "


def _read(sentence: str):
    return parse_text(HEAD + sentence).record


# --- a group's members: where the text says they came ----------------------------------

def test_a_group_s_meeting_held_does_not_say_its_members_came():
    record = parse_text("The Sixth ASEAN+3 Foreign Ministers Meeting was held on 27 July "
                        "2005 in Vientiane. The Ministers exchanged views.\n").record
    assert countries(record) == []
    record = parse_text("This morning, the G20 Foreign Ministers' Meeting was held in "
                        "Matera on 29 June 2021 under the Italian Presidency.\n").record
    assert "Argentina" not in countries(record) and "European Union" not in orgs(record)
    # (the group's ministers who met are its members)
    record = parse_text("ASEAN+3 Foreign Ministers met in Vientiane on 27 July 2005.\n").record
    assert {"Brunei Darussalam", "China", "Japan", "Republic of Korea"} <= set(countries(record))
    assert "Timor-Leste" not in countries(record)  # not yet a member of ASEAN in 2005


def test_a_meeting_s_title_of_the_group_s_ministers_is_its_name():
    record = parse_text("The Stand-alone Meeting of the BRICS Ministers of Foreign Affairs "
                        "was held by videoconference on 4 September 2020.\n").record
    assert countries(record) == []
    record = parse_text("The first gathering of the BRICS Ministers of Foreign Affairs "
                        "took place on 4 September 2020.\n").record
    assert {"Brazil", "China", "India", "South Africa"} <= set(countries(record))


def test_the_member_states_of_the_group_of_77_and_china():
    record = parse_text("The Ministers for Foreign Affairs of the Member States of the "
                        "Group of 77 and China met in New York on 27 September 2024.\n").record
    found = set(countries(record))
    assert len(found) == 135
    assert {"China", "State of Palestine", "Kiribati", "Azerbaijan"} <= found
    assert not found & {"Mexico", "Japan", "Palau", "Russian Federation"}
    record = parse_text("Delegates of the G77 members met in Geneva on 3 May 2024.\n").record
    assert len(countries(record)) == 134 and "China" not in countries(record)


def test_a_dateline_s_capitals_are_not_a_body_s_name_before_a_country():
    record = parse_text("BAKU. TRENDINFO Georgia’s delegation headed by its Foreign Minister "
                        "participated in the conference on 6 February 2020.\n").record
    assert "Georgia" in countries(record)


def test_other_representatives_were_a_list_of_who_came():
    record = _read("Other representatives were: Foreign Minister Ana Lima of Portugal, "
                   "Minister for Foreign Affairs Piet Dekker of the Netherlands.")
    assert {"Portugal", "Netherlands"} <= set(countries(record))


# --- bodies written in full, and their heads -------------------------------------------

def test_pacific_bodies_written_in_full_are_in_the_reference_list():
    record = _read("The meeting was also attended by heads of the Forum Fisheries Agency, "
                   "the South Pacific Tourism Organisation and the University of the South "
                   "Pacific.")
    assert {"Pacific Islands Forum Fisheries Agency", "Pacific Tourism Organisation",
            "University of the South Pacific"} <= set(orgs(record))
    assert ref.find_organization("ACP Group of States").acronym == "OACPS"


def test_a_group_s_secretary_general_with_an_initial_in_his_name():
    record = _read("The ACP Secretary General Dr. Mara I. Kone told the Council meeting "
                   "that the group must act.")
    assert "Organisation of African, Caribbean and Pacific States" in orgs(record)


def test_a_commission_s_head_brings_in_its_body():
    record = _read("In his statement, the President of the ECOWAS Commission, H.E Ama Kofi "
                   "thanked the members for attending.")
    assert "Economic Community of West African States" in orgs(record)
    record = _read("Delivering an opening speech, the African Union Commission (AUC) "
                   "Chairperson, Ato Bekele, covered several issues.")
    assert "African Union" in orgs(record)


def test_of_late_is_no_former_post():
    record = _read("Pacific Islands Forum Secretariat Secretary General Mele Tupou urged "
                   "ministers to act on the tensions seen in the region of late.")
    assert "Pacific Islands Forum" in orgs(record)
    record = _read("The late Pacific Islands Forum Secretariat Secretary General Mele Tupou "
                   "was remembered.")
    assert "Pacific Islands Forum" not in orgs(record)


def test_the_secretary_general_by_the_post_alone_heads_the_group_that_met():
    text = ("SAARC Foreign Ministers met informally in New York on 25 September 2013.\n\n"
            "Addressing the meeting, the Secretary-General reviewed the progress made.\n")
    assert "South Asian Association for Regional Cooperation" in orgs(parse_text(text).record)
    alone = ("Ministers met informally in New York on 25 September 2013.\n\n"
             "Addressing the meeting, the Secretary-General reviewed the progress made.\n")
    assert orgs(parse_text(alone).record) == []


# --- bodies named without their taking part --------------------------------------------

def test_a_text_or_a_thing_named_after_a_body_is_no_party():
    record = _read("Heads of Government reiterated their commitment to the values of: "
                   "tolerance; respect; democracy as recognised in the Commonwealth (Harare "
                   "House) Principles; and sustainable development.")
    assert orgs(record) == []
    menu = ("• Login\n  • / CARICOM Song /\n  • Webmail /\n\nTalks in Accra\n\n"
            "The talks were held in Accra on 3 March 2019 by Ghana and Togo.\n")
    assert orgs(parse_text(menu).record) == []


def test_an_organ_of_a_body_in_a_title_case_heading():
    text = ("• Login\n  • Webmail /\n\nCommunique Issued At The Conclusion Of The Meeting Of "
            "The Conference Of Heads Of Government Of The Caribbean Community (CARICOM)\n\n"
            "Posted in: Communiques | 12 March 2014\n\n    The meeting was held in Kingstown "
            "on 10 March 2014. Other Members of the Conference in attendance were: the Prime "
            "Minister of Belize and the Prime Minister of Haiti.\n")
    record = parse_text(text).record
    assert countries(record) == ["Belize", "Haiti"] and orgs(record) == []


def test_a_name_with_an_acronym_that_is_a_chair_of_studies_is_no_body():
    record = _read("The meeting was attended by representatives of the Chair in Pacific "
                   "Island Studies (CPIS) and Ghana.")
    assert orgs(record) == []
    assert names.NOT_AN_ORG.search("Chair in Pacific Island Studies")


def test_a_national_security_council_by_any_demonym_the_reader_knows():
    text = "officials of the Nepalese Security Council"
    at = text.index("Security")
    council = Found(ORGANIZATION, "United Nations Security Council", at, len(text), 0.9)
    assert a_national_council(text, council)
