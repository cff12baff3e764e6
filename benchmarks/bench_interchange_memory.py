"""Peak memory and time of `mtgdesk import` on large and hostile interchange files.

    python benchmarks/bench_interchange_memory.py [--big FILE.json] [--work FOLDER]

Each file is imported by the installed command under /usr/bin/time -v into a new
database; prints the file's size, the maximum resident set size (the largest one
process reached, as time reports it, and the peak of the sum over the command and its
child processes, sampled every 50 ms from /proc: a large import writes the search
index in a child of its own; and that sum's anonymous part, without the pages of the
files they map), the seconds, the exit code and the command's last
line. The hostile files are made here: one meeting with
10^6 participants, a 50 MB unknown key, a 50 MB title, a value nested 10^6 deep, and
10^5 meetings of one line each. --big adds a file of your own (benchmarks/generate.py
--meetings 100000 --json FILE makes the realistic one). The promise is under 500 MB.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def head(out, meeting_start: str = '{"title": "T", "held_on": "2007-03-23"') -> None:
    out.write(b'{"format": "mtgdesk", "version": 1, "meetings": [')
    out.write(meeting_start.encode())


def make(folder: Path) -> dict[str, Path]:
    files = {}
    p = folder / "participants-1e6.json"
    with p.open("wb") as out:
        head(out)
        out.write(b', "participants": [')
        out.write(b",".join([b'{"kind": "country", "name": "Japan"}'] * 1_000_000))
        out.write(b"]}]}")
    files["10^6 participants"] = p
    p = folder / "unknown-key-50mb.json"
    with p.open("wb") as out:
        head(out)
        out.write(b', "' + b"k" * 50_000_000 + b'": 1}]}')
    files["50 MB unknown key"] = p
    p = folder / "title-50mb.json"
    with p.open("wb") as out:
        out.write(b'{"format": "mtgdesk", "version": 1, "meetings": [{"title": "')
        out.write(b"t" * 50_000_000 + b'", "held_on": "2007-03-23"}]}')
    files["50 MB title"] = p
    p = folder / "nested-1e6.json"
    with p.open("wb") as out:
        head(out)
        out.write(b', "venue": ' + b"[" * 1_000_000 + b"]" * 1_000_000 + b"}]}")
    files["nesting 10^6 deep"] = p
    p = folder / "meetings-1e5-small.json"
    with p.open("wb") as out:
        out.write(b'{"format": "mtgdesk", "version": 1, "meetings": [')
        out.write(b",".join(b'{"title": "Meeting %d", "held_on": "2007-03-23"}' % i
                            for i in range(100_000)))
        out.write(b"]}")
    files["10^5 one-line meetings"] = p
    return files


def tree_rss_kb(pid: int, *, itself: bool = False) -> tuple[int, int]:
    """Resident KB of the process `pid`'s descendants (not itself: /usr/bin/time): all
    of it (VmRSS), and the anonymous part alone (RssAnon: what the processes hold, as
    against RssFile, the pages of files they map, such as the search index's segments,
    which the kernel may drop and read again)."""
    total = anon = 0
    todo = [pid]
    while todo:
        here = todo.pop()
        try:
            kids = Path(f"/proc/{here}/task/{here}/children").read_text().split()
            if here != pid or itself:
                for line in Path(f"/proc/{here}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                    elif line.startswith("RssAnon:"):
                        anon += int(line.split()[1])
        except (OSError, ValueError):
            continue  # ended meanwhile
        todo += [int(k) for k in kids]
    return total, anon


def run(label: str, path: Path, folder: Path) -> None:
    db = folder / f"{path.stem}.sqlite3"
    db.unlink(missing_ok=True)
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "mtgdesk", "--db", str(db),
           "import", str(path)]
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        summed = summed_anon = 0
        while proc.poll() is None:
            rss, anon = tree_rss_kb(proc.pid)
            summed, summed_anon = max(summed, rss), max(summed_anon, anon)
            time.sleep(0.05)
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(cmd, proc.returncode, out.read(), err.read())
    took = time.monotonic() - started
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    lines = [ln for ln in (done.stdout + done.stderr).splitlines()
             if ln.strip() and not ln.startswith("\t") and not ln.startswith("Command ")]
    last = lines[-1] if lines else ""
    print(f"{label:24} {path.stat().st_size / 2**20:8.1f} MB file  "
          f"max RSS {int(rss.group(1)) / 1024 if rss else -1:8.1f} MB (summed with "
          f"children {summed / 1024:6.1f} MB, anonymous {summed_anon / 1024:6.1f} MB)  "
          f"{took:7.1f} s  "
          f"exit {done.returncode}  {last[:150]}", flush=True)


def watch(pid: int) -> None:
    """The peaks of a running process and its children (an import started some other
    way, such as a 1,000,000-meeting run that takes half an hour), sampled every half
    second until it ends: summed VmRSS and summed RssAnon."""
    peak = peak_anon = 0
    started = time.monotonic()
    while Path(f"/proc/{pid}").exists():
        rss, anon = tree_rss_kb(pid, itself=True)
        peak, peak_anon = max(peak, rss), max(peak_anon, anon)
        time.sleep(0.5)
    print(f"process {pid} and its children: peak summed {peak / 1024:.1f} MB, anonymous "
          f"{peak_anon / 1024:.1f} MB, watched {time.monotonic() - started:.0f} s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--big", type=Path, action="append", default=[])
    ap.add_argument("--work", type=Path)
    ap.add_argument("--only-big", action="store_true")
    ap.add_argument("--watch", type=int, metavar="PID",
                    help="only watch a running import (and its children) to its end")
    args = ap.parse_args()
    if args.watch:
        watch(args.watch)
        return
    folder = args.work or Path(tempfile.mkdtemp(prefix="mtgdesk-bench-memory-"))
    folder.mkdir(parents=True, exist_ok=True)
    files = {} if args.only_big else make(folder)
    for big in args.big:
        files[big.name] = big
    for label, path in files.items():
        run(label, path, folder)


if __name__ == "__main__":
    main()
