"""Shapes of published releases the reader used to miss (issue 15), each from the kind
of release it was seen in: news agencies' date lines, one paragraph a line, days named
against the date line, demonyms, groups, countries that are only a place."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import parse_text
from mtgdesk.releases.dates import find_dates, resolve_relative


def _countries(text: str) -> list[str]:
    return [p.name for p in parse_text(text).record.participants if p.kind == "country"]


# --- layout ---------------------------------------------------------------------------

def test_one_paragraph_a_line_with_a_date_line_above_it():
    text = ("Senior Arctic Officials gather for their first meeting\n"
            "18 October 2017\n"
            "On 25-26 October 2017, the Arctic Council will gather in Oulu, Finland for the "
            "first Senior Arctic Officials’ meeting.\n"
            "The meeting brings together representatives from the eight Arctic States.\n")
    record = parse_text(text).record
    assert record.title == "Senior Arctic Officials gather for their first meeting"
    assert record.released_on == date(2017, 10, 18)
    assert (record.held_on, record.ends_on) == (date(2017, 10, 25), date(2017, 10, 26))
    assert "Iceland" in [p.name for p in record.participants]  # the eight Arctic States


def test_a_wrapped_paragraph_stays_one_paragraph():
    text = ("Meeting on Maritime Safety\n\nMarch 28, 2007\n\n"
            "The Meeting on Maritime Safety was held on March 23 at the Ministry of Foreign\n"
            "Affairs in Tokyo and was attended by representatives of Australia, Indonesia and\n"
            "Japan, who exchanged views on the safety of navigation in the straits.\n")
    record = parse_text(text).record
    assert record.held_on == date(2007, 3, 23)
    assert [p.name for p in record.participants] == ["Australia", "Indonesia", "Japan"]


# --- dates against the date line -------------------------------------------------------

def test_the_date_line_is_not_the_meeting_day():
    text = ("Lao Officials Unite in Fight Against Drugs\n\n"
            "Vientiane (the Lao People's Democratic Republic), 26 July 2011 - From 20 June to "
            "1 July 2011 the Computer-Based Training Workshop for Lao Officials was organized "
            "under the joint cooperation of the LCDC and UNODC.\n")
    record = parse_text(text).record
    assert record.released_on == date(2011, 7, 26)
    assert (record.held_on, record.ends_on) == (date(2011, 6, 20), date(2011, 7, 1))


def test_a_day_named_against_the_date_line():
    text = ("date 2024-07-04 New Delhi, Jul 4 (PTI) Senior officials from Quad member "
            "countries have reviewed the progress, the Ministry of External Affairs said on "
            "Thursday.\n\nThe officials, who met through video conference on Wednesday, also "
            "discussed new ideas.\n")
    record = parse_text(text).record
    assert record.released_on == date(2024, 7, 4)
    assert record.held_on == date(2024, 7, 3)


def test_held_yesterday_and_meeting_today():
    held = parse_text("date 2023-04-22 The Fourth CARICOM India Ministerial Meeting was held "
                      "yesterday at the CARICOM Secretariat Headquarters in Georgetown.\n")
    assert held.record.held_on == date(2023, 4, 21)
    today = parse_text("date 2024-08-09\n\nPacific Islands Forum Foreign Ministers will meet "
                       "in their annual convening today in Suva.\n")
    assert today.record.held_on == date(2024, 8, 9)


def test_weekdays_count_back_from_the_date_line_or_forward_for_what_will_happen():
    base = date(2010, 3, 30)  # a Tuesday
    assert resolve_relative("on Friday", base, "officials met on Friday") == date(2010, 3, 26)
    assert resolve_relative("on Friday", base, "officials are to meet on Friday") == \
        date(2010, 4, 2)
    assert resolve_relative("on Tuesday", base, "said on Tuesday") == base


def test_a_meeting_held_is_not_after_its_release():
    text = ("Bandar Seri Begawan, 4 October 2021 (TDI): ASEAN Foreign Ministers Meeting was "
            "held via video conference to discuss the preparation of the coming summits on "
            "26-28 October 2021.\n")
    assert parse_text(text).record.held_on == date(2021, 10, 4)


def test_an_announced_meeting_takes_the_next_such_day():
    text = ("date 2017-04-13 Astana to host meeting of SCO Council of Foreign Ministers\n\n"
            "Astana will host a meeting of the Shanghai Cooperation Organization (SCO) Council "
            "of Foreign Ministers on April 21, TASS reported.\n")
    assert parse_text(text).record.held_on == date(2017, 4, 21)


def test_date_forms_of_other_offices():
    text = "On the 8th of September 2021; 22.09.2017 13:24; 令和5年12月6日; 02-09-2020"
    assert [m.first for m in find_dates(text)] == [
        (9, 8, 2021), (9, 22, 2017), (12, 6, 2023), (9, 2, 2020)]


def test_a_dated_menu_line_is_the_date_line_not_navigation():
    text = ("India attends key meeting of BIMSTEC\n\n"
            "PTI | New Delhi | Updated: 02-09-2020 22:04 IST\n\n"
            "India on Wednesday attended a key meeting of the regional grouping BIMSTEC.\n")
    record = parse_text(text).record
    assert record.released_on == date(2020, 9, 2)
    assert record.held_on == date(2020, 9, 2)


# --- countries ---------------------------------------------------------------------------

def test_demonyms_and_possessives_name_the_countries():
    text = ("The sixth Lancang-Mekong Cooperation Foreign Ministers' Meeting was held in "
            "Chongqing on June 8, 2021.\n\nAlso in attendance were Lao Foreign Minister "
            "Saleumxay Kommasith, Cambodian Deputy Prime Minister and Foreign Minister Prak "
            "Sokhonn, Myanmar's Foreign Minister U Wunna Maung Lwin and Vietnamese Foreign "
            "Minister Bui Thanh Son.\n")
    proposal = parse_text(text)
    named = {p.name for i, p in enumerate(proposal.record.participants)
             if p.kind == "country" and "proposed from the group" not in
             proposal.evidence_for(f"participants[{i}]").note}
    assert named == {"Lao People's Democratic Republic", "Cambodia", "Myanmar", "Viet Nam"}
    # (The meeting is the Lancang-Mekong Cooperation's, but its name does not say the
    # group's members came: China and Thailand are not proposed from it.)
    assert set(_countries(text)) == named


def test_a_country_before_a_persons_name_is_the_country():
    text = ("The meeting was held on 23 May 2016.\n\nThe meeting was attended by Foreign "
            "Minister of the Republic of Kazakhstan Yerlan Idrisov and Russian Foreign "
            "Minister Sergey Lavrov.\n")
    assert set(_countries(text)) == {"Kazakhstan", "Russian Federation"}


def test_countries_that_co_chair_or_meet_take_part():
    text = ("Indonesia and Australia co-chaired the first Bali Process Consultation Mechanism "
            "on 13 October 2017, Jakarta, Indonesia.\n")
    assert set(_countries(text)) == {"Indonesia", "Australia"}
    text = ("The Philippines, Japan and the United States conducted their second trilateral "
            "ministerial meeting in New York on 22 September 2023.\n")
    assert set(_countries(text)) == {"Philippines", "Japan", "United States of America"}


def test_a_place_an_adjective_or_a_groups_make_up_is_no_participant():
    text = ("The 12th Mekong-Japan Foreign Ministers’ Meeting was held in Bangkok, Thailand, "
            "on August 3. The foreign ministers of Japan, Cambodia and Laos attended. "
            "The meeting was attended by 18 member states, according to a statement on "
            "US social media company X.\n\nThe BIMSTEC comprises India, Bangladesh and "
            "Nepal.\n")
    assert set(_countries(text)) == {"Japan", "Cambodia", "Lao People's Democratic Republic"}


def test_groups_are_proposed_as_their_members_and_marked_so():
    proposal = parse_text("On 3-5 May 2021, the G7 Foreign and Development Ministers met in "
                          "London.\n")
    names = [p.name for p in proposal.record.participants if p.kind == "country"]
    assert {"Canada", "France", "Germany", "Italy", "Japan"} <= set(names)
    notes = {e.note for e in proposal.evidence if e.path.startswith("participants")}
    assert "proposed from the group: a member of G7" in notes
    # Another meeting's name is not its group's people.
    text = ("The 16th Mekong-Japan Cooperation Ministerial Meeting was held on 10 July 2025 "
            "alongside the 58th ASEAN Foreign Ministers’ Meeting. Foreign ministers from "
            "Cambodia and Laos attended.\n")
    assert "Singapore" not in _countries(text)


def test_items_under_a_participants_label_are_the_delegations():
    text = ("Japan-Australia-India-U.S. Senior Officials’ Meeting\n\nJuly 3, 2024\n\n"
            "1. The Senior Officials’ Meeting was convened in VTC format on July 3 2024.\n\n"
            "(Reference) Participants:\n"
            "• Japan: Mr. FUJIMOTO Kentaro, Ambassador in charge of Quad cooperation\n"
            "• Australia: Ms. Elly Lawson, Deputy Secretary, from Department of Foreign "
            "Affairs and Trade\n"
            "• U.S.: Mr. Daniel Kritenbrink, Assistant Secretary, from Department of State.\n")
    assert _countries(text) == ["Japan", "Australia", "United States of America"]
