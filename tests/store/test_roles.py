"""Roles on the office server, set up by `mtgdesk admin init-server` and enforced by
the server itself: a clerk's own connection cannot finalise or rewrite history."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import make_url

from mtgdesk.desk import Desk
from mtgdesk.domain.errors import UserError
from mtgdesk.domain.vocab import Status
from tests.conftest import OFFICE_PASSWORD as PASSWORD


def test_each_role_does_what_it_may_and_no_more(office, seed_record):
    with Desk.open(office["clerk"]) as clerk:
        assert clerk.role == "clerk" and clerk.author.startswith("clerk_")
        [added] = clerk.save(seed_record).added
        record = clerk.get(added.id)
        record.title += " (checked)"
        clerk.save(record)
        with pytest.raises(UserError, match="only an approver may finalise"):
            clerk.finalise(added.id)
        assert clerk.get(added.id).status == Status.DRAFT
        assert [e.user for e in clerk.history(added.id)] == [clerk.author] * 2
    with Desk.open(office["reader"]) as reader:
        assert reader.role == "reader"
        assert [m.id for m in reader.list_meetings()] == [added.id]
        assert reader.search("human security").total == 1
        with pytest.raises(UserError, match="permission denied"):
            reader.save(seed_record)
        assert reader.count() == 1
    with Desk.open(office["approver"]) as approver:
        assert approver.role == "approver"
        approver.finalise(added.id)
        final = approver.get(added.id)
        final.title += " (amended)"
        approver.amend(final, "a typing error in the title")
        assert approver.get(added.id).status == Status.FINAL
    with Desk.open(office["clerk"]) as clerk:
        record = clerk.get(added.id)
        record.title = "Changed by a clerk"
        with pytest.raises(UserError, match="only an approver"):
            clerk.amend(record, "not allowed")
        with pytest.raises(UserError, match="only an approver"):
            clerk.delete([added.id])
        assert clerk.get(added.id).title.endswith("(amended)")


def test_the_server_refuses_a_clerk_who_goes_round_the_program(office, seed_record):
    with Desk.open(office["clerk"]) as clerk:
        [added] = clerk.save(seed_record).added
    raw = make_url(office["clerk"])
    with psycopg.connect(host=raw.host, port=raw.port, user=raw.username,
                         password=PASSWORD, dbname=raw.database, autocommit=True) as conn:
        for sql in (f"UPDATE meeting SET status = 'final' WHERE id = {added.id}",
                    "DELETE FROM audit_entry", "UPDATE change_journal SET version = 99",
                    f"DELETE FROM meeting WHERE id = {added.id}"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
    with Desk.open(office["approver"]) as approver:
        assert len(approver.history(added.id)) == 1 and len(approver.journal()) == 1


def test_only_an_approver_restores_a_backup(office, seed_record, tmp_path, pg_server):
    with Desk.open(office["approver"]) as approver:
        approver.save(seed_record)
        backup = approver.backup(tmp_path / "office.sqlite3")
    # A second, empty office database, set up the same way.
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE mtgdesk_restore_target")
    try:
        target = pg_server.url("mtgdesk_restore_target")
        Desk.init_server(target)
        as_login = {role: make_url(target).set(username=make_url(url).username,
                                               password=PASSWORD)
                    .render_as_string(hide_password=False) for role, url in office.items()}
        for role in ("reader", "clerk"):
            with pytest.raises(UserError, match="permission denied"):
                Desk.restore_server(as_login[role], backup)
            with Desk.open(target) as owner:
                assert owner.count() == 0  # nothing half-restored
        assert Desk.restore_server(as_login["approver"], backup) == 1
    finally:
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute("DROP DATABASE mtgdesk_restore_target WITH (FORCE)")
