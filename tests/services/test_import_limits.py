"""What bounds an import now that it streams: not the file's size in memory (a batch is
held at a time) but a cap far above any interchange file, the disk the database needs,
and what it keeps of each meeting until it commits (Refs: 32 bytes, not a Ref object)."""

from __future__ import annotations

import json
import tracemalloc

import pytest

from mtgdesk.domain.changes import Changes, Ref, Refs
from mtgdesk.domain.errors import UserError
from mtgdesk.services import interchange
from mtgdesk.services.meetings import count_meetings

from .test_import_memory import write_file


def test_a_file_over_the_cap_is_refused_by_name_and_size(sqlite_engine, tmp_path,
                                                         monkeypatch):
    path = write_file(tmp_path / "big.json", 3)
    monkeypatch.setattr(interchange, "INTERCHANGE_CAP", path.stat().st_size - 1)
    with pytest.raises(UserError) as info:
        interchange.import_files(sqlite_engine, [path])
    assert str(info.value).startswith(f"{path}: is ")
    assert "a interchange file can be at most" in str(info.value)
    assert count_meetings(sqlite_engine) == 0


def test_a_file_of_the_size_of_a_million_meetings_is_read_not_refused(
        sqlite_engine, tmp_path, monkeypatch):
    """3.4 GB (1,000,000 generated meetings) was over the old 1 GB cap. A sparse file of
    that size costs no disk; what is in it (NUL bytes) is then refused as JSON."""
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.truncate(3_400 * 1024 * 1024)
    monkeypatch.setattr(interchange, "DISK_PER_BYTE", 0)  # it would store nothing
    with pytest.raises(UserError) as info:
        interchange.import_files(sqlite_engine, [path])
    assert "can be at most" not in str(info.value)
    assert str(info.value).startswith(str(path))
    assert count_meetings(sqlite_engine) == 0


def test_an_import_the_disk_cannot_hold_is_refused_before_reading(sqlite_engine, db_path,
                                                                  tmp_path, monkeypatch):
    path = write_file(tmp_path / "a.json", 3)
    read = []
    real = interchange.read_checked
    monkeypatch.setattr(interchange, "read_checked",
                        lambda *a, **k: read.append(a) or real(*a, **k))
    monkeypatch.setattr(interchange, "DISK_PER_BYTE", 10 ** 15)  # no disk is that large
    with pytest.raises(UserError) as info:
        interchange.import_files(sqlite_engine, [path])
    told = str(info.value)
    assert f"on the disk holding {db_path}" in told and "nothing was imported" in told
    assert "MB free" in told and read == []
    assert count_meetings(sqlite_engine) == 0
    monkeypatch.setattr(interchange, "DISK_PER_BYTE", 2)
    assert len(interchange.import_files(sqlite_engine, [path]).ids) == 3


def test_the_same_uuid_twice_in_one_file_batches_apart_is_stored_once(sqlite_engine,
                                                                      tmp_path):
    """The batch's own uuids are all it keeps: an earlier batch's are found in the
    database by the transaction's own lookup."""
    n = 2 * interchange.BATCH_MEETINGS + 5
    path = write_file(tmp_path / "u.json", n, uuids=True)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["meetings"][-1]["uuid"] = doc["meetings"][0]["uuid"]
    doc["meetings"][-2]["uuid"] = doc["meetings"][interchange.BATCH_MEETINGS + 1]["uuid"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = interchange.import_files(sqlite_engine, [path])
    assert [f.describe() for f in result.per_file] == [f"{n - 2} imported, 2 already present"]
    assert count_meetings(sqlite_engine) == n - 2
    assert [r.uuid for r in result.changes.present] == [doc["meetings"][-2]["uuid"],
                                                        doc["meetings"][0]["uuid"]]


def refs(n: int) -> list[Ref]:
    return [Ref(100_000 + i, f"00000000-0000-4000-8000-{i:012x}", 1 + i % 3)
            for i in range(n)]


def test_refs_give_back_what_they_were_given():
    given = [*refs(3), Ref(7, "not-a-uuid", 2),
             Ref(8, "ABCDEF01-0000-4000-8000-000000000001", 1),  # not the canonical text
             Ref(9, "abcdef01-0000-4000-8000-000000000001", 4)]
    kept = Refs(given)
    assert list(kept) == given and len(kept) == 6
    assert kept[3] == given[3] and kept[-1] == given[-1] and kept[1:3] == tuple(given[1:3])
    assert kept == tuple(given) and tuple(given) == kept and kept != tuple(given[:-1])
    assert list(kept.ids) == [r.id for r in given]
    with pytest.raises(IndexError):
        kept[6]
    changes = Changes(added=kept, updated=(Ref(1, "u", 1),))
    assert changes.ids == (*(r.id for r in given), 1)
    assert changes == Changes(added=tuple(given), updated=(Ref(1, "u", 1),))
    assert changes.merged(Changes(removed=Refs([Ref(2, "v", 1)]))).ids == (*changes.ids, 2)
    assert not Changes(added=Refs()) and [*Refs(), *kept] == given


def test_refs_take_a_few_dozen_bytes_each_where_ref_objects_take_hundreds():
    n = 20_000
    source = refs(n)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = Refs(source)
        compact = tracemalloc.get_traced_memory()[0] - before
        objects = [Ref(r.id + 1, r.uuid.upper().lower(), r.version) for r in source]  # as read
        as_objects = tracemalloc.get_traced_memory()[0] - before - compact
    finally:
        tracemalloc.stop()
    assert len(kept) == len(objects) == n
    assert compact < 40 * n  # 8 + 8 + 16 bytes, and the arrays' slack
    assert as_objects > 3 * compact, (compact, as_objects)
