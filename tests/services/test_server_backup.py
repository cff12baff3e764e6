"""Backup of an office server to a local SQLite file, restore into an empty server,
and `copy FROM TO` between the two products: whole, from one snapshot, all or nothing."""

from __future__ import annotations

import json

import pytest

from mtgdesk.desk import Desk
from mtgdesk.domain.errors import UserError
from mtgdesk.services import history, journal, search, transfer
from mtgdesk.services.interchange import export_text, import_records
from mtgdesk.services.meetings import (
    count_meetings,
    delete_meeting,
    finalise_meeting,
    get_meeting,
    save_meeting,
)
from mtgdesk.services.search import save_search
from mtgdesk.store import transfer as store_transfer
from mtgdesk.store.database import open_database
from tests.conftest import db_arg


def fill(engine, seed_record) -> dict:
    """An archive with a history: saved, edited, finalised, trashed, a saved search."""
    a = save_meeting(engine, seed_record, author="amina").id
    record = get_meeting(engine, a)
    record.title += " (revised)"
    save_meeting(engine, record, author="ben")
    finalise_meeting(engine, a, author="amina")
    [b] = import_records(engine, [seed_record])
    c = save_meeting(engine, seed_record, author="ben").id
    delete_meeting(engine, c)
    save_search(engine, "Refugees", "UNHCR", None)
    return {"ids": (a, b, c)}


def snapshot(engine, ids) -> dict:
    """What a copy must hold the same: export, history, journal, saved searches."""
    return {
        "export": json.loads(export_text(engine, list(ids[:2])))["meetings"],
        "history": [[(e.user, e.action, e.reason, e.changes) for e in
                     history.history(engine, i)] for i in ids],
        "journal": [(e.seq, e.meeting_uuid, e.meeting_id, e.version, e.operation)
                    for e in journal.since(engine)],
        "searches": [(s.name, s.query) for s in search.saved_searches(engine)],
        "found": {h.id for h in search.search(engine, "UNHCR").hits},
        "count": count_meetings(engine),
    }


def test_backup_to_a_local_file_holds_everything(engine, seed_record, tmp_path):
    ids = fill(engine, seed_record)["ids"]
    dest, n = transfer.backup_to_file(engine, tmp_path / "abroad.sqlite3")
    assert n == 3 and dest == tmp_path / "abroad.sqlite3"
    assert not [p for p in tmp_path.iterdir() if ".partial" in p.name]
    copy = open_database(dest)
    try:
        assert snapshot(copy, ids) == snapshot(engine, ids)
        # The copy goes on from where the original stood: new ids, new sequence numbers.
        new = save_meeting(copy, seed_record).id
        assert new > max(ids)
        assert journal.since(copy)[-1].seq == journal.last_seq(engine) + 1
    finally:
        copy.dispose()


def test_a_backup_never_replaces_a_file_and_leaves_nothing_when_refused(engine, seed_record,
                                                                        tmp_path):
    fill(engine, seed_record)
    there = tmp_path / "there.sqlite3"
    there.write_bytes(b"keep me")
    with pytest.raises(UserError, match="exists already"):
        transfer.backup_to_file(engine, there)
    assert there.read_bytes() == b"keep me"
    with pytest.raises(UserError, match="does not exist"):
        transfer.backup_to_file(engine, tmp_path / "no" / "such.sqlite3")


def test_a_copy_that_fails_half_way_leaves_no_file(engine, seed_record, tmp_path, monkeypatch):
    fill(engine, seed_record)
    real = store_transfer.dialect.after_copy

    def fails(conn, tables):
        real(conn, tables)
        raise UserError("the disk is full (simulated)")

    monkeypatch.setattr(store_transfer.dialect, "after_copy", fails)
    with pytest.raises(UserError, match="simulated"):
        transfer.backup_to_file(engine, tmp_path / "half.sqlite3")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("half")]


def test_restore_into_an_empty_server_and_copy_back(sqlite_engine, seed_record, pg_empty_url,
                                                    tmp_path):
    ids = fill(sqlite_engine, seed_record)["ids"]
    before = snapshot(sqlite_engine, ids)
    backup = tmp_path / "backup.sqlite3"
    transfer.backup_to_file(sqlite_engine, backup)
    assert Desk.restore_server(pg_empty_url, backup) == 3
    server = open_database(pg_empty_url)
    try:
        assert snapshot(server, ids) == before
        new = save_meeting(server, seed_record).id  # the server's ids go on after them
        assert new == max(ids) + 1
        # A second restore would mix two archives: refused, the server as it was.
        with pytest.raises(UserError, match="is not empty"):
            Desk.restore_server(pg_empty_url, backup)
        assert count_meetings(server) == 3  # one of the four is in the Trash
        back = tmp_path / "back.sqlite3"
        assert Desk.copy_database(db_arg(server), str(back)) == 4
    finally:
        server.dispose()
    again = open_database(back)
    try:
        assert snapshot(again, ids)["export"] == before["export"]
    finally:
        again.dispose()


def test_copy_refuses_an_existing_file_and_itself(sqlite_engine, seed_record, tmp_path):
    fill(sqlite_engine, seed_record)
    source = sqlite_engine.url.database
    (tmp_path / "x.sqlite3").write_bytes(b"keep me")
    with pytest.raises(UserError, match="exists already"):
        Desk.copy_database(source, str(tmp_path / "x.sqlite3"))
    assert (tmp_path / "x.sqlite3").read_bytes() == b"keep me"
    with pytest.raises(UserError, match="exists already|onto itself"):
        Desk.copy_database(source, source)
    with pytest.raises(UserError, match="no such file"):
        Desk.copy_database(str(tmp_path / "missing.sqlite3"), str(tmp_path / "new.sqlite3"))
    assert not (tmp_path / "missing.sqlite3").exists()
