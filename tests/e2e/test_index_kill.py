"""The search index survives a kill at any moment: what the database committed is
found after the next open, replayed from the change journal (real processes, SIGKILL).
A missing, damaged or foreign index is built again, never a reason not to start."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from mtgdesk.desk import Desk
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord
from mtgdesk.services import indexing
from mtgdesk.store.text_index import MARK_FILE, folder_for

DRIVER = Path(__file__).with_name("index_kill_driver.py")


def driver(db: Path, start: int, count: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(DRIVER), str(db), str(start), str(count),
                             *extra], stdout=subprocess.PIPE, text=True)


def titles_found(desk: Desk, n: int) -> list[int]:
    """Which of word0..word{n-1} the search finds, each in exactly one meeting."""
    found = []
    for i in range(n):
        hits = desk.search(f"word{i}").hits
        if hits:
            assert [h.title for h in hits] == [f"Kill drill {i}"]
            found.append(i)
    return found


def stored(desk: Desk) -> list[int]:
    return sorted(int(s.title.rsplit(" ", 1)[1]) for s in desk.list_meetings())


def test_a_kill_between_the_database_commit_and_the_index_loses_nothing(db_path):
    proc = driver(db_path, 0, 5, "--die-before-index")
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    with Desk.open(db_path) as desk:
        assert stored(desk) == [0]  # committed, then the process died
        folder = folder_for(desk._engine.url)
        mark = json.loads((folder / MARK_FILE).read_text(encoding="utf-8"))
        assert mark["seq"] < desk.journal()[-1].seq  # the index had not been given it
        assert titles_found(desk, 1) == [0]  # replayed on open
        assert desk.search("common").total == 1


def test_kills_at_random_moments_lose_nothing(db_path):
    rng = random.Random(14)
    start = 0
    edges = []  # how many meetings were stored when each kill came
    for _round in range(4):
        proc = driver(db_path, start, 10_000)
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("saved")  # it is writing
        time.sleep(rng.uniform(0.05, 1.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=60)
        with Desk.open(db_path) as desk:
            kept = stored(desk)
            assert kept == list(range(len(kept)))
            start = len(kept)
            edges.append(start)
    with Desk.open(db_path) as desk:
        every = desk.search("common", limit=10_000)
        assert every.total == start
        assert sorted(h.title for h in every.hits) == sorted(
            f"Kill drill {i}" for i in range(start))
        for edge in edges:  # the meetings saved just before each kill, one by one
            around = range(max(0, edge - 3), edge + 1)
            assert [i for i in around if desk.search(f"word{i}").total == 1] == [
                i for i in around if i < start]


def save(desk: Desk, word: str) -> int:
    return desk.save(MeetingRecord(title=f"About {word}", held_on=date(2010, 1, 1),
                                   paragraphs=[ParagraphRecord(text=word)])).added[0].id


def test_a_missing_or_damaged_index_is_built_again(db_path):
    with Desk.open(db_path) as desk:
        mid = save(desk, "heron")
        folder = folder_for(desk._engine.url)
    assert folder is not None and (folder / MARK_FILE).exists()
    shutil.rmtree(folder)
    with Desk.open(db_path) as desk:
        assert [h.id for h in desk.search("heron").hits] == [mid]
    for damage in ("meta.json", MARK_FILE):
        (folder / damage).write_bytes(b"\x00garbage{")
        with Desk.open(db_path) as desk:
            assert [h.id for h in desk.search("heron").hits] == [mid]
    for segment in folder.iterdir():
        if segment.suffix in (".idx", ".term", ".store"):
            segment.write_bytes(b"\x00" * 64)
    with Desk.open(db_path) as desk:
        assert [h.id for h in desk.search("heron").hits] == [mid]


def test_an_index_ahead_of_its_database_is_built_again(db_path, tmp_path):
    """A backup restored takes the database back: the index forgets what came after."""
    with Desk.open(db_path) as desk:
        kept = save(desk, "egret")
        backup = desk.backup(tmp_path / "backup.sqlite3")
        save(desk, "bittern")
        assert desk.search("bittern").total == 1
    Desk.restore_database(db_path, backup)
    with Desk.open(db_path) as desk:
        assert desk.search("bittern").total == 0
        assert [h.id for h in desk.search("egret").hits] == [kept]


def test_an_index_of_another_database_at_the_same_place_is_built_again(db_path):
    with Desk.open(db_path) as desk:
        save(desk, "plover")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    with Desk.open(db_path) as desk:
        mid = save(desk, "curlew")
        assert desk.search("plover").total == 0
        assert [h.id for h in desk.search("curlew").hits] == [mid]


def test_feed_takes_journal_entries_from_anywhere(db_path):
    """The office server's journal feeds a clerk's own index through the same door."""
    with Desk.open(db_path) as desk:
        mid = save(desk, "godwit")
        entries = desk.journal()
        records = {r.id: r for r in desk.get_many([mid])}
    from mtgdesk.store.text_index import TextIndex

    local = TextIndex.create(None)
    assert indexing.feed(local, entries, lambda ids: [records[i] for i in ids
                                                      if i in records]) == 1
    assert local.mark.seq == entries[-1].seq and local.size == 1


IMPORT_DRIVER = Path(__file__).with_name("import_kill_driver.py")


@pytest.mark.parametrize("apart", [False, True], ids=["in-process", "apart"])
def test_an_import_killed_between_the_two_commits_loses_nothing(db_path, tmp_path, apart):
    """The index takes an import's batches beside its transaction and commits after
    the database: killed in between, the next open replays the journal. Apart: the
    child process that held the index's writer leaves without committing (the next
    open could not write the index otherwise)."""
    from tests.services.test_import_memory import write_file

    n = 2500
    path = write_file(tmp_path / "import.json", n)
    proc = subprocess.run([sys.executable, str(IMPORT_DRIVER), str(db_path), str(path),
                           *(["--apart"] if apart else [])],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "batches given to the index's writer: 3" in proc.stdout  # fed beside it
    with Desk.open(db_path) as desk:
        folder = folder_for(desk._engine.url)
        mark = json.loads((folder / MARK_FILE).read_text(encoding="utf-8"))
        assert mark["seq"] < desk.journal()[-1].seq  # the index had not committed it
        found = desk.search("consultations", limit=n)
        assert found.total == n  # replayed on open
        assert sorted(h.title for h in found.hits) == sorted(
            f"Consultations {i}" for i in range(n))
