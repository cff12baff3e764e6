"""What a write changed: every use case that writes returns one `Changes`, and every
view decides from it what to refresh (as Anki's OpChanges)."""

from __future__ import annotations

import uuid as uuidlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload


@dataclass(frozen=True)
class Ref:
    """One meeting as a change left it."""

    id: int
    uuid: str
    version: int


class Refs(Sequence[Ref]):
    """Refs kept in arrays, 32 bytes each (an id, a version, a uuid's 16 bytes) where a
    tuple of Ref objects takes about 220: what an import of 1,000,000 meetings returns
    for the window's refresh is 32 MB, not 220 MB held until its end (issue 14: memory
    under 500 MB whatever the file's size). A Ref is made again when read."""

    __slots__ = ("_ids", "_odd", "_uuids", "_versions")

    def __init__(self, refs: Iterable[Ref] = ()) -> None:
        self._ids = array("q")
        self._versions = array("q")
        self._uuids = bytearray()
        # index -> a uuid not in the canonical lower-case form (from an older database
        # or a server), kept as it is: a Ref gives back exactly the text it was given.
        self._odd: dict[int, str] = {}
        self.extend(refs)

    def append(self, ref: Ref) -> None:
        try:
            packed = uuidlib.UUID(ref.uuid).bytes
        except (ValueError, TypeError, AttributeError):
            packed = None
        if packed is None or str(uuidlib.UUID(bytes=packed)) != ref.uuid:
            self._odd[len(self._ids)] = ref.uuid
            packed = bytes(16)
        self._ids.append(ref.id)
        self._versions.append(ref.version)
        self._uuids += packed

    def extend(self, refs: Iterable[Ref]) -> None:
        for ref in refs:
            self.append(ref)

    def __len__(self) -> int:
        return len(self._ids)

    def _ref(self, i: int) -> Ref:
        uuid = self._odd.get(i)
        if uuid is None:
            uuid = str(uuidlib.UUID(bytes=bytes(self._uuids[16 * i:16 * i + 16])))
        return Ref(self._ids[i], uuid, self._versions[i])

    @overload
    def __getitem__(self, i: int) -> Ref: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Ref, ...]: ...
    def __getitem__(self, i: int | slice) -> Ref | tuple[Ref, ...]:
        if isinstance(i, slice):
            return tuple(self._ref(k) for k in range(*i.indices(len(self))))
        n = len(self._ids)
        if not -n <= i < n:
            raise IndexError("Refs index out of range")
        return self._ref(i % n)

    def __iter__(self) -> Iterator[Ref]:
        return (self._ref(i) for i in range(len(self._ids)))

    @property
    def ids(self) -> array[int]:
        """The meetings' ids, without making a Ref of each."""
        return self._ids

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other,
                                                                       strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: Sequence[Ref]) -> tuple[Ref, ...]:
        return (*self, *other)

    def __radd__(self, other: Sequence[Ref]) -> tuple[Ref, ...]:
        return (*other, *self)

    def __repr__(self) -> str:
        return f"Refs({list(self)!r})"


@dataclass(frozen=True)
class Changes:
    # A tuple, or Refs when there may be very many (an import's).
    added: Sequence[Ref] = ()  # new meetings, and meetings back from the Trash
    updated: Sequence[Ref] = ()  # saved, finalised, amended, replaced by an import
    removed: Sequence[Ref] = ()  # moved to the Trash or deleted for good
    present: Sequence[Ref] = ()  # an import's meetings that were stored already
    journal_seq: int | None = None  # the last change journal entry written, if any
    warnings: tuple[Any, ...] = ()  # validation problems the write let through

    @property
    def ids(self) -> tuple[int, ...]:
        """Every meeting the write touched, in order: added, updated, removed."""
        return tuple(i for refs in (self.added, self.updated, self.removed)
                     for i in (refs.ids if isinstance(refs, Refs) else (r.id for r in refs)))

    @property
    def uuids(self) -> tuple[str, ...]:
        return tuple(r.uuid for r in (*self.added, *self.updated, *self.removed))

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def merged(self, other: Changes) -> Changes:
        return Changes(
            (*self.added, *other.added), (*self.updated, *other.updated),
            (*self.removed, *other.removed), (*self.present, *other.present),
            other.journal_seq if other.journal_seq is not None else self.journal_seq,
            self.warnings + other.warnings)


NOTHING = Changes()
