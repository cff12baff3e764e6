"""Corrections remembered: what a clerk put right in a proposal, applied to later ones.

A correction (an alias) says that the participant the reader proposes as `from_kind`
named `from_name` is `to_kind` `to_name` (with `to_acronym`): a person "Cook Islands"
that is the country, "UN High Commissioner for Refugees" that is the reference entry
"Office of the United Nations High Commissioner for Refugees" (UNHCR), an
organisation's wrong acronym. It is learnt by comparing the proposal with the record
the clerk saved (`learn`), and applied to every later reading (`apply`). Nothing here
is stored: mtgdesk.services.release_aliases keeps them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from mtgdesk.domain import reference
from mtgdesk.domain.records import ParticipantRecord
from mtgdesk.domain.vocab import ParticipantKind, Role
from mtgdesk.releases.proposal import Doubt, Evidence, Proposal

NOTE = "as corrected before (alias {id})"
_FINDERS = {
    ParticipantKind.COUNTRY.value: reference.find_country,
    ParticipantKind.ORGANIZATION.value: reference.find_organization,
    ParticipantKind.AGENCY.value: reference.find_agency,
}


def fold(name: str) -> str:
    """The key a name is matched by: case and spacing do not count."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Correction:
    from_kind: str
    from_name: str
    to_kind: str
    to_name: str
    to_acronym: str | None = None
    id: int | None = None  # its number once kept

    @property
    def key(self) -> tuple[str, str]:
        return self.from_kind, fold(self.from_name)

    def describe(self) -> str:
        acronym = f" ({self.to_acronym})" if self.to_acronym else ""
        return (f"{self.from_kind} “{self.from_name}” → {self.to_kind} “{self.to_name}”"
                f"{acronym}")


def _identity(p: ParticipantRecord) -> tuple[str, str, str]:
    return p.kind, fold(p.name), fold(p.acronym or "")


def _both_listed(before: ParticipantRecord, after: ParticipantRecord) -> bool:
    """Two different entries of one reference list: the clerk put one participant in
    the place of another (Japan for Korea), which says nothing about later releases."""
    finder = _FINDERS.get(after.kind)
    if finder is None or before.kind != after.kind:
        return False
    a, b = finder(before.name), finder(after.name)
    return a is not None and b is not None and a != b


def learn(proposal: Proposal, reviewed: Sequence[ParticipantRecord]) -> list[Correction]:
    """The corrections the reviewed participants make to the proposed ones: a row
    whose kind, name or acronym the clerk changed, in place. Rows added, removed or
    moved teach nothing (a country left out of one release may take part in the next)."""
    proposed = proposal.record.participants
    before = [_identity(p) for p in proposed]
    after = [_identity(p) for p in reviewed]
    present = set(before)
    found: dict[tuple[str, str], Correction] = {}
    matcher = SequenceMatcher(a=before, b=after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or i2 - i1 != j2 - j1:
            continue
        for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
            old, new = proposed[i], reviewed[j]
            if not new.name.strip() or after[j] in present or _both_listed(old, new):
                continue  # emptied, moved from elsewhere, or another entry put in its place
            from_kind, from_name = proposal.read_as.get(i, (old.kind, old.name))
            c = Correction(from_kind, from_name, new.kind, new.name.strip(),
                           (new.acronym or "").strip() or None)
            found.setdefault(c.key, c)
    return list(found.values())


def apply(proposal: Proposal, corrections: Iterable[Correction]) -> Proposal:
    """The proposal with every participant a correction names corrected (in place),
    its evidence saying so; a participant corrected into one already proposed is
    merged into it (a chair stays a chair)."""
    table = {c.key: c for c in corrections}
    if not table:
        return proposal
    out = proposal.record.copy()  # the proposal as read stays as it was
    kept: list[ParticipantRecord] = []
    where: dict[int, int] = {}  # old index -> new index
    seen: dict[tuple[str, str], int] = {}
    notes: dict[int, str] = {}
    read_as: dict[int, tuple[str, str]] = {}
    for i, p in enumerate(out.participants):
        original = proposal.read_as.get(i, (p.kind, p.name))
        c = table.get((original[0], fold(original[1])))
        if c is not None:
            p = _corrected(p, c)
        key = (p.kind, fold(p.name))
        if key in seen:
            first = kept[seen[key]]
            if first.role == Role.PARTICIPANT.value:
                first.role = p.role  # a chair corrected into a listed country chairs
            where[i] = seen[key]
            continue
        seen[key] = where[i] = len(kept)
        if c is not None:
            notes[where[i]] = NOTE.format(id=c.id if c.id is not None else "new")
            read_as[where[i]] = original
        elif i in proposal.read_as:
            read_as[where[i]] = proposal.read_as[i]
        kept.append(p)
    out.participants = kept
    return dataclasses.replace(
        proposal, record=out,
        evidence=[_moved(e, where, notes) for e in proposal.evidence],
        doubts=[Doubt(_path(d.path, where), d.message) for d in proposal.doubts],
        read_as=read_as)


def _corrected(p: ParticipantRecord, c: Correction) -> ParticipantRecord:
    p = dataclasses.replace(p, kind=c.to_kind, name=c.to_name, acronym=c.to_acronym)
    if c.to_kind != ParticipantKind.PERSON.value:
        p.honorific = p.post = None  # a person's fields, not a country's
    return p


def _path(path: str, where: dict[int, int]) -> str:
    if not path.startswith("participants["):
        return path
    i = int(path[len("participants["):path.index("]")])
    return f"participants[{where.get(i, i)}]{path[path.index(']') + 1:]}"


def _moved(e: Evidence, where: dict[int, int], notes: dict[int, str]) -> Evidence:
    path = _path(e.path, where)
    if path == e.path and not notes:
        return e
    note = e.note
    if path.startswith("participants[") and path.endswith("]"):
        extra = notes.get(int(path[len("participants["):-1]))
        if extra and extra not in note:
            note = f"{note}; {extra}" if note else extra
    return dataclasses.replace(e, path=path, note=note)
