"""The command line on identity and history: `import` says per file what was new and
what was there already, `--update` takes newer versions, `history` prints a meeting's
history. In process; test_cli.py runs the installed command."""

from __future__ import annotations

import json

from mtgdesk.cli import main
from mtgdesk.desk import Desk
from tests.conftest import SEED_JSON, SEED_TEXT


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_release_imported_from_the_cli_has_a_history_entry(capsys, db_path):
    assert run(capsys, "--db", db_path, "import", SEED_TEXT)[0] == 0
    code, out, _ = run(capsys, "--db", db_path, "history", "1", "--json")
    assert code == 0
    [entry] = json.loads(out)
    assert (entry["action"], entry["label"]) == ("import", "Imported")
    assert entry["at"].endswith("+00:00") and entry["user"]


def test_importing_the_databases_own_export_stores_nothing_and_says_so(capsys, db_path,
                                                                       tmp_path):
    assert run(capsys, "--db", db_path, "import", SEED_JSON, SEED_JSON)[0] == 0
    own = tmp_path / "own.json"
    assert run(capsys, "--db", db_path, "export", "-o", own)[0] == 0
    code, out, _ = run(capsys, "--db", db_path, "import", own, SEED_JSON)
    assert code == 0
    assert f"{own}: 0 imported, 2 already present" in out
    assert f"{SEED_JSON}: 1 imported" in out
    assert "imported 1 meeting from 2 files (2 already present)" in out
    with Desk.open(db_path) as desk:
        assert desk.count() == 3


def test_update_takes_the_newer_version_and_history_shows_it(capsys, db_path, tmp_path):
    other = tmp_path / "other.sqlite3"
    first = tmp_path / "first.json"
    assert run(capsys, "--db", db_path, "import", SEED_JSON)[0] == 0
    assert run(capsys, "--db", db_path, "export", "-o", first)[0] == 0
    assert run(capsys, "--db", other, "import", first)[0] == 0
    with Desk.open(db_path) as desk:
        record = desk.get(1)
        record.title = "Retitled here"
        desk.save(record)
    newer = tmp_path / "newer.json"
    assert run(capsys, "--db", db_path, "export", "-o", newer)[0] == 0

    code, out, _ = run(capsys, "--db", other, "import", "--update", newer)
    assert code == 0 and f"{newer}: 0 imported, 1 updated" in out
    code, out, _ = run(capsys, "--db", other, "history", "1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].endswith("Imported") and " UTC  " in lines[0]
    assert lines[1].endswith("Replaced by a newer version (import)")
    assert "    reason: newer version 2 imported (was 1)" in lines
    assert "    title: “Senior Official-Level Meeting on Human Security” → “Retitled here”" \
        in lines


def test_history_of_a_missing_meeting_is_an_error(capsys, db_path):
    code, _, err = run(capsys, "--db", db_path, "history", "5")
    assert code == 1 and err == "mtgdesk: error: there is no meeting 5\n"


def test_history_of_a_meeting_from_before_the_history(capsys, tmp_path):
    from tests.store.test_upgrade_from_first_schema import make_first_release_database

    old = tmp_path / "old.sqlite3"
    make_first_release_database(old)
    code, out, _ = run(capsys, "--db", old, "history", "7")
    assert code == 0
    assert out == "meeting 7: no history recorded (stored before mtgdesk kept one)\n"
    code, out, _ = run(capsys, "--db", old, "history", "7", "--json")
    assert (code, json.loads(out)) == (0, [])
