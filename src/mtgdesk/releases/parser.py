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
from mtgdesk.releases import dates as dt
from mtgdesk.releases import names
from mtgdesk.releases.assemble import assemble
from mtgdesk.releases.attendance import Attendance, read_sentence
from mtgdesk.releases.places import find_place
from mtgdesk.releases.proposal import Findings, Proposal
from mtgdesk.releases.readers import normalise
from mtgdesk.releases.text import Block, blocks, sentences

HELD_RE = re.compile(r"\b(?:was|were|will\s+be|is\s+being)\s+(?:held|convened|organi[sz]ed|"
                     r"hosted|opened)\b|\btook\s+place\b|\bconvened\b|\bmet\b|\bhosted\b",
                     re.IGNORECASE)
QUOTED_RE = re.compile(r"[“\"](?P<t>[^”\"]{5,300})[”\"]")
MEETING_WORDS = re.compile(r"\b(?:Meeting|Conference|Dialogue|Forum|Session|Consultations?|"
                           r"Talks|Summit|Workshop|Symposium|Seminar|Round\s?table|Committee|"
                           r"Council|Group|Commission|Panel)\b", re.IGNORECASE)
NOT_TITLE = re.compile(r"^(?:\(?provisional\s+translation\)?|press\s+releases?|"
                       r"(?:ministry\s+of\s+foreign\s+affairs|mofa)(?:\s+of\s+japan)?|"
                       r"for\s+immediate\s+release|news|announcements?|date\s*:.*)$",
                       re.IGNORECASE)
DECISION_RE = re.compile(r"\b(?:decided|resolved|determined)\b", re.IGNORECASE)
AGREEMENT_RE = re.compile(r"\b(?:agreed|concurred|reached\s+(?:an\s+)?agreement|adopted)\b",
                          re.IGNORECASE)


