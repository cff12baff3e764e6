"""A report as plain data: what every output format (text, HTML, DOCX, PDF) prints.

Templates and writers only lay this out; all wording decisions are made here and in
prose.py, so the four formats cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.records import MeetingRecord, ParticipantRecord
from mtgdesk.domain.vocab import Attendance, ParagraphKind, ParticipantKind, Role, Status, label
from mtgdesk.reports import phrases, prose
from mtgdesk.settings import Settings

TEMPLATES = ("press-release", "minutes")  # one meeting each; "index" takes several
KIND_HEADINGS = {
    ParticipantKind.COUNTRY.value: "Countries",
    ParticipantKind.ORGANIZATION.value: "International organizations",
    ParticipantKind.AGENCY.value: "Host government agencies",
}


@dataclass
class Item:
    """One numbered paragraph."""

    number: int
    text: str
    kind: str = ParagraphKind.DISCUSSION.value  # or "opening" / "attendance"
    label: str = ""  # minutes: "Decision", "Action — Ms. Sato, due April 6, 2007"


@dataclass
class Group:
    heading: str
    entries: list[str]


@dataclass
class IndexRow:
    meeting_id: int | None
    date: str
    title: str
    venue: str


@dataclass
class Report:
    template: str  # press-release, minutes or index
    title: str
    date_line: str = ""  # release date; the covered period for an index
    items: list[Item] = field(default_factory=list)
    header: list[tuple[str, str]] = field(default_factory=list)  # minutes header block
    present: list[Group] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    excused: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    chair_heading: str = "Chair"
    approval: str = ""
    rows: list[IndexRow] = field(default_factory=list)
    classification: str = ""
    reference: str = ""
    draft: bool = False
    office_name: str = ""  # letterhead
    logo_path: str = ""
    page_size: str = "A4"
    margin_mm: float = 20.0

    @property
    def document_title(self) -> str:
        """The file's own title (PDF/DOCX properties, browser tab)."""
        return self.title


def _letterhead(report: Report, settings: Settings | None) -> Report:
    if settings is not None:
        report.office_name = settings.office_name.strip()
        report.logo_path = settings.logo_path.strip()
        report.page_size = settings.page_size if settings.page_size in ("A4", "Letter") \
            else "A4"
        report.margin_mm = min(max(float(settings.margin_mm), 5.0), 60.0)
    return report


def release_date(record: MeetingRecord) -> date | None:
    return record.released_on or record.ends_on or record.held_on


def press_release(record: MeetingRecord, settings: Settings | None = None) -> Report:
    items = [Item(i, p.text, p.key) for i, p in enumerate(prose.written_paragraphs(record), 1)]
    for para in record.paragraphs:
        items.append(Item(len(items) + 1, para.text, para.kind))
    when = release_date(record)
    report = Report(
        "press-release", record.title, phrases.long_date(when) if when else "", items,
        classification=(record.classification or "").strip(),
        reference=(record.reference or "").strip(),
    )
    return _letterhead(report, settings)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _dates(record: MeetingRecord) -> str:
    if record.held_on is None:
        return ""
    text = phrases.full_date(record.held_on)
    if record.ends_on and record.ends_on != record.held_on:
        text += " – " + phrases.full_date(record.ends_on)
    return text


def _times(record: MeetingRecord) -> str:
    start = phrases.clock(record.starts_at) if record.starts_at else ""
    end = phrases.clock(record.ends_at) if record.ends_at else ""
    if start and end:
        return f"{start}–{end}"
    return start or (f"until {end}" if end else "")


def _listed(p: ParticipantRecord) -> str:
    """A participant in a minutes list: no leading article, roles other than member shown."""
    if p.kind == ParticipantKind.PERSON:
        text = prose.person(p)
    else:
        text = f"{p.name} ({p.acronym})" if p.acronym else p.name
    if p.role != Role.PARTICIPANT:
        text += f" ({label(p.role)})"
    return text


