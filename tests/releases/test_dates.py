"""Dates and times as releases write them (mtgdesk.releases.dates), read without the
rest of a release around them."""

from __future__ import annotations

from datetime import date, time

import pytest

from mtgdesk.releases.dates import find_dates, find_times, infer_year, weekday_mismatch


@pytest.mark.parametrize(("text", "first", "last", "weekdays"), [
    ("March 23 (Fri)", (3, 23, None), None, ("Fri", None)),
    ("23 March 2007", (3, 23, 2007), None, (None, None)),
    ("Friday, March 23, 2007", (3, 23, 2007), None, ("Friday", None)),
    ("2007/3/28", (3, 28, 2007), None, (None, None)),
    # A range across months takes its year from the end.
    ("March 30 to April 1, 2008", (3, 30, 2008), (4, 1, 2008), (None, None)),
    ("5-7 June", (6, 5, None), (6, 7, None), (None, None)),
    ("May 5-7", (5, 5, None), (5, 7, None), (None, None)),
    ("June 30 (Mon) and July 1 (Tue)", (6, 30, None), (7, 1, None), ("Mon", "Tue")),
])
def test_each_way_a_release_writes_a_date(text, first, last, weekdays):
    [mention] = find_dates(text)
    assert (mention.start, mention.end) == (0, len(text))
    assert (mention.first, mention.last, mention.weekdays) == (first, last, weekdays)


@pytest.mark.parametrize("text", ["February 30", "the 2007 budget of 12 members",
                                  "2007/13/01", "room 3 on floor 23"])
def test_what_is_not_a_date_is_not_found(text):
    assert find_dates(text) == []


def test_mentions_come_in_order_with_the_words_that_lead_in():
    # "on" and "from" belong to the mention: the phrase comes out of a sentence whole.
    text = "Held on 2008/5/6, reported on March 23 (Fri), and from 5-7 June 2009 too."
    found = find_dates(text)
    assert [text[m.start:m.end] for m in found] == [
        "2008/5/6", "on March 23 (Fri)", "from 5-7 June 2009"]
    # Searching part of the text finds only what is in that part.
    start = text.index("reported")
    assert [m.first for m in find_dates(text, start, text.index("and"))] == [(3, 23, None)]


def test_a_mention_resolves_to_days_in_the_year_it_is_given():
    [plain] = find_dates("March 23 (Fri)")
    assert plain.resolve(2007) == (date(2007, 3, 23), None) and not plain.has_year
    [dated] = find_dates("March 30 to April 1, 2008")
    assert dated.resolve(1999) == (date(2008, 3, 30), date(2008, 4, 1)) and dated.has_year
    [turn] = find_dates("December 30 to January 2")
    assert turn.resolve(2007) == (date(2007, 12, 30), date(2008, 1, 2))


def test_a_year_left_out_is_the_one_before_the_release_not_after():
    assert infer_year(3, 23, date(2007, 3, 26)) == 2007  # held days before
    assert infer_year(3, 30, date(2007, 3, 26)) == 2007  # announced days ahead
    assert infer_year(12, 28, date(2008, 1, 5)) == 2007  # last December, not next
    assert infer_year(2, 29, date(2007, 3, 1)) == 2007  # no such day: the release's year
    assert infer_year(3, 23, None) is None


def test_a_weekday_that_does_not_fit_is_said_in_words():
    friday = date(2007, 3, 23)
    assert weekday_mismatch("Fri", friday) is None
    assert weekday_mismatch("friday.", friday) is None
    assert weekday_mismatch("Mon", friday) == (
        "the release says March 23 was a Monday, but March 23, 2007 was a Friday")
    assert weekday_mismatch(None, friday) is None
    assert weekday_mismatch("Fête", friday) is None  # not a weekday: nothing to say


@pytest.mark.parametrize(("text", "first", "last"), [
    ("10:00-12:30", time(10, 0), time(12, 30)),
    ("2:00 p.m.", time(14, 0), None),
    ("3 p.m. to 5 p.m.", time(15, 0), time(17, 0)),
    ("at 10:30-2:00", time(10, 30), time(14, 0)),  # an end before the start: afternoon
    ("12 a.m.", time(0, 0), None),
])
def test_clock_times(text, first, last):
    [(start, end, t1, t2)] = find_times(text)
    assert (start, end, t1, t2) == (0, len(text), first, last)


@pytest.mark.parametrize("text", ["room 10 and 12", "25:00", "in 2007"])
def test_bare_numbers_are_not_times(text):
    assert find_times(text) == []
