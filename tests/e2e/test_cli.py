"""The CLI as a user runs it: the installed command, exit codes, one-line errors."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def mtgdesk(*args, env=None, input=None):
    command = shutil.which("mtgdesk")
    argv = [command] if command else [sys.executable, "-m", "mtgdesk"]
    return subprocess.run([*argv, *map(str, args)], capture_output=True, text=True,
                          env=env, input=input, timeout=120, check=False)


def assert_one_line_error(result, *words):
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mtgdesk: error: ")
    for w in words:
        assert w in lines[0]


def test_version():
    out = mtgdesk("--version")
    assert out.returncode == 0
    assert out.stdout.startswith("mtgdesk ")


def test_import_list_export_round_trip(tmp_path, seed_path):
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    listed = json.loads(mtgdesk("--db", db, "list", "--json").stdout)
    uuid = listed[0].pop("uuid")
    assert listed == [{
        "id": 1, "title": "Senior Official-Level Meeting on Human Security",
        "held_on": "2007-03-23", "ends_on": None, "venue": "the Ministry of Foreign Affairs",
        "city": None, "status": "draft", "series": None}]
    exported = mtgdesk("--db", db, "export")
    assert exported.returncode == 0
    assert json.loads(exported.stdout)["meetings"][0]["uuid"] == uuid
    out = tmp_path / "out.json"
    assert mtgdesk("--db", db, "export", "--id", 1, "-o", out).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(exported.stdout)
    db2 = tmp_path / "m2.sqlite3"
    assert mtgdesk("--db", db2, "import", out).returncode == 0
    assert json.loads(mtgdesk("--db", db2, "export").stdout) == json.loads(exported.stdout)


def test_list_limit_and_plain(tmp_path, seed_path):
    db = tmp_path / "m.sqlite3"
    mtgdesk("--db", db, "import", seed_path, seed_path)
    assert len(json.loads(mtgdesk("--db", db, "list", "--json", "--limit", 1).stdout)) == 1
    plain = mtgdesk("--db", db, "list").stdout.splitlines()
    assert len(plain) == 2 and "2007-03-23" in plain[0]


def test_database_from_environment_and_url(tmp_path, seed_path):
    env = {**os.environ, "MTGDESK_DB": str(tmp_path / "env.sqlite3")}
    assert mtgdesk("import", seed_path, env=env).returncode == 0
    assert (tmp_path / "env.sqlite3").exists()
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    assert len(json.loads(mtgdesk("--db", url, "list", "--json").stdout)) == 1


def test_default_database_is_created_in_user_data_folder(tmp_path, seed_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("MTGDESK_DB", None)
    assert mtgdesk("import", seed_path, env=env).returncode == 0
    assert (tmp_path / "data" / "mtgdesk" / "mtgdesk.sqlite3").is_file()


def test_truncated_json_is_one_line(tmp_path, seed_path):
    bad = tmp_path / "cut.json"
    bad.write_text(seed_path.read_text(encoding="utf-8")[:200], encoding="utf-8")
    assert_one_line_error(mtgdesk("--db", tmp_path / "m.sqlite3", "import", bad),
                          "cut.json", "not valid JSON")


def test_bad_kind_in_second_meeting_names_path_and_stores_nothing(tmp_path, seed_path):
    doc = json.loads(seed_path.read_text(encoding="utf-8"))
    doc["meetings"].append(json.loads(json.dumps(doc["meetings"][0])))
    doc["meetings"][1]["participants"][12]["kind"] = "contry"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    db = tmp_path / "m.sqlite3"
    assert_one_line_error(mtgdesk("--db", db, "import", bad),
                          "meetings[1].participants[12].kind")
    assert json.loads(mtgdesk("--db", db, "list", "--json").stdout) == []


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (lambda p: p.write_bytes(os.urandom(4096)), "not an mtgdesk database"),
        (lambda p: p.mkdir(), "is a folder"),
    ],
)
def test_unusable_database_files(tmp_path, setup, words):
    db = tmp_path / "x.sqlite3"
    setup(db)
    assert_one_line_error(mtgdesk("--db", db, "list"), words)


def test_missing_folder_and_files(tmp_path):
    assert_one_line_error(mtgdesk("--db", tmp_path / "no" / "x.sqlite3", "list"),
                          "does not exist")
    assert_one_line_error(mtgdesk("--db", tmp_path / "m.sqlite3", "import",
                                  tmp_path / "missing.json"), "no such file")
    assert_one_line_error(mtgdesk("--db", tmp_path / "m.sqlite3", "export", "--id", 5),
                          "no meeting 5")


def test_exit_statuses_of_the_installed_command(tmp_path, seed_path):
    db = tmp_path / "m.sqlite3"
    ok = mtgdesk("--db", db, "import", seed_path)
    assert ok.returncode == 0 and ok.stderr == ""
    assert_one_line_error(mtgdesk("--db", db, "report", "--index", "--to", "2007-02-30",
                                  "-o", tmp_path / "i.txt"), "'2007-02-30'")
    usage = mtgdesk("--db", db, "list", "--limit", "ten")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    assert usage.stderr.startswith("usage: mtgdesk list")
    assert usage.stderr.splitlines()[-1] == ("mtgdesk list: error: argument --limit: 'ten' is "
                                             "not a number 0 or more")


def test_installed_search_takes_dashed_words(tmp_path, seed_path):
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    kept = mtgdesk("--db", db, "search", "human", "-zebra", "--limit", "3", "--json")
    assert kept.returncode == 0, kept.stderr
    assert [h["id"] for h in json.loads(kept.stdout)] == [1]
    dropped = mtgdesk("--db", db, "search", "--json", "-security")
    assert dropped.returncode == 0 and json.loads(dropped.stdout) == []



def test_search_says_which_date_it_left_out(tmp_path, seed_path):
    # Issue 13: `search from:2007-02-30` searched every date and said nothing.
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    result = mtgdesk("--db", db, "search", "from:2007-02-30", "human")
    assert result.returncode == 0 and "Human Security" in result.stdout
    assert "from:2007-02-30 (February 2007 has no day 30)" in result.stderr


NO_WIDGETS = """
import os, sys
class NoWidgets:
    def find_spec(self, name, path=None, target=None):
        if name.startswith("PySide6.QtWidgets"):
            raise ImportError("a command imported Qt widgets: " + name)
