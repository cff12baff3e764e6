"""The closed vocabularies of the interchange format, in the order a clerk sees them."""

from __future__ import annotations

from enum import StrEnum


class ParticipantKind(StrEnum):
    COUNTRY = "country"
    ORGANIZATION = "organization"
    AGENCY = "agency"
    PERSON = "person"


class Role(StrEnum):
    PARTICIPANT = "participant"
    CHAIR = "chair"
    CO_CHAIR = "co-chair"
    OBSERVER = "observer"
    GUEST = "guest"
    RAPPORTEUR = "rapporteur"
    SECRETARY = "secretary"


class Attendance(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class ParagraphKind(StrEnum):
    DISCUSSION = "discussion"
    AGREEMENT = "agreement"
    DECISION = "decision"
    ACTION = "action"
    NOTE = "note"


class Status(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


# Words a clerk reads in lists and labels (the stored values stay the enum values).
LABELS: dict[str, str] = {
    "country": "Country",
    "organization": "International organization",
    "agency": "Host government agency",
    "person": "Person",
    "participant": "Participant",
    "chair": "Chair",
    "co-chair": "Co-chair",
    "observer": "Observer",
    "guest": "Guest",
    "rapporteur": "Rapporteur",
    "secretary": "Secretary",
    "present": "Present",
    "absent": "Absent",
    "excused": "Excused",
    "discussion": "Discussion",
    "agreement": "Agreement",
    "decision": "Decision",
    "action": "Action",
    "note": "Note",
    "draft": "Draft",
    "final": "Final",
}


def label(value: str) -> str:
    return LABELS.get(value, value)
