"""A meeting with every field given, none at its default, built from the records'
own fields: a field added to a record is filled here without a change, so every test
that stores, exports or shows this record sees the new field."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date, time
from typing import Any, get_args, get_type_hints

from mtgdesk.domain.records import (
    MEETING_FIELDS,
    PARAGRAPH_FIELDS,
    PARTICIPANT_FIELDS,
    MeetingRecord,
    ParagraphRecord,
    ParticipantRecord,
)

# The vocabulary values that keep the record valid (only a person has a post, only an
# action has an owner); any other field with a vocabulary takes its first other value.
CHOSEN = {(ParticipantRecord, "kind"): "person", (ParagraphRecord, "kind"): "action"}


def _values(cls: type, names: tuple[str, ...]) -> dict[str, Any]:
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    blank = cls()
    days, hours = itertools.count(1), itertools.count(9)  # later fields, later values
    out: dict[str, Any] = {}
    for name in names:
        choices = fields[name].metadata.get("choices")
        kinds = [t for t in get_args(hints[name]) or (hints[name],) if t is not type(None)]
        if choices is not None:
            out[name] = CHOSEN.get((cls, name)) or next(
                c.value for c in choices if c.value != getattr(blank, name))
        elif kinds[0] is str:
            out[name] = f"{name} given"
        elif kinds[0] is date:
            out[name] = date(2007, 3, next(days))
        elif kinds[0] is time:
            out[name] = time(next(hours), 30)
        else:  # a new kind of value: teach this helper (and the interchange) about it
            raise TypeError(f"{cls.__name__}.{name}: no sample value for {hints[name]}")
    return out


def full_record() -> MeetingRecord:
    person = ParticipantRecord(**_values(ParticipantRecord, PARTICIPANT_FIELDS))
    action = ParagraphRecord(**_values(ParagraphRecord, PARAGRAPH_FIELDS))
    country = ParticipantRecord(kind="country", name="host_country given")
    record = MeetingRecord(**_values(MeetingRecord, MEETING_FIELDS),
                           participants=[person, country], paragraphs=[action],
                           report_overrides={"opening": "An opening of our own."})
    for name in MEETING_FIELDS:
        assert getattr(record, name) != getattr(MeetingRecord(), name), name
    return record
