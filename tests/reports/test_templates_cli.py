"""User templates override shipped ones; the report command; Japanese in a PDF."""

from __future__ import annotations

from datetime import date

import pytest

from mtgdesk import cli
from mtgdesk.domain.errors import UserError
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.printing import fonts
from mtgdesk.printing.pdf import pdf_bytes
from mtgdesk.reports import model, render
from mtgdesk.settings import user_templates_dir
from tests.reports.readback import (
    docx_text,
    embeds_family,
    html_text,
    missing_facts,
    pdf_fonts,
    pdf_text,
    read_back,
)


def test_user_template_overrides_the_shipped_one(seed_record):
    folder = user_templates_dir()
    folder.mkdir(parents=True)
    (folder / "press-release.txt.j2").write_text(
        "OFFICE COPY\n{{ report.title | upper }}\n{% for i in report.items %}"
        "({{ i.number }}) {{ i.text }}\n{% endfor %}", encoding="utf-8")
    text = render.text(model.build(seed_record))
    assert text.startswith("OFFICE COPY\nSENIOR OFFICIAL-LEVEL MEETING ON HUMAN SECURITY\n(1) A")
    # Other templates still come from the program.
    assert render.html(model.build(seed_record)).startswith("<!DOCTYPE html>")


def test_user_html_template_still_escapes(hostile_record):
    folder = user_templates_dir()
    folder.mkdir(parents=True)
    (folder / "press-release.html.j2").write_text("<p>{{ report.title }}</p>",
                                                  encoding="utf-8")
    html = render.html(model.build(hostile_record))
    assert "<script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("source, message", [
    ("{{ report.title.__class__.__mro__ }}", "not allowed"),
    ("{% for %}", "line 1"),
    ("{{ report.nothing_here }}", "nothing_here"),
])
def test_broken_or_unsafe_user_template_is_a_plain_error(seed_record, source, message):
    folder = user_templates_dir()
    folder.mkdir(parents=True)
    (folder / "press-release.txt.j2").write_text(source, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        render.text(model.build(seed_record))


def japanese_record() -> MeetingRecord:
    return MeetingRecord(
        title="人間の安全保障に関する高級事務レベル会合", held_on=date(2007, 3, 23),
        venue="外務省", host_country="Japan", status="final",
        participants=[ParticipantRecord(kind="country", name="日本"),
                      ParticipantRecord(kind="country", name="대한민국"),
                      ParticipantRecord(kind="person", name="鶴岡公二", honorific="Mr.",
                                        post="地球規模課題審議官", role="chair")],
        paragraphs=[ParagraphRecord(text="参加国は対話を継続することで一致した。中文也可以。")],
    )


JAPANESE_PHRASES = ("人間の安全保障に関する高級事務レベル会合", "at 外務省.", "日本 and 대한민국",
                    "Mr. 鶴岡公二, 地球規模課題審議官, chaired",
                    "参加国は対話を継続することで一致した。中文也可以。")


def test_japanese_text_in_a_pdf(tmp_path, qapp):
    data = pdf_bytes(model.build(japanese_record()))
    assert missing_facts(pdf_text(data, tmp_path), JAPANESE_PHRASES) == []
    # The glyphs come from the font the report names, or the one it says it used.
    used = fonts.resolve().used
    assert used is not None and embeds_family(data, tmp_path, used), pdf_fonts(data, tmp_path)


def test_a_phrase_missing_from_the_pdf_is_found_missing(tmp_path, qapp):
    record = japanese_record()
    record.venue = "外務庁"
    record.paragraphs[0].text = "参加国は対話を継続することで合意した。"
    data = pdf_bytes(model.build(record))
    assert missing_facts(pdf_text(data, tmp_path), JAPANESE_PHRASES) == [
        "at 外務省.", "参加国は対話を継続することで一致した。中文也可以。"]


def test_japanese_text_in_docx_and_html():
    report = model.build(japanese_record())
    assert "人間の安全保障" in docx_text(render.render(report, "docx"))
    assert "人間の安全保障" in html_text(render.html(report))


def run(*args: str) -> int:
    return cli.main(list(args))


def test_cli_reports_every_format(db_path, seed_path, tmp_path, capsys):
    assert run("--db", str(db_path), "import", str(seed_path)) == 0
    for fmt in ("txt", "html", "pdf", "docx"):
        out = tmp_path / f"seed.{fmt}"
        assert run("--db", str(db_path), "report", "1", "--format", fmt, "-o", str(out)) == 0
        data = out.read_bytes()
        text = read_back(fmt, data, tmp_path)
        assert missing_facts(text) == [], fmt
    minutes = tmp_path / "minutes.txt"
    assert run("--db", str(db_path), "report", "1", "--template", "minutes",
               "-o", str(minutes)) == 0
    assert minutes.read_text(encoding="utf-8").startswith("DRAFT\n")


def test_cli_index_report(db_path, seed_path, tmp_path):
    assert run("--db", str(db_path), "import", str(seed_path)) == 0
    out = tmp_path / "index.html"
    assert run("--db", str(db_path), "report", "--index", "--from", "2007-03-01",
               "--to", "2007-03-31", "--format", "html", "-o", str(out)) == 0
    shown = html_text(out.read_text(encoding="utf-8"))
    assert "Senior Official-Level Meeting on Human Security" in shown
    empty = tmp_path / "none.txt"
    assert run("--db", str(db_path), "report", "--index", "--from", "2008-01-01",
               "-o", str(empty)) == 0
    assert "No meetings." in empty.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["report", "99", "-o", "x.txt"], "no meeting 99"),
    (["report", "1", "-o", "noending"], "--format"),
    (["report", "--index", "--from", "2008-01-01", "--to", "2007-01-01", "-o", "x.txt"],
     "after its end"),
])
def test_cli_report_errors_are_plain(db_path, seed_path, tmp_path, monkeypatch, capsys, args,
                                     message):
    monkeypatch.chdir(tmp_path)
    assert run("--db", str(db_path), "import", str(seed_path)) == 0
    capsys.readouterr()
    assert run("--db", str(db_path), *args) == 1
    err = capsys.readouterr().err
    assert err.startswith("mtgdesk: error:") and message in err
    assert "Traceback" not in err


def test_cli_refuses_an_unwritable_destination(db_path, seed_path, tmp_path, capsys):
    assert run("--db", str(db_path), "import", str(seed_path)) == 0
    assert run("--db", str(db_path), "report", "1", "-o",
               str(tmp_path / "missing" / "x.txt")) == 1
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.slow
def test_installed_command_writes_a_pdf_without_a_display(db_path, seed_path, tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    base = [sys.executable, "-m", "mtgdesk", "--db", str(db_path)]
    subprocess.run([*base, "import", str(seed_path)], env=env, check=True,
                   capture_output=True)
    out = tmp_path / "seed.pdf"
    done = subprocess.run([*base, "report", "1", "-o", str(out)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert missing_facts(pdf_text(out.read_bytes(), tmp_path)) == []
