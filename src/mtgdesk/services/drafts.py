"""Drafts: what stands in an editor, kept apart from the saved record for crash recovery.

A draft is written every few seconds while the clerk types, so it must never be
refused: a half-typed meeting with no title or an end before its start is stored as
it stands, and read back leniently (a value that cannot be read is dropped, never the
draft). Keys are "meeting:<id>" for an open stored meeting and "new:<uuid>" for one
never saved.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime, time
from typing import Any

from mtgdesk.domain.interchange import meeting_to_dict
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.store import drafts as rows
from mtgdesk.store import meetings as store
from mtgdesk.store.session import Engine, read_session, write_session


@dataclass(frozen=True)
class DraftInfo:
    key: str
    meeting_id: int | None
    base_version: int | None
    updated_at: datetime
    record: MeetingRecord

    @property
    def title(self) -> str:
        return self.record.title.strip() or "(untitled meeting)"


def key_for(record: MeetingRecord) -> str:
    """A stable key for a stored meeting; a fresh one for a new meeting."""
    return f"meeting:{record.id}" if record.id is not None else new_key()


def new_key() -> str:
    return f"new:{uuid.uuid4().hex}"


def save_draft(engine: Engine, key: str, record: MeetingRecord, *, owner: str = "") -> None:
    """Keep the editor's current content under `key` (replacing the previous draft);
    `owner`: the clerk whose editor it is (on a server, each clerk has their own)."""
    data = json.dumps(meeting_to_dict(record), ensure_ascii=False, default=str)
    # A draft replaces only its own row: no need to wait for other writers' turn.
    with write_session(engine, exclusive=False) as session:
        rows.put(session, rows.Row(key, record.id, record.version, data, store.now(), owner))


def discard_draft(engine: Engine, key: str, *, owner: str | None = None) -> None:
    with write_session(engine, exclusive=False) as session:
        rows.remove(session, key, owner)


def list_drafts(engine: Engine, *, owner: str | None = None) -> list[DraftInfo]:
    """The drafts of `owner` (and those kept before drafts had owners), oldest first;
    None: every clerk's."""
    with read_session(engine) as session:
        return [_info(r) for r in rows.all_rows(session, owner)]


def get_draft(engine: Engine, key: str, *, owner: str | None = None) -> DraftInfo | None:
    with read_session(engine) as session:
        row = rows.get(session, key, owner)
    return _info(row) if row is not None else None


def _info(row: rows.Row) -> DraftInfo:
    try:
        data = json.loads(row.data)
    except ValueError:
        data = {}
    record = record_from_draft(data)
    record.id = row.meeting_id
    record.version = row.base_version
    return DraftInfo(row.key, row.meeting_id, row.base_version, row.updated_at, record)


# --- lenient reading -----------------------------------------------------------------

def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _time(value: Any) -> time | None:
    try:
        return time.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _read(cls: type, data: Any) -> Any:
    """An instance of a record dataclass from whatever of `data` can be read."""
    if not isinstance(data, dict):
        data = {}
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data or f.name in ("participants", "paragraphs", "id", "version"):
            continue
        raw = data[f.name]
        kind = str(f.type)
        if "date" in kind:
            value: Any = _date(raw)
        elif "time" in kind:
            value = _time(raw)
        elif f.name == "report_overrides":
            value = ({k: v for k, v in raw.items() if isinstance(v, str)}
                     if isinstance(raw, dict) else None)
        else:
            value = _text(raw)
        if value is not None:
            values[f.name] = value
    return cls(**values)


def record_from_draft(data: Any) -> MeetingRecord:
    record = _read(MeetingRecord, data)
    if isinstance(data, dict):
        parts = data.get("participants")
        paras = data.get("paragraphs")
        record.participants = [_read(ParticipantRecord, p)
                               for p in (parts if isinstance(parts, list) else [])]
        record.paragraphs = [_read(ParagraphRecord, p)
                             for p in (paras if isinstance(paras, list) else [])]
    return record
