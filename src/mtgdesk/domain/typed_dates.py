"""Dates and times as a clerk types them into a field, read exactly or not at all.

`2019-11-13`, `13 Nov 2019`, `13 November 2019`, `November 13, 2019`, `13/11/2019`
(day and month in the order the clerk's locale writes them), `today`, `yesterday`,
`tomorrow`; times `9:30`, `0930`, `9`, `2 pm`, `2:15 p.m.`. Anything else is refused
with a sentence saying why: a field never guesses a date it was not given, because a
wrong date in a published release is the worst thing the program can do.

The releases reader (releases/dates.py) finds dates inside running text; this module
reads one whole field, so it can be strict about what is left over.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

# Spelled out here, not by strftime, whose names follow the machine's locale.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                 "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)} | {
    name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, 1)} | {"sept": 9}

RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}
_WEEKDAY_WORD = (r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|"
                 r"urday|rsday)?\.?,?")


class Unreadable(ValueError):
    """The text is not a date (or time); str() says what was wrong, for the clerk."""


def shown_date(value: date) -> str:
    """`Wed 13 November 2019`: the day a field understood, spelled out in English
    (strftime would follow the machine's locale)."""
    return (f"{WEEKDAY_NAMES[value.weekday()][:3]} {value.day} "
            f"{MONTH_NAMES[value.month - 1]} {value.year}")


def _make(year: int, month: int, day: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise Unreadable(f"“{text}”: there is no month {month}")
    try:
        return date(year, month, day)
    except ValueError:
        raise Unreadable(f"“{text}”: {MONTH_NAMES[month - 1]} {year} has no day {day}") \
            from None


def _year(text: str, whole: str) -> int:
    if len(text) != 4:
        raise Unreadable(f"“{whole}”: write the year in full (four digits)")
    return int(text)


def parse_date(text: str, *, day_first: bool, today: date) -> date | None:
    """The date the text names; None for an empty field; Unreadable otherwise.

    `day_first` says how to read `13/11/2019` and `11/13/2019`: as the clerk's locale
    writes dates. A slash date that the other order would read differently and that the
    locale's order cannot read (`11/13/2019` for a day-first clerk) is refused, not
    swapped.
    """
    raw = text
    text = " ".join(text.strip().lower().split())
    if not text:
        return None
    if text in RELATIVE:
        return today + timedelta(days=RELATIVE[text])
    text = re.sub(r"^" + _WEEKDAY_WORD + r"\s+", "", text)  # "Wed 13 November 2019"
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        return _make(int(m[1]), int(m[2]), int(m[3]), raw.strip())
    if m := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d+)", text):
        first, second = int(m[1]), int(m[2])
        d_num, m_num = (first, second) if day_first else (second, first)
        return _make(_year(m[3], raw.strip()), m_num, d_num, raw.strip())
    words = r"([a-z]+)\.?"
    day_re = r"(\d{1,2})(?:st|nd|rd|th)?"
    if m := re.fullmatch(day_re + r"\s+" + words + r",?\s+(\d+)", text):
        d, month_word, y = m[1], m[2], m[3]
    elif m := re.fullmatch(words + r"\s+" + day_re + r",?\s+(\d+)", text):
        month_word, d, y = m[1], m[2], m[3]
    else:
        raise Unreadable(f"“{raw.strip()}” is not a date: type it as 2019-11-13, "
                         "13 Nov 2019 or today")
    month_number = MONTHS.get(month_word)
    if month_number is None:
        raise Unreadable(f"“{raw.strip()}”: “{month_word}” is not a month")
    return _make(_year(y, raw.strip()), month_number, int(d), raw.strip())


def parse_time(text: str) -> time | None:
    """The time of day the text names (`9:30`, `0930`, `2 pm`); None for an empty field."""
    raw = text.strip()
    text = " ".join(raw.lower().replace(".", "").split())
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,2})(?::?(\d{2}))?\s*(am|pm)?", text)
    if m is None or (m[2] is None and len(m[1]) > 2):
        raise Unreadable(f"“{raw}” is not a time: type it as 9:30, 0930 or 2 pm")
    hour, minute, half = int(m[1]), int(m[2] or 0), m[3]
    if half is not None:
        if not 1 <= hour <= 12:
            raise Unreadable(f"“{raw}”: with am or pm the hour is 1 to 12")
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise Unreadable(f"“{raw}” is not a time of day")
    return time(hour, minute)


def shown_time(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def explain_ignored(item: str) -> str:
    """A part of a search query that was ignored, with why when it is a date:
    `from:2007-02-30 (February 2007 has no day 30)`. The search never guesses a date;
    it says it did not take one."""
    name, _, value = item.partition(":")
    if name not in ("from", "to") or not value:
        return item
    try:
        parse_date(value, day_first=True, today=date.today())
    except Unreadable as exc:
        if "is not a date" not in str(exc):  # a day the calendar does not have
            return f"{item} ({str(exc).split(': ', 1)[-1]})"
    return f"{item} (write a date as 2007-03-23, 2007-03 or 2007)"
