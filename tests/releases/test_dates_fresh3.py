"""Meeting dates of the shapes fresh3 missed (issue 15), in made-up releases: the days a
heading gives, a page's date at the foot or on a labelled line, an index of earlier
meetings, a day told against another (`the following day`), the day a statement was
made, a date line with no year, `today` beside a later event's date, a meeting put off,
another meeting in a relative clause, a misprinted year and a declaration's own date
line. Each read wrong (or not at all) before these rules."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import datelines, parse_text
from mtgdesk.releases import dates as dt
from mtgdesk.releases.text import blocks


def test_a_range_in_the_heading_is_the_meetings_days_when_no_sentence_gives_them():
    text = ("Senior Officials Meeting - 5 - 6 March 2024 - Chair's summary\n\n"
            "This summary of the discussions over the past two days is issued by the Chair "
            "under her own responsibility and is not exhaustive.\n")
    record = parse_text(text).record
    assert (record.held_on, record.ends_on) == (date(2024, 3, 5), date(2024, 3, 6))
    assert record.released_on is None  # a range dates no release


def test_a_heading_date_does_not_replace_the_day_a_sentence_gives():
    text = ("Ministerial Meeting, 12 May 2023\n\n"
            "The Ministerial Meeting of the group was held in Suva on 10 May 2023.\n")
    assert parse_text(text).record.held_on == date(2023, 5, 10)


def test_a_place_and_date_at_the_foot_counts_yesterday():
    text = ("Ministers meet\n\nThe foreign ministers of the group met yesterday in Jakarta "
            "to discuss maritime cooperation.\n\nThey agreed to meet again next year.\n\n"
            "Jakarta, 12 May 2023\n")
    record = parse_text(text).record
    assert record.released_on == date(2023, 5, 12)
    assert record.held_on == date(2023, 5, 11)


def test_a_footer_date_does_not_replace_the_meetings_own():
    text = ("Ministers meet\n\nThe foreign ministers of the group met in Jakarta on 9 May "
            "2023 to discuss maritime cooperation.\n\nThey agreed to meet again.\n\n"
            "Jakarta, 12 May 2023\n")
    record = parse_text(text).record
    assert (record.released_on, record.held_on) == (date(2023, 5, 12), date(2023, 5, 9))


def test_a_labelled_page_date_after_the_first_sentence_counts_a_weekday():
    text = ("Ministers meet in Suva\n\nThe ministers of the forum met in Suva on Tuesday "
            "and agreed on a plan.\n\nPosted: 12.05.2023 10:15 / Edited: 12.05.2023 11:00 / "
            "English\n\nThe plan covers fisheries and climate finance for the region.\n")
    record = parse_text(text).record
    assert record.released_on == date(2023, 5, 12)  # a Friday
    assert record.held_on == date(2023, 5, 9)


def test_a_label_saying_when_the_meeting_is_dates_no_page():
    b = blocks("When: 12 May 2023 at the Town Hall")[0]
    assert datelines.stamp("When: 12 May 2023 at the Town Hall", b) is None


def test_an_index_of_earlier_meetings_gives_neither_date_line_nor_meeting_day():
    text = ("Ministers' Meetings\n\nIndex of meetings\n\n- 2022: 14 June, Lima\n\n"
            "- 2021: 3 May, virtual\n\n- 2020: 9 October, Quito\n\n"
            "Meeting of the Ministers, 2023\n\n"
            "The Meeting of the Ministers of the group was held in Bogota on 6 July 2023.\n")
    record = parse_text(text).record
    assert record.released_on is None
    assert record.held_on == date(2023, 7, 6)


def test_a_programme_of_one_meeting_is_no_index():
    text = "5 June 2023: opening\n\n6 June 2023: the ministers\n\n7 June 2023: closing\n"
    assert datelines.index_blocks(text, blocks(text)) == set()


def test_the_following_day_of_the_meeting_the_title_names():
    text = ("Fifth Pacific Ministerial Meeting\n\nThe Senior Officials' Meeting was held in "
            "Suva on 3 May 2023 to prepare it. The Ministerial Meeting was held the following "
            "day at the same venue.\n")
    assert parse_text(text).record.held_on == date(2023, 5, 4)


def test_the_day_after_another_meeting_with_its_date():
    text = ("Ministers meet\n\nThe ministers met in Suva the day after the officials' "
            "meeting on 3 May 2023.\n")
    assert parse_text(text).record.held_on == date(2023, 5, 4)
    text = ("Ministers meet\n\nThe ministers met in Suva on 4 May 2023, the day after the "
            "officials' meeting.\n")
    assert parse_text(text).record.held_on == date(2023, 5, 4)


def test_the_day_a_statement_was_made_is_not_the_meetings():
    text = ("date 2018-04-20 Share:\n\nISLAMABAD - The Council of Ministers held its 9th "
            "meeting in Dushanbe, a foreign ministry statement said on Tuesday.\n\n"
            "The meeting reviewed progress made since the 8th meeting held in Islamabad on "
            "February 28, 2017.\n")
    record = parse_text(text).record
    assert record.released_on == date(2018, 4, 20)
    assert record.held_on is None
    assert dt.find_relative("It said on Tuesday.", 0, 19) == []
    assert dt.find_relative("They met on Tuesday.", 0, 20) == [(9, 19)]
    first = ("Ministers meet\n\nThe first meeting since the pandemic was held in Lima on "
             "5 May 2021.\n")
    assert parse_text(first).record.held_on == date(2021, 5, 5)
    said = "A meeting of the member states was held today, the ministry said."
    assert len(dt.find_relative(said, 0, len(said))) == 1  # `states` here is no verb


def test_a_date_line_with_no_year_is_no_meetings_day():
    # (the year named 600 characters on, too far to be the date line's)
    text = ("Secretaries confer\n\nBEIJING, Sep 19 (APP): The security secretaries of the "
            "group held a meeting recently via videoconference, the secretariat said.\n\n"
            + "They spoke of terrorism, separatism, extremism and drug trafficking. " * 8
            + "\n\nThe meeting also covered the preparations for the summit to be held in "
            "November 2020.\n")
    assert parse_text(text).record.held_on is None


def test_today_beside_a_later_events_date():
    text = ("Council meeting begins\n\nKathmandu, 25 Nov 2014: A meeting of the Council of "
            "Ministers has begun at the Hotel Soaltee ahead of the Summit that Nepal is "
            "hosting on 26 and 27 November today.\n")
    record = parse_text(text).record
    assert (record.held_on, record.ends_on) == (date(2014, 11, 25), None)


def test_a_meeting_put_off_is_not_the_meeting_held():
    text = ("2020 Session of the Committee\n\nOn 22 April 2020, the Deputies agreed to "
            "postpone the Session from 15 May to 4 November 2020, and to hold it in "
            "Athens.\n\n2019 Session of the Committee\n\n"
            "The Committee met for its Session in Helsinki on 16 and 17 May 2019.\n")
    record = parse_text(text).record
    assert (record.held_on, record.ends_on) == (date(2019, 5, 16), date(2019, 5, 17))


def test_another_meeting_held_in_a_relative_clause_past_the_opening():
    text = ("The meeting was chaired by the Minister of Foreign Affairs of Rwanda.\n\n"
            "She spoke of the pandemic and its costs.\n\nMinisters heard from Samoa about "
            "the next summit.\n\nMinisters also received a report on the outcomes of the "
            "Action Group which was held on Monday 18 September 2023.\n")
    assert parse_text(text).record.held_on is None


def test_a_year_with_its_zero_doubled_is_read_with_a_doubt():
    text = ("A meeting of the Council of Ministers was held on 17 March 20017 at the "
            "headquarters.\n\nIt recalled the agreement of August 2015.\n")
    proposal = parse_text(text)
    assert proposal.record.held_on == date(2017, 3, 17)
    assert any("misprinted" in d for d in proposal.doubts_for("held_on"))
    [m] = dt.find_dates("on 17 March 20017")
    assert (m.first, m.misprinted) == ((3, 17, 2017), True)


def test_today_counts_from_the_declarations_own_date_line():
    text = ("Joint declaration - News\n\n01.06.2021\n\nJoint declaration of the Presidents "
            "of the nine states of the eastern flank of the alliance.\n\n"
            "JOINT DECLARATION OF THE PRESIDENTS\n(Bucharest, the 10th of May 2021)\n\n"
            "1. We, the Presidents of the group, met virtually today in Bucharest.\n")
    record = parse_text(text).record
    assert record.released_on == date(2021, 6, 1)
    assert record.held_on == date(2021, 5, 10)
