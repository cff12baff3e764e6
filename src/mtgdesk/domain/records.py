"""Plain values of a meeting: what forms load and produce and services save.

They mirror the interchange format field for field. None means "not given"; an empty
string is kept as given, because the format promises strings come back exactly.

These dataclasses are the one definition of a meeting's shape: the interchange format's
fields, the store's copy between record and row and the form's fields are read from
them (MEETING_FIELDS, PARTICIPANT_FIELDS, PARAGRAPH_FIELDS and each field's metadata:
`required` in an interchange file, the vocabulary it `choices` from).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from typing import Any

from mtgdesk.domain.vocab import Attendance, ParagraphKind, ParticipantKind, Role, Status

# Generated report paragraphs a clerk may replace for one meeting (see reports).
OVERRIDE_KEYS = ("opening", "attendance")


def _required(default: str) -> Any:
    """A field an interchange file must give."""
    return field(default=default, metadata={"required": True})


def _one_of(vocabulary: type[StrEnum], default: str, *, required: bool = False) -> Any:
    """A field whose value is one of a vocabulary's."""
    return field(default=default, metadata={"choices": vocabulary, "required": required})


@dataclass
class ParticipantRecord:
    kind: str = _one_of(ParticipantKind, ParticipantKind.COUNTRY.value, required=True)
    name: str = _required("")
    acronym: str | None = None
    article: str | None = None
    role: str = _one_of(Role, Role.PARTICIPANT.value)
    attendance: str = _one_of(Attendance, Attendance.PRESENT.value)
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
    text: str = _required("")
    kind: str = _one_of(ParagraphKind, ParagraphKind.DISCUSSION.value)
    owner: str | None = None
    due_on: date | None = None


def kind_change(paragraph: ParagraphRecord, kind: str) -> dict[str, object]:
    """The fields that change when a paragraph becomes `kind`: {} when it already is;
    an owner and a due date belong to actions, so leaving "action" clears them too."""
    if kind == paragraph.kind:
        return {}
    change: dict[str, object] = {"kind": kind}
    if kind != ParagraphKind.ACTION:
        if paragraph.owner is not None:
            change["owner"] = None
        if paragraph.due_on is not None:
            change["due_on"] = None
    return change


def with_kind(paragraph: ParagraphRecord, kind: str) -> ParagraphRecord:
    """The paragraph as `kind` (see kind_change)."""
    return dataclasses.replace(paragraph, **kind_change(paragraph, kind))  # type: ignore[arg-type]


@dataclass
class MeetingRecord:
    title: str = _required("")
    held_on: date | None = field(default=None, metadata={"required": True})
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
    status: str = _one_of(Status, Status.DRAFT.value)
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


def field_names(cls: type) -> tuple[str, ...]:
    """A record class's fields, in the order they are declared."""
    return tuple(f.name for f in dataclasses.fields(cls))


# Not the meeting's content: who it is on every machine and its save count.
IDENTITY_FIELDS = ("id", "version", "uuid")
# The meeting's own values, each one field of the form and one column of its row
# (participants, paragraphs and report_overrides are stored and read on their own).
MEETING_FIELDS = tuple(n for n in field_names(MeetingRecord) if n not in
                       (*IDENTITY_FIELDS, "participants", "paragraphs", "report_overrides"))
PARTICIPANT_FIELDS = field_names(ParticipantRecord)
PARAGRAPH_FIELDS = field_names(ParagraphRecord)


def vocabularies(cls: type) -> dict[str, tuple[str, ...]]:
    """The values each field of a record class with a vocabulary may take, in order."""
    return {f.name: tuple(v.value for v in f.metadata["choices"])
            for f in dataclasses.fields(cls) if f.metadata.get("choices") is not None}