def parse_text(text: str, *, source: str | None = None) -> Proposal:
    text = normalise(text)
    parser = _Parser(text)
    parser.run()
    return Proposal(parser.record, text, parser.evidence, parser.doubts, source)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.findings = Findings()
        self.record = self.findings.record
        self.evidence = self.findings.evidence
        self.doubts = self.findings.doubts
        self.blocks = blocks(text)
        self.place_spans: list[tuple[int, int]] = []

    def ev(self, path: str, start: int, end: int, confidence: float, note: str = "") -> None:
        self.findings.ev(path, start, end, confidence, note)

    def doubt(self, path: str, message: str) -> None:
        self.findings.doubt(path, message)

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
            if b.numbered or (len(b.flat) > 120 and b.flat.rstrip().endswith((".", ":"))) \
                    or HELD_RE.search(b.flat) and b.flat.endswith("."):
                return i
        return min(len(self.blocks), 2)

    def _date_only(self, b: Block) -> dt.DateMention | None:
        found = dt.find_dates(self.text, b.start, b.end)
        if found and found[0].has_year:
            rest = self.text[b.start:b.end].replace(self.text[found[0].start:found[0].end], "")
            if len(re.sub(r"[\W_]|(?i:date|released?|issued|tokyo|on)", "", rest)) <= 3:
                return found[0]
        return None

    def _heading(self, header: list[Block], body: list[Block]) -> None:
        titles: list[Block] = []
        for b in header:
            mention = self._date_only(b)
            if mention and self.record.released_on is None:
                self.record.released_on = mention.resolve(mention.first[2] or 2000)[0]
                self.ev("released_on", mention.start, mention.end, 0.95, "date under the title")
            elif not mention and not NOT_TITLE.match(b.flat):
                titles.append(b)
        if self.record.released_on is None and body:  # a date at the foot of the release
            for b in body[-2:]:
                mention = self._date_only(b)
                if mention:
                    self.record.released_on = mention.resolve(mention.first[2] or 2000)[0]
                    self.ev("released_on", mention.start, mention.end, 0.8, "date at the end")
                    self._footer = b
                    break
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
            self.record.title = b.flat
            self.ev("title", b.start, b.end, conf, note)
        elif quoted and body:
            s = body[0].start + quoted.start("t")
            self.record.title = re.sub(r"\s+", " ", quoted["t"]).strip()
            self.ev("title", s, s + len(quoted["t"]), 0.7, "quoted in the opening sentence")

    # --- when and where --------------------------------------------------------------

    def _opening(self, body: list[Block]) -> tuple[int, int] | None:
        candidates = []
        for b in body:
            for s in sentences(self.text, b.start, b.end):
                if dt.find_dates(self.text, s.start, s.end):
                    candidates.append((s, bool(HELD_RE.search(s.text))))
            if candidates:
                break
        if not candidates:
            self.doubt("held_on", "no meeting date found: type it in")
            return None
        sent = next((s for s, held in candidates if held), candidates[0][0])
        self._dates(sent.start, sent.end)
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

    def _dates(self, start: int, end: int) -> None:
        mentions = [m for m in dt.find_dates(self.text, start, end)
                    if not self._in_quotes(m.start, start, end)]
        if not mentions:
            return
        first = mentions[0]
        last_mention = first if first.last else None
        if last_mention is None and len(mentions) > 1:
            between = self.text[first.end:mentions[1].start]
            if re.fullmatch(r"\s*,?\s*(?:to|until|till|through|-|–|and)\s+(?:(?:from\s+)?"
                            r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:on\s+)?)?", between):
                last_mention = mentions[1]
        released = self.record.released_on
        year = first.first[2] or (last_mention and (last_mention.last or last_mention.first)[2])
        conf, note = 0.95, "in the opening sentence"
        if not year:
            year = dt.infer_year(first.first[0], first.first[1], released)
            conf, note = 0.9, "year taken from the release date"
        if not year:
            years = re.findall(r"\b(?:19|20)\d\d\b", self.text)
            year = int(years[0]) if years else date.today().year
            conf, note = 0.4, "no year in the release: check it"
            self.doubt("held_on", "the release gives no year for the meeting: check the date")
        held, ends = first.resolve(year)
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

    # --- who, and the paragraphs that remain -----------------------------------------

    def _attendance(self, body: list[Block], opening: tuple[int, int] | None) -> None:
        result = Attendance()
        kept: list[tuple[int, int, str]] = []
        footer = getattr(self, "_footer", None)
        for b in body:
            if b is footer:
                continue
            rest = []
            for s in sentences(self.text, b.start, b.end):
                structural = opening is not None and s.start == opening[0]
                listing = _is_list(self.text, s.start, s.end)
                # A quoted title names no participant: `“Japan-Australia Dialogue”`.
                quoted = [(s.start + q.start(), s.start + q.end())
                          for q in QUOTED_RE.finditer(s.text)]
                if read_sentence(self.text, s.start, s.end, self.record.held_on, result,
                                 listing=listing, skip=self.place_spans + quoted):
                    structural = True
                if not structural:
                    rest.append(s)
            if rest:
                kept.append((rest[0].start, rest[-1].end,
                             re.sub(r"\s+", " ", " ".join(s.text for s in rest)).strip()))
        assemble(self.findings, result)
        for i, (p0, p1, words) in enumerate(kept):
            first = sentences(words)[0].text if words else ""
            kind = ParagraphKind.DISCUSSION
            if DECISION_RE.search(first):
                kind = ParagraphKind.DECISION
            elif AGREEMENT_RE.search(first):
                kind = ParagraphKind.AGREEMENT
            self.record.paragraphs.append(ParagraphRecord(text=words, kind=kind.value))
            self.ev(f"paragraphs[{i}]", p0, p1, 0.8, f"a {kind.value} paragraph")


def _is_list(text: str, start: int, end: int) -> bool:
    """A sentence (or bullet) that is mostly names: `Participants: Australia, Canada`."""
    found = names.gazetteer(text, start, end, []) + names.with_acronyms(text, start, end, [])
    letters = sum(ch.isalpha() for ch in text[start:end])
    covered = sum(sum(ch.isalpha() for ch in text[f.start:f.end]) for f in found)
    return letters > 0 and covered / letters >= 0.5

