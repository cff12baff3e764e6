"""The store copies a record to its rows field by field, as the records declare them:
every field of a record is a column of its table, and comes back as it went in."""

from __future__ import annotations

from mtgdesk.domain.records import (
    IDENTITY_FIELDS,
    MEETING_FIELDS,
    PARAGRAPH_FIELDS,
    PARTICIPANT_FIELDS,
)
from mtgdesk.services import interchange
from mtgdesk.services.meetings import get_meeting, get_meetings, save_meeting
from mtgdesk.store.tables import MEETING_TABLE, PARAGRAPH_TABLE, PARTICIPANT_TABLE
from tests.full_record import full_record

ROW_BOOKKEEPING = {"created_at", "updated_at", "deleted_at"}
CHILD_BOOKKEEPING = {"id", "meeting_id", "position"}


def test_every_field_of_a_record_is_a_column_of_its_table():
    assert set(MEETING_TABLE.c.keys()) == {*MEETING_FIELDS, *IDENTITY_FIELDS,
                                           "report_overrides", *ROW_BOOKKEEPING}
    assert set(PARTICIPANT_TABLE.c.keys()) == {*PARTICIPANT_FIELDS, *CHILD_BOOKKEEPING}
    assert set(PARAGRAPH_TABLE.c.keys()) == {*PARAGRAPH_FIELDS, *CHILD_BOOKKEEPING}


def test_every_field_is_stored_and_read_back(engine, tmp_path):
    record = full_record()
    saved = save_meeting(engine, record)
    stored = get_meeting(engine, saved.id)
    assert stored.content_equals(record)
    assert get_meetings(engine, [saved.id])[0] == stored
    # and through an import, which stores in bulk (multi-row statements)
    # (without its uuid, so that it is a new meeting rather than one already present)
    path = tmp_path / "one.json"
    path.write_text(interchange.export_text(engine, [saved.id]).replace(
        f'"uuid": "{stored.uuid}",', ""), encoding="utf-8")
    result = interchange.import_files(engine, [path])
    [ref] = result.changes.added
    assert get_meeting(engine, ref.id).content_equals(record)