sys.meta_path.insert(0, NoWidgets())
for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
    os.environ.pop(key, None)
from mtgdesk.cli import main
db, seed, release, tmp = sys.argv[1:]
runs = [
    ["import", seed], ["list"], ["list", "--json"], ["export", "-o", tmp + "/x.json"],
    ["search", "human", "-zebra"], ["reindex"], ["parse", release],
    ["report", "1", "-o", tmp + "/r.txt"], ["report", "1", "-o", tmp + "/r.pdf"],
    ["report", "1", "--template", "minutes", "-o", tmp + "/r.docx"],
    ["report", "--index", "--from", "2007", "-o", tmp + "/i.html"],
    ["backup", tmp + "/b.sqlite3"], ["restore", tmp + "/b.sqlite3"],
]
for argv in runs:
    status = main(["--db", db, *argv])
    assert status == 0, (argv, status)
print("widgets" if any(m.startswith("PySide6.QtWidgets") for m in sys.modules) else "ok")
"""


def test_no_command_needs_a_display_or_qt_widgets(tmp_path, seed_path):
    release = Path(__file__).parents[1] / "fixtures" / "seed-press-release.txt"
    done = subprocess.run([sys.executable, "-c", NO_WIDGETS, str(tmp_path / "m.sqlite3"),
                           str(seed_path), str(release), str(tmp_path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "ok"
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
