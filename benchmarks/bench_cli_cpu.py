"""`mtgdesk search` beside `mtgdesk list --limit 1` in CPU time (user + system of the
process) as well as wall time, paired runs in turns; prints a markdown table.

    python benchmarks/bench_cli_cpu.py --db big.sqlite3 [--repeat 4]

On a shared machine a process's wall time is mostly waiting for a core; its CPU time
is what it costs. The integrity check on open is left out of both (as bench_search's
--skip-file-check), the same for both commands.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

QUERIES = ["UNHCR", "Tanaka", "venue:Geneva", "early warning", "human security",
           "cooperation", "status:final", '"human security"']


def run(args: list[str]) -> tuple[float, float]:
    from bench_search import MTGDESK

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([*MTGDESK, "--skip-file-check", *args], check=True,
                   stdout=subprocess.DEVNULL)
    wall = (time.perf_counter() - t) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=4)
    args = ap.parse_args()
    base = ["--db", str(args.db)]
    listing = [*base, "list", "--limit", "1"]
    print(f"\nload average {os.getloadavg()[0]:.1f} at the start\n")
    print("| query | search − list, wall (median of pairs) | search − list, CPU | "
          "list alone, CPU |\n| --- | ---: | ---: | ---: |")
    walls, cpus, lists = [], [], []
    for q in QUERIES:
        search = [*base, "search", "--limit", "20", "--", q]
        run(search)
        dw, dc, lc = [], [], []
        for i in range(args.repeat):
            a, b = (run(listing), run(search)) if i % 2 == 0 else (None, run(search))
            if a is None:
                a = run(listing)
            dw.append(b[0] - a[0])
            dc.append(b[1] - a[1])
            lc.append(a[1])
        walls.append(statistics.median(dw))
        cpus.append(statistics.median(dc))
        lists.append(statistics.median(lc))
        print(f"| `{q}` | {walls[-1]:.0f} ms | {cpus[-1]:.0f} ms | {lists[-1]:.0f} ms |")
    print(f"\n| over the queries: median / slowest | {statistics.median(walls):.0f} / "
          f"{max(walls):.0f} ms | {statistics.median(cpus):.0f} / {max(cpus):.0f} ms | |")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
