"""Validation as data: each problem names its field, a severity and a sentence for a clerk.

A problem's path is structured, the steps from the meeting to the field:
`("participants", 3, "name")`, so the form finds the widget without parsing anything;
`Problem.where` writes it in the interchange notation (`participants[3].name`) for the
CLI, which prints it after `meetings[0].`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain
from operator import attrgetter
from typing import Any

from mtgdesk.domain.errors import ValidationFailed
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.vocab import ParagraphKind, ParticipantKind, label

TITLE_MAX = 500
NAME_MAX = 300
TEXT_MAX = 20_000
# The interchange spec's limits (shared/spec/interchange.md, Rules), for a file and
# for the form alike: a record that passes them prints in seconds, not minutes.
FIELD_MAX = {"venue": 500, "city": 500, "host_country": 500, "series": 500,
             "reference": 500, "classification": 500, "post": 500, "acronym": 50,
             "honorific": 50, "delegation": 300, "owner": 300, "article": 50}
PARTICIPANTS_MAX = 10_000
PARAGRAPHS_MAX = 2_000
# A single-line field holds no line break and no control character; a paragraph's text
# (and a replaced report paragraph) may hold tabs and line breaks only.
_LINE_CONTROL = re.compile("[\x00-\x1f\x7f\u2028\u2029\x85]")
_TEXT_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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


def _control_name(ch: str) -> str:
    return {"\n": "a line break", "\r": "a line break", "\t": "a tab",
            "\u2028": "a line break", "\u2029": "a line break", "\x85": "a line break",
            }.get(ch, f"the control character U+{ord(ch):04X}")


def _text_problems(obj: object, prefix: Path, names: tuple[str, ...],
                   label_: str) -> list[Problem]:
    """Length and control characters of single-line fields `names` of `obj`."""
    out = []
    for name in names:
        value = getattr(obj, name, None)
        if not isinstance(value, str):
            continue
        limit = _LIMITS.get(name)
        found = _LINE_CONTROL.search(value)
        if not found and (limit is None or len(value) <= limit):
            continue  # nearly every field: nothing to say
        words = name.replace("_", " ")
        if limit is not None and len(value) > limit:
            out.append(Problem((*prefix, name), f"The {words}{label_} is longer than "
                               f"{limit:,} characters."))
        if found:
            out.append(Problem((*prefix, name), f"The {words}{label_} holds "
                               f"{_control_name(found.group())}; it must be one line of "
                               "text."))
    return out


_LIMITS = {**FIELD_MAX, "title": TITLE_MAX, "name": NAME_MAX}
_LINE_FIELDS = ("title", "venue", "city", "host_country", "series", "reference",
                "classification")
_PARTICIPANT_LINE_FIELDS = ("acronym", "article", "honorific", "post", "delegation")
_NAME_AND_LINE_FIELDS = ("name", *_PARTICIPANT_LINE_FIELDS)


def _by_limit(names: Iterable[str]) -> list[tuple[int, tuple[str, ...]]]:
    """The fields `names` grouped by their length limit."""
    groups: dict[int, list[str]] = {}
    for name in names:
        groups.setdefault(_LIMITS[name], []).append(name)
    return [(limit, tuple(group)) for limit, group in groups.items()]


def _each(names: tuple[str, ...]) -> Callable[[Iterable[Any]], Iterable[Any]]:
    """The values of fields `names` of many items, one after the other."""
    get = attrgetter(*names)
    if len(names) == 1:
        return lambda items: map(get, items)
    return lambda items: chain.from_iterable(map(get, items))


_MEETING_LINES = _by_limit(_LINE_FIELDS)
_PARTICIPANT_LINES = [(limit, _each(names)) for limit, names in
                      _by_limit(_NAME_AND_LINE_FIELDS)]
_OWNERS = _each(("owner",))
_TEXTS = _each(("text",))
# The texts of a record not checked for length or control characters, which may hold
# no NUL either (vocabulary values, the uuid: a form's record is not read from a file).
_PARTICIPANT_OTHER = _each(("kind", "role", "attendance"))
_PARAGRAPH_KIND = _each(("kind",))


def _clean_texts(m: MeetingRecord) -> bool:
    """True when no text of the record has anything to say: no single-line field holds
    a control character or passes its limit, no paragraph passes TEXT_MAX or holds a
    control character, and no text holds a NUL. Nearly every record: told by a search
    over each kind of text joined and the longest of each limit, not field by field
    (an import checks millions of fields). False tells nothing: each field is looked
    at then, as before. Joined, no control character is made or hidden: each is one
    character."""
    parts, paras = m.participants, m.paragraphs
    by_limit: list[tuple[int, Iterable[Any]]] = [
        (limit, [getattr(m, n) for n in names]) for limit, names in _MEETING_LINES]
    by_limit += [(limit, each(parts)) for limit, each in _PARTICIPANT_LINES]
    by_limit.append((_LIMITS["owner"], _OWNERS(paras)))
    try:
        lines: list[str] = []
        for limit, values in by_limit:
            present = list(filter(None, values))
            if present and max(map(len, present)) > limit:
                return False
            lines += present
        if _LINE_CONTROL.search("".join(lines)):
            return False
        texts = list(_TEXTS(paras))
        if texts and (max(map(len, texts)) > TEXT_MAX
                      or _TEXT_CONTROL.search("".join(texts))):
            return False
        others = chain((m.status, m.uuid), _PARTICIPANT_OTHER(parts), _PARAGRAPH_KIND(paras),
                       m.report_overrides.values())
        return "\x00" not in "".join(filter(None, others))
    except TypeError:  # a value that is not text: looked at field by field
        return False


def validate_meeting(m: MeetingRecord) -> list[Problem]:
    problems: list[Problem] = []
    add = problems.append
    clean = _clean_texts(m)
    if not clean:
        problems.extend(p for p in _text_problems(m, (), _LINE_FIELDS, "")
                        if p.field != "title" or m.title.strip())
    if len(m.participants) > PARTICIPANTS_MAX:
        add(Problem(("participants",), f"A meeting can have at most {PARTICIPANTS_MAX:,} "
                    f"participants; this one has {len(m.participants):,}."))
    if len(m.paragraphs) > PARAGRAPHS_MAX:
        add(Problem(("paragraphs",), f"A meeting can have at most {PARAGRAPHS_MAX:,} "
                    f"paragraphs; this one has {len(m.paragraphs):,}."))
    for key, text in m.report_overrides.items():
        if len(text) > TEXT_MAX:
            add(Problem(("report_overrides", key), f"The replaced {key} paragraph is longer "
                        f"than {TEXT_MAX:,} characters."))
        elif _TEXT_CONTROL.search(text):
            add(Problem(("report_overrides", key), f"The replaced {key} paragraph holds "
                        "a control character; only tabs and line breaks are text."))
    if not m.title.strip():
        add(Problem(("title",), "The meeting needs a title."))
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
                    f"The host country “{shown(m.host_country)}” is not among the "
                    "participating countries.", Severity.WARNING))

    for i, p in enumerate(m.participants[:PARTICIPANTS_MAX]):
        if not p.name.strip():
            add(Problem(("participants", i, "name"), f"Participant {i + 1} needs a name."))
            if not clean:
                problems.extend(_text_problems(p, ("participants", i),
                                               _PARTICIPANT_LINE_FIELDS,
                                               f" of participant {i + 1}"))
        elif not clean:
            problems.extend(_text_problems(p, ("participants", i), _NAME_AND_LINE_FIELDS,
                                           f" of participant {i + 1}"))
        if p.kind != ParticipantKind.PERSON:
            for fld in ("honorific", "post"):
                if getattr(p, fld):
                    add(Problem(("participants", i, fld),
                                f"Only a person has a {fld}; participant {i + 1} is a "
                                f"{label(p.kind).lower()}.", Severity.WARNING))

    for i, para in enumerate(m.paragraphs[:PARAGRAPHS_MAX]):
        if not para.text.strip():
            add(Problem(("paragraphs", i, "text"), f"Paragraph {i + 1} is empty."))
        elif clean:
            pass  # neither too long nor holding a control character
        elif len(para.text) > TEXT_MAX:
            add(Problem(("paragraphs", i, "text"),
                        f"Paragraph {i + 1} is longer than {TEXT_MAX:,} characters."))
        elif _TEXT_CONTROL.search(para.text):
            found = _TEXT_CONTROL.search(para.text)
            assert found is not None
            add(Problem(("paragraphs", i, "text"), f"Paragraph {i + 1} holds "
                        f"{_control_name(found.group())}; only tabs and line breaks are "
                        "text."))
        if not clean:
            problems.extend(_text_problems(para, ("paragraphs", i), ("owner",),
                                           f" of paragraph {i + 1}"))
        if para.kind != ParagraphKind.ACTION and (para.owner is not None
                                                  or para.due_on is not None):
            kind = label(para.kind).lower()
            if para.owner is not None:
                add(Problem(("paragraphs", i, "owner"),
                            f"Only an action has an owner; paragraph {i + 1} is a {kind}."))
            if para.due_on is not None:
                add(Problem(("paragraphs", i, "due_on"),
                            f"Only an action has a due date; paragraph {i + 1} is a {kind}."))
    # Any other text (the report overrides): a field told already of its control
    # character is not told twice.
    if clean or not _has_nul(m):
        return problems
    told = {p.path for p in problems}
    problems.extend(Problem(path, "This holds a NUL character (U+0000), which is not text "
                            "(an office server cannot store it); remove it.")
                    for path, value in _texts(m) if "\x00" in value and path not in told)
    return problems


def _has_nul(m: MeetingRecord) -> bool:
    """Whether any text of the record holds a NUL (a quick look before `_texts`, which
    names where: nearly every record has none)."""
    items = [m, *m.participants, *m.paragraphs]
    return any("\x00" in v for item in items for v in vars(item).values()
               if isinstance(v, str)) or any(isinstance(v, str) and "\x00" in v
                                             for v in m.report_overrides.values())


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


def shown(text: str, limit: int = 60) -> str:
    """A value quoted in a message: a long one cut short, so a message stays a line."""
    return text if len(text) <= limit else text[:limit] + "…"


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == Severity.ERROR]


_KEY = object()


class Checked:
    """A meeting record that `check` found without error, with its warnings. Only
    `check` makes one (the constructor refuses any other caller), so whoever is handed
    one knows the record was checked: the write path does not check it again (an
    import's meetings are checked as the file is read). The record is not to be
    changed afterwards; a record changed is a new one, to check again."""

    __slots__ = ("record", "warnings")

    def __init__(self, record: MeetingRecord, warnings: tuple[Problem, ...], *,
                 key: object = None) -> None:
        if key is not _KEY:
            raise TypeError("a Checked record is made by validation.check()")
        self.record = record
        self.warnings = warnings


def check(record: MeetingRecord) -> Checked:
    """The record checked (validate_meeting): ValidationFailed with its errors, if any."""
    problems = validate_meeting(record)
    bad = errors(problems)
    if bad:
        raise ValidationFailed(bad)
    return Checked(record, tuple(problems), key=_KEY)
