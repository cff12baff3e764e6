"""Small pieces of report English: dates, times, counts and lists.

Month and day names are spelled out here rather than taken from strftime, because a
report must read the same whatever locale the clerk's machine runs in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SMALL_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine")


def long_date(d: date) -> str:
    """`March 28, 2007`: the release date at the head of a press release."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def full_date(d: date) -> str:
    """`Friday, March 23, 2007`: the minutes header."""
    return f"{DAY_NAMES[d.weekday()]}, {long_date(d)}"


def day_with_weekday(d: date, *, month: bool = True, year: bool = False) -> str:
    """`March 23 (Fri)`, `23 (Fri)` without the month, `March 23 (Fri), 2007` with year."""
    text = f"{MONTHS[d.month - 1]} {d.day}" if month else str(d.day)
    text += f" ({DAYS[d.weekday()]})"
    return f"{text}, {d.year}" if year else text


def clock(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """Numbers under ten in words, from ten in figures: `seven organizations`, `11 countries`."""
    noun = singular if n == 1 else (plural or singular + "s")
    number = SMALL_NUMBERS[n] if 0 <= n < 10 else str(n)
    return f"{number} {noun}"


def series(items: Sequence[str], conjunction: str = "and") -> str:
    """`A`, `A and B`, `A, B, and C` (serial comma, as the house style has it)."""
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    return ", ".join(items[:-1]) + f", {conjunction} {items[-1]}"


def meeting_when(held_on: date, ends_on: date | None = None, starts_at: time | None = None,
                 ends_at: time | None = None, *, with_year: bool = False) -> str:
    """The date part of "was held ...": `on March 23 (Fri)`, `from March 23 (Fri) to 25 (Sun)`,
    `from March 30 (Fri) to April 1 (Sun)`, `on March 23 (Fri) from 10:00 to 12:30`.

    The year is left out (it is in the release date) unless asked for or the meeting
    runs into another year.
    """
    several_days = ends_on is not None and ends_on != held_on
    if not several_days:
        text = "on " + day_with_weekday(held_on, year=with_year)
        if starts_at and ends_at:
            text += f" from {clock(starts_at)} to {clock(ends_at)}"
        elif starts_at:
            text += f" from {clock(starts_at)}"
        elif ends_at:
            text += f" until {clock(ends_at)}"
        return text
    assert ends_on is not None
    across_years = ends_on.year != held_on.year
    year = with_year or across_years
    first = day_with_weekday(held_on, year=year)
    # With times the month is repeated: "12:30 on 25 (Sun)" would be hard to read.
    same_month = ends_on.month == held_on.month and not across_years
    last = day_with_weekday(ends_on, month=not same_month or bool(starts_at or ends_at),
                            year=year)
    if starts_at or ends_at:
        start = f"{clock(starts_at)} on " if starts_at else ""
        end = f"{clock(ends_at)} on " if ends_at else ""
        return f"from {start}{first} to {end}{last}"
    return f"from {first} to {last}"


def date_span(held_on: date, ends_on: date | None = None) -> str:
    """`March 23, 2007` or `March 23–25, 2007` or `March 30 – April 1, 2007`: index lines."""
    if ends_on is None or ends_on == held_on:
        return long_date(held_on)
    if ends_on.year != held_on.year:
        return f"{long_date(held_on)} – {long_date(ends_on)}"
    if ends_on.month != held_on.month:
        return (f"{MONTHS[held_on.month - 1]} {held_on.day} – "
                f"{MONTHS[ends_on.month - 1]} {ends_on.day}, {ends_on.year}")
    return f"{MONTHS[held_on.month - 1]} {held_on.day}–{ends_on.day}, {held_on.year}"


def indefinite_article(phrase: str) -> str:
    """`A` or `An` before a quoted title, by the sound of its first word (roughly)."""
    word = phrase.lstrip("“\"'‘ ").split(" ", 1)[0].lower()
    if not word:
        return "A"
    # Vowel letters that sound like a consonant ("United", "European", "One") and
    # silent h ("Honorary", "Hour") are the common exceptions in meeting titles.
    if word.startswith(("uni", "use", "usu", "eu", "one", "once", "ur")):
        return "A"
    if word.startswith(("hour", "honor", "honour", "heir")):
        return "An"
    return "An" if word[0] in "aeiou" else "A"
