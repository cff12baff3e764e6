"""An import feeds the search index beside its transaction (indexing.Beside): each
batch's journal entries go to an open writer of the index as they are stored, from the
records in hand, and the index commits only after the database. Nothing reaches the
index when the import fails or is cancelled; an index that was behind the journal is
caught up as after any write. Each meeting of the file is checked once, as it is read."""

from __future__ import annotations

import pytest

from mtgdesk.domain.errors import InterchangeError, ValidationFailed
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.validation import Checked, check
from mtgdesk.services import indexing, interchange, writes
from mtgdesk.services.search import search
from mtgdesk.store import journal
from mtgdesk.store import meetings as store
from mtgdesk.store.session import read_session
from tests.services.test_import_memory import write_file


def _last_seq(engine) -> int:
    with read_session(engine) as session:
        return journal.last_seq(session)


def _count_calls(monkeypatch, owner, name) -> list[int]:
    calls: list[int] = []
    real = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


class Cancelled(Exception):
    pass


def fail_mid_import(engine, path, how: str, given: list[int]) -> None:
    """Import `path`, made to fail: Cancel once two batches were `given` to the index
    (`how` "cancel"), or the file's bad meeting ("bad meeting")."""
    def progress(done: int, total: int) -> None:
        if how == "cancel" and sum(given) >= 2 * interchange.BATCH_MEETINGS:
            raise Cancelled

    with pytest.raises(Cancelled if how == "cancel" else InterchangeError):
        interchange.import_files(engine, [path], progress=progress)


def test_an_import_is_indexed_beside_its_transaction_not_read_back(
        engine, tmp_path, monkeypatch):
    n = 3 * interchange.BATCH_MEETINGS
    path = write_file(tmp_path / "a.json", n)
    search(engine, "warm")  # the index open, as in the window
    read_back = _count_calls(monkeypatch, store, "load_many")
    result = interchange.import_files(engine, [path])
    assert len(result.ids) == n
    assert read_back == []  # every meeting indexed from the record in hand
    index = indexing.current(engine)
    assert index.mark.seq == _last_seq(engine)
    assert index.size == n
    found = search(engine, "consultations", limit=n)
    assert found.total == n
    assert sorted(h.id for h in found.hits) == sorted(result.ids)
    # The result rows come from the index: each meeting's own title and version.
    [hit] = search(engine, '"item 1234"').hits
    assert hit.title == "Consultations 1234"


@pytest.mark.parametrize("how", ["cancel", "bad meeting"])
def test_a_failed_import_leaves_the_index_as_it_was(engine, tmp_path, monkeypatch, how):
    search(engine, "warm")
    before = indexing.current(engine).mark
    n = 3 * interchange.BATCH_MEETINGS
    path = write_file(tmp_path / "f.json", n, bad_at=n - 2 if how == "bad meeting" else None)
    taken = []
    real_take = indexing.Beside.take
    monkeypatch.setattr(indexing.Beside, "take",
                        lambda self, s, k: taken.append(len(k)) or real_take(self, s, k))

    fail_mid_import(engine, path, how, taken)
    assert sum(taken) >= 2 * interchange.BATCH_MEETINGS  # given to the writer, then...
    index = indexing.current(engine)
    assert index.mark == before  # ...rolled back with the database
    assert index.size == 0
    assert search(engine, "consultations").total == 0


def test_an_index_behind_the_journal_is_caught_up_after_the_import(
        sqlite_engine, tmp_path, monkeypatch):
    engine = sqlite_engine
    search(engine, "warm")
    # A write whose index did not follow (another program's, or a kill before it).
    monkeypatch.setattr(indexing, "follow", lambda *a, **k: None)
    [early] = interchange.import_records(engine, [
        MeetingRecord(title="Earlier plenary", held_on=store.now().date())])
    monkeypatch.undo()
    path = write_file(tmp_path / "b.json", 1500)
    result = interchange.import_files(engine, [path])
    index = indexing.current(engine)
    assert index.mark.seq == _last_seq(engine)
    assert [h.id for h in search(engine, "plenary").hits] == [early]
    assert search(engine, "consultations", limit=2000).total == len(result.ids) == 1500


def test_an_import_with_updates_indexes_the_newer_version(sqlite_engine, tmp_path):
    engine = sqlite_engine
    search(engine, "warm")
    first = write_file(tmp_path / "v1.json", 1200, uuids=True)
    interchange.import_files(engine, [first])
    text = first.read_text(encoding="utf-8").replace("Consultations", "Negotiations")
    text = text.replace('"uuid"', '"version": 2, "uuid"')
    newer = tmp_path / "v2.json"
    newer.write_text(text, encoding="utf-8")
    result = interchange.import_files(engine, [newer], update=True)
    assert len(result.changes.updated) == 1200
    assert search(engine, "consultations").total == 0
    assert search(engine, "negotiations", limit=2000).total == 1200
    assert indexing.current(engine).size == 1200
    [hit] = search(engine, '"item 17"').hits
    assert (hit.title, hit.summary.version) == ("Negotiations 17", 2)


