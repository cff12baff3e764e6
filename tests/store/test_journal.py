"""The change journal in the store: appended in the writer's transaction, read in order
from any sequence number on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mtgdesk.store import journal
from mtgdesk.store.session import read_session, write_session

AT = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def pending(n: int, operation: str = "create") -> journal.Pending:
    return journal.Pending(f"00000000-0000-4000-8000-{n:012d}", n, 1, operation)


def test_an_empty_journal_starts_at_zero(engine):
    with read_session(engine) as session:
        assert journal.last_seq(session) == 0 and journal.since(session) == []


def test_entries_come_back_in_order_from_any_point(engine):
    with write_session(engine) as session:
        first = journal.append(session, [pending(1), pending(2)], AT)
        assert journal.append(session, [], AT) is None
        last = journal.append(session, [pending(1, "update")], AT)
    assert first is not None and last is not None and last > first
    with read_session(engine) as session:
        entries = journal.since(session)
        assert [(e.meeting_id, e.operation) for e in entries] == [
            (1, "create"), (2, "create"), (1, "update")]
        assert [e.seq for e in entries] == sorted({e.seq for e in entries})
        assert entries[-1].seq == last == journal.last_seq(session)
        assert [e.operation for e in journal.since(session, first)] == ["update"]
        assert len(journal.since(session, 0, limit=2)) == 2
        assert [e.operation for e in journal.of_meeting(session, pending(1).meeting_uuid)] \
            == ["create", "update"]


def test_a_rolled_back_write_leaves_no_entry(engine):
    class Failed(Exception):
        pass

    with pytest.raises(Failed), write_session(engine) as session:
        journal.append(session, [pending(7)], AT)
        raise Failed
    with read_session(engine) as session:
        assert journal.since(session) == []


def test_sequence_numbers_are_not_given_twice(engine):
    """A reader that saw seq N must never miss a later change filed under N."""
    with write_session(engine) as session:
        seen = journal.append(session, [pending(1)], AT)
    with write_session(engine) as session:
        session.execute(journal.J.delete())  # even if the journal were cut back
    with write_session(engine) as session:
        later = journal.append(session, [pending(2)], AT)
    assert seen is not None and later is not None and later > seen


def test_an_unknown_operation_is_a_bug(engine):
    with pytest.raises(AssertionError), write_session(engine) as session:
        journal.append(session, [pending(1, "teleport")], AT)


def test_the_newest_number_follows_writes_of_any_connection(engine, db_path):
    """newest_seq (asked by every search) sees a commit by this engine, by another
    engine on the same file (another copy of the program), and after a dispose."""
    from mtgdesk.store.database import open_database

    assert journal.newest_seq(engine) == 0
    with write_session(engine) as session:
        mine = journal.append(session, [pending(1)], AT)
    assert journal.newest_seq(engine) == mine
    assert journal.newest_seq(engine) == mine  # asked again, nothing new
    if engine.url.get_backend_name() != "sqlite":
        return
    other = open_database(db_path)
    try:
        with write_session(other) as session:
            theirs = journal.append(session, [pending(2), pending(3)], AT)
        assert theirs is not None and theirs > mine
        assert journal.newest_seq(engine) == theirs
        engine.dispose()  # a new pool: the question is asked on a new connection too
        with write_session(other) as session:
            last = journal.append(session, [pending(4)], AT)
        assert journal.newest_seq(engine) == last
        journal.release(engine)
        assert journal.newest_seq(engine) == last
    finally:
        other.dispose()
