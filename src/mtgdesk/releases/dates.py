"""Dates and times as releases write them, with the words they came from.

`March 23 (Fri)`, `23 March 2007`, `March 30 to April 1, 2008`, `5-7 June`,
`June 30 (Mon) and July 1 (Tue)`, `2007/3/28`; times `10:00-12:30`, `2:00 p.m.`.
A release often leaves out the year of the meeting: it is taken from the release date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5,
    "saturday": 5, "sun": 6, "sunday": 6,
}
# Names for the clerk's messages, spelled out: strftime's %B and %A follow the
# machine's locale (Haziran under Turkish), and the releases and messages are English.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                 "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

_MONTH = (r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WD = (r"(?:\s*\((?P<{n}>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|Monday|Tuesday|Wednesday|"
       r"Thursday|Friday|Saturday|Sunday)\.?\))?")
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
# `20017`: a year misprinted with its zero doubled, read as 2017 (`_year`).
_YEAR = r"(?:,?\s+(?P<{n}>(?:19|20)0?\d\d))?"
_LEAD_WD = (r"(?:(?P<{n}>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|"
            r"Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?")


def _f(pattern: str, **names: str) -> str:
    return pattern.format(**names)


# One date point in either order: `March 23 (Fri), 2007` or `23 (Fri) March 2007`.
def _point(i: int) -> str:
    md = (_f(_LEAD_WD, n=f"lw{i}") + _f(_MONTH, n=f"m{i}") + r"\s+" + _f(_DAY, n=f"d{i}")
          + _f(_WD, n=f"w{i}") + _f(_YEAR, n=f"y{i}"))
    dm = (_f(_LEAD_WD, n=f"lv{i}") + _f(_DAY, n=f"e{i}") + _f(_WD, n=f"v{i}")
          + r"\s+(?:of\s+)?" + _f(_MONTH, n=f"n{i}") + _f(_WD, n=f"u{i}") + _f(_YEAR, n=f"z{i}"))
    return rf"(?:{md}|{dm})"


# Range or pair after the first point: `to April 1`, `-24`, `and 24 (Sat)`, `to 7 June`.
_SEP = r"\s*(?:-|–|—|to|until|through|till|and)\s*"
_TAIL_DAY = (_f(_DAY, n="td") + _f(_WD, n="tw")
             + r"(?:\s+" + _f(_MONTH, n="tm") + r")?" + _f(_YEAR, n="ty"))
DATE_RE = re.compile(
    r"\b(?:from\s+|on\s+|between\s+)?" + _point(1)
    # (A page's date line with its time run into the year, `1 July 201615:02`, is the
    # date with its year.)
    + r"(?:" + _SEP + r"(?:" + _point(2) + r"|" + _TAIL_DAY + r"))?"
    r"(?:(?![\w:])|(?<=\d{4})(?=[0-2]?\d:[0-5]\d\b))",
    re.IGNORECASE,
)
# `5-7 June 2008` and `5 and 6 June`: the month comes only after the second day.
DAY_RANGE_RE = re.compile(
    r"\b(?:from\s+|on\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?" + _f(_WD, n="w1")
    + _SEP + _f(_DAY, n="d2") + _f(_WD, n="w2") + r"\s+" + _f(_MONTH, n="m")
    + _f(_YEAR, n="y") + r"(?!\w)", re.IGNORECASE)
NUMERIC_RE = re.compile(r"\b(?P<y>(?:19|20)\d\d)[/.-](?P<m>[01]?\d)[/.-](?P<d>[0-3]?\d)\b")
# `22.09.2017`, `02-09-2020`: day first, as every office outside the United States
# writes it; a slash (`09/02/2020`) is left alone, it is read both ways.
NUMERIC_DMY_RE = re.compile(r"(?<![\d.-])(?P<d>[0-3]?\d)(?P<sep>[.-])(?P<m>[01]?\d)(?P=sep)"
                            r"(?P<y>(?:19|20)\d\d)\b")
# `17-Aug-2022`, `3/Mar/2024`: a page's date, the month's name between the numbers.
DMY_NAMED_RE = re.compile(r"(?<![\w-])(?P<d>[0-3]?\d)(?P<sep>[-/])(?P<m>Jan|Feb|Mar|Apr|May|Jun|"
                          r"Jul|Aug|Sept?|Oct|Nov|Dec)(?P=sep)(?P<y>(?:19|20)\d\d)\b",
                          re.IGNORECASE)
# `held a briefing in Canberra (25/03)`: a day and month in brackets, no year; read only
# when one number cannot be a month (`(03/04)` is either day first or month first).
BRACKET_DM_RE = re.compile(r"\((?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\)")
# `le 05 Octobre 2018`, `el 27 de septiembre`, `29 de octubre de 2016`, `1er mars`: the
# day before the month in French, Spanish and Portuguese (their months are no English
# words, so they are read apart from DATE_RE's).
ROMANCE_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "dezembro": 12,
}
ROMANCE_RE = re.compile(
    r"(?<![\w.])(?P<d>[0-3]?\d)(?:er|º|°)?\s+(?:de\s+)?(?P<m>"
    + "|".join(sorted(ROMANCE_MONTHS, key=len, reverse=True))
    + r")(?![\w])(?:\s*,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b)?", re.IGNORECASE)
# `令和5年12月6日`, `2023年12月6日`: the date line of a Japanese page.
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
JAPANESE_RE = re.compile(r"(?:(?P<era>令和|平成|昭和)(?P<ey>元|\d{1,2})|(?P<y>(?:19|20)\d\d))年"
                         r"(?P<m>[01]?\d)月(?P<d>[0-3]?\d)日")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    first: tuple[int, int, int | None]  # (month, day, year or None)
    last: tuple[int, int, int | None] | None
    weekdays: tuple[str | None, str | None]  # as written, e.g. "Fri"
    misprinted: bool = False  # a year written `20017`, read as 2017

    def resolve(self, year: int) -> tuple[date, date | None]:
        y1 = self.first[2] or (self.last[2] if self.last else None) or year
        d1 = date(y1, self.first[0], self.first[1])
        if not self.last:
            return d1, None
        y2 = self.last[2] or y1
        d2 = date(y2, self.last[0], self.last[1])
        if d2 < d1 and not self.last[2]:  # `December 30 to January 2`
            d2 = date(y2 + 1, self.last[0], self.last[1])
        return d1, d2

    @property
    def has_year(self) -> bool:
        return bool(self.first[2] or (self.last and self.last[2]))


def _year(written: str | None) -> int | None:
    """`2017`; `20017`, a misprint of it (a zero doubled after the century)."""
    if not written:
        return None
    return int(written[:2] + written[3:] if len(written) == 5 else written)


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.lower().rstrip(".")) if name else None


def _valid(m: int, d: int, y: int | None) -> bool:
    try:
        date(y or 2000, m, d)  # 2000 is a leap year: February 29 stays possible
    except ValueError:
        return False
    return True


_A_DIGIT = re.compile(r"\d")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date mention in text[start:end], in order, without overlaps."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    if not _A_DIGIT.search(text, start, end):
        return found  # every pattern below reads a day in digits (most lines have none)
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in DAY_RANGE_RE.finditer(text, start, end):
        month, y = _month(m["m"]), _year(m["y"])
        d1, d2 = int(m["d1"]), int(m["d2"])
        if month and _valid(month, d1, y) and _valid(month, d2, y) and d2 > d1:
            found.append(DateMention(m.start(), m.end(), (month, d1, y), (month, d2, y),
                                     (m["w1"], m["w2"]), len(m["y"] or "") == 5))
            taken.append((m.start(), m.end()))
    for m in DATE_RE.finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue
        g = m.groupdict()
        if g["m1"]:
            m1, d1, w1, y1 = _month(g["m1"]), int(g["d1"]), g["w1"] or g["lw1"], g["y1"]
        else:
            m1, d1, y1 = _month(g["n1"]), int(g["e1"]), g["z1"]
            w1 = g["v1"] or g["u1"] or g["lv1"]
        odd = any(len(g[k] or "") == 5 for k in ("y1", "z1", "y2", "z2", "ty"))
        if not m1 or not _valid(m1, d1, _year(y1)):
            continue
        last = None
        w2 = None
        if g["m2"] or g["n2"]:
            if g["m2"]:
                m2, d2, w2, y2 = _month(g["m2"]), int(g["d2"]), g["w2"] or g["lw2"], g["y2"]
            else:
                m2, d2, y2 = _month(g["n2"]), int(g["e2"]), g["z2"]
                w2 = g["v2"] or g["u2"] or g["lv2"]
            if m2 and _valid(m2, d2, None):
                last = (m2, d2, _year(y2))
        elif g["td"]:
            m2 = _month(g["tm"]) or m1
            d2, w2 = int(g["td"]), g["tw"]
            y2 = _year(g["ty"])
            if _valid(m2, d2, None) and (m2, d2) != (m1, d1):
                last = (m2, d2, y2)
        year1 = _year(y1) or (last[2] if last else None)
        found.append(DateMention(m.start(), m.end(), (m1, d1, year1), last, (w1, w2), odd))
        taken.append((m.start(), m.end()))
    for m in NUMERIC_RE.finditer(text, start, end):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if free(m.start(), m.end()) and 1 <= mo <= 12 and _valid(mo, d, y):
            found.append(DateMention(m.start(), m.end(), (mo, d, y), None, (None, None)))
            taken.append((m.start(), m.end()))
    for m in NUMERIC_DMY_RE.finditer(text, start, end):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if free(m.start(), m.end()) and 1 <= mo <= 12 and _valid(mo, d, y):
            found.append(DateMention(m.start(), m.end(), (mo, d, y), None, (None, None)))
            taken.append((m.start(), m.end()))
    for m in DMY_NAMED_RE.finditer(text, start, end):
        y, mo, d = int(m["y"]), _month(m["m"]) or 0, int(m["d"])
        if free(m.start(), m.end()) and _valid(mo, d, y):
            found.append(DateMention(m.start(), m.end(), (mo, d, y), None, (None, None)))
            taken.append((m.start(), m.end()))
    for m in BRACKET_DM_RE.finditer(text, start, end):
        a, b = int(m["a"]), int(m["b"])
        mo, d = (b, a) if a > 12 >= b else (a, b) if b > 12 >= a else (0, 0)
        if mo and free(m.start(), m.end()) and _valid(mo, d, None):
            found.append(DateMention(m.start(), m.end(), (mo, d, None), None, (None, None)))
            taken.append((m.start(), m.end()))
    for m in ROMANCE_RE.finditer(text, start, end):
        y, mo, d = _year(m["y"]), ROMANCE_MONTHS[m["m"].lower()], int(m["d"])
        if free(m.start(), m.end()) and _valid(mo, d, y):
            found.append(DateMention(m.start(), m.end(), (mo, d, y), None, (None, None)))
            taken.append((m.start(), m.end()))
    for m in JAPANESE_RE.finditer(text, start, end):
        if m["era"]:
            y = _ERAS[m["era"]] + (1 if m["ey"] == "元" else int(m["ey"]))
        else:
            y = int(m["y"])
        mo, d = int(m["m"]), int(m["d"])
        if free(m.start(), m.end()) and 1 <= mo <= 12 and _valid(mo, d, y):
            found.append(DateMention(m.start(), m.end(), (mo, d, y), None, (None, None)))
    found.sort(key=lambda x: x.start)
    return found


# --- days named against the date line -------------------------------------------------

RELATIVE_RE = re.compile(
    r"\b(?:(?:last|this|next|on|coming|past)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b(?!\s*,?\s*\(?\s*(?:\d|January|February|March|April|May|June|"
    r"July|August|September|October|November|December))"
    r"|\b(?:yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening|week))\b"
    # `was held in Minsk on the 20th local time` under `Astana, June 21`: a day of the
    # month the date line names (a wire's way); not `on the 20th anniversary`.
    r"|\bon\s+the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:local\s+time\b|of\s+this\s+"
    r"month\b|[,.;)]|$))",
    re.IGNORECASE)
_DAY_OF_MONTH = re.compile(r"(?i)on\s+the\s+(?P<d>\d{1,2})")
_FUTURE = re.compile(r"\b(?:will|shall|to\s+(?:meet|be\s+held|hold|convene|gather|take\s+place)"
                     r"|are\s+to|is\s+to|scheduled|upcoming|forthcoming|next|tomorrow)\b",
                     re.IGNORECASE)
_WEEKDAY_WORD = re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
                           re.IGNORECASE)


# `a ministry statement said on Tuesday`, `a press release issued here on Saturday`: the
# day a statement was made, not the meeting's.
_SAID_BEFORE = re.compile(r"\b(?:said|says|stated|announced|reported|issued|released|"
                          r"published|told\s+\w+)(?:\s+[\w’'-]+){0,4}\s*$", re.IGNORECASE)


def find_relative(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of days named against the date line: `on Wednesday`, `yesterday`, `today`;
    not the day a statement about the meeting was made (`the ministry said on Tuesday`)."""
    return [m.span() for m in RELATIVE_RE.finditer(text, start, end)
            if not _SAID_BEFORE.search(text, max(start, m.start() - 60), m.start())]


