"""What `mtgdesk search` does that `mtgdesk list --limit 1` does not, in CPU time of a
fresh process: each step timed with time.thread_time, after the imports and the list's
own query (which both commands share); prints a markdown table.

    python benchmarks/bench_search_cold.py --db big.sqlite3 [--repeat 3]

Steps: opening the index folder, checking its mark against the change journal, asking
SQLite whether anything was committed since (data_version), the first (cold) search
with its 20 hits, their snippets, and the same search again (warm). A process's whole
CPU time varies by ±70 ms between runs on a shared machine (bench_cli_cpu.py), far
more than these steps: this is their cost without that noise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

STEPS = ("open the index", "check its mark", "data_version", "first search",
         "its snippets", "again, warm")
CHILD = """
import sys, time
import mtgdesk.store.integrity as integrity
integrity.quick_check = lambda path: []
import mtgdesk.cli
mtgdesk.cli.build_parser()
from mtgdesk.desk import Desk  # what every command imports
from mtgdesk.services import indexing, search
from mtgdesk.services.meetings import list_meetings
from mtgdesk.store import journal
from mtgdesk.store.database import open_database
from mtgdesk.store.text_index import TextIndex, folder_for
engine = open_database(sys.argv[1])
list_meetings(engine, limit=1)
clock, out = time.thread_time, []
t = clock(); index = TextIndex(folder_for(engine.url)); out.append(clock() - t)
t = clock(); indexing._holds(engine, index.mark); out.append(clock() - t)
t = clock(); journal.newest_seq(engine); out.append(clock() - t)
indexing.current(engine)  # as the search opens it, now from the folder's cache
t = clock(); found = search.search(engine, sys.argv[2], limit=20); out.append(clock() - t)
t = clock(); [h.extract for h in found.hits]; out.append(clock() - t)
t = clock(); [h.extract for h in search.search(engine, sys.argv[2], limit=20).hits]
out.append(clock() - t)
print(" ".join(str(x * 1000) for x in out))
"""


def main() -> None:
    from bench_cli_cpu import QUERIES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"\nload average {os.getloadavg()[0]:.1f} at the start; medians of "
          f"{args.repeat} fresh processes, CPU ms of the searching thread\n")
    print("| query | " + " | ".join(STEPS) + " | cold total |\n| --- |"
          + " ---: |" * (len(STEPS) + 1))
    totals = []
    for q in QUERIES:
        runs = [[float(x) for x in subprocess.run(
            [sys.executable, "-c", CHILD, str(args.db), q], check=True,
            capture_output=True, text=True).stdout.split()] for _ in range(args.repeat)]
        med = [statistics.median(r[i] for r in runs) for i in range(len(STEPS))]
        totals.append(sum(med[:5]))
        print(f"| `{q}` | " + " | ".join(f"{m:.1f}" for m in med) + f" | {totals[-1]:.1f} |")
    print(f"\n| over the queries: cold total, median / slowest | "
          f"{statistics.median(totals):.1f} / {max(totals):.1f} ms |")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
