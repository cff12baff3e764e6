"""Import and export through the database: all or nothing, exact round trips."""

import json

import pytest

from mtgdesk.domain.errors import InterchangeError, UserError
from mtgdesk.services import interchange
from mtgdesk.services.meetings import count_meetings


def two_meeting_doc(seed_path):
    doc = json.loads(seed_path.read_text(encoding="utf-8"))
    second = json.loads(json.dumps(doc["meetings"][0]))
    second["title"] = "Second meeting"
    doc["meetings"].append(second)
    return doc


def test_round_trip_through_empty_database(engine, tmp_path, seed_path):
    from mtgdesk.store.database import open_database

    interchange.import_files(engine, [seed_path])
    first = interchange.export_text(engine)
    (tmp_path / "first.json").write_text(first, encoding="utf-8")
    other = open_database(tmp_path / "other.sqlite3")
    interchange.import_files(other, [tmp_path / "first.json"])
    assert json.loads(interchange.export_text(other)) == json.loads(first)
    other.dispose()


def is_subset(small, big):
    if isinstance(small, dict):
        return isinstance(big, dict) and all(k in big and is_subset(v, big[k])
                                              for k, v in small.items())
    if isinstance(small, list):
        return len(small) == len(big) and all(map(is_subset, small, big))
    return small == big


def test_export_holds_everything_in_the_fixture(engine, seed_path):
    interchange.import_files(engine, [seed_path])
    exported = json.loads(interchange.export_text(engine))
    assert is_subset(json.loads(seed_path.read_text(encoding="utf-8")), exported)


def test_bad_kind_in_second_meeting_stores_nothing(engine, tmp_path, seed_path):
    doc = two_meeting_doc(seed_path)
    doc["meetings"][1]["participants"][12]["kind"] = "contry"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"meetings\[1\]\.participants\[12\]\.kind"):
        interchange.import_files(engine, [seed_path, bad])
    assert count_meetings(engine) == 0


def test_failure_while_storing_rolls_back_everything(engine, seed_path, monkeypatch):
    from mtgdesk.store import meetings as store

    records = interchange.read_file(seed_path) * 3
    real_insert = store.insert_many

    def failing_insert(session, batch):
        real_insert(session, batch)  # stored, then the disk fills up
        raise UserError("disk full (simulated)")

    monkeypatch.setattr(store, "insert_many", failing_insert)
    with pytest.raises(UserError):
        interchange.import_records(engine, records)
    assert count_meetings(engine) == 0


def test_export_of_unknown_id_names_it(engine, seed_path):
    interchange.import_files(engine, [seed_path])
    with pytest.raises(UserError, match="no meeting 99"):
        interchange.export_text(engine, [1, 99])


def test_missing_file_is_a_user_error(engine, tmp_path):
    with pytest.raises(UserError, match="no such file"):
        interchange.import_files(engine, [tmp_path / "nope.json"])
