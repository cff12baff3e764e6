"""Lines of a release that date the release or list other meetings, not the meeting told.

A page's date (`Updated 21:25, 17-Aug-2022`, `Ekleme: 23.12.2019 17:50:07 / ...`), a
place and a date (`Jakarta, 12 May 2023` at the foot, `(Bucharest, the 10th of May 2021)`
under a declaration's heading), and an index of earlier meetings (`- 2019: September 26,
New York` on a line each, years apart) are told apart from the sentence that says when
the meeting was held.
"""

from __future__ import annotations

import re

from mtgdesk.releases import dates as dt
from mtgdesk.releases.text import Block

TIME_RE = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[ap]\.?m\.?|JST|GMT|UTC|IST|hrs?))?",
                     re.IGNORECASE)
# What a line holding only a date may say besides: `Updated 21:25, 17-Aug-2022`.
_DATE_LINE_WORDS = re.compile(r"[\W_]|(?i:date|released?|issued|tokyo|on|updated|published|"
                              r"posted|last)")
# A place before the date: one to four capitalised words, commas and a dash between them
# (`Jakarta,`, `Finlandia Hall, Helsinki, Finland -`, `(Bucharest, the`).
_PLACE = re.compile(r"\W*(?:[A-Z][\w’'.-]*[\s,]*){1,4}(?:[-–—:]\s*)?(?:the\s+)?\W*")
# A meeting's name is no place: `Ministerial Meeting, 12 May 2023` is a title.
_MEETING_WORD = re.compile(r"\b(?:Meetings?|Conference|Dialogue|Forum|Session|Summit|Talks|"
                           r"Council|Committee|Consultations?|Workshop|Seminar|Symposium)\b",
                           re.IGNORECASE)
# `Ekleme: 23.12.2019 17:50:07`, `Date: 12 May 2023`: a label, a colon, the page's date.
# Labels that say when the meeting is are no page's (`When: 12 May 2023`).
_STAMP = re.compile(r"(?P<label>[^\W\d_]{2,20})\s*:\s*")
_MEETING_LABELS = {"when", "dates", "held", "period", "schedule", "meeting", "venue",
                   "deadline", "time", "day", "days"}
# A line of an index of meetings: short, and the run of them names years apart.
_INDEX_WORDS = 14
_INDEX_RUN = 3
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def date_only(text: str, start: int, end: int, *, place: bool = False) -> dt.DateMention | None:
    """The date of text[start:end] when the line holds nothing else but a time and the
    words of a date line (or, with `place`, the place it was written in)."""
    found = dt.find_dates(text, start, end)
    if not found or not found[0].has_year:
        return None
    rest = text[start:end].replace(text[found[0].start:found[0].end], "")
    rest = TIME_RE.sub("", rest)
    if len(_DATE_LINE_WORDS.sub("", rest)) <= 3:
        return found[0]
    if place and text[found[0].end:end].strip(" .)\t") == "" and _PLACE.fullmatch(rest) \
            and not _MEETING_WORD.search(rest):
        return found[0]
    return None


def stamp(text: str, b: Block) -> dt.DateMention | None:
    """`Ekleme: 23.12.2019 17:50:07 / Güncelleme: ...`: a labelled date opening a line."""
    m = _STAMP.match(text, b.start, b.end)
    if m is None or m["label"].lower() in _MEETING_LABELS:
        return None
    found = dt.find_dates(text, m.end(), min(b.end, m.end() + 40))
    if found and found[0].start == m.end() and found[0].has_year and not found[0].last:
        return found[0]
    return None


def index_blocks(text: str, blocks: list[Block]) -> set[int]:
    """The starts of blocks that are lines of an index of meetings: three or more short
    lines in a row, each with a date, naming two years or more between them
    (`- 2020: September 4, virtual`, `- 2019: September 26, New York`). A programme of
    one meeting (`5 June: opening`, `6 June: ...`) names one year and stays."""
    out: set[int] = set()
    run: list[Block] = []

    def close() -> None:
        years = {y for b in run for y in YEAR_RE.findall(b.text)}
        if len(run) >= _INDEX_RUN and len(years) >= 2:
            out.update(b.start for b in run)
        run.clear()

    for b in blocks:
        if len(b.text) < 160 and len(b.text.split()) <= _INDEX_WORDS and \
                dt.find_dates(text, b.start, b.end):
            run.append(b)
        else:
            close()
    close()
    return out


def own_dateline(text: str, blocks: list[Block], before: int, after: int
                 ) -> dt.DateMention | None:
    """The place and date a document opens with, nearest before `before` and after
    `after` (the page's date line): `JOINT DECLARATION ...\\n(Bucharest, the 10th of May
    2021)`; the day a declaration's `today` is counted from."""
    earlier = [b for b in blocks if after <= b.start and b.end <= before][-3:]
    for b in reversed(earlier):
        cut = text.rfind("\n", b.start, b.end)
        line_start = b.start if cut < 0 else cut + 1
        mention = date_only(text, line_start, b.end, place=True)
        if mention is not None and not mention.last:
            return mention
    return None


def meeting_phrase(title: str | None) -> str | None:
    """The name a title gives its meeting, by its last two words: `Ministerial Meeting`
    of `The Fifth Pacific Ministerial Meeting in Suva`."""
    if not title:
        return None
    found = re.findall(r"([\w’'-]+)\s+(" + _MEETING_WORD.pattern + r")", title, re.IGNORECASE)
    if not found:
        return None
    word, noun = found[-1]
    return f"{word} {noun}".lower()
