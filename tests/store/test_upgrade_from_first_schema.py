"""A database written by the first release (schema 0001) opens, upgraded, with its data
kept and a copy of the old file made aside first."""

from __future__ import annotations

import sqlite3

from mtgdesk.services import history
from mtgdesk.services.meetings import get_meeting, list_meetings, save_meeting
from mtgdesk.store import integrity
from mtgdesk.store.database import make_engine, open_database, resolve_url
from mtgdesk.store.migrate import current_revision, head_revision, upgrade

TITLE = "Réunion « spéciale » 第一回 — 'quotes' & <markup>"


def make_first_release_database(path) -> None:
    engine = make_engine(resolve_url(path))
    try:
        upgrade(engine, "0001")
        assert current_revision(engine) == "0001"
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "INSERT INTO meeting (id, title, held_on, ends_on, starts_at, venue, city, "
            "status) VALUES (7, ?, '2007-03-23', '2007-03-24', '10:00:00.000000', "
            "'Hall', 'Tokyo', 'final')", (TITLE,))
        con.executemany(
            "INSERT INTO participant (meeting_id, position, kind, name, acronym, role, "
            "attendance) VALUES (7, ?, ?, ?, ?, ?, 'present')",
            [(0, "country", "Japan", None, "chair"),
             (1, "organization", "United Nations Development Programme", "UNDP",
              "participant")])
        con.execute("INSERT INTO paragraph (meeting_id, position, text, kind) "
                    "VALUES (7, 0, 'The meeting agreed.', 'agreement')")
    con.close()


def test_first_schema_upgrades_with_data_and_a_copy_aside(tmp_path):
    path = tmp_path / "old.sqlite3"
    make_first_release_database(path)

    engine = open_database(path)
    try:
        assert current_revision(engine) == head_revision()
        record = get_meeting(engine, 7)
        assert record.title == TITLE
        assert (record.held_on.isoformat(), record.ends_on.isoformat()) == (
            "2007-03-23", "2007-03-24")
        assert record.starts_at.strftime("%H:%M") == "10:00"
        assert record.status == "final" and record.version == 1
        assert record.uuid is not None and len(record.uuid) == 36  # given by 0004
        assert [(p.name, p.acronym, p.role) for p in record.participants] == [
            ("Japan", None, "chair"),
            ("United Nations Development Programme", "UNDP", "participant")]
        assert [p.text for p in record.paragraphs] == ["The meeting agreed."]
        assert [m.id for m in list_meetings(engine)] == [7]
        # The upgraded meeting takes part in what came later: final, history, Trash.
        record.title = "changed"
        try:
            save_meeting(engine, record)
        except history.FinalError:
            pass
        else:
            raise AssertionError("a final meeting from the old file must stay read-only")
    finally:
        engine.dispose()

    [copy] = list(tmp_path.glob("old.sqlite3.before-upgrade-0001-*"))
    assert integrity.quick_check(copy) == []
    con = sqlite3.connect(f"file:{copy}?mode=ro&immutable=1", uri=True)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert con.execute("SELECT title FROM meeting").fetchall() == [(TITLE,)]
    finally:
        con.close()

    # Opening again neither upgrades nor copies again.
    open_database(path).dispose()
    assert len(list(tmp_path.glob("old.sqlite3.before-upgrade-*"))) == 1
