"""Import of one interchange file beside a plain-sqlite3 reference, in the same run;
prints a markdown table (keep the raw output in benchmarks/results).

    python benchmarks/bench_import.py --json big.json --dir /tmp/imp

The reference (issue 14): `json.load` of the file and `executemany` into three tables
(meeting, participant, paragraph) with no index but their primary keys, one
transaction. mtgdesk: `services.interchange.import_files` into a new database, the
way `mtgdesk import` does it (checks, history, journal, the search index built in
bulk), the index in a cache folder of its own under --dir. Figures: each one's time
and the ratio (target: at most 3x), and every file each keeps for the database (the
database, its -wal, the search index folder) and the ratio (target: at most 2x).
The reference runs first and then mtgdesk, or the other way with --mtgdesk-first.
Each one's CPU time (the process's, every thread, and its child processes': a large
import writes the search index in one, store.index_apart) is printed beside its wall
time, and the process's peak resident memory after each (mtgdesk's own with
--mtgdesk-first); the index writer process's own peak is on its log line (stderr): the
two together bound the import's memory.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

# Every field of the format (shared/spec/interchange.md), so that the reference stores
# what mtgdesk stores; it left out times, released_on, classification, article, due_on,
# version and report_overrides before, and so stored less than the file holds.
PEOPLE = ("kind", "name", "acronym", "article", "role", "attendance", "honorific", "post",
          "delegation")
PARAGRAPH = ("kind", "text", "owner", "due_on")
MEETING = ("uuid", "version", "title", "held_on", "ends_on", "starts_at", "ends_at",
           "released_on", "venue", "city", "host_country", "series", "reference",
           "classification", "status", "report_overrides")


def _meeting_row(i: int, m: dict) -> tuple:
    overrides = m.get("report_overrides")
    return (i, *(m.get(c) for c in MEETING[:-1]),
            json.dumps(overrides, ensure_ascii=False) if overrides else None)


def size(path: Path) -> int:
    """Bytes of a file, or of every file under a folder."""
    if path.is_dir():
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return path.stat().st_size if path.exists() else 0


def peak_mb() -> float:
    """This process's peak resident memory so far (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_cpu() -> float:
    """CPU seconds of the child processes ended and waited for so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def reference(source: Path, db: Path) -> tuple[float, float, int, int]:
    """(seconds, CPU seconds, meetings, bytes) of the plain-sqlite3 reference import."""
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-journal")):
        p.unlink(missing_ok=True)
    t, cpu = time.perf_counter(), time.process_time()
    with open(source, encoding="utf-8") as f:
        meetings = json.load(f)["meetings"]
    conn = sqlite3.connect(db)
    conn.executescript(
        "CREATE TABLE meeting (id INTEGER PRIMARY KEY, "
        + ", ".join(f"{c} TEXT" for c in MEETING) + ");"
        "CREATE TABLE participant (id INTEGER PRIMARY KEY, meeting_id INTEGER, "
        "position INTEGER, " + ", ".join(f"{c} TEXT" for c in PEOPLE) + ");"
        "CREATE TABLE paragraph (id INTEGER PRIMARY KEY, meeting_id INTEGER, "
        "position INTEGER, " + ", ".join(f"{c} TEXT" for c in PARAGRAPH) + ");")
    with conn:
        conn.executemany(
            f"INSERT INTO meeting VALUES (?, {', '.join('?' * len(MEETING))})",
            (_meeting_row(i, m) for i, m in enumerate(meetings, 1)))
        conn.executemany(
            f"INSERT INTO participant VALUES (NULL, ?, ?, {', '.join('?' * len(PEOPLE))})",
            ((i, n, *(p.get(c) for c in PEOPLE)) for i, m in enumerate(meetings, 1)
             for n, p in enumerate(m.get("participants", []))))
        conn.executemany(
            f"INSERT INTO paragraph VALUES (NULL, ?, ?, {', '.join('?' * len(PARAGRAPH))})",
            ((i, n, *(p.get(c) for c in PARAGRAPH))
             for i, m in enumerate(meetings, 1)
             for n, p in enumerate(m.get("paragraphs", []))))
    conn.close()
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"reference: {seconds:.1f} s, CPU {cpu:.1f} s, peak resident memory so far "
          f"{peak_mb():.0f} MB", flush=True)
    return seconds, cpu, len(meetings), size(db)


def mtgdesk(source: Path, db: Path, cache: Path) -> tuple[float, float, int, int, int]:
    """(seconds, CPU seconds of every thread, meetings, database bytes, index bytes)
    of the program's import."""
    shutil.rmtree(cache, ignore_errors=True)
    os.environ["MTGDESK_CACHE_DIR"] = str(cache)
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    from mtgdesk.services.interchange import import_files
    from mtgdesk.services.search import search
    from mtgdesk.store.database import open_database

    # How the index's writer process spent its time (a line on stderr).
    logging.basicConfig(format="%(name)s: %(message)s")
    logging.getLogger("mtgdesk.services.indexing").setLevel(logging.INFO)
    t, cpu, child = time.perf_counter(), time.process_time(), children_cpu()
    engine = open_database(db)
    done = import_files(engine, [source])
    search(engine, "cooperation", limit=1)  # the index is complete (built or fed)
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    child = children_cpu() - child
    print(f"mtgdesk: {seconds:.1f} s, CPU {cpu + child:.1f} s (of which child processes "
          f"{child:.1f} s), peak resident memory so far {peak_mb():.0f} MB", flush=True)
    cpu += child
    engine.dispose()
    files = size(db) + size(Path(f"{db}-wal")) + size(Path(f"{db}-shm"))
    return seconds, cpu, len(done.ids), files, size(cache)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, required=True, help="interchange file")
    ap.add_argument("--dir", type=Path, required=True, help="folder for the databases")
    ap.add_argument("--mtgdesk-first", action="store_true")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()
    runs = [("ref", lambda: reference(args.json, args.dir / "reference.sqlite3")),
            ("app", lambda: mtgdesk(args.json, args.dir / "mtgdesk.sqlite3",
                                    args.dir / "cache"))]
    got = dict((name, run()) for name, run in (runs[::-1] if args.mtgdesk_first else runs))
    ref_s, ref_cpu, n, ref_bytes = got["ref"]
    app_s, app_cpu, stored, db_bytes, index_bytes = got["app"]
    print(f"\n**{n:,} meetings** from {args.json} ({size(args.json) / 1e6:.0f} MB), "
          f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
          f"{os.cpu_count()} CPUs, load average at start {load[0]:.1f}, at end "
          f"{os.getloadavg()[0]:.1f}\n")
    print("| measure | reference | mtgdesk | ratio | target |\n| --- | ---: | ---: | ---: | ---: |")
    print(f"| import time | {ref_s:.1f} s | {app_s:.1f} s ({stored:,} stored) | "
          f"{app_s / ref_s:.2f}x | ≤ 3x |")
    print(f"| CPU time (process, every thread, children) | {ref_cpu:.1f} s | "
          f"{app_cpu:.1f} s | "
          f"{app_cpu / ref_cpu:.2f}x | |")
    print(f"| files kept for the database | {ref_bytes / 1e6:.0f} MB | "
          f"{(db_bytes + index_bytes) / 1e6:.0f} MB (database {db_bytes / 1e6:.0f} MB, "
          f"index {index_bytes / 1e6:.0f} MB) | {(db_bytes + index_bytes) / ref_bytes:.2f}x "
          f"| ≤ 2x |")


if __name__ == "__main__":
    main()
