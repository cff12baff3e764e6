"""A release's plain text -> a proposed MeetingRecord with evidence and doubts.

The parts are read in the order a clerk reads a release: the heading (title, release
date), the opening sentence (when and where), the sentences on who took part and who
chaired, and what remains: the clerk's paragraphs, in order, without their numbering.
"""

from __future__ import annotations

import re
from datetime import date

from mtgdesk.domain.records import ParagraphRecord
from mtgdesk.domain.vocab import ParagraphKind
from mtgdesk.releases import capitals, datelines, labels, names
from mtgdesk.releases import dates as dt
from mtgdesk.releases.assemble import assemble
from mtgdesk.releases.attendance import Attendance, read_sentence
from mtgdesk.releases.clues import Clue
from mtgdesk.releases.meeting_day import HELD_RE, QUOTED_RE, UPCOMING_RE, MeetingDay
from mtgdesk.releases.people import LABEL_RE
from mtgdesk.releases.places import find_place
from mtgdesk.releases.proposal import Findings, Proposal
from mtgdesk.releases.readers import normalise
from mtgdesk.releases.text import Block, Sentence, blocks, first_sentence, sentences

PARTICIPANTS_LABEL = re.compile(
    r"(?i)\b(?:participants|participating\s+(?:countries|delegations|states)|attendees|"
    r"attending\s+(?:countries|delegations|organi[sz]ations)|delegations|list\s+of\s+"
    r"participants)\s*[:：]\s*$")
# What a date line holds besides the date: a place, an agency, a label (`KUNMING, Aug. 15
# (Xinhua) --`, `date 2024-07-04 New Delhi,`, `Geneva [Switzerland], June 29 :`).
DATELINE_WORDS = 12
MEETING_WORDS = re.compile(r"\b(?:Meeting|Conference|Dialogue|Forum|Session|Consultations?|"
                           r"Talks|Summit|Workshop|Symposium|Seminar|Round\s?table|Committee|"
                           r"Council|Group|Commission|Panel)\b", re.IGNORECASE)
NOT_TITLE = re.compile(r"^(?:\(?provisional\s+translation\)?|press\s+releases?|"
                       r"(?:ministry\s+of\s+foreign\s+affairs|mofa)(?:\s+of\s+japan)?|"
                       r"for\s+immediate\s+release|news|announcements?|date\s*:.*)$",
                       re.IGNORECASE)
# `The Executive Council officially opened its 28th Ordinary Session on Wednesday`: a
# meeting held, told by its opening.
OPENED_ITS = re.compile(r"\bopen(?:ed|s)\s+(?:its|their|the)\b", re.IGNORECASE)
DECISION_RE = re.compile(r"\b(?:decided|resolved|determined)\b", re.IGNORECASE)
AGREEMENT_RE = re.compile(r"\b(?:agreed|concurred|reached\s+(?:an\s+)?agreement|adopted)\b",
                          re.IGNORECASE)
# (Each paragraph's first sentence is asked both: the clue words of all are found in one
# pass, where each pattern is tried at every position.)
DECISION = Clue(DECISION_RE, ["decided", "resolved", "determined"])
AGREEMENT = Clue(AGREEMENT_RE, ["agreed", "concurred", "reached agreement",
                                "reached an agreement", "adopted"])


def parse_text(text: str, *, source: str | None = None) -> Proposal:
    text = normalise(text)
    # Paragraphs in capitals are read from a copy in ordinary case (same offsets); the
    # title and the clerk's paragraphs keep the words as written.
    parser = _Parser(capitals.soften(text), shown=text)
    parser.run()
    return Proposal(parser.record, text, parser.evidence, parser.doubts, source)


