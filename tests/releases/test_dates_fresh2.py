"""Meeting dates the fifth session added (issue 15, the shapes of the fresh2 misses, in
made-up releases): a time's zone in brackets ends no sentence, a page's date on the
title's last line (`Updated 21:25, 17-Aug-2022`) or on a line of its own after a page's
boilerplate is the date line a weekday counts from, and a guessed year the written
weekday contradicts is no year."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import dates as dt
from mtgdesk.releases import parse_text
from mtgdesk.releases.text import sentences


def test_a_time_zone_in_brackets_ends_no_sentence():
    text = "On May 3, at 4:48 p.m. (local time), Mr. Vela attended it. Then he left."
    assert [s.text for s in sentences(text)] == [
        "On May 3, at 4:48 p.m. (local time), Mr. Vela attended it.", "Then he left."]
    assert len(sentences("They met at 4 p.m. The talks went well.")) == 2


def test_the_meetings_day_not_a_later_meetings_after_a_time_zone():
    text = ("Andean Ministerial Meeting\n\nOn May 3, commencing at 4:48 p.m. (local time), "
            "Mr. Hugo Vela, Minister for Foreign Affairs of Peru, attended the Andean "
            "Ministerial Meeting held in Lima. He announced that the summit would be held on "
            "October 8, 2024 in Quito.\n")
    assert parse_text(text).record.held_on == date(2024, 5, 3)


def test_a_named_month_between_numbers_is_a_date():
    [m] = dt.find_dates("Updated 21:25, 17-Aug-2022")
    assert (m.first, m.last) == ((8, 17, 2022), None)
    assert dt.find_dates("room 17-Aug-B") == []


def test_the_page_date_on_the_titles_last_line_counts_a_weekday():
    text = ("Download\n\nCoordinators' meeting on trade to be held\nUpdated 21:25, 17-Aug-2022"
            "\n\nUnder the initiative of Chile and Peru, the Coordinators' Meeting on Trade "
            "will be held via video link on Thursday.\n")
    record = parse_text(text).record
    assert record.released_on == date(2022, 8, 17)
    assert record.held_on == date(2022, 8, 18)
    assert record.title == "Coordinators' meeting on trade to be held"


def test_a_date_on_a_line_of_its_own_after_boilerplate_counts_a_weekday():
    text = ("top of page\n\nI'm a paragraph. Click here to add your own text and edit me. "
            "It's easy.\n\nLeaders Group Meet\n\nFriday 29 January 2021 – 15:00\n\n"
            "Prime Minister Ana Torres on Thursday morning met with other leaders in the 10th "
            "Leaders Group Meeting held virtually.\n\nThey spoke of the ocean.\n\n"
            "They spoke of trade.\n")
    record = parse_text(text).record
    assert record.released_on == date(2021, 1, 29)
    assert record.held_on == date(2021, 1, 28)


def test_a_guessed_year_that_the_weekday_contradicts_is_no_year():
    # (elected in January: June 24 of that year is after it, so only the weekday can
    # say the year is wrong; after a September election it is another year anyway)
    text = ("Ministers meet\n\nPeru was elected to lead the group in January 2023.\n\n"
            "The ministers of the group meet on Monday, June 24 in Lima.\n")
    proposal = parse_text(text)
    assert proposal.record.held_on is None
    assert any("no year" in d.message for d in proposal.doubts if d.path == "held_on")
    text = text.replace("Monday", "Saturday")  # June 24, 2023 was a Saturday
    assert parse_text(text).record.held_on == date(2023, 6, 24)


def test_the_weekday_of_a_meeting_that_agreed_on_a_summit_to_come():
    text = ("date 2024-03-04 Andean Summit set for Quito on July 21\n\nAndean Foreign Ministers "
            "Monday agreed to hold the upcoming Summit of the Group in Quito on July 21. It "
            "will be the first such summit in years.\n\nThey also spoke of trade.\n\n"
            "They also spoke of ports.\n")
    record = parse_text(text).record
    assert record.released_on == date(2024, 3, 4)  # a Monday
    assert record.held_on == date(2024, 3, 4)


def test_a_missing_year_fits_between_the_events_told_as_past_and_to_come():
    text = ("Ministers meet\n\nThe ministers met in Lima on July 21. It is the first meeting "
            "since the first summit that took place in Quito in November 2023.\n\n"
            "They agreed to host the second summit in October 2024 in Lima.\n")
    assert parse_text(text).record.held_on == date(2024, 7, 21)
    assert dt.likeliest_year("It took place in May 2023. Then came 2024.", 7, 21,
                             [2023, 2024]) == 2023  # nothing against the first year named
    text = ("Ministers meet\n\nOn August 3, Mr. Hugo Vela attended the ministers' meeting held "
            "in Lima. He announced that a summit would be held on October 8, 2025, and a "
            "year of exchanges in 2026.\n")
    assert parse_text(text).record.held_on == date(2025, 8, 3)
