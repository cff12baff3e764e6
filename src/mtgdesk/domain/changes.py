"""What a write changed: every use case that writes returns one `Changes`, and every
view decides from it what to refresh (as Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Ref:
    """One meeting as a change left it."""

    id: int
    uuid: str
    version: int


@dataclass(frozen=True)
class Changes:
    added: tuple[Ref, ...] = ()  # new meetings, and meetings back from the Trash
    updated: tuple[Ref, ...] = ()  # saved, finalised, amended, replaced by an import
    removed: tuple[Ref, ...] = ()  # moved to the Trash or deleted for good
    present: tuple[Ref, ...] = ()  # an import's meetings that were stored already
    journal_seq: int | None = None  # the last change journal entry written, if any
    warnings: tuple[Any, ...] = ()  # validation problems the write let through

    @property
    def ids(self) -> tuple[int, ...]:
        """Every meeting the write touched, in order: added, updated, removed."""
        return tuple(r.id for r in (*self.added, *self.updated, *self.removed))

    @property
    def uuids(self) -> tuple[str, ...]:
        return tuple(r.uuid for r in (*self.added, *self.updated, *self.removed))

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def merged(self, other: Changes) -> Changes:
        return Changes(
            self.added + other.added, self.updated + other.updated,
            self.removed + other.removed, self.present + other.present,
            other.journal_seq if other.journal_seq is not None else self.journal_seq,
            self.warnings + other.warnings)


NOTHING = Changes()
