"""Text folded for searching: case, accents and width do not matter, and Chinese or
Japanese text is cut into overlapping two-character pieces so that any substring of two
characters or more can be found although those languages put no spaces between words.

The index and the query go through the same functions, so they always agree. No Qt,
no database: the store decides how the folded text is indexed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining marks that are accents on Latin, Greek or Cyrillic letters. Japanese voicing
# marks (U+3099, U+309A) are deliberately not here: が must stay distinct from か.
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# Scripts written without spaces: Hiragana, Katakana, CJK ideographs, Hangul syllables.
CJK_RUN = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+")


def fold(text: str) -> str:
    """Lower case, no accents, compatibility forms unified (full-width ＵＮ -> un)."""
    if text.isascii():
        return text.lower()
    # Unicode's compatibility caseless match (NFKD(casefold(NFKD(casefold(X))))): a
    # compatibility form may decompose to capitals (mathematical 𝔍 to J), so the case is
    # folded again after it; folding twice then changes nothing more.
    text = unicodedata.normalize("NFKD", text.casefold())
    text = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", _ACCENTS.sub("", text))


def _bigrams(match: re.Match[str]) -> str:
    run = match.group()
    if len(run) == 1:
        return f" {run} "
    return " " + " ".join(run[i:i + 2] for i in range(len(run) - 1)) + " "


def index_text(text: str) -> str:
    """What the index stores (and a query term is turned into): folded, CJK as bigrams.

    A CJK substring of two characters or more is then a phrase of consecutive bigrams.
    """
    folded = fold(text)
    if folded.isascii():
        return folded
    return CJK_RUN.sub(_bigrams, folded)


def has_cjk(text: str) -> bool:
    return CJK_RUN.search(text) is not None


def searchable(text: str) -> bool:
    """True when the text holds something a word index can match (a letter or digit)."""
    return any(ch.isalnum() for ch in fold(text))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold(ch)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """fold(text) and, for each folded character, the index of the original character
    it came from: matches found in folded text are highlighted in the original."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        out.append(f)
        offsets.extend([i] * len(f))
    return "".join(out), offsets
