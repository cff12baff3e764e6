"""The Trash: a deleted meeting stays there, out of the list and the search, until it is
restored or the Trash is emptied. Every move goes through the write path (history and
change journal with it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from mtgdesk.domain.changes import Changes
from mtgdesk.domain.progress import Progress
from mtgdesk.services import writes
from mtgdesk.store import meetings as store
from mtgdesk.store.session import Engine, read_session


@dataclass(frozen=True)
class TrashItem:
    id: int
    title: str
    held_on: date
    deleted_at: datetime


def list_trash(engine: Engine) -> list[TrashItem]:
    """Meetings in the Trash, most recently deleted first."""
    with read_session(engine) as session:
        return [TrashItem(*row) for row in store.in_trash(session)]


def trash_many(engine: Engine, ids: Sequence[int], *, author: str | None = None,
               progress: Progress | None = None, reason: str | None = None) -> Changes:
    """Move meetings to the Trash, all in one transaction (or none, if one cannot go);
    `reason` goes in each one's history (a final meeting is trashed with one)."""
    return writes.apply(engine, [writes.trash(i, reason=reason) for i in dict.fromkeys(ids)],
                        author=author, progress=progress)


def restore_many(engine: Engine, ids: Sequence[int], *, author: str | None = None,
                 progress: Progress | None = None) -> Changes:
    return writes.apply(engine, [writes.restore(i) for i in dict.fromkeys(ids)],
                        author=author, progress=progress)


def trash(engine: Engine, meeting_id: int) -> int:
    """Move a meeting to the Trash; returns its new version."""
    return trash_many(engine, [meeting_id]).removed[0].version


def restore(engine: Engine, meeting_id: int) -> int:
    """Take a meeting out of the Trash; returns its new version."""
    return restore_many(engine, [meeting_id]).added[0].version


def empty_trash(engine: Engine, ids: list[int] | None = None) -> int:
    """Delete for good the meetings in the Trash (or those of `ids` that are there);
    returns how many. Their history stays, ending with a purge entry; their drafts go."""
    return len(empty(engine, ids).removed)


def empty(engine: Engine, ids: Sequence[int] | None = None, *, author: str | None = None,
          progress: Progress | None = None) -> Changes:
    with read_session(engine) as session:
        doomed = [row[0] for row in store.in_trash(session, ids)]
    # One that left the Trash in between is left alone (writes.purge).
    return writes.apply(engine, [writes.purge(i) for i in doomed], author=author,
                        progress=progress)
