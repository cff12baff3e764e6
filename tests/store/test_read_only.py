"""Issue 12, class 13: a database that cannot be written (a read-only mount, no write
access, a full disk) opens read-only: list, export, search and report work, and a
write is refused with the reason, before it starts; nothing beside the file is made."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mtgdesk import cli
from mtgdesk.desk import Desk
from mtgdesk.store.database import open_database


@pytest.fixture
def read_only_db(tmp_path, seed_path, monkeypatch):
    db = tmp_path / "ro" / "m.sqlite3"
    db.parent.mkdir()
    assert cli.main(["--db", str(db), "import", str(seed_path)]) == 0
    real_access = os.access
    # The tests run as root, whom permissions do not stop; os.access is what is asked
    # (on a read-only mount it says no to root too).
    monkeypatch.setattr(os, "access", lambda p, mode: (
        not (mode & os.W_OK and Path(p) in (db, db.parent)) and real_access(p, mode)))
    return db


def _beside(db):
    return sorted(p.name for p in db.parent.iterdir())


def test_list_export_search_and_report_work_on_a_read_only_database(
        read_only_db, tmp_path, capsys):
    db = read_only_db
    before = (db.read_bytes(), _beside(db))
    assert cli.main(["--db", str(db), "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["title"].startswith("Senior Official")
    out = tmp_path / "out.json"
    assert cli.main(["--db", str(db), "export", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["meetings"]
    assert cli.main(["--db", str(db), "search", "security"]) == 0
    assert "Senior Official" in capsys.readouterr().out
    report = tmp_path / "r.txt"
    assert cli.main(["--db", str(db), "report", "1", "-o", str(report)]) == 0
    assert "Human Security" in report.read_text(encoding="utf-8")
    assert (db.read_bytes(), _beside(db)) == before


def test_a_write_to_a_read_only_database_is_refused_with_the_reason(
        read_only_db, seed_path, capsys):
    db = read_only_db
    capsys.readouterr()
    assert cli.main(["--db", str(db), "import", str(seed_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "read-only" in err[0] and "nothing can be saved" in err[0]
    with Desk.open(db) as desk:
        assert desk.read_only and "read-only" in desk.read_only
        assert desk.count() == 1


def test_a_writable_database_is_not_read_only(tmp_path):
    engine = open_database(tmp_path / "m.sqlite3")
    try:
        assert Desk(engine).read_only is None
    finally:
        engine.dispose()