class _Parser(MeetingDay):
    def __init__(self, text: str, shown: str | None = None) -> None:
        self.text = text
        self.shown = text if shown is None else shown  # as written: what the clerk keeps
        self.findings = Findings()
        self.record = self.findings.record
        self.evidence = self.findings.evidence
        self.doubts = self.findings.doubts
        self.blocks = blocks(text)
        self.place_spans: list[tuple[int, int]] = []
        self.dateline_span: tuple[int, int] | None = None
        self.index = datelines.index_blocks(text, self.blocks)
        # Days a heading gives (`Senior Officials meeting - 23 - 24 October 2023`): the
        # meeting's when the sentences give none.
        self.heading_days: list[dt.DateMention] = []
        self._latest_year: int | None = None

    def run(self) -> None:
        body_at = self._find_body()
        header, body = self.blocks[:body_at], self.blocks[body_at:]
        self._heading(header, body)
        opening = self._opening(body)
        self._attendance(body, opening)
        if not self.record.title:
            self.doubt("title", "no title found: type it in")

    # --- heading ---------------------------------------------------------------------

    def _find_body(self) -> int:
        for i, b in enumerate(self.blocks):
            # (`... around the theme “Co-Creating the Flow of Change.”`: a sentence's end
            # inside its closing quote or bracket)
            flat = b.flat.rstrip("”\"’)] ")
            if b.numbered or (len(b.flat) > 120 and flat.endswith((".", ":", ";"))) \
                    or HELD_RE.search(b.flat) and flat.endswith(".") \
                    or len(b.flat.split()) >= 12 and flat.endswith(".") \
                    or i > 0 and LABEL_RE.match(b.flat):  # a sentence; `Chairs: X, Y`
                return i
        return min(len(self.blocks), 2)

    def _date_only(self, b: Block, *, place: bool = False) -> dt.DateMention | None:
        if b.start in self.index:
            return None  # `- 2019: September 26, New York`: a line of an index of meetings
        return datelines.date_only(self.text, b.start, b.end, place=place)

    def _dateline(self, body_at: int) -> dt.DateMention | None:
        """The date a news release opens with, before its first sentence says anything:
        `Bandar Seri Begawan, 4 October 2021 (TDI): ...`, `MINSK, 14 December 2010.`
        Not one in a later paragraph (`At this September 22 ministerial dialogue`)."""
        for b in self.blocks[:6]:
            if b.start > 800 or b.start > body_at:
                break
            found = dt.find_dates(self.text, b.start, min(b.end, b.start + 240))
            if not found or b.start in self.index:
                continue
            m = found[0]
            prefix = self.text[b.start:m.start]
            if re.match(r"(?i)(?:on|from|between)\b", self.text[m.start:m.end]) or m.last:
                # `On 22 May 2019, Bishkek hosted ...`: the sentence's own date; a range
                # (`meeting - 23 - 24 October 2023`) is a meeting's days, never a release's.
                return None
            if len(prefix.split()) <= DATELINE_WORDS and not HELD_RE.search(prefix) and \
                    not re.search(r"(?i)\b(?:on|from|between|since|until|to|and|of)\s*$", prefix):
                if m.has_year:
                    return m
                years = re.findall(r"\b(?:19|20)\d\d\b", self.text[:600])
                if years:
                    return dt.DateMention(m.start, m.end, (m.first[0], m.first[1],
                                                           int(years[0])), None, m.weekdays)
                return m  # `BEIJING, Sep 19 (APP):` with no year: the release's day still
            return None
        return None

    def _released(self, mention: dt.DateMention, conf: float, note: str) -> None:
        """The release's date; its words are the date line, no meeting's day. A date
        line with no year (`BEIJING, Sep 19 (APP):`) dates nothing but is no meeting's."""
        if mention.has_year:
            self.record.released_on = mention.resolve(mention.first[2] or 2000)[0]
            self.ev("released_on", mention.start, mention.end, conf, note)
        self.dateline_span = (mention.start, mention.end)

    def _heading(self, header: list[Block], body: list[Block]) -> None:
        titles: list[Block] = []
        for b in header:
            mention = self._date_only(b)
            if mention is None and "\n" in b.text.strip():
                # `Meeting to be held\nUpdated 21:25, 17-Aug-2022`: the title, then a
                # line holding only the page's date.
                cut = b.start + b.text.rstrip().rindex("\n")
                last = Block(cut + 1, b.end, self.text[cut + 1:b.end], False)
                mention = self._date_only(last)
                if mention and not NOT_TITLE.match(" ".join(self.text[b.start:cut].split())):
                    titles.append(Block(b.start, cut, self.text[b.start:cut], b.numbered))
            if mention and mention.last:
                self.heading_days.append(mention)  # `23-24 October 2023`: no release's date
            elif mention and self.record.released_on is None:
                self._released(mention, 0.95, "date under the title")
            elif not mention and not NOT_TITLE.match(b.flat):
                titles.append(b)
                if MEETING_WORDS.search(b.flat) and b.start not in self.index:
                    self.heading_days += dt.find_dates(self.text, b.start, b.end)[:1]
        if self.record.released_on is None:
            # `Ekleme: 23.12.2019 17:50:07 / Güncelleme: ...`: a page's labelled date.
            for b in self.blocks[:6]:
                mention = datelines.stamp(self.text, b)
                if mention:
                    self._released(mention, 0.8, "a labelled date at the top of the page")
                    break
        if self.record.released_on is None and body:  # a date at the foot of the release
            for b in body[-2:]:  # (`Jakarta, 12 May 2023`: a place, a date)
                mention = self._date_only(b, place=True)
                if mention and not mention.last:
                    self._released(mention, 0.8, "date at the end")
                    self._footer = b
                    break
        if self.record.released_on is None:
            # A line holding only a date before the first word of a meeting held (the
            # body found too early, at a page's boilerplate sentence): the page's date.
            for b in body[:6]:
                if HELD_RE.search(b.flat):
                    break
                mention = self._date_only(b)
                if mention and not mention.last:
                    self._released(mention, 0.8,
                                   "a line holding only a date, before the meeting is told")
                    break
        if self.record.released_on is None and self.dateline_span is None:
            line = self._dateline(body[0].start if body else len(self.text))
            if line is not None:
                self._released(line, 0.8, "the date line")
        quoted = None
        if body:
            first = sentences(self.text, body[0].start, body[0].end)[:1]
            if first:
                quoted = QUOTED_RE.search(first[0].text)
        pick = None
        if quoted:
            for b in titles:
                if re.sub(r"\s+", " ", quoted["t"]).strip().lower() == b.flat.lower():
                    pick = (b, 0.95, "heading, as quoted in the opening sentence")
        if pick is None and titles:
            meetingish = [b for b in titles if MEETING_WORDS.search(b.flat)]
            b = (meetingish or titles)[0]
            pick = (b, 0.85 if meetingish else 0.6, "heading")
        if pick is not None:
            b, conf, note = pick
            self.record.title = re.sub(r"\s+", " ", self.shown[b.start:b.end]).strip()
            self.ev("title", b.start, b.end, conf, note)
        elif quoted and body:
            s = body[0].start + quoted.start("t")
            self.record.title = re.sub(r"\s+", " ", quoted["t"]).strip()
            self.ev("title", s, s + len(quoted["t"]), 0.7, "quoted in the opening sentence")

    # --- when and where --------------------------------------------------------------

    def _opening(self, body: list[Block]) -> tuple[int, int] | None:
        # The sentence that says when: the first of the opening sentences that says the
        # meeting was held (met, took place, will meet) and gives a day, by its date or
        # against the date line (`met on Wednesday`); else the first dated sentence.
        candidates: list[tuple[Sentence, bool, bool]] = []
        relative = self.record.released_on is not None
        # `The first meeting ... was held today` with no date line to count from: the
        # meeting's day is not given, and a later date is another event's
        # (`the 7th meeting of the Group that was held on August 23`).
        uncounted: Sentence | None = None
        for b in body[:2]:
            for s in sentences(self.text, b.start, b.end):
                if not relative and uncounted is None and (
                        HELD_RE.search(s.text) or OPENED_ITS.search(s.text)) and \
                        dt.find_relative(self.text, s.start, s.end) and \
                        not self._mentions(s.start, s.end):
                    uncounted = s
        for i, b in enumerate(body):
            if len(candidates) >= 10:
                break  # (not cutting the later paragraphs in sentences only to stop)
            if b.start in self.index:
                continue  # `- 2019: September 26, New York`: an index of other meetings
            for s in sentences(self.text, b.start, b.end):
                if len(candidates) >= 10:
                    break
                has_date = bool(self._mentions(s.start, s.end))
                says_day = relative and bool(dt.find_relative(self.text, s.start, s.end))
                if has_date or says_day:
                    candidates.append((s, self._tells_held(s, i < 2), has_date))
        if uncounted is not None and (not candidates or candidates[0][0].start > uncounted.start):
            s0, s1 = dt.find_relative(self.text, uncounted.start, uncounted.end)[0]
            self.doubt("held_on", f"the release says “{self.text[s0:s1]}” with no date to "
                                  "count from: type the date in")
            return None
        ongoing = self._under_way(body)
        if ongoing is not None and (not candidates or candidates[0][0].start > ongoing.start):
            return self._where(ongoing, body)
        if not candidates:
            if not self._heading_day():
                self.doubt("held_on", "no meeting date found: type it in")
            return None
        # A later one is often the next meeting; `the upcoming summit which X will host
        # from 6-10 November` always is.
        held = [c for c in candidates[:4] if c[1] and not (
            UPCOMING_RE.search(c[0].text) and dt.is_future(c[0].text)
            and self._after_release(c[0]))]
        # `Indonesia and Australia held a Joint Briefing` over `... which will hold its
        # Conference on March 30. ... held a Joint Briefing in Canberra (25/03)`: under a
        # title telling a meeting held, one told as to come is the next event.
        title = self.record.title or ""
        if re.search(r"(?i)\b(?:held|met|hosted|convened)\b", title) and \
                not dt.is_future(title):
            held = [c for c in held if not dt.is_future(c[0].text)] + \
                   [c for c in held if dt.is_future(c[0].text)]
        # Without a word for holding it, a date far into the release, or one still to
        # come in a release about a meeting held (`the upcoming summit from 6-10
        # November`), is another event's.
        opening = {b.start for b in body[:2]}
        dated = [c for c in candidates if c[2] and any(
            b.start <= c[0].start < b.end for b in body[:2] if b.start in opening)
            and not (dt.is_future(c[0].text) and self._after_release(c[0]))]
        # `Ministers Monday agreed to hold the upcoming summit on July 21`: the date is
        # the summit's to come; the weekday, counted from the date line, the meeting's.
        agreed = [(c[0], c[1], False) for c in candidates[:4] if c[1] and c[2] and relative
                  and dt.find_relative(self.text, c[0].start, c[0].end)
                  and not dt.is_future(self.text[c[0].start:dt.find_relative(
                      self.text, c[0].start, c[0].end)[0][0]])]
        choices = held or dated or agreed or [c for c in candidates if not c[2]]
        if not choices:
            if not self._heading_day():
                self.doubt("held_on", "no meeting date found: type it in")
            return None
        sent, _, has_date = choices[0]
        if has_date:
            self._dates(sent.start, sent.end)
            self._next_day(sent, body)
        elif self.record.released_on is not None:
            self._relative(sent)
        return self._where(sent, body)

    def _where(self, sent: Sentence, body: list[Block]) -> tuple[int, int]:
        """The venue and the city of the sentence that told when (else of the first
        paragraph); the span of that sentence."""
        place = find_place(self.text, sent.start, sent.end)
        if place.venue is None and place.city is None:
            for b in body[:1]:
                place = find_place(self.text, b.start, b.end)
        # The venue is no participant: `at the Ministry of Foreign Affairs`.
        self.place_spans = [x for x in (place.venue_span, place.city_span) if x]
        if place.venue and place.venue_span:
            self.record.venue = re.sub(r"\s+", " ", place.venue)
            self.ev("venue", *place.venue_span, 0.7 if place.online else 0.85,
                    "held online" if place.online else "after “at”")
        if place.city and place.city_span:
            self.record.city = re.sub(r"\s+", " ", place.city)
            self.ev("city", *place.city_span, 0.75, "after “in”")
        return (sent.start, sent.end)

    def _as_of(self) -> date | None:
        """The day a group's members are counted on: the meeting's, else the release's,
        else the end of the latest past year the release names (a release of 2022 that
        gives no date has BRICS' five members, not those that joined in 2024)."""
        day = self.record.held_on or self.record.released_on
        if day is None:
            if self._latest_year is None:
                years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", self.text)]
                past = [y for y in years if y <= date.today().year]
                self._latest_year = max(past) if past else 0
            if self._latest_year:
                day = date(self._latest_year, 12, 31)
        return day

    # --- who, and the paragraphs that remain -----------------------------------------

    def _attendance(self, body: list[Block], opening: tuple[int, int] | None) -> None:
        result = Attendance()
        kept: list[tuple[int, int, str]] = []
        footer = getattr(self, "_footer", None)
        labelled = False  # under `Participants:`, each item is a listing
        # Under `... was attended by the following:` (ATTENDED), the items are a listing
        # too; under `... did not attend:` (ABSENT_LABEL), they are no parties.
        under: str | None = None
        first_item = False  # the paragraph right after such a label
        for b in body:
            if b is footer:
                continue
            if under is not None and not labelled and (first_item or labels.bulleted(self.text, b)):
                first_item = False
                if under == labels.ATTENDED:
                    for i0, i1 in labels.items(self.text, b):
                        read_sentence(self.text, i0, self._entry_stop(i0, i1),
                                      self.record.held_on, result, listing=True,
                                      skip=self.place_spans)
                else:
                    kept.append((b.start, b.end, b.flat))
                continue
            under = labels.label(self.text, b)
            first_item = under is not None
            if labelled and (b.numbered or _an_entry(self.text, b)):
                # `• Japan: Mr. FUJIMOTO Kentaro, Ambassador ...`: the delegation before
                # the colon, or the whole item (a line of its own under the label, with
                # or without a bullet: `Japan: Mr. Taro Sato, Director-General`).
                colon = self.text.find(":", b.start, min(b.end, b.start + 60))
                stop = colon if colon > 0 else b.end
                read_sentence(self.text, b.start, stop, self.record.held_on, result,
                              listing=True, skip=self.place_spans)
                continue
            # (The label ends the paragraph: one that ends otherwise is not looked at.)
            labelled = b.text.endswith((":", "：")) and bool(PARTICIPANTS_LABEL.search(b.flat))
            rest = []
            for s in sentences(self.text, b.start, b.end):
                # (A group's meeting held, `the G20 Foreign Ministers' Meeting was held`,
                # does not say its members came: they are proposed where the text says so.)
                structural = opening is not None and s.start == opening[0]
                listing = _is_list(self.text, s.start, s.end)
                # A quoted title names no participant: `“Japan-Australia Dialogue”`.
                quoted = [(s.start + q.start(), s.start + q.end())
                          for q in QUOTED_RE.finditer(s.text)]
                if read_sentence(self.text, s.start, s.end,
                                 self._as_of(), result,
                                 listing=listing, skip=self.place_spans + quoted):
                    structural = True
                if not structural:
                    rest.append(s)
            if rest:
                kept.append((rest[0].start, rest[-1].end, " ".join(
                    " ".join(self.shown[s.start:s.end] for s in rest).split())))
        assemble(self.findings, result)
        for i, (p0, p1, words) in enumerate(kept):
            lead = first_sentence(words)
            first = lead.text if lead else ""
            kind = ParagraphKind.DISCUSSION
            if DECISION.search(first):
                kind = ParagraphKind.DECISION
            elif AGREEMENT.search(first):
                kind = ParagraphKind.AGREEMENT
            self.record.paragraphs.append(ParagraphRecord(text=words, kind=kind.value))
            self.ev(f"paragraphs[{i}]", p0, p1, 0.8, f"a {kind.value} paragraph")


    def _entry_stop(self, start: int, end: int) -> int:
        """`Namibia: HE President X`: the delegation before the colon; the whole item
        when no country is named before it (`United Republic: HE President X of
        Tanzania`, `President of the UEMOA Commission;`)."""
        colon = self.text.find(":", start, min(end, start + 60))
        if colon > start and any(f.kind == names.COUNTRY for f in
                                 names.gazetteer(self.text, start, colon, [])):
            return colon
        return end


