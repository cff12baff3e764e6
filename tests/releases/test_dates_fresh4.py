"""Meeting dates of the shapes fresh4 missed (issue 15), in made-up releases: a year of
the organisation's history or a past event the day falls before is no year of the
meeting; a day of the month told against the date line (`on the 20th local time`); a
meeting a minister will attend; a meeting that `opened in` a place on a date. Each read
wrong (or not at all) before these rules."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import dates as dt
from mtgdesk.releases import parse_text


def test_a_year_of_the_organisations_history_is_no_year_of_the_meeting():
    text = ("Ministers of the Coral Group meet\n\n"
            "On 14-15 September the 3rd Coral Group Summit took place in Apia. The leaders "
            "of Samoa, Tonga and Fiji attended.\n\n"
            "Established in 2018, the group supports reef protection projects.\n")
    record = parse_text(text).record
    assert record.held_on is None
    assert any("no year" in d.message for d in parse_text(text).doubts)


def test_a_guessed_year_that_puts_the_meeting_before_a_past_event_is_none():
    text = ("Ministers meet\n\nThe ministers of Peru, Chile and Ecuador met in Lima on "
            "February 10. They welcomed the fisheries accord they signed in June 2021 "
            "and its first results.\n")
    assert parse_text(text).record.held_on is None
    assert dt.likeliest_year("They signed it in June 2021.", 2, 10, [2021]) is None


def test_a_year_told_beside_a_past_event_the_day_follows_still_dates_it():
    text = ("Ministers meet\n\nThe ministers of Peru, Chile and Ecuador met in Lima on "
            "December 10. They reviewed the decisions they made in Quito in June 2021.\n")
    assert parse_text(text).record.held_on == date(2021, 12, 10)


def test_a_day_of_the_month_is_counted_from_the_date_line():
    text2 = ("Ministers meet\n\nLIMA, 4 March 2024 - The council of foreign ministers of the "
             "Andean group was held in Quito on the 2nd. The ministers of Peru and Ecuador "
             "attended.\n")
    assert parse_text(text2).record.held_on == date(2024, 3, 2)
    text3 = text2.replace("on the 2nd", "on the 28th")
    assert parse_text(text3).record.held_on == date(2024, 2, 28)  # the month before
    assert dt.resolve_relative("on the 5th", date(2024, 12, 20), "they will meet") == \
        date(2025, 1, 5)


def test_an_ordinal_before_a_noun_is_no_day():
    text = ("Ministers meet\n\nLIMA, 4 March 2024 - The ministers met in Quito on the 25th "
            "anniversary of the group. The ministers of Peru and Ecuador attended.\n")
    assert parse_text(text).record.held_on != date(2024, 2, 25)


def test_a_meeting_a_minister_will_attend_is_dated_by_its_announcement():
    text = ("Press release 12/2024\n\n3 May 2024\n\nMinister to meeting in Reykjavik\n\n"
            "Minister for Trade Anna Holm will attend a meeting of the Nordic trade "
            "ministers in Reykjavik, Iceland, on 6 May 2024.\n\n"
            "The ministers will discuss the budget for 2025.\n")
    assert parse_text(text).record.held_on == date(2024, 5, 6)


def test_the_day_a_minister_arrived_to_take_part_is_not_the_meetings():
    text = ("Ministers meet\n\nLIMA, 4 March 2024 - The ministers arrived here on Monday to "
            "take part in the 5th meeting of the council. The council will meet on "
            "5 March 2024.\n")
    assert parse_text(text).record.held_on != date(2024, 3, 4)


def test_a_meeting_that_opened_in_a_place_on_a_date_is_dated_by_it():
    text = ("Ministerial Council opens in Tirana\n\n"
            "The 9th Ministerial Council of the Adriatic Forum opened this morning in Tirana. "
            "Some 20 ministers gathered at the invitation of Albania.\n\n"
            "The Council will set the course with Croatia taking up the Chairmanship from "
            "1 January 2025.\n\n"
            "photo: The ministers before the 9th Ministerial Council opened in Tirana on "
            "Thursday, 5 December 2024.\n")
    assert parse_text(text).record.held_on == date(2024, 12, 5)


def test_a_day_and_month_in_brackets_under_a_title_telling_a_meeting_held():
    text = ("Chile and Peru held a Joint Briefing\n\n12 June, 2024 | Source: Ministry\n\n"
            "Chile and Peru are Co-Chairs of the Andean Process which will hold its 5th "
            "Ministerial Conference in Lima on June 12, 2024.\n\n"
            "In preparation, the ambassadors of Chile and Peru held a Joint Briefing on the "
            "conference in Santiago (28/05) attended by ambassadors of the members.\n")
    assert parse_text(text).record.held_on == date(2024, 5, 28)


def test_a_day_and_month_in_brackets_that_could_be_either_is_no_date():
    assert dt.find_dates("held in Santiago (03/05) with ambassadors") == []
    assert [m.first for m in dt.find_dates("held in Santiago (05/28)")] == [(5, 28, None)]


def test_under_a_title_telling_a_meeting_to_come_the_announcement_stays():
    text = ("Chile and Peru will hold a conference\n\n12 June, 2024 | Source: Ministry\n\n"
            "Chile and Peru will hold the 5th Ministerial Conference in Lima on June 20, 2024.\n\n"
            "The ambassadors held a briefing in Santiago on June 1, 2024.\n")
    assert parse_text(text).record.held_on == date(2024, 6, 20)
