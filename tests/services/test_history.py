"""Audit log, finalise/amend and the Trash, at the service level."""

from __future__ import annotations

import pytest

from mtgdesk.domain.errors import ConflictError, NotFoundError, UserError
from mtgdesk.services import history, trash
from mtgdesk.services.interchange import import_records
from mtgdesk.services.meetings import (
    amend_meeting,
    delete_meeting,
    finalise_meeting,
    get_meeting,
    list_meetings,
    restore_meeting,
    save_meeting,
)
from mtgdesk.settings import Settings, save_settings


@pytest.fixture
def clerk() -> str:
    save_settings(Settings(user_name="A. Clerk"))
    return "A. Clerk"


def test_every_change_is_in_the_history_with_who_and_what(engine, seed_record, clerk):
    saved = save_meeting(engine, seed_record)
    record = get_meeting(engine, saved.id)
    record.title = "A new title"
    record.participants[1].name = "Someone else"
    save_meeting(engine, record)
    delete_meeting(engine, saved.id)
    restore_meeting(engine, saved.id)
    entries = history.history(engine, saved.id)
    assert [e.action for e in entries] == ["create", "update", "delete", "restore"]
    assert {e.user for e in entries} == {clerk}
    update = entries[1]
    fields = {c.field: (c.old, c.new) for c in update.changes}
    assert fields == {
        "title": (seed_record.title, "A new title"),
        "participants[1].name": (seed_record.participants[1].name, "Someone else"),
    }
    assert all(e.at.year >= 2024 for e in entries)


def test_author_defaults_to_the_os_user(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    assert history.history(engine, saved.id)[0].user == Settings().author


def test_final_meeting_is_read_only_and_changes_only_by_amendment(engine, seed_record, clerk):
    saved = save_meeting(engine, seed_record)
    final = finalise_meeting(engine, saved.id)
    record = get_meeting(engine, saved.id)
    assert record.status == "final" and record.version == final.version
    record.title = "Changed quietly"
    with pytest.raises(history.FinalError):
        save_meeting(engine, record)
    with pytest.raises(history.FinalError):
        save_meeting(engine, record, force=True)
    assert get_meeting(engine, saved.id).title == seed_record.title

    with pytest.raises(UserError, match="reason"):
        amend_meeting(engine, record, "  ")
    amended = amend_meeting(engine, record, "Typo in the title reported by the chair")
    stored = get_meeting(engine, saved.id)
    assert stored.title == "Changed quietly" and stored.status == "final"
    assert stored.version == amended.version

    entry = history.history(engine, saved.id)[-1]
    assert entry.action == "amend"
    assert entry.reason == "Typo in the title reported by the chair"
    assert entry.user == clerk
    assert [(c.field, c.old, c.new) for c in entry.changes] == [
        ("title", seed_record.title, "Changed quietly")]
    assert "title" in history.describe(entry.changes[0])


def test_amend_keeps_the_meeting_final_and_checks_the_version(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    finalise_meeting(engine, saved.id)
    record = get_meeting(engine, saved.id)
    stale = record.copy()
    record.status = "draft"  # reopening through an amendment is refused quietly
    amend_meeting(engine, record, "reason")
    assert get_meeting(engine, saved.id).status == "final"
    with pytest.raises(ConflictError):
        amend_meeting(engine, stale, "another reason")


def test_amending_a_draft_is_refused(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    with pytest.raises(UserError, match="not final"):
        amend_meeting(engine, get_meeting(engine, saved.id), "why")


def test_saving_with_status_final_is_the_finalise_event(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    record = get_meeting(engine, saved.id)
    record.status = "final"
    save_meeting(engine, record)
    entry = history.history(engine, saved.id)[-1]
    assert entry.action == "finalise"
    assert [(c.field, c.new) for c in entry.changes] == [("status", "final")]
    with pytest.raises(UserError, match="already final"):
        finalise_meeting(engine, saved.id)


def test_refused_change_leaves_no_history(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    finalise_meeting(engine, saved.id)
    record = get_meeting(engine, saved.id)
    record.title = "x"
    with pytest.raises(history.FinalError):
        save_meeting(engine, record)
    assert [e.action for e in history.history(engine, saved.id)] == ["create", "finalise"]


def test_trash_restore_and_empty(engine, seed_record):
    a = save_meeting(engine, seed_record).id
    b = save_meeting(engine, seed_record).id
    delete_meeting(engine, a)
    delete_meeting(engine, b)
    assert [t.id for t in trash.list_trash(engine)] == [b, a]
    assert list_meetings(engine) == []
    with pytest.raises(UserError, match="already in the Trash"):
        delete_meeting(engine, a)
    trash.restore(engine, a)
    assert [m.id for m in list_meetings(engine)] == [a]
    with pytest.raises(UserError, match="not in the Trash"):
        trash.restore(engine, a)
    assert trash.empty_trash(engine) == 1
    assert trash.list_trash(engine) == []
    with pytest.raises(NotFoundError):
        trash.restore(engine, b)
    # The history of a purged meeting outlives it.
    assert [e.action for e in history.history(engine, b)] == ["create", "delete", "purge"]
    assert get_meeting(engine, a).content_equals(seed_record)


def test_import_is_in_the_history(engine, seed_record):
    ids = import_records(engine, [seed_record, seed_record])
    for meeting_id in ids:
        assert [e.action for e in history.history(engine, meeting_id)] == ["import"]


def test_diff_of_lists_that_grow_and_shrink(seed_record):
    shorter = seed_record.copy()
    del shorter.participants[-1]
    changes = history.diff(seed_record, shorter)
    last = len(seed_record.participants) - 1
    assert changes and all(c.field.startswith(f"participants[{last}]") for c in changes)
    assert all(c.new is None for c in changes)
    assert history.diff(seed_record, seed_record.copy()) == []
