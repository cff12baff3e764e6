"""The stored shape of meetings (SQLModel tables), known to the store alone. Rows never
leave it: the store turns them into records (mtgdesk.domain.records) and back."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, Table
from sqlmodel import Field, SQLModel


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"
    # AUTOINCREMENT: the id of a meeting deleted for good is never reused (its history
    # and journal entries keep it).
    __table_args__ = (Index("ix_meeting_live_held_on", "deleted_at", "held_on"),
                      {"sqlite_autoincrement": True})

    id: int | None = Field(default=None, primary_key=True)
    # The meeting's identity on every machine (interchange `uuid`); never changes.
    uuid: str = Field(index=True, unique=True)
    title: str
    held_on: date = Field(index=True)
    ends_on: date | None = None
    starts_at: time | None = None
    ends_at: time | None = None
    released_on: date | None = None
    venue: str | None = None
    city: str | None = None
    host_country: str | None = None
    series: str | None = Field(default=None, index=True)
    reference: str | None = None
    classification: str | None = None
    status: str = Field(default="draft", index=True)
    report_overrides: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # Bookkeeping: optimistic concurrency, timestamps (UTC), the Trash.
    version: int = Field(default=1)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


class Participant(SQLModel, table=True):
    __tablename__ = "participant"
    __table_args__ = (Index("ix_participant_meeting_position", "meeting_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(
        sa_column=Column(Integer, ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False)
    )
    position: int
    kind: str
    name: str = Field(index=True)
    acronym: str | None = None
    article: str | None = None
    role: str = "participant"
    attendance: str = "present"
    honorific: str | None = None
    post: str | None = None
    delegation: str | None = None


class Paragraph(SQLModel, table=True):
    __tablename__ = "paragraph"
    __table_args__ = (Index("ix_paragraph_meeting_position", "meeting_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(
        sa_column=Column(Integer, ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False)
    )
    position: int
    text: str
    kind: str = "discussion"
    owner: str | None = None
    due_on: date | None = None


class AuditEntry(SQLModel, table=True):
    """One event in a meeting's history. No foreign key: history outlives a purge."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(index=True)
    at: datetime
    user: str
    action: str  # create, update, delete, restore, purge, finalise, amend, import
    reason: str | None = None
    changes: list[Any] | None = Field(default=None, sa_column=Column(JSON))


class Draft(SQLModel, table=True):
    """Unsaved edits kept apart from the record, for crash recovery."""

    __tablename__ = "draft"
    __table_args__ = (Index("ix_draft_owner_key", "owner", "key", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    owner: str = ""  # the clerk whose editor it is ("": a draft from before owners)
    key: str  # "meeting:<id>" or "new:<uuid>", unique per owner
    meeting_id: int | None = None
    base_version: int | None = None
    data: str  # interchange JSON of the meeting as it stood in the form
    updated_at: datetime


class SavedSearch(SQLModel, table=True):
    __tablename__ = "saved_search"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    query: str
    filters: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class ReleaseAlias(SQLModel, table=True):
    """A clerk's correction of what the release reader proposed, kept to be applied to
    later releases: the participant read as `from_kind` named `from_name` is `to_kind`
    `to_name` (`to_acronym`). `from_key` is the name folded (case, spaces) that a later
    reading is matched by; one correction per kind and key."""

    __tablename__ = "release_alias"
    __table_args__ = (Index("ix_release_alias_from", "from_kind", "from_key", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    from_kind: str
    from_key: str
    from_name: str  # as the reader wrote it, for the clerk
    to_kind: str
    to_name: str
    to_acronym: str | None = None
    created_at: datetime
    created_by: str = ""


# The Core tables, typed as such: queries use their columns (`MEETING_TABLE.c.id`),
# which type-check as SQL expressions where the model attributes read as Python values.
MEETING_TABLE: Table = Meeting.__table__  # type: ignore[attr-defined]
PARTICIPANT_TABLE: Table = Participant.__table__  # type: ignore[attr-defined]
PARAGRAPH_TABLE: Table = Paragraph.__table__  # type: ignore[attr-defined]
AUDIT_TABLE: Table = AuditEntry.__table__  # type: ignore[attr-defined]
DRAFT_TABLE: Table = Draft.__table__  # type: ignore[attr-defined]
SAVED_SEARCH_TABLE: Table = SavedSearch.__table__  # type: ignore[attr-defined]
RELEASE_ALIAS_TABLE: Table = ReleaseAlias.__table__  # type: ignore[attr-defined]


class JournalEntry(SQLModel, table=True):
    """One committed change to a meeting, in the order of commits: what the search
    index, history and (later) the office server and offline sync read to follow the
    record. Written by the one write path (mtgdesk.services.writes) in the change's own
    transaction. No foreign key: the journal outlives a purge."""

    __tablename__ = "change_journal"
    # AUTOINCREMENT: a sequence number is never used twice, even after a purge.
    __table_args__ = {"sqlite_autoincrement": True}

    seq: int | None = Field(default=None, primary_key=True)
    meeting_uuid: str = Field(index=True)
    meeting_id: int
    version: int  # the meeting's version after the change
    operation: str  # create, update, finalise, amend, import, replace, delete, restore, purge
    at: datetime


JOURNAL_TABLE: Table = JournalEntry.__table__  # type: ignore[attr-defined]
