"""A large import has the search index's documents built in a child process
(store.index_apart), beside this process's reading and storing: the index it leaves is
the one the in-process writer leaves, nothing reaches it from an import that fails or
is cancelled, and a child that dies loses nothing (the index follows the journal once
the database has committed)."""

from __future__ import annotations

import json
import pickle
import pickletools
import sys
from pathlib import Path

import pytest

from mtgdesk.domain import interchange as format_
from mtgdesk.services import indexing, interchange
from mtgdesk.services.search import search
from mtgdesk.store import index_apart, journal
from mtgdesk.store import meetings as store
from mtgdesk.store.session import read_session
from tests.services.test_import_index import fail_mid_import
from tests.services.test_import_memory import write_file

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _last_seq(engine) -> int:
    with read_session(engine) as session:
        return journal.last_seq(session)


def _sent(monkeypatch) -> list[int]:
    """The size of each batch handed to a child process."""
    sent: list[int] = []
    real = index_apart.Apart.send

    def send(self, remove, records):
        sent.append(len(records))
        return real(self, remove, records)

    monkeypatch.setattr(index_apart.Apart, "send", send)
    return sent


def _generated(tmp_path, n: int) -> Path:
    sys.path.insert(0, str(BENCH))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(BENCH))
    path = tmp_path / "generated.json"
    path.write_text(format_.dumps(generate(n)), encoding="utf-8")
    return path


def _answers(engine) -> list[object]:
    queries = [c["query"] for c in json.loads(
        (BENCH / "relevance" / "queries.json").read_text(encoding="utf-8"))["queries"]]
    queries += ["human security", "chair:Tsuruoka", "kind:action", "status:final",
                "東京", "genève", "ＵＮ"]
    out = []
    for q in queries:
        found = search(engine, q, limit=30)
        out.append((q, found.total, [(h.id, h.title, h.summary.version, h.extract)
                                     for h in found.hits]))
    return out


def test_the_index_built_apart_equals_the_one_built_in_process(
        sqlite_engine, tmp_path, monkeypatch):
    engine = sqlite_engine
    path = _generated(tmp_path, 2500)
    search(engine, "warm")  # the index open, as in the window
    monkeypatch.setattr(interchange, "APART_BYTES", 0)
    sent = _sent(monkeypatch)
    real_load = store.load_many
    read_back: list[int] = []
    monkeypatch.setattr(store, "load_many",
                        lambda s, ids: read_back.append(len(ids)) or real_load(s, ids))
    result = interchange.import_files(engine, [path])
    monkeypatch.undo()
    assert sum(sent) == len(result.ids) == 2500  # every meeting went to the child
    assert read_back == []  # from the records in hand, not read back
    index = indexing.current(engine)
    assert index.mark.seq == _last_seq(engine)  # committed by the child, and marked
    assert index.size == 2500
    apart = _answers(engine)
    assert sum(total > 0 for _, total, _ in apart) >= 10
    indexing.build(engine)  # from the database, in this process
    assert _answers(engine) == apart


class _Recorded:
    """A pipe's sending end that keeps a copy of what goes through it."""

    def __init__(self, conn, sent: list[bytes]) -> None:
        self._conn, self._sent = conn, sent

    def send_bytes(self, data) -> None:
        self._sent.append(bytes(data))
        self._conn.send_bytes(data)

    def close(self) -> None:
        self._conn.close()


# Opcodes that name a class or function, or call one: a record, a date, an enum member.
_NOT_PLAIN = {"GLOBAL", "STACK_GLOBAL", "REDUCE", "BUILD", "INST", "OBJ", "NEWOBJ",
              "NEWOBJ_EX", "EXT1", "EXT2", "EXT4"}


def _plain_values(value) -> bool:
    if isinstance(value, (tuple, list)):
        return all(map(_plain_values, value))
    return value is None or type(value) in (str, int)


