"""Paragraphs written all in capitals, read as if written in ordinary case.

Communiqués of some bodies (the EAC's, many summits') are set in capitals: `THEIR
EXCELLENCIES PRESIDENT UHURU KENYATTA OF THE REPUBLIC OF KENYA; ...`. The reader finds
names by their capitals (a name starts with one, `of the` stands inside one), so in such
a paragraph every word looks like a name and none stands alone. The paragraph is read
from a copy of the same length in which the words are put in the case a release would
use: known names and titles capitalised, a person's name after a title capitalised, an
acronym kept, every other word in lower case. The clerk still sees the text as written.
"""

from __future__ import annotations

import re
from functools import cache

from mtgdesk.domain import reference as ref

_MIN_WORDS = 12  # a heading in capitals is read as written
_SMALL = {"of", "the", "and", "in", "on", "at", "to", "for", "by", "with", "a", "an", "or",
          "from", "as", "its", "their", "de", "du", "des", "la", "le", "et"}
# Short words of English that are no acronym.
_SHORT_WORDS = {
    "was", "has", "had", "are", "his", "her", "who", "new", "one", "two", "six", "ten",
    "all", "not", "but", "per", "via", "key", "met", "due", "out", "now", "may", "can",
    "off", "set", "end", "day", "top", "sea", "law", "few", "use", "own", "way", "far",
    "got", "let", "see", "did", "our", "him", "big", "low", "any", "is", "be", "it", "he",
    "we", "us", "so", "no", "up", "if", "do", "also", "this", "that", "were", "will", "held",
    "into", "over", "year", "next", "last", "upon", "they", "them", "then", "than",
    "been", "have", "said", "each", "both"}
# Words that start or stand inside a person's style: the words after them, up to a small
# word or a stop, are the person's name.
_TITLES = {"president", "vice", "prime", "minister", "excellency", "excellencies", "hon",
           "honourable", "honorable", "he", "h", "ambassador", "secretary", "general",
           "dr", "mr", "mrs", "ms", "prof", "chairperson", "chairman", "premier", "king",
           "queen", "sheikh", "sultan", "emir", "deputy", "chief", "governor", "senator",
           "rt", "gen", "amb", "sir", "dame", "lady", "lord"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "monday", "tuesday", "wednesday",
           "thursday", "friday", "saturday", "sunday"}
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


def _key(word: str) -> str:
    return re.sub(r"[^\w]", "", word.casefold())


@cache
def _name_words() -> frozenset[str]:
    """Every word of the reference lists' names and spellings, as lookup keys."""
    words: set[str] = set()
    for spelling in _spellings():
        words.update(_key(w) for w in spelling.split())
    return frozenset(w for w in words if w and w not in _SMALL)


def _spellings() -> list[str]:
    out: list[str] = []
    for c in ref.countries():
        out += [c.name, *c.aliases]
    for o in ref.organizations():
        out += [o.name, o.acronym, *o.aliases]
    for a in ref.agencies():
        out += [a.name, a.acronym, *a.aliases]
    return [s for s in out if s]


@cache
def _acronyms() -> frozenset[str]:
    """The spellings in capitals the lists hold (`ASEAN`, `IGAD`, `DPRK`)."""
    out: set[str] = set()
    for spelling in _spellings():
        plain = spelling.replace(".", "").replace("-", "")
        if plain.isupper() and " " not in spelling:
            out.add(_key(spelling))
    return frozenset(out)


_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def _in_capitals(block: str, least: int = _MIN_WORDS) -> bool:
    # Ordinary text is mostly small ASCII letters: more of them than 15% of all its
    # characters and it is not in capitals, known without a look at each (the text
    # counted in C).
    ascii_text = block.encode("ascii", "ignore")
    if len(ascii_text) - len(ascii_text.translate(None, _ASCII_LOWER)) > 0.15 * len(block):
        return False
    letters = [ch for ch in block if ch.isalpha()]
    words = block.split()
    return len(words) >= least and sum(ch.isupper() for ch in letters) >= \
        0.85 * len(letters)


def _recased(block: str) -> str:
    out = []
    pos = 0
    naming = False
    # Where the block's first word starts: a word there starts a sentence. (Asking
    # whether all before each word is white space copied the block up to the word for
    # every word, quadratic in a long paragraph in capitals: 384 kB took 7 s.)
    first = len(block) - len(block.lstrip())
    for m in _WORD.finditer(block):
        word = m.group()
        between = block[pos:m.start()]
        out.append(between)
        pos = m.end()
        key = _key(word)
        starts = m.start() <= first or bool(
            re.search(r"[.!?:;]\s*$|^\s*\d{1,2}[.)]\s*$|\n\s*\d{1,2}[.)]?\s*$",
                      block[max(0, m.start() - 6):m.start()]))
        if re.search(r"[,;:()]", between):
            naming = False
        letters = sum(ch.isalpha() for ch in word)
        if "." in word.rstrip("."):
            new = word  # `H.E.`, `U.S.`: initials as written
        elif key in _SMALL or key in _SHORT_WORDS:
            new = word.lower()
            naming = False
            if starts:
                new = new[:1].upper() + new[1:]
        elif key in _acronyms() or (letters <= 3 and key not in _TITLES):
            new = word  # an acronym: `EAC`, `DRC`, `UN`
            naming = False
        elif key in _TITLES or key in _name_words() or key in _MONTHS or naming or starts:
            new = word[:1].upper() + word[1:].lower()
            naming = key in _TITLES or (naming and key not in _name_words())
        else:
            new = word.lower()
        out.append(new if len(new) == len(word) else word)  # `ß`: the length is kept
    out.append(block[pos:])
    return "".join(out)


def soften(text: str) -> str:
    """text with each paragraph written all in capitals put in ordinary case; the same
    length, so every offset points at the same words of the text as written."""
    parts = re.split(r"(\n\s*\n)", text)
    if not any(_in_capitals(parts[i]) for i in range(0, len(parts), 2)):
        return text
    # A release set in capitals has its headings in capitals too (`SUMMIT OF THE EAST
    # AFRICAN COMMUNITY HEADS OF STATE`): they are read the same way.
    for i in range(0, len(parts), 2):
        if _in_capitals(parts[i], 3):
            parts[i] = _recased(parts[i])
    soft = "".join(parts)
    return soft if len(soft) == len(text) else text