# A day told against another date: `the day after the officials' meeting on 3 May`
# (a preposition: the date follows), `the ministers met the following day` (an adverb:
# the date was told before).
DAY_AFTER_RE = re.compile(r"\b(?:the|a|one)\s+day\s+(?P<p>after|following|before)\b",
                          re.IGNORECASE)
NEXT_DAY_RE = re.compile(r"\b(?:the\s+(?:following|next)\s+day|(?:a|one)\s+day\s+later|"
                         r"the\s+day\s+after\b(?!\s+(?:the|a|an|its|their|his|her|this|that|"
                         r"\d|(?-i:[A-Z]))))\b", re.IGNORECASE)


def day_after(text: str, start: int, mention: DateMention) -> int:
    """+1 when `the day after ...` comes before `mention` in text[start:...] with no date
    between (`met the day after the officials' meeting on 3 May`), -1 for `the day
    before`, else 0."""
    found = list(DAY_AFTER_RE.finditer(text, start, mention.start))
    if not found:
        return 0
    m = found[-1]
    if find_dates(text, m.end(), mention.start):
        return 0
    return -1 if m["p"].lower() == "before" else 1


def resolve_relative(words: str, base: date, sentence: str) -> date | None:
    """The day `words` names, counted from the date line `base` (dateparser); a weekday
    is the last such day on or before the date line, or the next one when the sentence
    speaks of what will happen (`will meet on Friday`)."""
    future = is_future(sentence)
    ordinal = _DAY_OF_MONTH.match(words)
    if ordinal:
        return _day_of_month(int(ordinal["d"]), base, future)
    weekday = _WEEKDAY_WORD.search(words)
    if weekday and WEEKDAYS[weekday.group().lower()] == base.weekday() \
            and not re.match(r"(?i)(?:last|next)\b", words):
        return base  # `said on Thursday` under a Thursday date line: that very day
    import dateparser  # imported here: the first call costs half a second

    when = dateparser.parse(
        words, languages=["en"],
        settings={"RELATIVE_BASE": datetime(base.year, base.month, base.day, 12),
                  "PREFER_DATES_FROM": "future" if future else "past",
                  "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False})
    return when.date() if when is not None else None


def _day_of_month(day: int, base: date, future: bool) -> date | None:
    """`on the 20th` under a date line of June 21: June 20; under one of June 2, May 20
    (a meeting reported is not after its release), or, for one to come, the next 20th."""
    month = base.month - 1 if (day > base.day and not future) else base.month
    if future and day < base.day:
        month = base.month + 1
    year = base.year + (month - 1) // 12
    try:
        return date(year, (month - 1) % 12 + 1, day)
    except ValueError:  # the 31st of a month of 30 days
        return None


def infer_year(month: int, day: int, released: date | None, *,
               ahead: bool = False) -> int | None:
    """The year of a meeting whose release leaves it out: the last such day on or before
    the release (a release reports a meeting held days before, not months after), or,
    for a meeting it announces (`ahead`), the next such day on or after it."""
    if released is None:
        return None
    year = released.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return year
    if ahead:
        return year + 1 if candidate < released - timedelta(days=7) else year
    if candidate > released + timedelta(days=7):
        return year - 1
    return year


def is_future(sentence: str) -> bool:
    """The sentence speaks of what will happen: `will be held`, `are to meet`."""
    return bool(_FUTURE.search(sentence))


def weekday_mismatch(written: str | None, actual: date) -> str | None:
    """A sentence for the clerk when `(Fri)` does not fit the date, else None."""
    if not written:
        return None
    wanted = WEEKDAYS.get(written.lower().rstrip("."))
    if wanted is None or wanted == actual.weekday():
        return None
    day = f"{MONTH_NAMES[actual.month - 1]} {actual.day}"
    return (f"the release says {day} was a {WEEKDAY_NAMES[wanted]}, "
            f"but {day}, {actual.year} was a {WEEKDAY_NAMES[actual.weekday()]}")


# --- times ---------------------------------------------------------------------------

_CLOCK = (r"(?P<h{n}>[012]?\d)(?:[:.](?P<mi{n}>[0-5]\d))?\s*"
          r"(?P<ap{n}>a\.?\s?m\.?|p\.?\s?m\.?|noon|hrs?\.?|h\b)?")
TIME_RE = re.compile(
    r"\b(?:from\s+|at\s+|between\s+)?" + _CLOCK.format(n=1)
    + r"(?:\s*(?:-|–|—|to|until|till|and)\s*" + _CLOCK.format(n=2) + r")?",
    re.IGNORECASE)


def _clock(h: str | None, mi: str | None, ap: str | None) -> time | None:
    if h is None:
        return None
    hour, minute = int(h), int(mi or 0)
    tag = (ap or "").lower().replace(".", "").replace(" ", "")
    if tag == "pm" and hour < 12:
        hour += 12
    elif tag == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return time(hour, minute)


def find_times(text: str, start: int = 0, end: int | None = None
               ) -> list[tuple[int, int, time, time | None]]:
    """Clock times that are clearly times: `10:00`, `2 p.m.`, `10:00-12:30`."""
    end = len(text) if end is None else end
    out = []
    for m in TIME_RE.finditer(text, start, end):
        g = m.groupdict()
        clearly = g["mi1"] or g["ap1"]
        if not clearly:
            continue
        ap1 = g["ap1"] or (g["ap2"] if g["h2"] else None)
        t1 = _clock(g["h1"], g["mi1"], ap1)
        t2 = _clock(g["h2"], g["mi2"], g["ap2"]) if g["h2"] and (g["mi2"] or g["ap2"]) else None
        if t1 is None:
            continue
        if t2 is not None and t2 < t1 and not g["ap2"] and t2.hour + 12 < 24:
            t2 = time(t2.hour + 12, t2.minute)  # `10:30-2:00`: afternoon
        out.append((m.start(), m.end() if t2 or not g["h2"] else m.start("h2") - 1, t1, t2))
    return out


# --- a year for a date that has none, with no release date ---------------------------

MONTH_YEAR_RE = re.compile(r"\b" + _f(_MONTH, n="m") + r"\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b",
                           re.IGNORECASE)


def likeliest_year(text: str, month: int, day: int, years: list[int]) -> int | None:
    """Of the years a release names (in order), the one that puts `month day` after the
    events it tells as past and before those it tells as to come: `on July 21` beside
    `the first summit took place in November 2009` and `Japan will host the second in
    October 2010` is 2010. The first year named when none fits better; None when even
    that one contradicts every event dated (`on March 21` beside `came into effect in May
    2014` alone: the meeting is after it, in a year the release does not name)."""
    events: list[tuple[date, bool]] = []
    for m in MONTH_YEAR_RE.finditer(text):
        mo = _month(m["m"])
        if mo:
            events.append((date(int(m["y"]), mo, 1), _told_ahead(text, m.start())))
    for d in find_dates(text):
        if d.has_year:
            try:
                when = d.resolve(d.first[2] or (d.last[2] if d.last else None) or 2000)[0]
            except ValueError:
                continue
            events.append((when, _told_ahead(text, d.start)))

    def misfits(year: int) -> int:
        try:
            day_of = date(year, month, day)
        except ValueError:
            return len(events) + 1
        return sum(1 for when, ahead in events
                   if (ahead and day_of >= when) or (not ahead and day_of <= when))

    best = min(dict.fromkeys(years), key=misfits)  # min keeps the first of equals
    return best if misfits(best) == 0 or misfits(best) < len(events) else None


def _told_ahead(text: str, at: int) -> bool:
    """The sentence up to `at` speaks of what will happen."""
    begin = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 300, 0)
    return is_future(text[begin:at]) or bool(_AHEAD.search(text, begin, at))


# Told as to come, in reported speech: `announced that the summit would be held on`,
# `agreed to host the second summit in October 2010`.
_AHEAD = re.compile(r"\bwould\s+(?:be\s+(?:held|hosted|convened)|take\s+place|meet|host|"
                    r"hold|convene)\b|\bto\s+(?:host|be\s+hosted)\b", re.IGNORECASE)
