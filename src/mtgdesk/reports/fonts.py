"""The fonts a report is set in, named in one place.

A report names two Japanese-capable families: the serif its text is set in,
Noto Serif CJK JP, and the sans, Noto Sans CJK JP, taken where only the sans is
installed (as on many Linux desktops). Debian and Ubuntu's fonts-noto-cjk has both;
both carry Chinese and Korean too. Latin text keeps a Times-like serif where one is
installed, as an office letter looks; where none is, the named serif has Latin letters
of its own.

Where neither named family is installed another font that has Japanese is used, and
the program says which (`notes()`: the CLI prints it, the window shows it), so a
report that looks different on another machine says why.

Importing this module needs no Qt: the names are plain data (the HTML and Word
outputs name them too). Resolving them against the installed fonts asks Qt's
QFontDatabase, loaded when `resolve` is called, with a Qt GUI application running.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SERIF = "Noto Serif CJK JP"
SANS = "Noto Sans CJK JP"
# Latin text: Times-like serifs, first found wins (Nimbus Roman: Debian fonts-urw-base35).
LATIN_SERIFS = ("Nimbus Roman", "Times New Roman", "Liberation Serif", "DejaVu Serif")
# Japanese text: the named serif, other Japanese serifs, the named sans, other sans.
JAPANESE = (SERIF, "Source Han Serif JP", "IPAexMincho", "IPAMincho", "Yu Mincho",
            "Hiragino Mincho ProN", "MS Mincho",
            SANS, "Source Han Sans JP", "IPAexGothic", "IPAGothic", "Yu Gothic",
            "Hiragino Sans", "Droid Sans Fallback")

# A web page is set by the reader's browser, from the fonts of the reader's machine.
CSS_SERIF = ('"Noto Serif", "DejaVu Serif", Georgia, "Times New Roman", '
             f'"{SERIF}", "{SANS}", serif')
# A Word document by Word: the fonts an office's Word has (it substitutes the rest).
DOCX_LATIN = "Times New Roman"
DOCX_EAST_ASIAN = "MS Mincho"


@dataclass(frozen=True)
class FontChoice:
    """The family a report names and the family found for it."""

    wanted: str
    used: str | None  # None: no installed font has Japanese at all
    families: tuple[str, ...]  # for QFont.setFamilies, the used family among them

    @property
    def found(self) -> bool:
        return self.used == self.wanted

    @property
    def note(self) -> str | None:
        """One line for the clerk when the named family was not there, else None."""
        if self.found:
            return None
        if self.used is None:
            return (f'report font "{self.wanted}" not found, nor any other font with '
                    "Japanese: Japanese, Chinese and Korean text will not show")
        return f'report font "{self.wanted}" not found; used "{self.used}"'


def resolve(chain: Sequence[str] | None = None,
            latin: Sequence[str] | None = None) -> FontChoice:
    """The first family of `chain` (default JAPANESE) that is installed and has
    Japanese; failing all, the first installed family that has Japanese. `families`
    puts the Latin serifs first: Qt takes each character from the first family in the
    list that has it, so Latin text comes from them, Japanese from the one used."""
    from PySide6.QtGui import QFontDatabase

    chain = tuple(JAPANESE if chain is None else chain)
    latin = tuple(LATIN_SERIFS if latin is None else latin)
    japanese = QFontDatabase.WritingSystem.Japanese
    has_japanese = QFontDatabase.families(japanese)
    used = next((f for f in chain if f in has_japanese), None)
    extra: tuple[str, ...] = ()
    if used is None and has_japanese:
        # A proportional face before a monospaced one (Noto Sans Mono CJK ...).
        used = sorted(has_japanese, key=lambda family: "Mono" in family)[0]
        extra = (used,)
    return FontChoice(wanted=chain[0], used=used, families=(*latin, *chain, *extra))


def notes() -> list[str]:
    """What a PDF or printout of a report will be set in, where that is not what the
    report names: lines for the CLI's stderr or the window's status bar."""
    note = resolve().note
    return [note] if note else []
