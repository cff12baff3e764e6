"""The text a PDF gives back: ideographs as ideographs in Qt's ToUnicode maps.

Qt writes each embedded font's ToUnicode map (what copying, searching and pdftotext
read) from the lowest code point the font maps to a glyph. Noto CJK draws 人 (U+4EBA)
and the Kangxi radical ⼈ (U+2F08) with one glyph, so the PDF says ⼈: the page looks
right, but a search for 人間 or 難民 in the file finds nothing, and copied text is
wrong. Here each such target becomes its unified ideograph, by Unicode's
EquivalentUnifiedIdeograph.txt (the radical blocks and the CJK strokes) and NFKC (the
compatibility ideographs). Both are four hex digits in the map, so the file keeps its
length and every offset in its cross-reference table stays true.

Qt-free: it works on the bytes the PDF writer made.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from mtgdesk.resources import read_text

_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
_RANGE_ARRAY = re.compile(rb"(<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*)\[([^\]]*)\]")
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_PAIR = re.compile(rb"(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{4})>")
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")


@cache
def equivalents() -> dict[int, int]:
    """Radical, stroke and compatibility code point -> its unified ideograph (BMP)."""
    table: dict[int, int] = {}
    for line in read_text("reference", "EquivalentUnifiedIdeograph.txt").splitlines():
        fields = line.split("#", 1)[0].split(";")
        if len(fields) != 2 or not fields[0].strip():
            continue
        first, _, last = fields[0].strip().partition("..")
        target = int(fields[1].strip(), 16)
        for cp in range(int(first, 16), int(last or first, 16) + 1):
            table[cp] = target
    for cp in range(0xF900, 0xFB00):  # CJK compatibility ideographs: NFKC is one ideograph
        unified = unicodedata.normalize("NFKC", chr(cp))
        if len(unified) == 1 and unified != chr(cp):
            table.setdefault(cp, ord(unified))
    return {cp: target for cp, target in table.items() if target <= 0xFFFF}


def _unify(digits: bytes) -> bytes:
    target = equivalents().get(int(digits, 16))
    return b"%04X" % target if target is not None else digits


def _unify_targets(run: bytes) -> bytes:
    return _HEX4.sub(lambda m: b"<" + _unify(m.group(1)) + b">", run)


def _unify_cmap(match: re.Match[bytes]) -> bytes:
    cmap = match.group(0)
    # bfrange with an array of targets: each target on its own; the sources stay.
    cmap = _RANGE_ARRAY.sub(lambda m: m.group(1) + b"[" + _unify_targets(m.group(2)) + b"]",
                            cmap)
    # bfchar: "<source> <target>" pairs, the second of each.
    return _BFCHAR.sub(lambda m: b"beginbfchar" + _PAIR.sub(
        lambda p: p.group(1) + b"<" + _unify(p.group(2)) + b">", m.group(1)) + b"endbfchar",
        cmap)


def unify_ideographs(pdf: bytes) -> bytes:
    """The same PDF, its ToUnicode maps naming unified ideographs, not radicals."""
    fixed = _CMAP.sub(_unify_cmap, pdf)
    assert len(fixed) == len(pdf)  # four hex digits for four: no offset moves
    return fixed
