"""The search index's install when copies of the program install at once: each one's
index is whole and open in the end, none trips on another's rename, and leftovers of
dead processes are swept. (Four imports at once hit this: `Damaged: no search index`,
or ENOTEMPTY from a rename over a folder another had just put in.)"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest

from mtgdesk.store import folder_lock
from mtgdesk.store.text_index import Damaged, Mark, TextIndex, install

RACER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from mtgdesk.store.text_index import TextIndex, beside, install
    place, rounds = Path(sys.argv[1]), int(sys.argv[2])
    for n in range(rounds):  # built where services.indexing.build builds
        built = TextIndex.create(beside(place, "new"))
        opened = install(built, place)
        assert opened.path == place, opened.path
    print("ok")
""")


def _build(place, name):
    return TextIndex.create(place.with_name(f"{place.name}.{name}"))


def test_four_processes_installing_at_once_each_open_a_whole_index(tmp_path):
    place = tmp_path / "search" / "db-1234"
    place.parent.mkdir()
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(place), "25"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for _ in range(4)]
    outcomes = [r.communicate(timeout=240) for r in racers]
    for r, (out, err) in zip(racers, outcomes, strict=True):
        assert r.returncode == 0, err[-2000:]
        assert out.strip() == "ok"
    TextIndex(place)  # what is left in the place is a sound index
    assert sorted(p.name for p in place.parent.iterdir()) == ["db-1234", "db-1234.lock"]


def test_a_sound_index_of_theirs_is_kept_when_asked_and_ours_thrown_away(tmp_path):
    place = tmp_path / "idx"
    theirs = install(_build(place, "new-a"), place)
    ours = _build(place, "new-b")
    seen: list[Mark] = []
    kept = install(ours, place, keep_theirs=lambda m: seen.append(m) or True)
    assert kept.mark.generation == theirs.mark.generation == seen[0].generation
    assert not ours.path.exists()
    ours = _build(place, "new-c")
    replaced = install(ours, place, keep_theirs=lambda m: False)
    assert replaced.mark.generation == ours.mark.generation


def test_a_damaged_index_in_the_place_is_replaced_even_if_theirs_would_be_kept(tmp_path):
    place = tmp_path / "idx"
    place.mkdir()
    (place / "meta.json").write_text("not json")
    ours = _build(place, "new-a")
    installed = install(ours, place, keep_theirs=lambda m: True)
    assert installed.mark.generation == ours.mark.generation


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_leftovers_of_dead_processes_are_swept_and_no_other(tmp_path):
    place = tmp_path / "idx"
    dead, living = _dead_pid(), os.getppid()
    for name in (f"idx.new-{dead}-1", f"idx.old-{dead}-7", f"idx.new-{living}-1",
                 f"idx.old-{os.getpid()}-2", "idx.new-notapid", "idx.backup-1", "other.new-1"):
        (tmp_path / name).mkdir()
    install(_build(place, f"new-{os.getpid()}-9"), place)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(["idx", "idx.lock", f"idx.new-{living}-1",
                           f"idx.old-{os.getpid()}-2", "idx.new-notapid", "idx.backup-1",
                           "other.new-1"])


HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from mtgdesk.store import folder_lock
    with folder_lock.held(Path(sys.argv[1])):
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
""")


def _hold(lock, seconds):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_lock_held_too_long_is_reported_and_one_let_go_by_a_death_is_taken(tmp_path):
    lock = tmp_path / "x.lock"
    holder = _hold(lock, 60)
    try:
        with pytest.raises(folder_lock.LockTimeout, match="x.lock"):
            with folder_lock.held(lock, wait_s=0.2):
                pass
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    start = time.monotonic()
    with folder_lock.held(lock, wait_s=5):
        pass
    assert time.monotonic() - start < 5


def test_a_missing_place_is_not_damaged_after_install(tmp_path):
    place = tmp_path / "deep" / "idx"
    with pytest.raises(Damaged):
        TextIndex(place)
    place.parent.mkdir()
    assert install(_build(place, "new-1"), place).path == place
