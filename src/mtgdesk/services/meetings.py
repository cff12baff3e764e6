"""Open, save, delete and list meetings: one transaction each, plain records in and out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine

from mtgdesk.domain.errors import ValidationFailed
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.validation import Problem, errors, validate_meeting
from mtgdesk.store import meetings as store
from mtgdesk.store.session import read_session, write_session


@dataclass(frozen=True)
class Saved:
    """What a save changed: the stored id and version, and what the clerk should see."""

    id: int
    version: int
    created: bool
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    title: str
    held_on: date
    ends_on: date | None
    venue: str | None
    city: str | None
    status: str
    series: str | None
    version: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "held_on": self.held_on.isoformat(),
            "ends_on": self.ends_on.isoformat() if self.ends_on else None,
            "venue": self.venue, "city": self.city, "status": self.status,
            "series": self.series,
        }


def get_meeting(engine: Engine, meeting_id: int) -> MeetingRecord:
    with read_session(engine) as session:
        return store.load(session, meeting_id)


def get_meetings(engine: Engine, ids: list[int]) -> list[MeetingRecord]:
    with read_session(engine) as session:
        return store.load_many(session, ids)


def save_meeting(engine: Engine, record: MeetingRecord, *, force: bool = False) -> Saved:
    """Validate and store; a record with an id replaces that meeting.

    Refuses with ConflictError when the meeting changed since `record.version` was
    read, unless `force` (the clerk chose to overwrite).
    """
    problems = validate_meeting(record)
    if errors(problems):
        raise ValidationFailed(errors(problems))
    warnings = tuple(p for p in problems if p not in errors(problems))
    with write_session(engine) as session:
        if record.id is None:
            new_id, version = store.insert(session, record)
            return Saved(new_id, version, True, warnings)
        version = store.update_record(
            session, record, expected_version=None if force else record.version)
        return Saved(record.id, version, False, warnings)


def delete_meeting(engine: Engine, meeting_id: int) -> int:
    """Move a meeting to the Trash; returns its new version."""
    with write_session(engine) as session:
        return store.set_deleted(session, meeting_id, True)


def restore_meeting(engine: Engine, meeting_id: int) -> int:
    with write_session(engine) as session:
        return store.set_deleted(session, meeting_id, False)


def count_meetings(engine: Engine) -> int:
    with read_session(engine) as session:
        return store.count(session)


def list_meetings(engine: Engine, *, limit: int | None = None, offset: int = 0,
                  order: str = "held_on", descending: bool = True) -> list[MeetingSummary]:
    with read_session(engine) as session:
        ids = store.list_ids(session, order=order, descending=descending, offset=offset,
                             limit=limit)
        rows = store.summaries(session, ids)
    return [MeetingSummary(**rows[i]) for i in ids if i in rows]


def summaries(engine: Engine, ids: list[int]) -> dict[int, MeetingSummary]:
    with read_session(engine) as session:
        rows = store.summaries(session, ids)
    return {i: MeetingSummary(**r) for i, r in rows.items()}


def known_participant_names(engine: Engine) -> list[tuple[str, str, str | None]]:
    with read_session(engine) as session:
        return store.known_names(session)
