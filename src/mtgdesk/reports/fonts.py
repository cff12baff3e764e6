"""The fonts a report is set in, named in one place.

A report names two Japanese-capable families: the serif its text is set in,
Noto Serif CJK JP, and the sans, Noto Sans CJK JP, taken where only the sans is
installed (as on many Linux desktops). Debian and Ubuntu's fonts-noto-cjk has both;
both carry Chinese and Korean too. Latin text keeps a Times-like serif where one is
installed, as an office letter looks; where none is, the named serif has Latin letters
of its own.

Where neither named family is installed another font that has Japanese is used, and
the program says which (`FontChoice.note`), so a report that looks different on
another machine says why.

No Qt here: the names are plain data (the HTML and Word outputs name them too).
mtgdesk.printing.fonts looks them up in the installed fonts, through Qt, for PDF
files and printing.
"""

from __future__ import annotations

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
