"""Reading the change journal (written only by mtgdesk.services.writes)."""

from __future__ import annotations

from mtgdesk.store import journal
from mtgdesk.store.journal import Entry
from mtgdesk.store.session import Engine, read_session


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
