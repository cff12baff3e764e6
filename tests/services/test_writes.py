"""The one write path: every change to a meeting has its history entry and its change
journal entry, written in the change's own transaction."""

from __future__ import annotations

import pytest

from mtgdesk.domain.errors import NotFoundError, UserError
from mtgdesk.domain.progress import SCALE
from mtgdesk.services import history, journal, trash, writes
from mtgdesk.services.interchange import import_records
from mtgdesk.services.meetings import (
    amend_meeting,
    delete_meeting,
    delete_meetings,
    finalise_meeting,
    get_meeting,
    list_meetings,
    restore_meeting,
    save_as_copy,
    save_meeting,
)
from mtgdesk.services.release_import import import_releases
from tests.conftest import SEED_TEXT


def ops(engine) -> list[tuple[str, int, int]]:
    return [(e.operation, e.meeting_id, e.version) for e in journal.since(engine)]


def test_each_kind_of_write_is_journalled_with_the_new_version(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    record = get_meeting(engine, saved.id)
    record.title = "Renamed"
    save_meeting(engine, record)
    finalise_meeting(engine, saved.id)
    amend_meeting(engine, get_meeting(engine, saved.id), "the chair's name was misspelt")
    delete_meeting(engine, saved.id)
    restore_meeting(engine, saved.id)
    [copy_id] = import_records(engine, [seed_record])
    delete_meeting(engine, copy_id)
    trash.empty_trash(engine)

    m = saved.id
    assert ops(engine) == [
        ("create", m, 1), ("update", m, 2), ("finalise", m, 3), ("amend", m, 4),
        ("delete", m, 5), ("restore", m, 6), ("import", copy_id, 1),
        ("delete", copy_id, 2), ("purge", copy_id, 3)]
    entries = journal.since(engine)
    assert [e.seq for e in entries] == sorted({e.seq for e in entries})
    stored = get_meeting(engine, m)
    assert {e.meeting_uuid for e in entries if e.meeting_id == m} == {stored.uuid}
    # The history has the same events, one entry each.
    assert [e.action for e in history.history(engine, m)] == [
        "create", "update", "finalise", "amend", "delete", "restore"]
    assert [e.action for e in history.history(engine, copy_id)] == [
        "import", "delete", "purge"]
    assert journal.since(engine, entries[-2].seq) == entries[-1:]


def test_journal_sequence_is_not_reused_after_a_purge(engine, seed_record):
    a = save_meeting(engine, seed_record).id
    delete_meeting(engine, a)
    trash.empty_trash(engine)
    last = journal.last_seq(engine)
    b = save_meeting(engine, seed_record).id
    assert journal.since(engine, last)[0].seq == last + 1 and b != a


def test_a_failing_write_leaves_no_journal_row_and_no_history(engine, seed_record,
                                                              monkeypatch):
    saved = save_meeting(engine, seed_record)
    before = ops(engine)
    record = get_meeting(engine, saved.id)
    record.title = "Never stored"

    def full_disk(*args, **kwargs):
        raise UserError("the disk is full (simulated)")

    # The history entry is written, then the journal fails: nothing of it stays.
    monkeypatch.setattr(writes.journal, "append", full_disk)
    with pytest.raises(UserError, match="simulated"):
        save_meeting(engine, record)
    monkeypatch.undo()
    assert ops(engine) == before
    assert get_meeting(engine, saved.id).title == seed_record.title
    assert [e.action for e in history.history(engine, saved.id)] == ["create"]


def test_deleting_several_meetings_is_one_transaction(engine, seed_record):
    a = save_meeting(engine, seed_record).id
    b = save_meeting(engine, seed_record).id
    before = ops(engine)
    with pytest.raises(NotFoundError):
        delete_meetings(engine, [a, b, 999])
    assert ops(engine) == before and len(list_meetings(engine)) == 2
    changes = delete_meetings(engine, [a, b])
    assert [r.id for r in changes.removed] == [a, b]
    assert changes.journal_seq == journal.last_seq(engine)
    assert list_meetings(engine) == []
    assert [o for o, *_ in ops(engine)][-2:] == ["delete", "delete"]


def test_a_release_imported_as_a_draft_has_history_and_journal(engine):
    [result] = import_releases(engine, [SEED_TEXT])
    assert result.stored
    [entry] = history.history(engine, result.meeting_id)
    assert entry.action == "import"
    assert ops(engine) == [("import", result.meeting_id, 1)]


def test_a_copy_is_a_new_meeting_with_a_new_uuid(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    original = get_meeting(engine, saved.id)
    finalise_meeting(engine, saved.id)
    copy = save_as_copy(engine, get_meeting(engine, saved.id))
    stored = get_meeting(engine, copy.id)
    assert copy.created and copy.id != saved.id
    assert stored.uuid != original.uuid and stored.status == "draft"
    assert stored.version == 1
    # A form that cleared only the id (the window's Save as a Copy) also gets a new one.
    again = get_meeting(engine, saved.id)
    again.id = None
    third = save_meeting(engine, again)
    assert get_meeting(engine, third.id).uuid not in (original.uuid, stored.uuid)


def test_a_save_never_changes_the_uuid(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    record = get_meeting(engine, saved.id)
    uuid = record.uuid
    record.uuid = "11111111-2222-3333-4444-555555555555"
    record.title = "Retitled"
    assert save_meeting(engine, record).uuid == uuid
    assert get_meeting(engine, saved.id).uuid == uuid


def test_uuids_are_unique_in_the_database(engine, seed_record):
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    a = save_meeting(engine, seed_record).id
    b = save_meeting(engine, seed_record).id
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE meeting SET uuid = (SELECT uuid FROM meeting WHERE id = :a) "
                          "WHERE id = :b"), {"a": a, "b": b})


def test_a_failing_import_leaves_no_journal_row(engine, seed_record, monkeypatch):
    from mtgdesk.store import meetings as store

    save_meeting(engine, seed_record)
    before = ops(engine)
    real_insert = store.insert_many

    def failing_insert(session, batch):
        real_insert(session, batch)  # stored and indexed, then the disk fills up
        raise UserError("disk full (simulated)")

    monkeypatch.setattr(store, "insert_many", failing_insert)
    with pytest.raises(UserError, match="simulated"):
        import_records(engine, [seed_record] * 3)
    assert ops(engine) == before and len(list_meetings(engine)) == 1


def test_a_large_import_is_journalled_in_order_in_one_transaction(engine, seed_record):
    n = writes.BATCH * 2 + 7
    done: list[tuple[int, int]] = []
    ids = import_records(engine, [seed_record] * n, progress=lambda d, t: done.append((d, t)))
    entries = journal.since(engine)
    assert [e.meeting_id for e in entries] == list(ids) and len(ids) == n
    assert {e.operation for e in entries} == {"import"}
    assert len({e.meeting_uuid for e in entries}) == n
    # One bar: the records checked, then each batch stored, in thousandths.
    assert done[-1] == (SCALE, SCALE) and all(t == SCALE for _, t in done)
    assert [d for d, _ in done] == sorted(d for d, _ in done)
    assert len(done) >= 3 + n // writes.CHECKED_EVERY
