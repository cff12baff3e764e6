"""The record's history: an audit entry for every change, and what changed.

Entries are written by `record_event` inside the write path's transaction
(mtgdesk.services.writes), so an entry exists exactly when its change was committed.
Who is Settings.author (the name set in the settings, else the OS user name); when is
UTC; what is a field-by-field diff in interchange paths (`title`, `participants[2].name`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.interchange import meeting_to_dict
from mtgdesk.domain.records import IDENTITY_FIELDS, MeetingRecord
from mtgdesk.settings import load_settings
from mtgdesk.store import audit
from mtgdesk.store import meetings as store
from mtgdesk.store.session import Engine, Session, read_session

ACTIONS = ("create", "update", "delete", "restore", "purge", "finalise", "amend", "import",
           "replace")

LABELS = {
    "create": "Created", "update": "Saved", "delete": "Moved to the Trash",
    "restore": "Restored from the Trash", "purge": "Deleted for good (Trash emptied)",
    "finalise": "Marked final", "amend": "Amended", "import": "Imported",
    "replace": "Replaced by a newer version (import)",
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

    def describe(self) -> str:
        return describe(self)


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
    # The identity and the save count are bookkeeping, not what a clerk changed.
    return {k: v for k, v in out.items() if v is not None and k not in IDENTITY_FIELDS}


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
    audit.add(session, [{
        "meeting_id": meeting_id, "at": store.now(), "user": author or current_author(),
        "action": action, "reason": reason,
        "changes": [c.as_json() for c in changes] if changes else None}])


def record_events(session: Session, meeting_ids: Sequence[int], action: str, *,
                  author: str | None = None) -> None:
    """The same entry for many meetings (an import), as one multi-row statement."""
    assert action in ACTIONS, action
    if meeting_ids:
        at, user = store.now(), author or current_author()
        audit.add(session, [
            {"meeting_id": i, "at": at, "user": user, "action": action, "reason": None,
             "changes": None} for i in meeting_ids])


def history(engine: Engine, meeting_id: int) -> list[HistoryEntry]:
    """Every recorded event of a meeting, oldest first."""
    with read_session(engine) as session:
        return [_entry(r) for r in audit.of_meeting(session, meeting_id)]


def _entry(row: audit.Row) -> HistoryEntry:
    changes = tuple(Change(c.get("field", ""), c.get("old"), c.get("new"))
                    for c in (row.changes or []) if isinstance(c, dict))
    return HistoryEntry(row.id, row.meeting_id, row.at, row.user, row.action, row.reason,
                        changes)


def describe(change: Change) -> str:
    """One line a clerk reads: `title: “Old” → “New”`."""
    return f"{change.field}: {_show(change.old)} → {_show(change.new)}"


def _show(value: Any) -> str:
    if value is None:
        return "(empty)"
    text = str(value)
    return f"“{text if len(text) <= 80 else text[:77] + '...'}”"

