"""Drafts kept on this computer while the office server is away (services.local_drafts):
in the user's data folder, one server's apart from another's, written whole, and a
damaged one never costs the others. No server is needed: nothing here connects."""

from __future__ import annotations

import os

from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import local_drafts
from mtgdesk.store.database import make_engine
from mtgdesk.store.location import user_data_dir


def engine_for(url: str):
    return make_engine(url)  # creating an engine connects to nothing


def test_drafts_are_kept_per_server_and_login_in_the_data_folder(tmp_path):
    office = engine_for("postgresql://amina@10.0.0.5:5432/meetings")
    other = engine_for("postgresql://amina@10.0.0.5:5432/archive")
    colleague = engine_for("postgresql://ben@10.0.0.5:5432/meetings")
    record = MeetingRecord(title="Typed with the server away", venue="Room 4")
    record.id, record.version = 7, 3
    path = local_drafts.keep(office, "meeting:7", record)
    assert user_data_dir() in path.parents
    [kept] = local_drafts.list_kept(office)
    assert (kept.key, kept.meeting_id, kept.base_version) == ("meeting:7", 7, 3)
    assert (kept.record.title, kept.record.venue) == (record.title, "Room 4")
    assert local_drafts.list_kept(other) == [] and local_drafts.list_kept(colleague) == []
    record.title = "Typed again"
    local_drafts.keep(office, "meeting:7", record)  # replaces, never a second copy
    assert [d.record.title for d in local_drafts.list_kept(office)] == ["Typed again"]
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".partial")]
    local_drafts.remove(office, "meeting:7")
    assert local_drafts.list_kept(office) == []


def test_a_damaged_draft_file_is_left_alone_and_the_others_are_read():
    office = engine_for("postgresql://amina@10.0.0.5/meetings")
    local_drafts.keep(office, "new:abc", MeetingRecord(title="Whole"))
    bad = local_drafts.keep(office, "new:def", MeetingRecord(title="To be damaged"))
    bad.write_bytes(b'{"key": "new:def", "upd')  # cut off, as a disk failure would
    assert [d.record.title for d in local_drafts.list_kept(office)] == ["Whole"]
    assert bad.exists()  # not deleted: the clerk's IT may still read it


def test_a_folder_that_cannot_be_written_is_a_message(monkeypatch, tmp_path):
    import pytest

    from mtgdesk.domain.errors import UserError

    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setattr(local_drafts, "user_data_dir", lambda: blocked)
    with pytest.raises(UserError, match="could not be kept on this computer either"):
        local_drafts.keep(engine_for("postgresql://a@h/d"), "new:x", MeetingRecord())
    assert sorted(os.listdir(tmp_path)) == ["blocked"]
