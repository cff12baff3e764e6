"""Drafts keep whatever stands in the editor, valid or not."""

from __future__ import annotations

from datetime import date

from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.services import drafts
from mtgdesk.services.meetings import save_meeting


def test_draft_of_a_stored_meeting_round_trips(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    record = seed_record.copy()
    record.id, record.version = saved.id, saved.version
    record.title = "Typed but not saved"
    key = drafts.key_for(record)
    drafts.save_draft(engine, key, record)
    [info] = drafts.list_drafts(engine)
    assert info.key == key == f"meeting:{saved.id}"
    assert info.meeting_id == saved.id and info.base_version == saved.version
    assert info.record.content_equals(record)
    assert info.record.id == saved.id
    drafts.discard_draft(engine, key)
    assert drafts.list_drafts(engine) == []


def test_invalid_and_incomplete_drafts_are_kept(engine):
    record = MeetingRecord(
        title="", held_on=None, ends_on=date(2001, 1, 1),
        participants=[ParticipantRecord(name="")],
        paragraphs=[ParagraphRecord(text="   ", owner="nobody")],
    )
    key = drafts.new_key()
    drafts.save_draft(engine, key, record)
    info = drafts.get_draft(engine, key)
    assert info is not None and info.title == "(untitled meeting)"
    assert info.record.content_equals(record)


def test_saving_again_replaces_the_draft(engine):
    key = drafts.new_key()
    drafts.save_draft(engine, key, MeetingRecord(title="one"))
    drafts.save_draft(engine, key, MeetingRecord(title="one two"))
    [info] = drafts.list_drafts(engine)
    assert info.record.title == "one two"


def test_unreadable_values_are_dropped_not_the_draft():
    record = drafts.record_from_draft({
        "title": 5, "held_on": "not a date", "starts_at": "25:99", "venue": "Hall",
        "participants": [{"name": "Japan", "kind": "country"}, "junk"],
        "paragraphs": "junk", "report_overrides": {"opening": "Hi", "x": 1},
    })
    assert record.title == "" and record.held_on is None and record.starts_at is None
    assert record.venue == "Hall"
    assert [p.name for p in record.participants] == ["Japan", ""]
    assert record.paragraphs == []
    assert record.report_overrides == {"opening": "Hi"}
    assert drafts.record_from_draft(None) == MeetingRecord()


def test_each_clerk_keeps_their_own_draft_of_one_meeting(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    mine, theirs = seed_record.copy(), seed_record.copy()
    for record, title in ((mine, "Amina's edit"), (theirs, "Ben's edit")):
        record.id, record.version, record.title = saved.id, saved.version, title
    key = drafts.key_for(mine)
    drafts.save_draft(engine, key, mine, owner="amina")
    drafts.save_draft(engine, key, theirs, owner="ben")
    assert [d.record.title for d in drafts.list_drafts(engine, owner="amina")] == [
        "Amina's edit"]
    assert [d.record.title for d in drafts.list_drafts(engine, owner="ben")] == [
        "Ben's edit"]
    drafts.discard_draft(engine, key, owner="amina")
    assert drafts.list_drafts(engine, owner="amina") == []
    assert drafts.get_draft(engine, key, owner="ben").record.title == "Ben's edit"


def test_drafts_kept_before_owners_survive_the_upgrade(db_path):
    from sqlalchemy import text

    from mtgdesk.store.database import open_database
    from mtgdesk.store.migrate import upgrade

    engine = open_database(db_path, migrate=False)
    try:
        upgrade(engine, "0005")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO draft (key, data, updated_at) VALUES "
                              "('new:1', '{\"title\": \"Half typed\"}', '2026-01-02 03:04:05')"))
        upgrade(engine)
        [kept] = drafts.list_drafts(engine, owner="whoever opens the file")
        assert (kept.key, kept.record.title) == ("new:1", "Half typed")
        drafts.save_draft(engine, "new:1", MeetingRecord(title="Typed on"), owner="amina")
        assert {d.record.title for d in drafts.list_drafts(engine)} == {"Half typed",
                                                                         "Typed on"}
    finally:
        engine.dispose()
