"""Cheap word checks that let a sentence pass over a costly pattern.

The attendance and chair rules are patterns of many alternatives, ignoring case, each
tried at every position of a sentence: about 20 µs a sentence each, most of the
reader's time. Most sentences hold none of the words that any match of a pattern
needs. A `Clue` names those words. Every clue's words are found in a sentence in one
pass (an Aho-Corasick automaton over the sentence in lower case, its white space runs
one space: about 5 µs for all of them), and each clue asks whether its words are
among those found. When they are not the pattern cannot match and is not run; when
they are, the pattern decides, as before. So a clue changes no reading, only its cost.

A clue is a list of alternatives, each the words one match may be known by: a string,
or a tuple of strings that must all be there. Every match of the pattern must contain
one alternative's words in its own text (never in a look-behind).
tests/releases/test_clues.py checks each clue against its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from operator import itemgetter

import ahocorasick

# The characters other than ASCII letters that a pattern ignoring case matches with an
# ASCII letter: `İ`, `ı` (i), `ſ` (s). (`K`, the Kelvin sign, lowers to `k` by
# itself.) They are read as their letter before the text is put in lower case.
_ODD_CASE = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))

_WORDS: dict[str, int] = {}  # every clue's words, each with its number


def folded(text: str) -> str:
    """text in lower case with each run of white space one space: what clues are
    looked for in."""
    if not text.isascii():
        for odd, letter in _ODD_CASE:
            if odd in text:
                text = text.replace(odd, letter)
    return " ".join(text.lower().split())


@lru_cache(maxsize=1)
def _automaton(size: int) -> ahocorasick.Automaton:
    """The automaton of the first `size` clue words (built again if a clue is made
    after the first search)."""
    automaton = ahocorasick.Automaton()
    for word, number in _WORDS.items():
        automaton.add_word(word, number)
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=16)
def _found(text: str) -> frozenset[int]:
    """The numbers of the clue words in text (a sentence is asked several clues in
    turn: it is read once)."""
    return frozenset(map(itemgetter(1), _automaton(len(_WORDS)).iter(folded(text))))


def _number(word: str) -> int:
    # A space at either end stands for white space inside the match (`members are`).
    if not word.strip() or word.strip(" ") != folded(word) or "  " in word:
        raise ValueError(f"a clue word is in lower case with single spaces: {word!r}")
    return _WORDS.setdefault(word, len(_WORDS))


class Clue:
    """The words one of which (or one tuple of which) any match of `pattern` holds."""

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str | tuple[str, ...]]
                 ) -> None:
        self.pattern = pattern
        self.words = tuple(words)
        self._any = frozenset(_number(w) for w in self.words if isinstance(w, str))
        self._all = tuple(frozenset(_number(x) for x in w)
                          for w in self.words if isinstance(w, tuple))
        # The last text the pattern ran on, and its match: one sentence is asked the
        # same clue by several rules in turn (who came, who chaired), and a pattern's
        # run is what costs.
        self._last: tuple[str, re.Match[str] | None] = ("", None)

    def holds(self, text: str) -> bool:
        """False only when the pattern cannot match in text."""
        found = _found(text)
        if not self._any.isdisjoint(found):
            return True
        # (Each tuple's words all there, in C; most clues have no tuple to ask about.)
        return bool(self._all) and any(map(found.issuperset, self._all))

    def search(self, text: str) -> re.Match[str] | None:
        """pattern.search(text), without running it where it cannot match. (holds()
        written out: a sentence is asked tens of clues, a Python call each.)"""
        found = _found(text)
        if self._any.isdisjoint(found) and not (
                self._all and any(map(found.issuperset, self._all))):
            return None
        last_text, last_match = self._last  # (one tuple: read whole, set whole)
        if last_text == text and last_text:
            return last_match
        match = self.pattern.search(text)
        self._last = (text, match)
        return match

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        return self.pattern.finditer(text) if self.holds(text) else ()


def each(*parts: Iterable[str]) -> list[str]:
    """Every way to join one of each part: each(["held "], ["a", "the"]) is
    ["held a", "held the"] (a clue for `held\\s+(?:a|the)`)."""
    out = [""]
    for part in parts:
        out = [a + b for a in out for b in part]
    return out


# --- the leading words of names written as patterns -----------------------------------

_META = set("\\.^$*+?{}[]()|")


def _marks(pattern: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each `(`, `)` and `|` of a pattern's source from pattern[i] that is neither
    escaped nor inside a character class (`[]...]` included), with the depth of groups
    after it: the one scan both `_alternatives` and `_group_end` read."""
    depth, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1  # `[]...]`: the first `]` is a character
        elif ch in "()|":
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern's source (`A|B(?:C|D)` -> A, B(?:C|D))."""
    out, start = [], 0
    for i, ch, depth in _marks(pattern):
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


def _group_end(pattern: str, i: int) -> int:
    """The index of the `)` that closes the group opened at pattern[i], or -1."""
    return next((j for j, ch, depth in _marks(pattern, i) if ch == ")" and depth == 0), -1)


def leading_words(pattern: str) -> tuple[str, ...] | None:
    """The letters each alternative of a case-sensitive pattern starts with, as written
    (`ASEAN|Association\\s+of ...` -> ASEAN, Association); None when an alternative
    starts with anything but a plain letter, or the pattern sets a flag of its own.
    A look-behind at an alternative's start is passed over (it reads no letter of the
    match), and an alternative that starts with a group that must be there starts with
    the group's leading words (`(?:seven|7)\\s+...` -> seven, 7)."""
    if "(?" in pattern and re.search(r"\(\?[aiLmsux]", pattern):
        return None
    out: list[str] = []
    for alt in _alternatives(pattern):
        while alt.startswith(("(?<!", "(?<=")):
            close = _group_end(alt, 0)
            if close < 0:
                return None
            alt = alt[close + 1:]
        if alt.startswith("(?:"):
            close = _group_end(alt, 0)
            inner = leading_words(alt[3:close]) if close > 0 else None
            if inner is None or alt[close + 1:close + 2] in ("*", "?", "{"):
                return None  # (a group that may be left out: what follows may start it)
            out += inner
            continue
        n = 0
        while n < len(alt) and alt[n] not in _META:
            n += 1
        if n < len(alt) and alt[n] in "*?{":
            n -= 1  # the last letter may be left out (`BRICS?`)
        if n <= 0:
            return None
        out.append(alt[:n])
    return tuple(out)


class Leads:
    """Which of some case-sensitive patterns may match in a text, by the words their
    alternatives start with, found in one pass: a pattern none of whose words is there
    cannot match (one whose words are not known is always a candidate)."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self._always: set[int] = set()
        self._automaton = ahocorasick.Automaton()
        words: dict[str, set[int]] = {}
        for i, p in enumerate(patterns):
            lead = leading_words(p)
            if lead is None:
                self._always.add(i)
            else:
                for w in lead:
                    words.setdefault(w, set()).add(i)
        for w, numbers in words.items():
            self._automaton.add_word(w, frozenset(numbers))
        self._empty = not words
        if not self._empty:
            self._automaton.make_automaton()

    def among(self, text: str, start: int, end: int) -> set[int]:
        """The numbers of the patterns that may match in text[start:end]."""
        out = set(self._always)
        if not self._empty:
            # (A slice: given the whole text and bounds, the automaton copies all of the
            # text at each call, which made reading quadratic in its length.)
            for _, numbers in self._automaton.iter(text[start:end]):
                out |= numbers
        return out
