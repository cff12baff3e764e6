"""The meeting's day: read from the sentence that says when it was held.

The sentence is chosen by the parser (`_opening`); here its dates are read against the
release's date line: a year left out, a day named against the date line (`met on
Wednesday`), a range, a day told against another (`the day after`), the days a heading
gives when no sentence does. A part of the parser (a base class of it), kept apart so
that neither module grows past what one reads at once.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from mtgdesk.domain.records import MeetingRecord
from mtgdesk.releases import datelines
from mtgdesk.releases import dates as dt
from mtgdesk.releases.proposal import Findings
from mtgdesk.releases.text import Block, Sentence, sentences

HELD_RE = re.compile(r"\b(?:was|were|will\s+be|is\s+being|being)\s+(?:held|convened|"
                     r"organi[sz]ed|hosted|opened|conducted)\b|\b(?:took|take|taking)\s+place\b|"
                     r"\bconvened\b|\bmet\b|\b(?:will|to)\s+(?:meet|gather|convene|host|hold)\b|\bhosted\b|"
                     r"\bheld\b|\bgathered\b|\bkicked\s+off\b|\bco-chaired\b|\bconducted\b|"
                     # `the Council opened in Belgrade on Thursday, 3 December 2015`
                     r"\bopened\s+(?:in|on)\b",
                     re.IGNORECASE)

# A meeting told under way, in the present: `has begun in Samarkand`, `is taking place in
# Baku` (not `began on 3 May`: a day of its own is read as any other).
UNDER_WAY_RE = re.compile(r"\b(?:has|have)\s+(?:begun|started|opened|kicked\s+off|"
                          r"got\s+under\s+way|convened)\b|\b(?:is|are)\s+(?:now\s+)?(?:taking\s+"
                          r"place|being\s+held|under\s*way|in\s+session)\b", re.IGNORECASE)

# `Minister X will attend a meeting of Ministers for Nordic Cooperation in Tromsø on 22
# June 2017`: a release announcing a minister's part tells the meeting to come (not
# `arrived on Monday to take part in the meeting`: the day of the arrival).
ATTEND_RE = re.compile(r"\b(?:will|shall)\s+(?:attend|participate\s+in|take\s+part\s+in)\s+"
                       r"(?:a|an|the)\b[^.;]{0,80}?\b(?:meeting|summit|conference|council|"
                       r"session|forum|dialogue)\b", re.IGNORECASE)

# A sentence that puts a meeting off tells no meeting held unless it says one was.
POSTPONED_RE = re.compile(r"\b(?:postpon(?:e[ds]?|ing|ement)|reschedul\w*|cancel(?:l?ed|s|lation)?|"
                          r"defer(?:red|s)?)\b", re.IGNORECASE)
WAS_HELD_RE = re.compile(r"\b(?:was|were)\s+held\b|\btook\s+place\b|\bmet\b", re.IGNORECASE)

# `a report on the outcomes of the Group, which was held on Monday 18 September`: past the
# opening, a meeting held in a relative clause is another meeting.
HELD_CLAUSE_RE = re.compile(r"\b(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+held\b"
                            r"[^,;]*", re.IGNORECASE)

# `since the 13th summit held on`: an earlier event, held in a clause of its own up to the
# date (not `the first meeting since the pandemic was held on 5 May`: that one's day).
SINCE_RE = re.compile(r"\bsince\s+(?:the|its|their|his|her|our|a|an|last)\b[^,;:()]*?"
                      r"(?<!\bwas)(?<!\bwere)\s+(?:held|hosted|convened)\b[^,;:()]*$",
                      re.IGNORECASE)
# `After the 3rd extraordinary meeting held on 18 May, the Council held its session on 5
# October` (in French `Après la 3e réunion extraordinaire tenue le 18 mai`): what the
# meeting came after, in a clause of its own up to the date.
AFTER_RE = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing|[Aa]près|[Tt]ras|[Dd]espués\s+de)\s+"
                      r"(?:the|its|their|la|le|l['’]|el|los|las)\s*[^,;:()]*?\s"
                      r"(?:held|hosted|convened|tenue?s?|celebrad[ao]s?|realizad[ao]s?)\s+"
                      r"[^,;:()]*$")
_PLAN_YEAR = re.compile(r"\b(?:Vision|Agenda|Strategy|Plan|Goals?|Roadmap|Programme|Horizon)\s+"
                        r"(?:for\s+)?(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+(?:Vision|Agenda|"
                        r"Strategic|Strategy|Plan|Goals?|Roadmap)\b|\b(?:19|20)\d\d[-–]\d\d\b(?![:\d])|"
                        r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b(?![:\d])|"
                        # `the new post-2015 Cooperation Vision`: a period, not a day's year
                        r"\b(?:post|pre)-(?:19|20)\d\d\b",
                        re.IGNORECASE)
# A sentence of an organisation's history: its years are no meeting's.
_HISTORY_RE = re.compile(r"\b(?:(?:was|were|been|is|are)\s+"
                         r"(?:established|founded|created|set\s+up)|"
                         r"establishment|established\s+(?:in|on)|founded\s+(?:in|on)|"
                         # `The consultation was first instituted in 2006`
                         r"(?:first\s+)?(?:instituted|inaugurated)\s+(?:in|on)|"
                         r"came\s+into\s+(?:effect|force)|entered\s+into\s+force)\b",
                         re.IGNORECASE)
# A quoted title, in “ ” or " " or « » (`an enlarged « Weimar + Ukraine » meeting`).
QUOTED_RE = re.compile(r"[“\"«](?P<t>[^”\"»]{5,300})[”\"»]")
UPCOMING_RE = re.compile(r"\b(?:upcoming|next|forthcoming|following|subsequent)\b", re.IGNORECASE)


class MeetingDay:
    """Reads the meeting's day into `record` (the parser's state, set by the parser)."""

    text: str
    record: MeetingRecord
    findings: Findings
    blocks: list[Block]
    dateline_span: tuple[int, int] | None
    heading_days: list[dt.DateMention]

    def ev(self, path: str, start: int, end: int, confidence: float, note: str = "") -> None:
        self.findings.ev(path, start, end, confidence, note)

    def doubt(self, path: str, message: str) -> None:
        self.findings.doubt(path, message)

    def _mentions(self, start: int, end: int) -> list[dt.DateMention]:
        """Dates of text[start:end], less the date line (the day of the release, not of
        the meeting), dates inside a quoted title, and dates of what a meeting came after
        (`progress made since the 8th meeting held in Islamabad on February 28, 2017`,
        `after the extraordinary meeting held on 18 May`)."""
        line = self.dateline_span
        released = self.record.released_on
        return [m for m in dt.find_dates(self.text, start, end)
                if not (line and m.start < line[1] and line[0] < m.end)
                and not self._in_quotes(m.start, start, end)
                and not SINCE_RE.search(self.text, max(start, m.start - 120), m.start)
                and not AFTER_RE.search(self.text, max(start, m.start - 120), m.start)
                and not (line and released and m.start < line[1] + 120 and not m.last
                         and (m.first[0], m.first[1]) == (released.month, released.day)
                         and not re.match(r"(?i)(?:on|from)\b", self.text[m.start:m.end]))]

    def _tells_held(self, s: Sentence, opening: bool) -> bool:
        """The sentence says a meeting was held (met, will meet); not one putting a
        meeting off (`agreed to postpone the Session ... and to hold it in Athens`), nor,
        past the opening, one that holds it in a clause of another meeting's."""
        if POSTPONED_RE.search(s.text):
            return bool(WAS_HELD_RE.search(s.text))
        told = s.text if opening else HELD_CLAUSE_RE.sub("", s.text)
        return bool(HELD_RE.search(told) or (opening and ATTEND_RE.search(told)))

    def _heading_day(self) -> bool:
        """The days a heading gives, when no sentence gives the meeting's:
        `Senior Officials meeting - 23 - 24 October 2023 - Chairpersons' summary`."""
        line = self.dateline_span
        for m in self.heading_days:
            if not m.has_year or (line and m.start < line[1] and line[0] < m.end):
                continue
            held, ends = m.resolve(m.first[2] or 2000)
            self.record.held_on = held
            self.ev("held_on", m.start, m.end, 0.8, "in the heading; no sentence gives it")
            if ends and ends != held:
                self.record.ends_on = ends
                self.ev("ends_on", m.start, m.end, 0.8, "in the heading")
            return True
        return False

    def _under_way(self, body: list[Block]) -> Sentence | None:
        """`The 9th meeting of the Council has begun in Samarkand.`, `A meeting of the
        Foreign Ministers is taking place in Baku.` under a date line, with no day of its
        own: a news item of the day tells the meeting under way that day. The opening
        sentence, read as held on the release's date; None when it is no such sentence."""
        released = self.record.released_on
        if released is None or not body:
            return None
        first = sentences(self.text, body[0].start, body[0].end)[:1]
        if not first or not UNDER_WAY_RE.search(first[0].text) or \
                dt.find_dates(self.text, first[0].start, first[0].end) or \
                dt.find_relative(self.text, first[0].start, first[0].end):
            return None
        self.record.held_on = released
        line = self.dateline_span or (first[0].start, first[0].end)
        self.ev("held_on", *line, 0.7, "the date line; the release tells the meeting under way")
        return first[0]

    def _next_day(self, sent: Sentence, body: list[Block]) -> None:
        """`Senior officials met on 3 May 2023. The Ministerial Meeting was held the
        following day.` under a title naming the Ministerial Meeting: the day after."""
        phrase = datelines.meeting_phrase(self.record.title)
        if not phrase or self.record.held_on is None or phrase in sent.text.lower():
            return
        later = [s for b in body[:3] for s in sentences(self.text, b.start, b.end)
                 if s.start >= sent.end][:3]
        for s in later:
            if dt.NEXT_DAY_RE.search(s.text) and HELD_RE.search(s.text) and \
                    phrase in s.text.lower() and not dt.is_future(s.text) and \
                    not self._mentions(s.start, s.end):
                self.record.held_on += timedelta(days=1)
                self.record.ends_on = None
                m = dt.NEXT_DAY_RE.search(self.text, s.start, s.end)
                assert m is not None
                self.ev("held_on", m.start(), m.end(), 0.8, "the day after the date told before")
                return

    def _after_release(self, sent: Sentence) -> bool:
        released = self.record.released_on
        if released is None:
            return False
        for m in self._mentions(sent.start, sent.end):
            year = m.first[2] or dt.infer_year(m.first[0], m.first[1], released, ahead=True)
            if year and m.resolve(year)[0] > released:
                return True
        return False

    def _relative(self, sent: Sentence) -> None:
        released = self.record.released_on
        assert released is not None
        s, e = dt.find_relative(self.text, sent.start, sent.end)[0]
        # `JOINT DECLARATION ...\n(Bucharest, the 10th of May 2021)` under a page dated
        # 01.06.2021: `met today` is counted from the declaration's own date line.
        own = datelines.own_dateline(self.text, self.blocks, sent.start,
                                     self.dateline_span[1] if self.dateline_span else 0)
        if own is not None:
            released = own.resolve(own.first[2] or released.year)[0]
        day = dt.resolve_relative(self.text[s:e], released, sent.text)
        if day is None:
            return
        self.record.held_on = day
        self.ev("held_on", s, e, 0.8, "counted from the date line")

    def _dates(self, start: int, end: int) -> None:
        mentions = self._mentions(start, end)
        released = self.record.released_on
        ahead = dt.is_future(self.text[start:end])
        if released is not None and not ahead:
            # A meeting the release reports as held is not after the release: such a
            # date is of something to come (`to prepare the summits on 26-28 October`).
            def before(m: dt.DateMention) -> bool:
                year = m.first[2] or dt.infer_year(m.first[0], m.first[1], released)
                return year is None or m.resolve(year)[0] <= released + timedelta(days=1)

            kept = [m for m in mentions if before(m)]
            # `has begun today ... the Summit that Nepal is hosting on 26 and 27 November`
            # under a 25 November date line: a day after the release is another event's.
            if kept and dt.find_relative(self.text, start, end) and all(
                    m.resolve(m.first[2] or dt.infer_year(m.first[0], m.first[1], released)
                              or released.year)[0] > released for m in kept):
                self._relative(Sentence(start, end, self.text[start:end]))
                return
            line = self.dateline_span
            if not kept and mentions and line and start <= line[0] < end:
                self.record.held_on = released  # `Bandar Seri Begawan, 4 October 2021: ...
                self.ev("held_on", *line, 0.7, "the date line; the meeting was held that day")
                return
            mentions = kept
        if not mentions:
            return
        mentions = _dateline_run_in(self.text, start, mentions)
        first = mentions[0]
        last_mention = first if first.last else None
        if last_mention is None and len(mentions) > 1:
            between = self.text[first.end:mentions[1].start]
            if re.fullmatch(r"\s*,?\s*(?:to|until|till|through|-|–|and)\s+(?:(?:from\s+)?"
                            r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:on\s+)?)?", between):
                last_mention = mentions[1]
        year = first.first[2] or (last_mention and (last_mention.last or last_mention.first)[2])
        conf, note = 0.95, "in the opening sentence"
        if not year:
            year = dt.infer_year(first.first[0], first.first[1], released, ahead=ahead)
            conf, note = 0.9, "year taken from the release date"
        if not year:
            # A year that names a plan or a period is no meeting's: `Strategic Vision 2030`,
            # `the 2030 Agenda`, `2022-2026`.
            # Nor one of the organisation's history (`established in 2019`, `which came
            # into effect in May 2014`): it bounds the meeting's year, never names it.
            years = [y.group() for y in re.finditer(r"\b(?:19|20)\d\d\b", self.text)
                     if not _PLAN_YEAR.search(self.text, max(0, y.start() - 20),
                                              min(len(self.text), y.end() + 12))
                     and not _HISTORY_RE.search(_sentence_around(self.text, y.start()))]
            if not years:
                # No year anywhere, nor a release date to count from: this year would
                # be a guess (`April 23` of a page read years later), so none is made.
                self.doubt("held_on", "the release gives “"
                                      f"{self.text[first.start:first.end]}” with no year: "
                                      "type the date in")
                return
            year = dt.likeliest_year(self.text, first.first[0], first.first[1],
                                     [int(y) for y in years])
            if year is None:
                # Every year named puts the meeting before an event told as past (`on
                # March 21` beside `came into effect in May 2014` alone): none is its.
                self.doubt("held_on", "the release gives “"
                                      f"{self.text[first.start:first.end]}” with no year: "
                                      "type the date in")
                return
            if first.weekdays[0] and _valid_day(first, year) and \
                    dt.weekday_mismatch(first.weekdays[0], first.resolve(year)[0]):
                # `on Monday, June 24` beside `elected in September 2023`: the weekday
                # says the guessed year is not the meeting's.
                self.doubt("held_on", "the release gives “"
                                      f"{self.text[first.start:first.end]}” with no year: "
                                      "type the date in")
                return
            conf, note = 0.4, "no year in the release: check it"
            self.doubt("held_on", "the release gives no year for the meeting: check the date")
        held, ends = first.resolve(year)
        if first.misprinted:
            self.doubt("held_on", f"the year of “{self.text[first.start:first.end]}” is "
                                  "misprinted: check the date")
        shift = 0 if ends or last_mention else dt.day_after(self.text, start, first)
        if shift:  # `met the day after the officials' meeting on 3 May`
            held += timedelta(days=shift)
            note = "the day after the date told" if shift > 0 else "the day before the date told"
        if last_mention is not None and last_mention is not first:
            ends = last_mention.resolve(last_mention.first[2] or held.year)[0]
            if ends < held:
                ends = date(ends.year + 1, ends.month, ends.day)
        self.record.held_on = held
        self.ev("held_on", first.start, first.end, conf, note)
        if ends and ends != held:
            self.record.ends_on = ends
            stop = last_mention.end if last_mention is not None else first.end
            self.ev("ends_on", first.start, stop, conf, note)
        for written, day, path in ((first.weekdays[0], held, "held_on"),
                                   (first.weekdays[1], ends, "ends_on"),
                                   (last_mention.weekdays[0] if last_mention is not None
                                    and last_mention is not first else None, ends,
                                    "ends_on")):
            if day is not None:
                problem = dt.weekday_mismatch(written, day)
                if problem:
                    self.doubt(path, problem)
        taken = [(m.start, m.end) for m in mentions]
        times = [t for t in dt.find_times(self.text, start, end)
                 if not any(s < t[1] and t[0] < e for s, e in taken)]
        if times:
            t0 = times[0]
            self.record.starts_at = t0[2]
            self.ev("starts_at", t0[0], t0[1], 0.85)
            ends_at = t0[3] or (times[1][2] if len(times) > 1 else None)
            if ends_at:
                self.record.ends_at = ends_at
                span = (t0[0], t0[1]) if t0[3] else (times[1][0], times[1][1])
                self.ev("ends_at", *span, 0.8)

    def _in_quotes(self, pos: int, start: int, end: int) -> bool:
        for q in QUOTED_RE.finditer(self.text, start, end):
            if q.start() < pos < q.end():
                return True
        return False


