"""`mtgdesk import` of releases stores drafts and says per file what it found and doubted;
`mtgdesk parse` stores nothing. The releases package runs without Qt."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mtgdesk import cli
from mtgdesk.services import meetings
from mtgdesk.store.database import open_database
from tests.conftest import SEED_JSON, SEED_TEXT

BENCH = Path(__file__).parents[2] / "benchmarks" / "releases"


def test_import_releases_as_drafts(capsys, db_path, tmp_path):
    html = shutil.copy(BENCH / "08-site-nav.html", tmp_path / "network.html")
    code = cli.main(["--db", str(db_path), "import", str(SEED_TEXT), str(html)])
    out = capsys.readouterr().out
    assert code == 0
    assert "seed-press-release.txt: “Senior Official-Level Meeting on Human Security”, " \
        "2007-03-23; 11 countries, 7 organizations, 3 agencies; chair: Koji Tsuruoka" in out
    assert "doubt: participants: the release says 8 countries, but 9 are named" in out
    assert "imported 2 of 2 releases as drafts" in out
    engine = open_database(db_path)
    try:
        stored = [meetings.get_meeting(engine, s.id) for s in meetings.list_meetings(engine)]
    finally:
        engine.dispose()
    assert sorted(r.title for r in stored) == ["Meeting of the Human Security Network Experts",
                                               "Senior Official-Level Meeting on Human "
                                               "Security"]
    assert {r.status for r in stored} == {"draft"}


def test_import_mixes_json_and_releases(capsys, db_path):
    assert cli.main(["--db", str(db_path), "import", str(SEED_JSON), str(SEED_TEXT)]) == 0
    out = capsys.readouterr().out
    assert "imported 1 meeting from 1 file" in out and "1 of 1 release" in out


def test_release_without_a_date_is_not_stored(capsys, db_path, tmp_path):
    odd = tmp_path / "odd.txt"
    odd.write_text("Notes\n\nNothing to see here.\n", encoding="utf-8")
    assert cli.main(["--db", str(db_path), "import", str(odd), str(SEED_TEXT)]) == 1
    out = capsys.readouterr().out
    assert "not stored: held_on: The meeting needs the date it was held." in out
    assert "imported 1 of 2 releases as drafts" in out


def test_parse_of_a_missing_file_is_a_plain_error(capsys, tmp_path):
    assert cli.main(["parse", str(tmp_path / "nope.html")]) == 1
    assert capsys.readouterr().err.startswith("mtgdesk: error: ")


def test_parse_stores_nothing(capsys, db_path):
    assert cli.main(["--db", str(db_path), "parse", str(SEED_TEXT)]) == 0
    assert not db_path.exists()


@pytest.mark.slow
def test_installed_command_parses_the_seed(tmp_path):
    exe = Path(sys.executable).with_name("mtgdesk")
    out = subprocess.run([str(exe), "parse", str(SEED_TEXT)], capture_output=True,
                         text=True, check=True, cwd=tmp_path).stdout
    got = json.loads(out)["meetings"][0]
    want = json.loads(SEED_JSON.read_text(encoding="utf-8"))["meetings"][0]
    assert [(p["kind"], p["name"], p.get("acronym")) for p in got["participants"]] == \
        [(p["kind"], p["name"], p.get("acronym")) for p in want["participants"]]


NO_QT = """
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt must not be imported: " + name)
sys.meta_path.insert(0, NoQt())
import mtgdesk.releases, mtgdesk.services.release_import, mtgdesk.commands.parse
from mtgdesk.releases import parse_file
print(parse_file(sys.argv[1]).record.title)
"""


def test_releases_run_without_qt():
    out = subprocess.run([sys.executable, "-c", NO_QT, str(SEED_TEXT)], capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Senior Official-Level Meeting on Human Security"


def test_aliases_lists_and_removes_the_corrections_kept(capsys, db_path):
    import dataclasses

    from mtgdesk.releases import parse_text
    from mtgdesk.services import release_aliases
    from tests.releases.test_corrections import RELEASE

    assert cli.main(["--db", str(db_path), "aliases"]) == 0
    assert "no corrections kept" in capsys.readouterr().out
    read = parse_text(RELEASE)
    reviewed = [dataclasses.replace(p) for p in read.record.participants]
    i = [p.acronym for p in reviewed].index("RSC")
    reviewed[i] = dataclasses.replace(reviewed[i], name="Reef \x1b[31mCouncil", acronym="RC")
    engine = open_database(db_path)
    try:
        [kept] = release_aliases.remember(engine, read, reviewed)
    finally:
        engine.dispose()
    assert cli.main(["--db", str(db_path), "aliases", "list"]) == 0
    out = capsys.readouterr().out
    assert f"{kept.id}  organization “Reef Stewardship Council” → organization" in out
    assert "\x1b" not in out  # a name from a file is text, not terminal codes
    assert cli.main(["--db", str(db_path), "aliases", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row == {"id": kept.id, "from_kind": "organization",
                   "from_name": "Reef Stewardship Council", "to_kind": "organization",
                   "to_name": "Reef \x1b[31mCouncil", "to_acronym": "RC"}
    assert cli.main(["--db", str(db_path), "aliases", "remove", str(kept.id)]) == 0
    assert f"correction {kept.id} removed" in capsys.readouterr().out
    assert cli.main(["--db", str(db_path), "aliases", "remove", str(kept.id)]) == 1
    assert f"there is no release correction {kept.id}" in capsys.readouterr().err
