"""Validation problems name their field by a structured path, the steps from the
meeting to the field, and say where in the interchange notation."""

from __future__ import annotations

from datetime import date

from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.domain.validation import Problem, Severity, errors, path_text, validate_meeting
from tests.full_record import full_record


def _walk(record: MeetingRecord, path: tuple) -> object:
    value: object = record
    for step in path:
        value = value[step] if isinstance(step, int) else getattr(value, step)  # type: ignore[index]
    return value


def test_each_problem_path_leads_to_its_field():
    record = MeetingRecord(
        title="", held_on=date(2007, 3, 2), ends_on=date(2007, 3, 1),
        participants=[ParticipantRecord(name="Japan"),
                      ParticipantRecord(kind="country", name="", post="Minister")],
        paragraphs=[ParagraphRecord(text="", kind="note", owner="MOFA",
                                    due_on=date(2007, 4, 1))])
    problems = validate_meeting(record)
    assert [p.path for p in problems] == [
        ("title",), ("ends_on",), ("participants", 1, "name"), ("participants", 1, "post"),
        ("paragraphs", 0, "text"), ("paragraphs", 0, "owner"), ("paragraphs", 0, "due_on")]
    for p in problems:
        _walk(record, p.path)  # every step exists: no AttributeError, no IndexError
    post = problems[3]
    assert post.severity == Severity.WARNING and post.field == "post"
    assert post.item("participants") == 1 and post.item("paragraphs") is None
    assert post.where == "participants[1].post"
    assert [p.where for p in errors(problems)][:2] == ["title", "ends_on"]


def test_a_problem_seen_from_further_out_keeps_its_steps():
    problem = Problem(("paragraphs", 2, "text"), "Paragraph 3 is empty.")
    outer = problem.within("meetings", 4)
    assert outer.path == ("meetings", 4, "paragraphs", 2, "text")
    assert outer.where == "meetings[4].paragraphs[2].text"
    assert outer.item("paragraphs") is None and outer.item("meetings") == 4
    assert outer.message == problem.message and outer.field == "text"
    assert path_text(()) == "" and path_text(("title",)) == "title"


def test_a_record_with_every_field_given_is_valid():
    assert validate_meeting(full_record()) == []