_DAYS_LEAD = re.compile(r"(?i)(?:on|from|between)\b")


def _dateline_run_in(text: str, start: int, mentions: list[dt.DateMention]
                     ) -> list[dt.DateMention]:
    """`Kinshasa, 27 February 2014 THE SUMMIT ... was held in Kinshasa from 26 - 27
    February, 2014`: a heading's bare date run into the sentence (a text without line
    breaks) before the words that hold the meeting is the release's; the days they give
    (`on`, `from`, `between`) are the meeting's."""
    first = mentions[0]
    if len(mentions) < 2 or _DAYS_LEAD.match(text, first.start):
        return mentions
    held = HELD_RE.search(text, first.end, mentions[-1].start)
    if held is None or HELD_RE.search(text, start, first.start):
        return mentions
    later = [m for m in mentions[1:] if m.start >= held.end() and _DAYS_LEAD.match(text, m.start)]
    return later + [m for m in mentions if m not in later] if later else mentions


def _valid_day(m: dt.DateMention, year: int) -> bool:
    try:
        m.resolve(year)
    except ValueError:  # February 29 of a year not a leap year
        return False
    return True


def _sentence_around(text: str, at: int) -> str:
    """The sentence holding text[at] (a cut at a full stop and space, or a line break)."""
    begin = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    stops = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[begin:min(stops) if stops else len(text)]
