"""A short extract of a meeting around the words a search matched, and where those words
are in it, so a list can show them in bold. Plain text in, plain text out: whoever
displays the snippet escapes it (the clerk's text is never markup)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from mtgdesk.domain.query import Term
from mtgdesk.domain.textfold import fold, fold_with_offsets, has_cjk

WIDTH = 180  # characters of context shown
LEAD = 50  # characters kept before the first match


@dataclass(frozen=True)
class Snippet:
    text: str
    highlights: tuple[tuple[int, int], ...] = ()


_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class Matcher:
    """The matched words of a query, to find in a text: `pattern`, and the first word of
    each term (`firsts`), looked for first: a text holding none of them (most of a
    meeting's paragraphs) is passed over without running the pattern through it.

    The words must start where a word starts. That is checked after a match, not by a
    look-behind at the pattern's head: Python's re then finds the pattern's first
    letters with a fast scan for them, where a look-behind leading it is tried at every
    place of the text (50 times slower on a paragraph). A match that does not start a
    word is passed over and looked for again one place further, with the terms that may
    start anywhere (Chinese, Japanese) tried there too: the same matches as the
    look-behind gave."""

    pattern: re.Pattern[str]  # the words as group "w", then the terms without the check
    firsts: tuple[str, ...]
    anywhere: re.Pattern[str] | None = None  # the terms without the check, alone

    def matches(self, folded: str) -> Iterator[re.Match[str]]:
        pos, search = 0, self.pattern.search
        while (m := search(folded, pos)) is not None:
            at = m.start()
            if m.lastgroup == "w" and at > 0 and _WORD_CHAR.match(folded, at - 1):
                other = self.anywhere.match(folded, at) if self.anywhere else None
                if other is None:
                    pos = at + 1
                    continue
                m = other
            yield m
            pos = max(m.end(), at + 1)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each match in `text` (as typed, not folded)."""
        folded = fold(text)
        if not any(w in folded for w in self.firsts):
            return []
        found = [m for m in self.matches(folded) if m.end() > m.start()]
        if not found:
            return []
        if len(folded) == len(text):
            offsets: list[int] | range = range(len(text))  # one folded character each
        else:
            folded, offsets = fold_with_offsets(text)
            found = [m for m in self.matches(folded) if m.end() > m.start()]
        return [(offsets[m.start()], offsets[m.end() - 1] + 1) for m in found]


def _term_pattern(term: Term) -> tuple[str, bool, str] | None:
    """(the pattern of a term's words, whether it starts at a word's start, its first
    word)."""
    words = re.findall(r"\w+", fold(term.text))
    if not words:
        return None
    body = r"\W+".join(re.escape(w) for w in words)
    if has_cjk(term.text):
        return body + (r"\w*" if term.prefix else ""), False, words[0]
    return body + (r"\w*" if term.prefix else r"(?!\w)"), True, words[0]


def matcher(terms: Sequence[Term]) -> Matcher | None:
    parts = sorted({p for p in (_term_pattern(t) for t in terms) if p},
                   key=lambda p: len(p[0]), reverse=True)
    if not parts:
        return None
    # Longest first, so a phrase wins over a word it contains. The terms that start at
    # a word's start share one check of it, after the match (see Matcher).
    words = [p for p, at_start, _ in parts if at_start]
    cjk = [p for p, at_start, _ in parts if not at_start]
    pattern = re.compile("|".join(
        ([r"(?P<w>" + "|".join(words) + ")"] if words else []) + cjk))
    anywhere = re.compile("|".join(cjk)) if cjk and words else None
    return Matcher(pattern, tuple(dict.fromkeys(first for _, _, first in parts)), anywhere)


def make_snippet(texts: Sequence[str], pattern: Matcher | None) -> Snippet:
    """The extract of the text that matches most, starting a little before its first
    match; without any match, the start of the first text."""
    best: tuple[int, str, list[tuple[int, int]]] | None = None
    if pattern is not None:
        for text in texts:
            if not text:
                continue
            spans = pattern.spans(text)
            if spans and (best is None or len(spans) > best[0]):
                best = (len(spans), text, spans)
    if best is None:
        first = next((t for t in texts if t and t.strip()), "")
        return Snippet(_cut(first, 0)[0])
    _, text, spans = best
    start = max(0, spans[0][0] - LEAD)
    if start:
        space = text.rfind(" ", start - 15, start)
        start = space + 1 if space > 0 else start
    piece, shift = _cut(text, start)
    shown = tuple((a - start + shift, b - start + shift) for a, b in spans
                  if a >= start and b - start + shift <= len(piece))
    return Snippet(piece, shown)


def _cut(text: str, start: int) -> tuple[str, int]:
    """text[start:] shortened to WIDTH with ellipses; returns it and the lead's length."""
    text = text.replace("\n", " ")
    lead = "…" if start > 0 else ""
    end = start + WIDTH
    if end < len(text):
        space = text.rfind(" ", end - 20, end)
        end = space if space > start else end
        return lead + text[start:end].rstrip() + " …", len(lead)
    return lead + text[start:], len(lead)
