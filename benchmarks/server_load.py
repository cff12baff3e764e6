"""Twenty clerks on one office server at once: saving, importing and searching for a
minute, then a check that nothing was lost.

    python benchmarks/server_load.py                     # its own private server
    python benchmarks/server_load.py --url postgresql://me@host/emptydb --clerks 20

Each clerk is a process with its own mtgdesk Desk (as each clerk's program is). In a
loop until the time is up, a clerk either saves (opens a meeting, adds a paragraph
naming the clerk and the save, saves with the version it read; a stale save is
refused, and the clerk reloads and adds it again, as Reload does in the window),
searches (a topic word, a page of 20 results) or, now and then, imports a file of five
new meetings; beside it, as in the window, a thread follows the server's journal into
the clerk's local index, at each notification and at least every 3 s. Half the saves
go to a few meetings everyone edits, so stale saves happen. Afterwards every meeting is
read back: each paragraph whose save was accepted must be there (a lost update would
drop one), the history must hold one update per accepted save under the clerk's name,
every import must be whole, and the change journal in order. Printed: saves per
second, save and search latency (p50/p95/max), stale saves refused, lost updates.

Without --url it starts a PostgreSQL 15 server of its own in a temporary folder
(tests/pgserver.py: initdb + pg_ctl, a free port), with the server's usual durability
(fsync on), and removes it at the end.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

WORDS = ["security", "refugee", "maritime", "cooperation", "disaster", "health",
         "UNHCR", "chair:Tanaka", "participant:Japan", '"human security"']


def clerk(n: int, url: str, seconds: float, shared: list[int], own: list[int],
          ready: Any, out: mp.Queue, following: bool = True) -> None:
    try:
        out.put(work(n, url, seconds, shared, own, ready, following))
    except BaseException as exc:  # the parent reports it and fails the run
        out.put({"clerk": n, "error": f"{type(exc).__name__}: {exc}"})


def work(n: int, url: str, seconds: float, shared: list[int], own: list[int],
         ready: Any, following: bool = True) -> dict:
    from benchmarks.generate import generate

    from mtgdesk.desk import Desk
    from mtgdesk.domain import interchange
    from mtgdesk.domain.errors import ConflictError
    from mtgdesk.domain.records import ParagraphRecord
    from mtgdesk.settings import Settings

    rng = random.Random(n)
    # Each clerk's own machine: their own local search index of the server.
    os.environ["MTGDESK_CACHE_DIR"] = tempfile.mkdtemp(prefix=f"mtgdesk-load-cache-{n}-")
    desk = Desk.open(url, settings=Settings(user_name=f"clerk{n:02d}"))
    saves: list[float] = []
    searches: list[float] = []
    accepted: list[tuple[int, str]] = []
    refused = 0
    imported: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix=f"mtgdesk-load-{n}-"))
    desk.count()  # connected, and every module loaded, before the clock starts
    ready.wait()  # all clerks at once
    deadline = time.time() + seconds
    # As the window does: the journal followed into this clerk's index, at each of the
    # server's notifications and at least every 3 s (ui.safety.server_watch).
    follower = threading.Thread(target=follow, args=(desk, deadline), daemon=True)
    if following:
        follower.start()
    count = 0
    while time.time() < deadline:
        roll = rng.random()
        if roll < 0.6:
            mid = rng.choice(shared if rng.random() < 0.5 else own)
            mark = f"clerk{n:02d} save {count}"
            count += 1
            while True:
                record = desk.get(mid)
                record.paragraphs.append(ParagraphRecord(text=mark))
                t = time.perf_counter()
                try:
                    desk.save(record)
                except ConflictError:
                    saves.append(time.perf_counter() - t)
                    refused += 1
                    continue
                saves.append(time.perf_counter() - t)
                accepted.append((mid, mark))
                break
        elif roll < 0.97:
            t = time.perf_counter()
            desk.search(rng.choice(WORDS), limit=20)
            searches.append(time.perf_counter() - t)
        else:
            batch = generate(5, seed=10_000 * (n + 1) + count)
            for r in batch:
                r.uuid = None
            path = tmp / f"batch{count}.json"
            path.write_text(interchange.dumps(batch), encoding="utf-8")
            count += 1
            result = desk.import_files([path])
            imported += [ref.uuid for ref in result.changes.added]
    if following:
        follower.join()
    desk.close()
    return {"clerk": n, "saves": saves, "searches": searches, "accepted": accepted,
            "refused": refused, "imported": imported}


def follow(desk: Any, deadline: float) -> None:
    seq, _ = desk.follow(None)
    listener = desk.listen_journal()
    try:
        while time.time() < deadline:
            listener.wait(min(3.0, max(0.0, deadline - time.time())))
            seq, _ = desk.follow(seq)
    finally:
        listener.close()


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", help="an empty database on a server of yours "
                    "(default: start a private one)")
    ap.add_argument("--clerks", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--meetings", type=int, default=500, help="archive size at the start")
    ap.add_argument("--shared", type=int, default=5, help="meetings every clerk edits")
    ap.add_argument("--no-follow", action="store_true",
                    help="the clerks do not follow the journal (each window's own work, "
                    "which here all 20 share this machine's cores for)")
    args = ap.parse_args()

    server = None
    url = args.url
    if url is None:
        from tests import pgserver

        server = pgserver.start_server(durable=True)
        url = server.url("postgres")
    try:
        return run(args, url)
    finally:
        if server is not None:
            from tests import pgserver

            pgserver.remove_server(server)


def run(args: argparse.Namespace, url: str) -> int:
    import platform

    from benchmarks.generate import generate

    from mtgdesk.desk import Desk
    from mtgdesk.domain import interchange

    print(f"server_load: {args.clerks} clerks, {args.seconds:.0f} s, {args.meetings} "
          f"meetings at the start, {args.shared} shared; {platform.python_version()}, "
          f"{mp.cpu_count()} CPUs")
    with Desk.open(url) as desk:
        print(f"server: {desk.location}")
        t = time.perf_counter()
        records = generate(args.meetings)
        for r in records:
            r.uuid, r.status = None, "draft"  # final ones are the approvers' to change
        path = Path(tempfile.mkdtemp(prefix="mtgdesk-load-")) / "archive.json"
        path.write_text(interchange.dumps(records), encoding="utf-8")
        ids = [ref.id for ref in desk.import_files([path]).changes.added]
        print(f"archive imported: {len(ids)} meetings in {time.perf_counter() - t:.1f} s")
        start_count = desk.count()
        start_seq = desk.journal()[-1].seq
    rng = random.Random(1)
    shared = ids[:args.shared]
    rest = ids[args.shared:]
    rng.shuffle(rest)
    per = max(1, len(rest) // args.clerks)
    ctx = mp.get_context("spawn")
    out: mp.Queue = ctx.Queue()
    ready = ctx.Barrier(args.clerks + 1)
    procs = [ctx.Process(target=clerk, args=(n, url, args.seconds, shared,
                                             rest[n * per:(n + 1) * per] or shared,
                                             ready, out, not args.no_follow))
             for n in range(args.clerks)]
    for p in procs:
        p.start()
    ready.wait(timeout=600)
    print(f"{args.clerks} clerks connected; the {args.seconds:.0f} s start now")
    results = [out.get(timeout=args.seconds + 600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    failed = [r for r in results if "error" in r]
    for r in failed:
        print(f"clerk {r['clerk']} failed: {r['error']}")
    if failed:
        return 1
    wall = args.seconds

    saves = [s for r in results for s in r["saves"]]
    searches = [s for r in results for s in r["searches"]]
    accepted = [a for r in results for a in r["accepted"]]
    refused = sum(r["refused"] for r in results)
    imported = [u for r in results for u in r["imported"]]
    by_meeting: dict[int, set[str]] = {}
    for mid, mark in accepted:
        by_meeting.setdefault(mid, set()).add(mark)

    lost = 0
    with Desk.open(url) as desk:
        for mid, marks in by_meeting.items():
            texts = {p.text for p in desk.get(mid).paragraphs}
            lost += len(marks - texts)
        updates: Counter[tuple[int, str]] = Counter()
        for mid in by_meeting:
            for e in desk.history(mid):
                if e.action == "update":
                    updates[(mid, e.user)] += 1
        expected: Counter[tuple[int, str]] = Counter(
            (mid, mark.split()[0]) for mid, mark in accepted)
        history_ok = updates == expected
        end_count = desk.count()
        entries = desk.journal(start_seq)
        seqs = [e.seq for e in entries]
        journal_ok = seqs == sorted(seqs) and len(entries) == len(accepted) + len(imported)
    imports_whole = end_count == start_count + len(imported) and len(imported) % 5 == 0

    print(f"saves accepted: {len(accepted)} ({len(accepted) / wall:.1f} saves/s); "
          f"stale saves refused and retried: {refused}")
    print(f"save latency: p50 {pct(saves, 50):.1f} ms, p95 {pct(saves, 95):.1f} ms, "
          f"max {max(saves) * 1000:.1f} ms ({len(saves)} attempts)")
    print(f"searches: {len(searches)} ({len(searches) / wall:.1f}/s); latency p50 "
          f"{pct(searches, 50):.1f} ms, p95 {pct(searches, 95):.1f} ms")
    print(f"imports: {len(imported) // 5} files of 5 meetings, {len(imported)} meetings; "
          f"whole: {'yes' if imports_whole else 'NO'}")
    print(f"history: one update per accepted save, under its clerk's name: "
          f"{'yes' if history_ok else 'NO'}; journal in order and complete: "
          f"{'yes' if journal_ok else 'NO'}")
    print(f"lost updates: {lost}")
    if statistics.mean([len(r['saves']) for r in results]) == 0:
        return 1
    return 0 if lost == 0 and history_ok and journal_ok and imports_whole else 1


if __name__ == "__main__":
    sys.exit(main())
