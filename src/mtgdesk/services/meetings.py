"""Open, save, delete and list meetings: one transaction each, plain records in and out."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from mtgdesk.domain.errors import NotFoundError, UserError, ValidationFailed
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.summary import MeetingSummary
from mtgdesk.domain.validation import Problem, errors, validate_meeting
from mtgdesk.domain.vocab import Status
from mtgdesk.services import history
from mtgdesk.store import meetings as store
from mtgdesk.store.session import read_session, write_session


@dataclass(frozen=True)
class Saved:
    """What a save changed: the stored id and version, and what the clerk should see."""

    id: int
    version: int
    created: bool
    warnings: tuple[Problem, ...] = ()


def get_meeting(engine: Engine, meeting_id: int) -> MeetingRecord:
    with read_session(engine) as session:
        return store.load(session, meeting_id)


def get_meetings(engine: Engine, ids: list[int]) -> list[MeetingRecord]:
    with read_session(engine) as session:
        return store.load_many(session, ids)


def save_meeting(engine: Engine, record: MeetingRecord, *, force: bool = False) -> Saved:
    """Validate and store; a record with an id replaces that meeting.

    Refuses with ConflictError when the meeting changed since `record.version` was
    read, unless `force` (the clerk chose to overwrite), and with history.FinalError
    when the stored meeting is final (only amend_meeting changes it). Each save is in
    the history with what changed; saving with status final is the finalise event.
    """
    return _save(engine, record, force=force)


def _save(engine: Engine, record: MeetingRecord, *, force: bool = False,
          reason: str | None = None) -> Saved:
    problems = validate_meeting(record)
    if errors(problems):
        raise ValidationFailed(errors(problems))
    warnings = tuple(p for p in problems if p not in errors(problems))
    with write_session(engine) as session:
        if record.id is None:
            new_id, version = store.insert(session, record)
            history.record_event(session, new_id, "create")
            return Saved(new_id, version, True, warnings)
        try:
            old: MeetingRecord | None = store.load(session, record.id, include_deleted=True)
        except NotFoundError:
            old = None
        version = store.update_record(
            session, record, expected_version=None if force else record.version)
        assert old is not None  # update_record refuses a missing meeting
        amending = reason is not None
        if old.status == Status.FINAL and not amending:
            raise history.FinalError(record.id)
        if amending and old.status != Status.FINAL:
            raise UserError(f"meeting {record.id} is not final; save it instead of amending")
        action = ("amend" if amending else
                  "finalise" if record.status == Status.FINAL else "update")
        history.record_event(session, record.id, action, reason=reason,
                             changes=history.diff(old, record))
        return Saved(record.id, version, False, warnings)


def finalise_meeting(engine: Engine, meeting_id: int, *,
                     expected_version: int | None = None) -> Saved:
    """Mark a stored meeting final: from then on it changes only through an amendment."""
    record = get_meeting(engine, meeting_id)
    if record.status == Status.FINAL:
        raise UserError(f"meeting {meeting_id} is already final")
    if expected_version is not None:
        record.version = expected_version
    record.status = Status.FINAL.value
    return _save(engine, record)


def amend_meeting(engine: Engine, record: MeetingRecord, reason: str) -> Saved:
    """Change a final meeting; the reason, who and the field diff go in its history."""
    if not reason.strip():
        raise UserError("an amendment needs a reason")
    if record.id is None:
        raise UserError("only a saved meeting can be amended")
    if record.status != Status.FINAL:
        # An amendment leaves the meeting final; reopening is not a way around it.
        record = record.copy()
        record.status = Status.FINAL.value
    return _save(engine, record, reason=reason.strip())


def delete_meeting(engine: Engine, meeting_id: int) -> int:
    """Move a meeting to the Trash; returns its new version."""
    return history.trash(engine, meeting_id)


def restore_meeting(engine: Engine, meeting_id: int) -> int:
    return history.restore(engine, meeting_id)


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
