"""Stable identity: export writes each meeting's uuid and version, import keeps them, a
meeting already stored is not stored twice, and --update takes a newer version."""

from __future__ import annotations

import json

import pytest

from mtgdesk.domain.errors import InterchangeError
from mtgdesk.services import history, interchange
from mtgdesk.services.meetings import count_meetings, get_meeting, save_meeting
from mtgdesk.store.database import open_database


@pytest.fixture
def other(tmp_path):
    eng = open_database(tmp_path / "other.sqlite3")
    yield eng
    eng.dispose()


def export_to(engine, path):
    interchange.write_export(engine, path)
    return path


def test_export_writes_uuid_and_version_and_import_keeps_them(engine, other, tmp_path,
                                                              seed_path):
    interchange.import_files(engine, [seed_path])
    record = get_meeting(engine, 1)
    record.title = "Saved twice"
    save_meeting(engine, record)
    doc = json.loads(interchange.export_text(engine))
    [meeting] = doc["meetings"]
    assert meeting["uuid"] == get_meeting(engine, 1).uuid and meeting["version"] == 2
    result = interchange.import_files(other, [export_to(engine, tmp_path / "x.json")])
    [copy] = [get_meeting(other, i) for i in result.ids]
    assert (copy.uuid, copy.version) == (meeting["uuid"], 2)


def test_importing_a_databases_own_export_stores_nothing_and_says_so(engine, tmp_path,
                                                                     seed_path):
    interchange.import_files(engine, [seed_path, seed_path])  # no uuid: two meetings
    own = export_to(engine, tmp_path / "own.json")
    history_before = [history.history(engine, i) for i in (1, 2)]
    result = interchange.import_files(engine, [own])
    assert count_meetings(engine) == 2
    assert result.ids == () and not result.changes
    assert [r.id for r in result.changes.present] == [1, 2]
    assert [f.describe() for f in result.per_file] == ["0 imported, 2 already present"]
    assert [history.history(engine, i) for i in (1, 2)] == history_before


def test_per_file_counts_of_new_and_present(engine, other, tmp_path, seed_path):
    interchange.import_files(engine, [seed_path])
    one = export_to(engine, tmp_path / "one.json")
    interchange.import_files(other, [one])
    interchange.import_files(other, [seed_path, seed_path])
    three = export_to(other, tmp_path / "three.json")
    result = interchange.import_files(engine, [three, seed_path])
    assert [(f.imported, f.present) for f in result.per_file] == [(2, 1), (1, 0)]
    assert result.per_file[0].describe() == "2 imported, 1 already present"
    assert count_meetings(engine) == 4


def test_the_same_meeting_twice_in_one_import_is_stored_once(other, engine, tmp_path,
                                                             seed_path):
    interchange.import_files(engine, [seed_path])
    path = export_to(engine, tmp_path / "x.json")
    result = interchange.import_files(other, [path, path])
    assert count_meetings(other) == 1
    assert [f.describe() for f in result.per_file] == [
        "1 imported", "0 imported, 1 already present"]


def newer_version(engine, tmp_path, title):
    """An export of meeting 1 after one more save, then that save taken back here."""
    record = get_meeting(engine, 1)
    old_title = record.title
    record.title = title
    save_meeting(engine, record)
    path = export_to(engine, tmp_path / "newer.json")
    return path, old_title


def test_update_replaces_an_older_version_with_history(engine, other, tmp_path, seed_path):
    interchange.import_files(engine, [seed_path])
    interchange.import_files(other, [export_to(engine, tmp_path / "first.json")])
    path, old_title = newer_version(engine, tmp_path, "Retitled on the other machine")

    plain = interchange.import_files(other, [path])
    assert plain.per_file[0].describe() == "0 imported, 1 already present"
    assert get_meeting(other, 1).title == old_title

    result = interchange.import_files(other, [path], update=True)
    assert result.per_file[0].describe() == "0 imported, 1 updated"
    stored = get_meeting(other, 1)
    assert (stored.title, stored.version) == ("Retitled on the other machine", 2)
    assert stored.uuid == get_meeting(engine, 1).uuid
    entry = history.history(other, 1)[-1]
    assert entry.action == "replace" and "version 2" in (entry.reason or "")
    assert [(c.field, c.old, c.new) for c in entry.changes] == [
        ("title", old_title, "Retitled on the other machine")]
    # The same file again, or an older one: nothing to update.
    again = interchange.import_files(other, [path], update=True)
    assert again.per_file[0].describe() == "0 imported, 1 already present"
    assert len(history.history(other, 1)) == 2


def test_uuid_in_a_file_is_checked_and_kept_in_lower_case(engine, tmp_path, seed_path):
    doc = json.loads(seed_path.read_text(encoding="utf-8"))
    doc["meetings"][0]["uuid"] = "not-a-uuid"
    with pytest.raises(InterchangeError, match=r"meetings\[0\]\.uuid: 'not-a-uuid' is not"):
        interchange.interchange.loads(json.dumps(doc))
    doc["meetings"][0]["uuid"] = "00000000-0000-0000-0000-000000000000"
    with pytest.raises(InterchangeError, match="nil UUID"):
        interchange.interchange.loads(json.dumps(doc))
    doc["meetings"][0]["version"] = 0
    doc["meetings"][0]["uuid"] = "0F8FAD5B-D9CB-469F-A165-70867728950E"
    with pytest.raises(InterchangeError, match=r"meetings\[0\]\.version"):
        interchange.interchange.loads(json.dumps(doc))
    doc["meetings"][0]["version"] = 3
    path = tmp_path / "upper.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    [meeting_id] = interchange.import_files(engine, [path]).ids
    stored = get_meeting(engine, meeting_id)
    assert (stored.uuid, stored.version) == ("0f8fad5b-d9cb-469f-a165-70867728950e", 3)
    doc["meetings"][0]["uuid"] = doc["meetings"][0]["uuid"].lower()
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert interchange.import_files(engine, [path]).ids == ()
