"""Validation as data: each problem names its field, a severity and a sentence for a clerk.

A problem's path is structured, the steps from the meeting to the field:
`("participants", 3, "name")`, so the form finds the widget without parsing anything;
`Problem.where` writes it in the interchange notation (`participants[3].name`) for the
CLI, which prints it after `meetings[0].`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.vocab import ParagraphKind, ParticipantKind, label

TITLE_MAX = 500
NAME_MAX = 300
TEXT_MAX = 20_000


class Severity(StrEnum):
    ERROR = "error"  # the record cannot be saved
    WARNING = "warning"  # saved, but the clerk should look


Path = tuple[str | int, ...]  # field names and list positions: ("paragraphs", 0, "text")


def path_text(path: Path) -> str:
    """A path in the interchange notation: `participants[3].name`."""
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += f".{step}" if out else step
    return out


@dataclass(frozen=True)
class Problem:
    path: Path
    message: str
    severity: Severity = Severity.ERROR

    @property
    def where(self) -> str:
        """The path as the CLI and an interchange error show it."""
        return path_text(self.path)

    @property
    def field(self) -> str:
        """The field itself: the path's last name (`name` of participants[3].name)."""
        return next((s for s in reversed(self.path) if isinstance(s, str)), "")

    def item(self, collection: str) -> int | None:
        """The position in `collection` ("participants", "paragraphs") this problem is
        about, or None when it is about something else."""
        if len(self.path) >= 2 and self.path[0] == collection and isinstance(self.path[1], int):
            return self.path[1]
        return None

    def within(self, *prefix: str | int) -> Problem:
        """The same problem seen from further out: within("meetings", 2)."""
        return dataclasses.replace(self, path=(*prefix, *self.path))


def validate_meeting(m: MeetingRecord) -> list[Problem]:
    problems: list[Problem] = []
    add = problems.append
    if not m.title.strip():
        add(Problem(("title",), "The meeting needs a title."))
    elif len(m.title) > TITLE_MAX:
        add(Problem(("title",), f"The title is longer than {TITLE_MAX} characters."))
    if m.held_on is None:
        add(Problem(("held_on",), "The meeting needs the date it was held."))
    elif m.ends_on is not None and m.ends_on < m.held_on:
        add(Problem(("ends_on",), "The meeting ends before it starts: check the end date."))
    same_day = m.ends_on is None or m.ends_on == m.held_on
    if m.starts_at and m.ends_at and same_day and m.ends_at < m.starts_at:
        add(Problem(("ends_at",), "The meeting ends before it starts: check the end time."))
    if m.released_on and m.held_on and m.released_on < m.held_on:
        add(Problem(("released_on",), "The release date is before the meeting was held.",
                    Severity.WARNING))

    countries = {p.name for p in m.participants if p.kind == ParticipantKind.COUNTRY}
    if m.host_country and m.participants and m.host_country not in countries:
        add(Problem(("host_country",),
                    f"The host country “{m.host_country}” is not among the participating "
                    "countries.", Severity.WARNING))

    for i, p in enumerate(m.participants):
        if not p.name.strip():
            add(Problem(("participants", i, "name"), f"Participant {i + 1} needs a name."))
        elif len(p.name) > NAME_MAX:
            add(Problem(("participants", i, "name"),
                        f"The name of participant {i + 1} is longer than {NAME_MAX} characters."))
        if p.kind != ParticipantKind.PERSON:
            for fld in ("honorific", "post"):
                if getattr(p, fld):
                    add(Problem(("participants", i, fld),
                                f"Only a person has a {fld}; participant {i + 1} is a "
                                f"{label(p.kind).lower()}.", Severity.WARNING))

    for i, para in enumerate(m.paragraphs):
        if not para.text.strip():
            add(Problem(("paragraphs", i, "text"), f"Paragraph {i + 1} is empty."))
        elif len(para.text) > TEXT_MAX:
            add(Problem(("paragraphs", i, "text"),
                        f"Paragraph {i + 1} is longer than {TEXT_MAX:,} characters."))
        if para.kind != ParagraphKind.ACTION:
            kind = label(para.kind).lower()
            if para.owner is not None:
                add(Problem(("paragraphs", i, "owner"),
                            f"Only an action has an owner; paragraph {i + 1} is a {kind}."))
            if para.due_on is not None:
                add(Problem(("paragraphs", i, "due_on"),
                            f"Only an action has a due date; paragraph {i + 1} is a {kind}."))
    problems.extend(Problem(path, "This holds a NUL character (U+0000), which is not text "
                            "(an office server cannot store it); remove it.")
                    for path, value in _texts(m) if "\x00" in value)
    return problems


def _texts(m: MeetingRecord) -> list[tuple[Path, str]]:
    """Every text of the record, with its path."""
    out: list[tuple[Path, str]] = [((f.name,), v) for f in dataclasses.fields(m)
                                   if isinstance(v := getattr(m, f.name), str)]
    out += [(("report_overrides", k), v) for k, v in m.report_overrides.items()
            if isinstance(v, str)]
    for name in ("participants", "paragraphs"):
        for i, item in enumerate(getattr(m, name)):
            out += [((name, i, f.name), v) for f in dataclasses.fields(item)
                    if isinstance(v := getattr(item, f.name), str)]
    return out


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == Severity.ERROR]
