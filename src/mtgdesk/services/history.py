"""The record's history: an audit entry for every change, the Trash, and what changed.

Entries are written by `record_event` inside the caller's write session, so an entry
exists exactly when its change was committed. Who is Settings.author (the name set in
the settings, else the OS user name); when is UTC; what is a field-by-field diff in
interchange paths (`title`, `participants[2].name`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlmodel import Session

from mtgdesk.domain.errors import NotFoundError, UserError
from mtgdesk.domain.interchange import meeting_to_dict
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.tables import AUDIT_TABLE, DRAFT_TABLE, MEETING_TABLE, AuditEntry, Draft
from mtgdesk.settings import load_settings
from mtgdesk.store import meetings as store
from mtgdesk.store.session import read_session, write_session

M = MEETING_TABLE.c

ACTIONS = ("create", "update", "delete", "restore", "purge", "finalise", "amend", "import")

LABELS = {
    "create": "Created", "update": "Saved", "delete": "Moved to the Trash",
    "restore": "Restored from the Trash", "purge": "Deleted for good (Trash emptied)",
    "finalise": "Marked final", "amend": "Amended", "import": "Imported",
}


class FinalError(UserError):
    """A final meeting changes only through an amendment."""

    def __init__(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        super().__init__(f"Meeting {meeting_id} is final and cannot be edited; use "
                         "Amend... and give a reason to change it.")


@dataclass(frozen=True)
class Change:
    field: str  # interchange path: "title", "participants[2].name"
    old: Any
    new: Any

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    meeting_id: int
    at: datetime
    user: str
    action: str
    reason: str | None
    changes: tuple[Change, ...]

    @property
    def label(self) -> str:
        return LABELS.get(self.action, self.action)


@dataclass(frozen=True)
class TrashItem:
    id: int
    title: str
    held_on: date
    deleted_at: datetime


def current_author() -> str:
    return load_settings().author


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else key, out)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _flatten(item, f"{prefix}[{i}]", out)
    else:
        out[prefix] = value


def flat_fields(record: MeetingRecord) -> dict[str, Any]:
    """The record as {interchange path: JSON value}; absent values are left out."""
    out: dict[str, Any] = {}
    _flatten(meeting_to_dict(record), "", out)
    return {k: v for k, v in out.items() if v is not None}


def diff(old: MeetingRecord | None, new: MeetingRecord) -> list[Change]:
    """What changed, field by field, in the order the form shows the fields."""
    before = flat_fields(old) if old is not None else {}
    after = flat_fields(new)
    keys = list(after) + [k for k in before if k not in after]
    return [Change(k, before.get(k), after.get(k)) for k in keys
            if before.get(k) != after.get(k)]


def record_event(session: Session, meeting_id: int, action: str, *,
                 changes: list[Change] | None = None, reason: str | None = None,
                 author: str | None = None) -> None:
    """Add one history entry to the caller's transaction."""
    assert action in ACTIONS, action
    session.add(AuditEntry(
        meeting_id=meeting_id, at=store.now(), user=author or current_author(),
        action=action, reason=reason,
        changes=[c.as_json() for c in changes] if changes else None,
    ))


def record_events(session: Session, meeting_ids: Sequence[int], action: str, *,
                  author: str | None = None) -> None:
    """The same entry for many meetings (an import), as one multi-row statement."""
    assert action in ACTIONS, action
    if meeting_ids:
        at, user = store.now(), author or current_author()
        session.execute(AUDIT_TABLE.insert(), [
            {"meeting_id": i, "at": at, "user": user, "action": action, "reason": None,
             "changes": None} for i in meeting_ids])


def history(engine: Engine, meeting_id: int) -> list[HistoryEntry]:
    """Every recorded event of a meeting, oldest first."""
    with read_session(engine) as session:
        rows = session.execute(
            select(AuditEntry).where(AUDIT_TABLE.c.meeting_id == meeting_id)
            .order_by(AUDIT_TABLE.c.at, AUDIT_TABLE.c.id)).scalars().all()
        return [_entry(r) for r in rows]


def _entry(row: AuditEntry) -> HistoryEntry:
    assert row.id is not None
    changes = tuple(Change(c.get("field", ""), c.get("old"), c.get("new"))
                    for c in (row.changes or []) if isinstance(c, dict))
    return HistoryEntry(row.id, row.meeting_id, row.at, row.user, row.action, row.reason,
                        changes)


# --- the Trash ---------------------------------------------------------------------

def list_trash(engine: Engine) -> list[TrashItem]:
    """Meetings in the Trash, most recently deleted first."""
    with read_session(engine) as session:
        rows = session.execute(
            select(M.id, M.title, M.held_on, M.deleted_at)
            .where(M.deleted_at.is_not(None))
            .order_by(M.deleted_at.desc(), M.id.desc())).all()
    return [TrashItem(*row) for row in rows]


def trash(engine: Engine, meeting_id: int) -> int:
    """Move a meeting to the Trash; returns its new version."""
    return _move(engine, meeting_id, to_trash=True)


def restore(engine: Engine, meeting_id: int) -> int:
    """Take a meeting out of the Trash; returns its new version."""
    return _move(engine, meeting_id, to_trash=False)


def _move(engine: Engine, meeting_id: int, *, to_trash: bool) -> int:
    with write_session(engine) as session:
        _require_live(session, meeting_id, deleted=not to_trash)
        version = store.set_deleted(session, meeting_id, to_trash)
        record_event(session, meeting_id, "delete" if to_trash else "restore")
        return version


def empty_trash(engine: Engine, ids: list[int] | None = None) -> int:
    """Delete for good the meetings in the Trash (or those of `ids` that are there).

    Their history stays, ending with a purge entry; their drafts go.
    """
    with write_session(engine) as session:
        stmt = select(M.id).where(M.deleted_at.is_not(None))
        if ids is not None:
            stmt = stmt.where(M.id.in_(ids))
        doomed = list(session.execute(stmt).scalars())
        author = current_author()
        for meeting_id in doomed:
            store.purge(session, meeting_id)
            for draft in session.execute(
                    select(Draft).where(DRAFT_TABLE.c.meeting_id == meeting_id)).scalars():
                session.delete(draft)
            record_event(session, meeting_id, "purge", author=author)
        return len(doomed)


def _require_live(session: Session, meeting_id: int, *, deleted: bool) -> None:
    row = session.execute(select(M.deleted_at).where(M.id == meeting_id)).first()
    if row is None:
        raise NotFoundError(f"there is no meeting {meeting_id}")
    if (row[0] is not None) != deleted:
        where = "is not in the Trash" if deleted else "is already in the Trash"
        raise UserError(f"meeting {meeting_id} {where}")


def describe(change: Change) -> str:
    """One line a clerk reads: `title: “Old” → “New”`."""
    return f"{change.field}: {_show(change.old)} → {_show(change.new)}"


def _show(value: Any) -> str:
    if value is None:
        return "(empty)"
    text = str(value)
    return f"“{text if len(text) <= 80 else text[:77] + '...'}”"

