"""`mtgdesk search` beside `mtgdesk list --limit 1` in CPU time (user + system of the
process) as well as wall time, paired runs in turns; prints a markdown table.

    python benchmarks/bench_cli_cpu.py --db big.sqlite3 [--repeat 4]

On a shared machine a process's wall time is mostly waiting for a core; its CPU time
is what it costs. The integrity check on open is left out of both (as bench_search's
--skip-file-check), the same for both commands. The last columns are the CPU time of
the command's `main` alone (what follows the interpreter's start and the CLI module's
import, which are the same for both and bring most of the noise).
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


# The command as `mtgdesk` runs it, printing on stderr the CPU time its `main` took:
# the interpreter's start and the CLI module's import, the same for every command and
# most of a process's second, are left out, and with them most of their noise.
TIMED = """
import sys, time
import mtgdesk.store.integrity as integrity
integrity.quick_check = lambda path: []
from mtgdesk.cli import main
t = time.process_time()
code = main(sys.argv[1:])
print(f"main-cpu-ms {(time.process_time() - t) * 1000}", file=sys.stderr)
sys.exit(code)
"""


def run(args: list[str]) -> tuple[float, float, float]:
    """(wall, CPU of the process, CPU of its `main`) in ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", TIMED, *args], check=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = (time.perf_counter() - t) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    own = float(done.stderr.rsplit("main-cpu-ms ", 1)[1].split()[0])
    return wall, cpu, own


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=4)
    args = ap.parse_args()
    base = ["--db", str(args.db)]
    listing = [*base, "list", "--limit", "1"]
    print(f"\nload average {os.getloadavg()[0]:.1f} at the start\n")
    print("| query | search − list, wall (median of pairs) | search − list, CPU | "
          "list alone, CPU | search − list, CPU of `main` | list's `main`, CPU |"
          "\n| --- | ---: | ---: | ---: | ---: | ---: |")
    walls, cpus, lists, mains, list_mains = [], [], [], [], []
    for q in QUERIES:
        search = [*base, "search", "--limit", "20", "--", q]
        run(search)
        dw, dc, lc, dm, lm = [], [], [], [], []
        for i in range(args.repeat):
            a, b = (run(listing), run(search)) if i % 2 == 0 else (None, run(search))
            if a is None:
                a = run(listing)
            dw.append(b[0] - a[0])
            dc.append(b[1] - a[1])
            lc.append(a[1])
            dm.append(b[2] - a[2])
            lm.append(a[2])
        walls.append(statistics.median(dw))
        cpus.append(statistics.median(dc))
        lists.append(statistics.median(lc))
        mains.append(statistics.median(dm))
        list_mains.append(statistics.median(lm))
        print(f"| `{q}` | {walls[-1]:.0f} ms | {cpus[-1]:.0f} ms | {lists[-1]:.0f} ms | "
              f"{mains[-1]:.1f} ms | {list_mains[-1]:.0f} ms |")
    print(f"\n| over the queries: median / slowest | {statistics.median(walls):.0f} / "
          f"{max(walls):.0f} ms | {statistics.median(cpus):.0f} / {max(cpus):.0f} ms | | "
          f"{statistics.median(mains):.1f} / {max(mains):.1f} ms | |")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