def _present_groups(record: MeetingRecord) -> list[Group]:
    present = prose.attending(record)
    groups = []
    for kind, heading in KIND_HEADINGS.items():
        entries = [_listed(p) for p in present if p.kind == kind]
        if entries:
            groups.append(Group(heading, entries))
    # People are grouped by the delegation they speak for, in the order first met.
    delegations: dict[str, list[str]] = {}
    for p in present:
        if p.kind == ParticipantKind.PERSON:
            delegations.setdefault((p.delegation or "").strip(), []).append(_listed(p))
    for name, entries in delegations.items():
        groups.append(Group(name or "Others present", entries))
    return groups


def _item_label(kind: str, owner: str | None, due_on: date | None) -> str:
    if kind == ParagraphKind.DISCUSSION:
        return ""
    text = label(kind)
    if kind == ParagraphKind.ACTION:
        details = [d for d in ((owner or "").strip(),
                               f"due {phrases.long_date(due_on)}" if due_on else "") if d]
        if details:
            text += " — " + ", ".join(details)
    return text


def _approval(chairs: int) -> str:
    """The signature line of a draft: one blank for each co-chair (a co-chaired meeting
    had one "Approved by the Chair" line)."""
    if chairs < 2:
        return "Approved by the Chair: ______________________    Date: ______________"
    blanks = " and ".join(["______________________"] * chairs)
    return f"Approved by the Co-chairs: {blanks}    Date: ______________"


def minutes(record: MeetingRecord, settings: Settings | None = None) -> Report:
    header = [("Date", _dates(record)), ("Time", _times(record)),
              ("Venue", _capital(", ".join(x.strip() for x in (record.venue, record.city)
                                           if x and x.strip()))),
              ("Reference", (record.reference or "").strip()),
              ("Classification", (record.classification or "").strip())]
    chairs = [p for p in prose.attending(record) if p.role in prose.CHAIR_ROLES]
    items = [Item(i, p.text, p.kind, _item_label(p.kind, p.owner, p.due_on))
             for i, p in enumerate(record.paragraphs, 1)]
    final = record.status == Status.FINAL
    report = Report(
        "minutes", record.title, items=items,
        header=[(k, v) for k, v in header if v],
        present=_present_groups(record),
        absent=[_listed(p) for p in record.participants
                if p.attendance == Attendance.ABSENT],
        excused=[_listed(p) for p in record.participants
                 if p.attendance == Attendance.EXCUSED],
        chairs=[prose.person(p) for p in chairs],
        chair_heading="Co-chairs" if len(chairs) > 1 or any(
            p.role == Role.CO_CHAIR for p in chairs) else "Chair",
        approval="Approved." if final else _approval(len(chairs)),
        classification=(record.classification or "").strip(),
        reference=(record.reference or "").strip(),
        draft=not final,
    )
    return _letterhead(report, settings)


def index(records: Sequence[MeetingRecord], *, date_from: date | None = None,
          date_to: date | None = None, title: str = "Index of Meetings",
          settings: Settings | None = None) -> Report:
    """One line per meeting (date, title, venue), oldest first."""
    ordered = sorted(records, key=lambda r: (r.held_on or date.min, r.id or 0))
    rows = [IndexRow(r.id, phrases.date_span(r.held_on, r.ends_on) if r.held_on else "",
                     r.title, ", ".join(x.strip() for x in (r.venue, r.city)
                                        if x and x.strip()))
            for r in ordered]
    if date_from and date_to:
        period = f"{phrases.long_date(date_from)} to {phrases.long_date(date_to)}"
    elif date_from:
        period = f"From {phrases.long_date(date_from)}"
    elif date_to:
        period = f"Until {phrases.long_date(date_to)}"
    else:
        period = ""
    return _letterhead(Report("index", title, period, rows=rows), settings)


def build(record: MeetingRecord, template: str = "press-release",
          settings: Settings | None = None) -> Report:
    if template == "press-release":
        return press_release(record, settings)
    if template == "minutes":
        return minutes(record, settings)
    raise UserError(f"there is no report template {template!r} for one meeting "
                    f"(choose {' or '.join(TEMPLATES)})")
