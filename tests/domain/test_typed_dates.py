"""Dates and times as a clerk types them: read exactly, or refused with a reason."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtgdesk.domain.typed_dates import (
    MONTH_NAMES,
    Unreadable,
    parse_date,
    parse_time,
    shown_date,
)

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text", ["2019-11-13", "13 Nov 2019", "13 November 2019",
                                  "November 13, 2019", "Nov 13 2019", "13th November 2019",
                                  "Wed 13 November 2019", " 13/11/2019 ", "13.11.2019"])
def test_every_written_form_is_the_same_day(text):
    assert parse_date(text, day_first=True, today=TODAY) == date(2019, 11, 13)


def test_slashes_follow_the_locale_and_are_never_swapped():
    assert parse_date("11/13/2019", day_first=False, today=TODAY) == date(2019, 11, 13)
    assert parse_date("01/02/2019", day_first=False, today=TODAY) == date(2019, 1, 2)
    assert parse_date("01/02/2019", day_first=True, today=TODAY) == date(2019, 2, 1)
    with pytest.raises(Unreadable, match="no month 13"):
        parse_date("11/13/2019", day_first=True, today=TODAY)


def test_words_for_today():
    assert parse_date("today", day_first=True, today=TODAY) == TODAY
    assert parse_date("Yesterday", day_first=True, today=TODAY) == date(2026, 11, 30)
    assert parse_date("", day_first=True, today=TODAY) is None


@pytest.mark.parametrize(("text", "why"), [
    ("2007-02-30", "February 2007 has no day 30"), ("2019-13-45", "no month 13"),
    ("13 Foo 2019", "not a month"), ("13/11/19", "four digits"), ("next week", "not a date"),
    ("2019-11-13x", "not a date"),
])
def test_what_cannot_be_read_says_why(text, why):
    with pytest.raises(Unreadable, match=why):
        parse_date(text, day_first=True, today=TODAY)


@settings(deadline=None)  # a loaded machine's pause is not the reader's time
@given(st.dates(min_value=date(1000, 1, 1)), st.booleans())
def test_any_day_written_any_way_reads_back_exactly(day, day_first):
    month = MONTH_NAMES[day.month - 1]
    slash = (f"{day.day}/{day.month}/{day.year}" if day_first
             else f"{day.month}/{day.day}/{day.year}")
    for text in (day.isoformat(), f"{day.day} {month} {day.year}",
                 f"{day.day} {month[:3]} {day.year}", f"{month} {day.day}, {day.year}",
                 slash, shown_date(day)):
        assert parse_date(text, day_first=day_first, today=TODAY) == day, text


def test_shown_date_spells_the_day_out():
    assert shown_date(date(2019, 11, 13)) == "Wed 13 November 2019"


@pytest.mark.parametrize(("text", "value"), [
    ("9:30", time(9, 30)), ("0930", time(9, 30)), ("930", time(9, 30)), ("9", time(9, 0)),
    ("2 pm", time(14, 0)), ("2:15 p.m.", time(14, 15)), ("12 am", time(0, 0)),
    ("12 pm", time(12, 0)), ("23:59", time(23, 59)),
])
def test_times(text, value):
    assert parse_time(text) == value


@pytest.mark.parametrize("text", ["25:00", "9:75", "13 pm", "noonish", "12345"])
def test_times_that_are_not(text):
    with pytest.raises(Unreadable):
        parse_time(text)


def test_an_ignored_search_date_says_why():
    from mtgdesk.domain.query import parse
    from mtgdesk.domain.typed_dates import explain_ignored

    ignored = parse("from:2007-02-30 human").ignored
    assert [explain_ignored(i) for i in ignored] == [
        "from:2007-02-30 (February 2007 has no day 30)"]
    assert explain_ignored("to:soon") == "to:soon (write a date as 2007-03-23, 2007-03 or 2007)"
    assert explain_ignored("kind:foo") == "kind:foo"