def test_each_meeting_of_a_file_is_checked_once(sqlite_engine, tmp_path, monkeypatch):
    import mtgdesk.domain.validation as validation

    # The reader and the write path both check through validation.check.
    calls = _count_calls(monkeypatch, validation, "validate_meeting")
    path = write_file(tmp_path / "once.json", 1500)
    interchange.import_files(sqlite_engine, [path])
    assert len(calls) == 1500


def test_a_record_not_checked_is_checked_by_the_write_path(sqlite_engine):
    bad = MeetingRecord(title="", held_on=None)
    with pytest.raises(ValidationFailed):
        writes.apply(sqlite_engine, [writes.imported(bad)])
    good = check(MeetingRecord(title="Plenary", held_on=store.now().date()))
    changes = writes.apply(sqlite_engine, [writes.imported(good)])
    assert len(changes.added) == 1


def test_only_check_makes_a_checked_record():
    record = MeetingRecord(title="", held_on=None)
    with pytest.raises(TypeError):
        Checked(record, ())
    with pytest.raises(ValidationFailed):
        check(record)


def test_a_checked_record_paired_with_another_is_checked_again(sqlite_engine):
    good = check(MeetingRecord(title="Plenary", held_on=store.now().date()))
    forged = writes.Write(writes.IMPORT, record=MeetingRecord(title="", held_on=None),
                          checked=good)
    with pytest.raises(ValidationFailed):
        writes.apply(sqlite_engine, [forged])


def test_the_index_fed_beside_equals_the_index_built_from_the_database(
        sqlite_engine, tmp_path, monkeypatch):
    """The documents made from the records in hand are those a rebuild makes from the
    stored meetings: every query of the relevance set finds the same meetings in the
    same order, with the same rows, counts and snippets."""
    import json
    import sys
    from pathlib import Path

    from mtgdesk.domain import interchange as format_

    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(bench))
    path = tmp_path / "generated.json"
    path.write_text(format_.dumps(generate(2500)), encoding="utf-8")
    engine = sqlite_engine
    search(engine, "warm")
    read_back = _count_calls(monkeypatch, store, "load_many")
    interchange.import_files(engine, [path])
    monkeypatch.undo()
    assert read_back == []  # fed beside the transaction
    queries = [c["query"] for c in json.loads(
        (bench / "relevance" / "queries.json").read_text(encoding="utf-8"))["queries"]]
    queries += ["human security", "chair:Tsuruoka", "kind:action", "status:final"]

    def answers() -> list[object]:
        out = []
        for q in queries:
            found = search(engine, q, limit=30)
            out.append((q, found.total, [(h.id, h.title, h.summary.version, h.extract)
                                         for h in found.hits]))
        return out

    fed = answers()
    assert sum(total > 0 for _, total, _ in fed) >= 10  # queries that find something
    indexing.build(engine)
    assert answers() == fed


def test_an_import_does_not_wait_for_a_busy_index_while_it_holds_the_write_lock(
        engine, tmp_path, monkeypatch):
    # Another writer of the index (an index commit of another process's save, a
    # catch-up) must not hold up an import that holds the database's write lock: every
    # other writer would wait behind it, past its busy timeout (a clean-clone run saw
    # "busy in another mtgdesk for too long" in the four concurrent imports drill).
    # The import takes the index only when it is free; else the index follows the
    # journal once the database has committed.
    import threading

    path = write_file(tmp_path / "a.json", 5)
    search(engine, "warm")
    index = indexing.current(engine)
    held, release = threading.Event(), threading.Event()
    in_time: list[bool] = []

    def other_writer() -> None:
        with index.writing():
            held.set()
            in_time.append(release.wait(20))  # False: the import waited for this writer

    real_begin = indexing.Beside.begin

    def begin(self, session) -> None:  # in the transaction, holding the write lock
        real_begin(self, session)
        release.set()  # the other writer ends once the transaction has gone on

    monkeypatch.setattr(indexing.Beside, "begin", begin)

    thread = threading.Thread(target=other_writer)
    thread.start()
    try:
        assert held.wait(20)
        result = interchange.import_files(engine, [path])
    finally:
        release.set()
        thread.join()
    assert in_time == [True]
    assert len(result.ids) == 5
    assert search(engine, "consultations").total == 5  # the index caught up
    assert indexing.current(engine).mark.seq == _last_seq(engine)
