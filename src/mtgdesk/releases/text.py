"""Paragraphs and sentences of a release, each with its offsets in the text.

Offsets matter more than convenience here: every value the parser proposes points
back at the words it came from, so nothing is cut out of a copy of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

# `1.`, `(1)`, `1)`, `I.`, `a)`, bullets: numbering a report puts back by itself.
_NUMBERING = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[ivx]{1,4}[.)]|\(?[a-h][.)](?=\s)|[•·\-–*▪●◦■]"
    r"|\[\d{1,2}\])\s+")
# Words that end in a dot but do not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nos|Amb|Gen|Lt|Col|Sen|Rep|Hon|Jr|Sr|Co|Corp|Inc|"
    r"Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Fig|Vol|para)"
    r"|\b[A-Z]|\bH\.E|\be\.g|\bi\.e|\bU\.S|\bU\.K|\bU\.N)\.$")


@dataclass(frozen=True)
class Block:
    start: int  # of the text after any numbering
    end: int
    text: str  # as written (inner line breaks kept)
    numbered: bool

    @cached_property
    def flat(self) -> str:
        """The paragraph as one line with single spaces: what a clerk's paragraph keeps
        (asked several times of each paragraph: worked out once)."""
        return " ".join(self.text.split())  # (the white space split() cuts at is \s)


# A run of lines with no blank line between: `[^\n](?:.|\n(?!\s*\n))*`, with each line's
# characters taken in one step, not one repetition each (the same matches, ten times
# faster: tests/releases/test_faster_forms.py).
_BLOCK = re.compile(r"[^\n](?:[^\n]+|\n(?!\s*\n))*")


def blocks(text: str) -> list[Block]:
    """Paragraphs separated by blank lines; a block of numbered lines is split per item."""
    out: list[Block] = []
    for m in _BLOCK.finditer(text):
        start, chunk = m.start(), m.group()
        # Lines starting with numbering inside one block are separate paragraphs.
        pieces = re.split(r"\n(?=\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|[•·▪●■])\s)", chunk)
        offset = start
        for piece in pieces:
            num = _NUMBERING.match(piece)
            skip = num.end() if num else 0
            for at, para in _paragraphs(piece[skip:]):
                body = para.rstrip()
                lead = len(body) - len(body.lstrip())
                if body.strip():
                    s = offset + skip + at + lead
                    out.append(Block(s, s + len(body.strip()), body.strip(),
                                     bool(num) and at == 0))
            offset += len(piece) + 1
    return out


_LABEL_LINE = re.compile(r"[A-Z][\w’'.()&-]*(?: [A-Z][\w’'.()&-]*){0,5}\s*[:：]\s+\S")
_ENDS_LINE = re.compile(r"[.!?:;”\"’)\]]\s*$")


def _paragraphs(chunk: str) -> list[tuple[int, str]]:
    """A block's lines as paragraphs: `(offset in chunk, text)`.

    Many releases put one paragraph on a line with no blank line between, and a
    heading or a date line straight above the first paragraph. A line break ends a
    paragraph when the line ends a sentence or is short (a heading, a date), unless
    the next line goes on in lower case. Text wrapped at a fixed width (most lines
    about as long as the longest) breaks only after a short line.
    """
    lines = chunk.split("\n")
    if len(lines) == 1:
        return [(0, chunk)]
    widths = [len(ln.strip()) for ln in lines]
    longest = max(widths) or 1
    inner = widths[:-1]
    wrapped = len(inner) >= 2 and sum(w >= 0.75 * longest for w in inner) >= 0.7 * len(inner)
    out: list[tuple[int, str]] = []
    start = pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        nxt = lines[i + 1].lstrip()
        word = line.strip()
        if not word or not nxt or nxt[0].islower() or nxt[0] in ",;)" or (
                word.endswith("-") and not word.endswith("--")):
            continue
        short = widths[i] < (0.75 if wrapped else 0.6) * longest or widths[i] < 50
        # A line ending in an abbreviation (`H.E. Mr.`, `U.S.`) does not end its
        # sentence, so it ends no paragraph either: the name goes on below.
        ends = bool(_ENDS_LINE.search(word)) and not _ABBREV.search(
            word[-8:].rstrip("”\"’)"))
        # Lines each opening with a label are items, however long: `Japan: Mr. ...`.
        items = bool(_LABEL_LINE.match(word)) and bool(_LABEL_LINE.match(nxt))
        if (short and (ends or not wrapped)) or (ends and not wrapped) or items:
            out.append((start, chunk[start:pos - 1]))
            start = pos
    out.append((start, chunk[start:]))
    return out


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Sentence, ...]:
    """Sentences of text[start:end]; abbreviations such as `Mr.` and `H.E.` do not end one.
    (A block is cut in sentences more than once, for its date and for who took part:
    cut once, kept as a tuple that no caller can change.)"""
    return _sentences(text, start, len(text) if end is None else end)


_CLOCK_ABBREV = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_PAREN_NEXT = re.compile(r"\s+\(")
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?(?=\s+[“\"(A-Z0-9])")


def first_sentence(text: str) -> Sentence | None:
    """sentences(text)[0], without cutting the rest of the text."""
    return next(_each_sentence(text, 0, len(text)), None)


@lru_cache(maxsize=256)
def _sentences(text: str, start: int, end: int) -> tuple[Sentence, ...]:
    return tuple(_each_sentence(text, start, end))


def _each_sentence(text: str, start: int, end: int) -> Iterator[Sentence]:
    s = start
    for m in _SENTENCE_END.finditer(text[start:end]):
        stop = start + m.end()
        if _ABBREV.search(text[max(s, stop - 8):stop].rstrip("”\"’)")):
            continue
        if _CLOCK_ABBREV.search(text, max(s, stop - 6), stop) and \
                _PAREN_NEXT.match(text, stop, end):
            continue  # `at 4:48 p.m. (local time) for 50 minutes, ...`: the time's zone
        yield Sentence(s, stop, text[s:stop])
        s = stop
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        yield Sentence(s, end, text[s:end])
