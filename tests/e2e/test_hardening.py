"""Issue 12, as a user meets it from the command line: strange paths, outputs onto the
database, special files, control characters, refused URLs. One class of fault a test
(or a few), each run through the installed command."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from tests.e2e.test_cli import assert_one_line_error, mtgdesk


def count(db) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
    finally:
        conn.close()


# --- class 1: a path is a path, whatever it holds ------------------------------------

@pytest.mark.parametrize("name", ["meet#1.sqlite3", "a?b.sqlite3", "100%41.sqlite3",
                                  "x%3f#%23?.sqlite3"])
def test_a_database_name_with_url_characters_is_that_file(tmp_path, seed_path, name):
    db = tmp_path / name
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite3" in p.name
                  and not p.name.endswith(("-wal", "-shm"))) == [name]
    assert count(db) == 1
    copy = tmp_path / f"copy {name}"
    assert mtgdesk("--db", db, "backup", copy).returncode == 0
    assert count(copy) == 1  # the meeting, not an empty 4 KB file
    restored = mtgdesk("--db", db, "restore", copy)
    assert restored.returncode == 0, restored.stderr
    aside = next(p for p in tmp_path.iterdir() if ".replaced-" in p.name)
    assert count(aside) == 1  # the replaced database kept whole
    assert count(db) == 1


@pytest.mark.parametrize("url", ["mysql://u@localhost/db", "nosuch://x", "sqlite+nosuch://"])
def test_a_url_of_an_unsupported_database_is_one_line(tmp_path, url):
    result = mtgdesk("--db", url, "list")
    assert_one_line_error(result, "cannot be opened" if "+" in url else "not supported")


# --- class 2: no output replaces the database -----------------------------------------

@pytest.mark.parametrize("how", ["same", "dot", "symlink", "hardlink", "wal", "shm"])
def test_no_output_can_replace_the_database_or_its_journal(tmp_path, seed_path, how):
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    before = db.read_bytes()
    target = {"same": db, "dot": tmp_path / "." / "m.sqlite3",
              "symlink": tmp_path / "link", "hardlink": tmp_path / "hard",
              "wal": tmp_path / "m.sqlite3-wal", "shm": tmp_path / "m.sqlite3-shm"}[how]
    if how == "symlink":
        target.symlink_to(db)
    if how == "hardlink":
        os.link(db, target)
    commands = [("export", "-o", target), ("report", "1", "--format", "txt", "-o", target)]
    if how not in ("same", "dot"):  # backup refused those before
        commands.append(("backup", target))
    for command in commands:
        result = mtgdesk("--db", db, *command)
        assert_one_line_error(result, "nothing was written")
    assert db.read_bytes() == before
    assert count(db) == 1


# --- class 12: a failed backup leaves nothing behind ----------------------------------

def test_a_backup_a_killed_mtgdesk_left_is_cleared_and_a_failed_one_leaves_nothing(
        tmp_path, seed_path):
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    dead = out / "copy.sqlite3.999999999.partial"  # no such process
    dead.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert mtgdesk("--db", db, "backup", out / "copy.sqlite3").returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["copy.sqlite3"]
    assert json.loads(mtgdesk("--db", out / "copy.sqlite3", "list", "--json").stdout)
