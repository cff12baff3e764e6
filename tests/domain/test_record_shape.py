"""One definition of a meeting's shape: the records' dataclass fields. The interchange
format reads and writes exactly those fields, with the types and vocabularies the
records declare."""

from __future__ import annotations

import json

import pytest

from mtgdesk.domain import interchange
from mtgdesk.domain.errors import InterchangeError
from mtgdesk.domain.records import (
    IDENTITY_FIELDS,
    MEETING_FIELDS,
    PARAGRAPH_FIELDS,
    PARTICIPANT_FIELDS,
    MeetingRecord,
    ParagraphRecord,
    ParticipantRecord,
    field_names,
    vocabularies,
)
from mtgdesk.domain.vocab import Attendance, ParagraphKind, ParticipantKind, Role, Status
from tests.full_record import full_record


def test_the_field_lists_are_the_records_fields():
    assert set(MEETING_FIELDS) | set(IDENTITY_FIELDS) | {
        "participants", "paragraphs", "report_overrides"} == set(field_names(MeetingRecord))
    assert MEETING_FIELDS[:2] == ("title", "held_on") and "status" in MEETING_FIELDS


def test_interchange_writes_every_field_of_the_records():
    record = full_record()
    record.uuid, record.version = "0b7b8c4e-5f0c-4c43-9a43-2b6cbb0e0d2a", 4
    out = interchange.meeting_to_dict(record)
    assert list(out) == ["uuid", "version", *MEETING_FIELDS, "participants", "paragraphs",
                         "report_overrides"]
    assert list(out["participants"][0]) == list(PARTICIPANT_FIELDS)
    assert list(out["paragraphs"][0]) == list(PARAGRAPH_FIELDS)
    [back] = interchange.loads(interchange.dumps([record]))
    assert back == record


def _doc(meeting: dict) -> str:
    return json.dumps({"format": "mtgdesk", "version": 1, "meetings": [meeting]})


@pytest.mark.parametrize("path", ["title", "held_on", "participants[0].kind",
                                  "participants[0].name", "paragraphs[0].text"])
def test_a_field_the_records_mark_required_must_be_given(path):
    meeting = interchange.meeting_to_dict(full_record())
    where, _, name = path.rpartition(".")
    target = meeting[where.split("[")[0]][0] if where else meeting
    del target[name]
    with pytest.raises(InterchangeError) as info:
        interchange.loads(_doc(meeting))
    assert info.value.path == f"meetings[0].{path}"
    assert "required" in str(info.value)


@pytest.mark.parametrize("path", ["status", "participants[0].role",
                                  "participants[0].attendance", "paragraphs[0].kind"])
def test_a_field_with_a_vocabulary_takes_only_its_values(path):
    meeting = interchange.meeting_to_dict(full_record())
    where, _, name = path.rpartition(".")
    target = meeting[where.split("[")[0]][0] if where else meeting
    target[name] = "something else"
    with pytest.raises(InterchangeError) as info:
        interchange.loads(_doc(meeting))
    assert info.value.path == f"meetings[0].{path}" and "is not one of" in str(info.value)


def test_dates_and_times_are_read_as_the_records_type_them():
    meeting = interchange.meeting_to_dict(full_record())
    meeting["ends_on"] = "2007-13-01"
    with pytest.raises(InterchangeError, match="not a real date"):
        interchange.loads(_doc(meeting))
    meeting["ends_on"], meeting["starts_at"] = "2007-03-02", "9:30"
    with pytest.raises(InterchangeError, match="HH:MM"):
        interchange.loads(_doc(meeting))


def test_the_vocabularies_are_those_the_records_declare():
    assert vocabularies(ParticipantRecord) == {
        "kind": tuple(ParticipantKind), "role": tuple(Role), "attendance": tuple(Attendance)}
    assert vocabularies(ParagraphRecord) == {"kind": tuple(ParagraphKind)}
    assert vocabularies(MeetingRecord) == {"status": tuple(Status)}
