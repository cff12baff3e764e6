"""What the parser proposes: a meeting record, the evidence for each field, its doubts.

Evidence ties a field of the record (an interchange path such as `held_on` or
`participants[3]`) to the words of the source it came from (offsets into
Proposal.text) and a confidence between 0 and 1. Nothing here is stored: a clerk
reviews the proposal, corrects it and then saves it as any other record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mtgdesk.domain.records import MeetingRecord


@dataclass(frozen=True)
class Evidence:
    path: str  # interchange path: "title", "held_on", "participants[3]", "paragraphs[0]"
    start: int  # offsets into Proposal.text; start == end when the value was inferred
    end: int
    confidence: float
    note: str = ""  # how the value was found, for the clerk: "listed last", "reference list"


@dataclass(frozen=True)
class Doubt:
    path: str  # the field the doubt is about ("" for the whole release)
    message: str


@dataclass
class Findings:
    """What a reading has found so far: the record, its evidence and its doubts.

    The parser's steps (and releases.assemble) write here; nothing of the parser
    itself is handed round, so no step depends on the parser that runs it.
    """

    record: MeetingRecord = field(default_factory=MeetingRecord)
    evidence: list[Evidence] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)

    def ev(self, path: str, start: int, end: int, confidence: float, note: str = "") -> None:
        self.evidence.append(Evidence(path, start, end, round(confidence, 2), note))

    def doubt(self, path: str, message: str) -> None:
        self.doubts.append(Doubt(path, message))


@dataclass
class Proposal:
    record: MeetingRecord
    text: str  # the plain text the spans point into (what the window shows)
    evidence: list[Evidence] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)
    source: str | None = None  # file name, when read from a file
    # participant index -> (kind, name) as the reader proposed it, for those a
    # remembered correction changed (releases.corrections): what a new correction of
    # that row is keyed by.
    read_as: dict[int, tuple[str, str]] = field(default_factory=dict)

    def evidence_for(self, path: str) -> Evidence | None:
        for ev in self.evidence:
            if ev.path == path:
                return ev
        return None

    def words_for(self, path: str) -> str:
        ev = self.evidence_for(path)
        return self.text[ev.start:ev.end] if ev else ""

    def doubts_for(self, path: str) -> list[str]:
        return [d.message for d in self.doubts if d.path == path]

    @property
    def warnings(self) -> list[str]:
        return [f"{d.path}: {d.message}" if d.path else d.message for d in self.doubts]

    def summary(self) -> str:
        """One line of what was found, for the CLI and the review queue."""
        r = self.record
        kinds: dict[str, int] = {}
        for p in r.participants:
            kinds[p.kind] = kinds.get(p.kind, 0) + 1
        when = r.held_on.isoformat() if r.held_on else "no date"
        if r.ends_on and r.ends_on != r.held_on:
            when += f" to {r.ends_on.isoformat()}"
        chairs = ", ".join(p.name for p in r.chairs) or "no chair"
        return (f"“{r.title or 'untitled'}”, {when}; {kinds.get('country', 0)} countries, "
                f"{kinds.get('organization', 0)} organizations, {kinds.get('agency', 0)} "
                f"agencies; chair: {chairs}; {len(r.paragraphs)} paragraphs")
