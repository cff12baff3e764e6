"""The desk: one object over one database, its writes made by the settings' author and
each returning what it changed."""

from __future__ import annotations

import pytest

from mtgdesk.desk import Desk
from mtgdesk.domain.errors import UserError
from mtgdesk.settings import Settings
from tests.conftest import SEED_JSON, SEED_TEXT


@pytest.fixture
def desk(db_path):
    with Desk.open(db_path, settings=Settings(user_name="R. Clerk")) as d:
        yield d


def test_writes_return_what_they_changed(desk, seed_record):
    created = desk.save(seed_record)
    [ref] = created.added
    assert (ref.version, created.updated, created.journal_seq) == (1, (), 1)
    record = desk.get(ref.id)
    assert record.uuid == ref.uuid
    record.title = "Second title"
    updated = desk.save(record)
    assert [(r.id, r.uuid, r.version) for r in updated.updated] == [(ref.id, ref.uuid, 2)]
    copy = desk.save_as_copy(desk.get(ref.id))
    assert copy.added[0].uuid != ref.uuid
    final = desk.finalise(ref.id)
    assert final.updated[0].version == 3
    amended = desk.amend(desk.get(ref.id), "a typo")
    assert amended.updated[0].version == 4

    removed = desk.delete([ref.id, copy.added[0].id])
    assert [r.id for r in removed.removed] == [ref.id, copy.added[0].id]
    assert desk.count() == 0 and [t.id for t in desk.trash()] == [copy.added[0].id, ref.id]
    back = desk.restore([ref.id])
    assert [r.id for r in back.added] == [ref.id]
    gone = desk.empty_trash()
    assert [r.id for r in gone.removed] == [copy.added[0].id]
    assert [e.operation for e in desk.journal()] == [
        "create", "update", "create", "finalise", "amend", "delete", "delete", "restore",
        "purge"]
    assert [e.operation for e in desk.journal(since=gone.journal_seq - 1)] == ["purge"]
    assert {e.user for e in desk.history(ref.id)} == {"R. Clerk"}


def test_imports_search_export_and_reports(desk, tmp_path):
    result = desk.import_files([SEED_JSON])
    [meeting_id] = result.ids
    [release] = desk.import_releases([SEED_TEXT])
    assert release.stored and desk.count() == 2
    assert {h.id for h in desk.search("human security").hits} == {meeting_id,
                                                                 release.meeting_id}
    assert desk.export_file(tmp_path / "all.json") == 2
    again = desk.import_files([tmp_path / "all.json"])
    assert not again.changes and len(again.changes.present) == 2
    assert desk.write_report(meeting_id, "press-release", "txt", tmp_path / "r.txt").exists()
    assert desk.write_index("txt", tmp_path / "i.txt").read_text(encoding="utf-8")
    assert desk.reindex() == 2
    assert desk.list_meetings(limit=1)[0].uuid in {r.uuid for r in again.changes.present}


def test_backup_and_restore_of_the_database(db_path, tmp_path, seed_record):
    with Desk.open(db_path) as desk:
        desk.save(seed_record)
        copy = desk.backup(tmp_path / "copy.sqlite3")
        desk.delete([1])
    path, aside = Desk.restore_database(db_path, copy)
    assert path == db_path and aside is not None and aside.exists()
    with Desk.open(db_path) as desk:
        assert desk.count() == 1
    with pytest.raises(UserError, match="database files"):
        Desk.restore_database("sqlite://", copy)


def test_releases_are_proposed_for_review_and_saved_as_drafts_by_the_author(desk, tmp_path):
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(b"%PDF")
    good, other = desk.propose_releases([SEED_TEXT, pdf])
    assert other.proposal is None and other.problems and desk.count() == 0
    assert good.proposal is not None
    record = good.proposal.record.copy()
    record.status = "final"
    changes = desk.save_reviewed_release(record)
    [ref] = changes.added
    stored = desk.get(ref.id)
    assert stored.status == "draft" and stored.title == record.title
    assert [(e.action, e.user) for e in desk.history(ref.id)] == [("create", "R. Clerk")]