def _an_entry(text: str, b: Block) -> bool:
    """A short line under a participants' label naming a delegation before a colon:
    `Australia: Ms. Jane Doe, First Assistant Secretary`."""
    colon = text.find(":", b.start, min(b.end, b.start + 60))
    return colon > b.start and len(b.flat.split()) <= 30 and "\n" not in b.text and bool(
        names.gazetteer(text, b.start, colon, []))


# A capitalised word (`\b[A-Z][\w’'-]*`, its first letter found before the boundary is
# checked, which is faster; the start of the text counts as after a boundary).
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'-]*")


def _is_list(text: str, start: int, end: int) -> bool:
    """A sentence (or bullet) that is mostly names: `Participants: Australia, Canada`."""
    letters = _letters(text[start:end])
    capitalised = sum(map(len, _CAPITALISED.findall(text[start:end])))
    if letters == 0 or capitalised < 0.4 * letters:
        return False  # names are capitalised: too few capitals for a list, not looked up
    found = names.gazetteer(text, start, end, []) + names.with_acronyms(text, start, end, [])
    covered = sum(_letters(text[f.start:f.end]) for f in found)
    return covered / letters >= 0.5


_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _letters(words: str) -> int:
    """How many of the characters are letters (str.isalpha): the ASCII ones counted in
    C, the few others one by one."""
    ascii_words = words.encode("ascii", "ignore")
    letters = len(ascii_words) - len(ascii_words.translate(None, _ASCII_LETTERS))
    if len(ascii_words) < len(words):
        letters += sum(map(str.isalpha, _NOT_ASCII.findall(words)))
    return letters
