"""Plain values of a meeting: what forms load and produce and services save.

They mirror the interchange format field for field. None means "not given"; an empty
string is kept as given, because the format promises strings come back exactly.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, time

from mtgdesk.domain.vocab import Attendance, ParagraphKind, ParticipantKind, Role, Status

# Generated report paragraphs a clerk may replace for one meeting (see reports).
OVERRIDE_KEYS = ("opening", "attendance")


@dataclass
class ParticipantRecord:
    kind: str = ParticipantKind.COUNTRY.value
    name: str = ""
    acronym: str | None = None
    article: str | None = None
    role: str = Role.PARTICIPANT.value
    attendance: str = Attendance.PRESENT.value
    honorific: str | None = None
    post: str | None = None
    delegation: str | None = None

    @property
    def prose_article(self) -> str:
        """The word put before the name in prose ('' for none)."""
        if self.article is not None:
            return self.article
        if self.kind in (ParticipantKind.ORGANIZATION, ParticipantKind.AGENCY):
            return "the"
        return ""


@dataclass
class ParagraphRecord:
    text: str = ""
    kind: str = ParagraphKind.DISCUSSION.value
    owner: str | None = None
    due_on: date | None = None


@dataclass
class MeetingRecord:
    title: str = ""
    held_on: date | None = None
    ends_on: date | None = None
    starts_at: time | None = None
    ends_at: time | None = None
    released_on: date | None = None
    venue: str | None = None
    city: str | None = None
    host_country: str | None = None
    series: str | None = None
    reference: str | None = None
    classification: str | None = None
    status: str = Status.DRAFT.value
    participants: list[ParticipantRecord] = field(default_factory=list)
    paragraphs: list[ParagraphRecord] = field(default_factory=list)
    # Clerk's replacement text for generated report paragraphs, by OVERRIDE_KEYS.
    report_overrides: dict[str, str] = field(default_factory=dict)
    # Store bookkeeping: None for a meeting never saved. The uuid is the meeting's
    # identity on every machine, given once when it is first stored (or kept from the
    # interchange file it came in); the version counts its saves.
    id: int | None = None
    version: int | None = None
    uuid: str | None = None

    def copy(self) -> MeetingRecord:
        return dataclasses.replace(
            self,
            participants=[dataclasses.replace(p) for p in self.participants],
            paragraphs=[dataclasses.replace(p) for p in self.paragraphs],
            report_overrides=dict(self.report_overrides),
        )

    def content_equals(self, other: MeetingRecord) -> bool:
        """Same meeting content, whatever the store bookkeeping says."""
        a = dataclasses.replace(self, id=None, version=None, uuid=None)
        b = dataclasses.replace(other, id=None, version=None, uuid=None)
        return a == b

    @property
    def chairs(self) -> list[ParticipantRecord]:
        return [p for p in self.participants if p.role in (Role.CHAIR, Role.CO_CHAIR)]


MEETING_TEXT_FIELDS = (
    "title", "venue", "city", "host_country", "series", "reference", "classification",
)
