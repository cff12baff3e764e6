"""The report's fonts as installed here: the families mtgdesk.reports.fonts names,
looked up in Qt's font database.

Where neither named Japanese family is installed another font that has Japanese is
used, and `notes()` says which (the CLI prints it, the window shows it), so a report
that looks different on another machine says why.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontDatabase

from mtgdesk.printing.application import ensure_gui_application
from mtgdesk.reports import fonts as names
from mtgdesk.reports.fonts import FontChoice


def resolve(chain: Sequence[str] | None = None,
            latin: Sequence[str] | None = None) -> FontChoice:
    """The first family of `chain` (default names.JAPANESE) that is installed and has
    Japanese; failing all, the first installed family that has Japanese. `families`
    puts the Latin serifs first: Qt takes each character from the first family in the
    list that has it, so Latin text comes from them, Japanese from the one used."""
    ensure_gui_application()
    # Read at each call, not bound at import: tests and offices may change the names.
    chain = tuple(names.JAPANESE if chain is None else chain)
    latin = tuple(names.LATIN_SERIFS if latin is None else latin)
    has_japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
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


def body_font(point_size: float = 11.0, *, bold: bool = False) -> QFont:
    """The report's serif as installed here (a lookup of some microseconds, so done for
    every font made)."""
    families = resolve().families  # makes the Qt application QFont needs
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.Serif)
    # Noto CJK's localised forms (OpenType locl) swap in digit glyphs that Qt's PDF
    # writer cannot map back to text: a PDF set in it alone (no Latin serif installed)
    # showed "March 28, 2007" but read "March ,". The JP faces' own forms are Japanese.
    font.setFeature(QFont.Tag("locl"), 0)
    # Ligatures (ﬁ, ﬀ) go into the PDF's text as the ligature characters, so "office"
    # copied or searched is "oﬀice": set the letters one by one.
    font.setFeature(QFont.Tag("liga"), 0)
    return font
