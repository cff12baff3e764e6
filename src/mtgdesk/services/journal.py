"""Reading the change journal (written only by mtgdesk.services.writes)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from mtgdesk.domain.changes import Changes, Ref
from mtgdesk.store import journal
from mtgdesk.store.journal import Entry
from mtgdesk.store.session import Engine, read_session

log = logging.getLogger(__name__)


def since(engine: Engine, seq: int = 0, *, limit: int | None = None) -> list[Entry]:
    """Entries after sequence number `seq`, oldest first."""
    with read_session(engine) as session:
        return journal.since(session, seq, limit=limit)


def last_seq(engine: Engine) -> int:
    with read_session(engine) as session:
        return journal.last_seq(session)


def of_meeting(engine: Engine, meeting_uuid: str) -> list[Entry]:
    with read_session(engine) as session:
        return journal.of_meeting(session, meeting_uuid)


ADDED = ("create", "import", "restore")
REMOVED = ("delete", "purge")
FOLLOW_LIMIT = 10_000  # entries taken in at a time; the rest at the next call


def as_changes(entries: Sequence[Entry]) -> Changes:
    """What journal entries (oldest first) changed, as a write's Changes would say it:
    each meeting once, as its last entry left it (added, updated or removed)."""
    last: dict[int, Entry] = {}
    for e in entries:
        last.pop(e.meeting_id, None)  # its place in order: where it last changed
        last[e.meeting_id] = e
    added: list[Ref] = []
    updated: list[Ref] = []
    removed: list[Ref] = []
    for e in last.values():
        ref = Ref(e.meeting_id, e.meeting_uuid, e.version)
        (added if e.operation in ADDED else removed if e.operation in REMOVED
         else updated).append(ref)
    return Changes(tuple(added), tuple(updated), tuple(removed),
                   journal_seq=entries[-1].seq if entries else None)


def follow(engine: Engine, seq: int | None) -> tuple[int, Changes]:
    """What was written after entry `seq` (by any program: on an office server, the
    other clerks): the search index takes it in now, not at the next search; returns
    the last entry's number and the Changes. None: at start, catch the index up and
    say nothing changed."""
    if seq is None:
        _index_now(engine, ask=True)  # built or caught up now, not at the first search
        return last_seq(engine), Changes()
    entries = since(engine, seq, limit=FOLLOW_LIMIT)
    if not entries:
        return seq, Changes()
    _index_now(engine, ask=True)  # the server asked: searches ask it nothing
    return entries[-1].seq, as_changes(entries)


def _index_now(engine: Engine, *, ask: bool = False) -> None:
    from mtgdesk.services import indexing
    from mtgdesk.store.text_index import Busy

    try:
        indexing.current(engine, ask=ask)
    except Busy:  # another program of this clerk's is rebuilding it: the next search
        log.info("the search index is being rebuilt elsewhere; it follows later")
