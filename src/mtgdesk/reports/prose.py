"""The paragraphs a report writes from the record itself, in the house style of the
Foreign Ministry press releases:

1. `A “TITLE” was held on March 23 (Fri) at VENUE.`
2. `The meeting was attended by representatives from 11 countries including ..., and
   seven international organizations, namely the NAME (ACRONYM), .... Among the
   Japanese participants, officials of ... also took part in the meeting, and Mr. NAME,
   POST, chaired the meeting.`

A clerk may replace either for one meeting (MeetingRecord.report_overrides); the
generated text stays available so the form can offer it back.
"""

from __future__ import annotations

from dataclasses import dataclass

from mtgdesk.domain.records import OVERRIDE_KEYS, MeetingRecord, ParticipantRecord
from mtgdesk.domain.vocab import Attendance, ParticipantKind, Role
from mtgdesk.reports.phrases import count, indefinite_article, meeting_when, series

# Roles that are listed apart from the attending members ("... attended as observers").
SIDE_ROLES = {Role.OBSERVER.value: "observers", Role.GUEST.value: "guests"}
CHAIR_ROLES = (Role.CHAIR.value, Role.CO_CHAIR.value)


@dataclass(frozen=True)
class WrittenParagraph:
    key: str  # one of OVERRIDE_KEYS
    text: str  # what the report prints: the clerk's override, else the generated text
    generated: str  # always the generated text, to offer it back
    overridden: bool


def named(p: ParticipantRecord) -> str:
    """`the United Nations Development Programme (UNDP)`, `Viet Nam`, `the Philippines`."""
    text = f"{p.prose_article} {p.name}" if p.prose_article else p.name
    return f"{text} ({p.acronym})" if p.acronym else text


def person(p: ParticipantRecord) -> str:
    """`Mr. Koji Tsuruoka, Director-General for Global Issues, Foreign Ministry`."""
    if p.kind != ParticipantKind.PERSON:
        return named(p)
    text = f"{p.honorific} {p.name}" if p.honorific else p.name
    if p.post:
        return f"{text}, {p.post}"
    if p.delegation:
        return f"{text} of {p.delegation}"
    return text


def attending(record: MeetingRecord) -> list[ParticipantRecord]:
    """Who was there: absent and excused participants are never listed as attending."""
    return [p for p in record.participants if p.attendance == Attendance.PRESENT]


def _listing(items: list[str]) -> str:
    # "A, post, and B, post": with commas inside the items the pair needs one too.
    if len(items) == 2 and any("," in i for i in items):
        return f"{items[0]}, and {items[1]}"
    return series(items)


def opening(record: MeetingRecord) -> str:
    """Paragraph 1: what was held, when and where."""
    title = record.title.strip()
    if title.lower().startswith("the "):
        subject = f"The “{title[4:]}”"
    else:
        subject = f"{indefinite_article(title)} “{title}”"
    text = f"{subject} was held"
    if record.held_on is not None:
        text += " " + meeting_when(record.held_on, record.ends_on, record.starts_at,
                                   record.ends_at)
    if record.venue:
        text += f" at {record.venue}"
    if record.city:
        text += f" in {record.city}"
    return text + "."


def _host_demonym(host: str) -> str | None:
    try:  # the reference lists are optional: without them, "participants from Japan"
        from mtgdesk.domain.reference import demonym
    except ImportError:
        return None
    try:
        return demonym(host) or None
    except (KeyError, LookupError, ValueError):
        return None


def _members(record: MeetingRecord, people: list[ParticipantRecord]) -> str | None:
    members = [p for p in people if p.role not in SIDE_ROLES]
    host = (record.host_country or "").strip()
    countries = [p for p in members if p.kind == ParticipantKind.COUNTRY]
    # The host country is named last, whatever order the clerk entered it in.
    countries.sort(key=lambda p: bool(host) and p.name == host)
    orgs = [p for p in members if p.kind == ParticipantKind.ORGANIZATION]
    parts = []
    if len(countries) == 1:
        parts.append(named(countries[0]))
    elif countries:
        parts.append(f"{count(len(countries), 'country', 'countries')} including "
                     f"{series([named(p) for p in countries])}")
    if len(orgs) == 1:
        parts.append(named(orgs[0]))
    elif orgs:
        parts.append(f"{count(len(orgs), 'international organization')}, namely "
                     f"{series([named(p) for p in orgs])}")
    if not parts:
        return None
    joined = parts[0] if len(parts) == 1 else _listing(parts)
    return f"The meeting was attended by representatives from {joined}."


def _side(people: list[ParticipantRecord]) -> list[str]:
    out = []
    for role, plural in SIDE_ROLES.items():
        names = [person(p) for p in people
                 if p.role == role and p.kind != ParticipantKind.AGENCY]
        if names:
            single = plural[:-1]
            what = plural if len(names) > 1 else \
                f"{'an' if single[0] in 'aeiou' else 'a'} {single}"
            out.append(f"{_capital(_listing(names))} attended as {what}.")
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _chairs_clause(people: list[ParticipantRecord]) -> str | None:
    chairs = [p for p in people if p.role in CHAIR_ROLES]
    if not chairs:
        return None
    several = len(chairs) > 1 or any(p.role == Role.CO_CHAIR for p in chairs)
    names = [person(p) for p in chairs]
    listed = _listing(names)
    # The post is set off by commas on both sides: "Mr. X, Director-General, chaired".
    if "," in names[-1]:
        listed += ","
    return f"{listed} {'co-chaired' if several else 'chaired'} the meeting"


def attendance(record: MeetingRecord) -> str | None:
    """Paragraph 2: who attended and who chaired; None when the list says nothing."""
    people = attending(record)
    sentences = []
    members = _members(record, people)
    if members:
        sentences.append(members)
    sentences.extend(_side(people))
    agencies = [named(p) for p in people
                if p.kind == ParticipantKind.AGENCY and p.role not in CHAIR_ROLES]
    chair = _chairs_clause(people)
    if agencies:
        host = (record.host_country or "").strip()
        demonym = _host_demonym(host) if host else None
        if demonym:
            lead = f"Among the {demonym} participants, officials of"
        elif host:
            lead = f"Among the participants from {host}, officials of"
        else:
            lead = "From the host government, officials of"
        sentence = f"{lead} {series(agencies)} also took part in the meeting"
        sentences.append(sentence + (f", and {chair}." if chair else "."))
    elif chair:
        sentences.append(_capital(chair) + ".")
    return " ".join(sentences) or None


def generated_paragraphs(record: MeetingRecord) -> dict[str, str]:
    """The generated text of each written-from-the-record paragraph there is."""
    out = {"opening": opening(record)}
    text = attendance(record)
    if text:
        out["attendance"] = text
    return out


def written_paragraphs(record: MeetingRecord) -> list[WrittenParagraph]:
    """The paragraphs a press release opens with, the clerk's overrides applied.

    An override of only white space leaves that paragraph out: the clerk's way to
    drop it for one meeting.
    """
    generated = generated_paragraphs(record)
    out = []
    for key in OVERRIDE_KEYS:
        override = record.report_overrides.get(key)
        text = generated.get(key, "")
        if override is not None:
            out.append(WrittenParagraph(key, override.strip(), text, True))
        elif text:
            out.append(WrittenParagraph(key, text, text, False))
    return [p for p in out if p.text]