def test_the_child_is_sent_plain_values_not_records(sqlite_engine, tmp_path, monkeypatch):
    """What crosses the pipe to the child holds only strings, numbers, None and tuples
    and lists of them: no record, date or enum member for the child to make again
    (each the class looked up, called, its attributes set: most of what reading a
    batch of pickled records cost it)."""
    engine = sqlite_engine
    search(engine, "warm")
    monkeypatch.setattr(interchange, "APART_BYTES", 0)
    sent: list[bytes] = []
    real_init = index_apart.Apart.__init__

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        self._out = _Recorded(self._out, sent)

    monkeypatch.setattr(index_apart.Apart, "__init__", init)
    result = interchange.import_files(engine, [write_file(tmp_path / "p.json", 1500)])
    batches = [m for m in map(pickle.loads, sent) if m[0] == "batch"]
    assert sum(len(m[2]) for m in batches) == len(result.ids) == 1500
    assert [m[0] for m in map(pickle.loads, sent)][-1] == "commit"
    for data in sent:
        used = {op.name for op, _, _ in pickletools.genops(data)}
        assert not used & _NOT_PLAIN, used & _NOT_PLAIN
        assert _plain_values(pickle.loads(data))
    assert search(engine, "consultations", limit=2000).total == 1500  # and built


@pytest.mark.parametrize("how", ["cancel", "bad meeting"])
def test_a_failed_import_leaves_nothing_in_the_index_built_apart(
        sqlite_engine, tmp_path, monkeypatch, how):
    engine = sqlite_engine
    search(engine, "warm")
    before = indexing.current(engine).mark
    n = 3 * interchange.BATCH_MEETINGS
    path = write_file(tmp_path / "f.json", n, bad_at=n - 2 if how == "bad meeting" else None)
    monkeypatch.setattr(interchange, "APART_BYTES", 0)
    sent = _sent(monkeypatch)

    fail_mid_import(engine, path, how, sent)
    assert sum(sent) >= 2 * interchange.BATCH_MEETINGS  # given to the child, then...
    index = indexing.current(engine)
    index.refresh()
    assert index.mark == before  # ...dropped with the database's transaction
    assert index.size == 0
    assert search(engine, "consultations").total == 0
    with read_session(engine) as session:
        assert store.count(session) == 0
    # The child has ended: the folder's writer is free for the next import's child.
    k = len(sent)
    result = interchange.import_files(engine, [write_file(tmp_path / "g.json", 10)])
    assert sent[k:] == [10]
    assert search(engine, "consultations").total == len(result.ids) == 10


def test_a_child_that_dies_loses_nothing(sqlite_engine, tmp_path, monkeypatch):
    engine = sqlite_engine
    search(engine, "warm")
    n = 3 * interchange.BATCH_MEETINGS
    path = write_file(tmp_path / "d.json", n)
    monkeypatch.setattr(interchange, "APART_BYTES", 0)
    real = index_apart.Apart.send
    sent: list[int] = []

    def send(self, remove, records):
        sent.append(len(records))
        if len(sent) == 2:
            self._proc.kill()  # the child dies (out of memory, killed) mid-import
            self._proc.join()
        return real(self, remove, records)

    monkeypatch.setattr(index_apart.Apart, "send", send)
    result = interchange.import_files(engine, [path])
    assert len(sent) == 2  # not fed again once gone
    assert len(result.ids) == n
    assert search(engine, "consultations", limit=n).total == n  # followed the journal
    assert indexing.current(engine).mark.seq == _last_seq(engine)


def test_a_busy_index_is_not_written_apart(sqlite_engine, tmp_path, monkeypatch):
    """Another writer holds the folder (another thread's): no child is started, and
    the import's index follows once committed."""
    engine = sqlite_engine
    search(engine, "warm")
    index = indexing.current(engine)
    monkeypatch.setattr(interchange, "APART_BYTES", 0)
    sent = _sent(monkeypatch)
    path = write_file(tmp_path / "b.json", 1200)
    import threading

    held, done = threading.Event(), threading.Event()

    def other_writer() -> None:
        with index.writing():
            held.set()
            done.wait(60)

    thread = threading.Thread(target=other_writer)
    thread.start()
    try:
        assert held.wait(20)
        with indexing.Beside(engine, apart=True) as beside:
            assert beside._apart is None  # refused: the folder's writer is held
    finally:
        done.set()
        thread.join()
    result = interchange.import_files(engine, [path])
    assert sum(sent) == 1200
    assert search(engine, "consultations", limit=2000).total == len(result.ids) == 1200
