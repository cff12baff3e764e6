"""Open, save, delete and list meetings: one transaction each, plain records in and out.
Every write goes through the one write path (mtgdesk.services.writes)."""

from __future__ import annotations

from dataclasses import dataclass

from mtgdesk.domain.changes import NOTHING, Changes
from mtgdesk.domain.errors import UserError
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.summary import MeetingSummary
from mtgdesk.domain.validation import Problem
from mtgdesk.domain.vocab import Status
from mtgdesk.services import trash, writes
from mtgdesk.store import meetings as store
from mtgdesk.store.session import Engine, read_session


@dataclass(frozen=True)
class Saved:
    """What a save changed: the stored id and version, and what the clerk should see."""

    id: int
    version: int
    created: bool
    warnings: tuple[Problem, ...] = ()
    changes: Changes = NOTHING

    @property
    def uuid(self) -> str:
        return (self.changes.added or self.changes.updated)[0].uuid


def get_meeting(engine: Engine, meeting_id: int) -> MeetingRecord:
    with read_session(engine) as session:
        return store.load(session, meeting_id)


def get_meetings(engine: Engine, ids: list[int]) -> list[MeetingRecord]:
    with read_session(engine) as session:
        return store.load_many(session, ids)


def save_meeting(engine: Engine, record: MeetingRecord, *, force: bool = False,
                 author: str | None = None) -> Saved:
    """Validate and store; a record with an id replaces that meeting, one without is a
    new meeting (with a new uuid).

    Refuses with ConflictError when the meeting changed since `record.version` was
    read, unless `force` (the clerk chose to overwrite), and with history.FinalError
    when the stored meeting is final (only amend_meeting changes it). Each save is in
    the history with what changed; saving with status final is the finalise event.
    """
    return _saved(writes.apply(engine, [writes.save(record, force=force)], author=author))


def save_as_copy(engine: Engine, record: MeetingRecord, *, author: str | None = None
                 ) -> Saved:
    """Store `record` as a new meeting (new id and uuid), a draft whatever its status:
    a copy is a new record, not an approved one."""
    copy = record.copy()
    copy.id = copy.version = copy.uuid = None
    copy.status = Status.DRAFT.value
    return save_meeting(engine, copy, author=author)


def _saved(changes: Changes) -> Saved:
    created = bool(changes.added)
    ref = (changes.added or changes.updated)[0]
    return Saved(ref.id, ref.version, created, changes.warnings, changes)


def finalise_meeting(engine: Engine, meeting_id: int, *,
                     expected_version: int | None = None, author: str | None = None
                     ) -> Saved:
    """Mark a stored meeting final: from then on it changes only through an amendment."""
    record = get_meeting(engine, meeting_id)
    if record.status == Status.FINAL:
        raise UserError(f"meeting {meeting_id} is already final")
    if expected_version is not None:
        record.version = expected_version
    record.status = Status.FINAL.value
    return save_meeting(engine, record, author=author)


def amend_meeting(engine: Engine, record: MeetingRecord, reason: str, *,
                  author: str | None = None) -> Saved:
    """Change a final meeting; the reason, who and the field diff go in its history."""
    if not reason.strip():
        raise UserError("an amendment needs a reason")
    if record.id is None:
        raise UserError("only a saved meeting can be amended")
    if record.status != Status.FINAL:
        # An amendment leaves the meeting final; reopening is not a way around it.
        record = record.copy()
        record.status = Status.FINAL.value
    return _saved(writes.apply(engine, [writes.save(record, reason=reason.strip())],
                               author=author))


def delete_meeting(engine: Engine, meeting_id: int) -> int:
    """Move a meeting to the Trash; returns its new version."""
    return trash.trash(engine, meeting_id)


def delete_meetings(engine: Engine, ids: list[int], *, author: str | None = None
                    ) -> Changes:
    """Move several meetings to the Trash in one transaction."""
    return trash.trash_many(engine, ids, author=author)


def restore_meeting(engine: Engine, meeting_id: int) -> int:
    return trash.restore(engine, meeting_id)


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
