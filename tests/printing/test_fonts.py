"""The report's fonts found through Qt: the named family, or the fall-back named to the
clerk (mtgdesk.printing.fonts over the names in mtgdesk.reports.fonts)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

from mtgdesk import cli
from mtgdesk.printing import fonts
from mtgdesk.printing.pdf import pdf_bytes
from mtgdesk.reports import fonts as names
from mtgdesk.reports import model
from tests.reports.readback import embeds_family, missing_facts, pdf_fonts, pdf_text
from tests.reports.test_templates_cli import japanese_record

MISSING = "No Such Serif JP 7f3a"


@pytest.fixture
def with_japanese(qapp) -> list[str]:
    """The families installed here that have Japanese; which they are does not matter."""
    present = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    assert present, "no font with Japanese is installed (Debian: fonts-noto-cjk)"
    return present


def test_an_installed_family_is_used_and_not_noted(with_japanese):
    family = with_japanese[-1]
    choice = fonts.resolve((family, "Another Missing Font"))
    assert choice.found and choice.used == family and choice.note is None
    assert choice.families[:len(names.LATIN_SERIFS)] == names.LATIN_SERIFS


def test_a_missing_family_names_what_was_used_instead(with_japanese):
    family = with_japanese[-1]
    choice = fonts.resolve((MISSING, "Another Missing Font", family))
    assert not choice.found and choice.used == family
    assert choice.note == f'report font "{MISSING}" not found; used "{family}"'


def test_a_family_without_japanese_is_passed_over(with_japanese):
    latin_only = [f for f in QFontDatabase.families() if f not in with_japanese]
    assert latin_only, QFontDatabase.families()
    choice = fonts.resolve((MISSING, latin_only[0], with_japanese[0]))
    assert choice.used == with_japanese[0]


def test_with_nothing_of_the_chain_installed_another_japanese_font_is_used(with_japanese):
    choice = fonts.resolve((MISSING,))
    assert choice.used in with_japanese and choice.families[-1] == choice.used
    proportional = [f for f in with_japanese if "Mono" not in f]
    assert not proportional or choice.used in proportional
    assert choice.note == f'report font "{MISSING}" not found; used "{choice.used}"'


def test_notes_speak_of_the_named_serif(with_japanese, monkeypatch):
    monkeypatch.setattr(names, "JAPANESE", (MISSING, *names.JAPANESE))
    assert fonts.notes() == [fonts.resolve().note]
    assert fonts.notes()[0].startswith(f'report font "{MISSING}" not found; used "')
    monkeypatch.setattr(names, "JAPANESE", (with_japanese[0],))
    assert fonts.notes() == []


def test_the_pdf_is_set_in_the_fall_back_it_names(with_japanese, monkeypatch, tmp_path):
    family = with_japanese[-1]
    monkeypatch.setattr(names, "JAPANESE", (MISSING, family))
    data = pdf_bytes(model.build(japanese_record()))
    assert embeds_family(data, tmp_path, family), pdf_fonts(data, tmp_path)


def test_set_in_the_japanese_font_alone_the_pdf_still_reads_back(seed_record, monkeypatch,
                                                                 tmp_path, with_japanese):
    # As on a machine with no Latin serif: every letter and digit from the CJK font.
    monkeypatch.setattr(names, "LATIN_SERIFS", ())
    data = pdf_bytes(model.build(seed_record))
    assert embeds_family(data, tmp_path, fonts.resolve().used)
    assert missing_facts(pdf_text(data, tmp_path)) == []


def test_the_cli_says_which_font_it_fell_back_to(db_path, seed_path, tmp_path, capsys,
                                                 monkeypatch, with_japanese):
    assert cli.main(["--db", str(db_path), "import", str(seed_path)]) == 0
    monkeypatch.setattr(names, "JAPANESE", (MISSING, with_japanese[0]))
    capsys.readouterr()
    assert cli.main(["--db", str(db_path), "report", "1", "-o", str(tmp_path / "r.pdf")]) == 0
    assert capsys.readouterr().err == (f'mtgdesk: note: report font "{MISSING}" not found; '
                                       f'used "{with_japanese[0]}"\n')
    assert cli.main(["--db", str(db_path), "report", "--index", "-o",
                     str(tmp_path / "i.pdf")]) == 0
    assert "not found" in capsys.readouterr().err
    # Text, HTML and Word are set by the reader's program: nothing to say.
    assert cli.main(["--db", str(db_path), "report", "1", "-o", str(tmp_path / "r.txt")]) == 0
    monkeypatch.setattr(names, "JAPANESE", (with_japanese[0],))
    assert cli.main(["--db", str(db_path), "report", "1", "-o", str(tmp_path / "r.pdf")]) == 0
    assert capsys.readouterr().err == ""
