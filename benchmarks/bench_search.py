"""Search, open, list and import timings on a generated archive; prints a markdown table.

    python benchmarks/bench_search.py --meetings 100000          # builds its own data
    python benchmarks/bench_search.py --db big.sqlite3 --no-import  # reuse a database
    python benchmarks/bench_search.py --server        # and the same on an office server
    python benchmarks/bench_search.py --server-url postgresql://... # a server of yours

With --server the meetings of the file are copied (`mtgdesk copy`) into a private
PostgreSQL this run starts (tests/pgserver.py) and removes; --server-url names an
empty server database to copy them into instead. The same queries then run on it, where
the search is the clerk's local index of the server's meetings fed from its change
journal (services.indexing), and both are printed side by side.

Figures (targets from issue 14; issue 4's were 20/100 ms and 50/100 ms):
  - in-process search (services.search.search, 20 hits with snippets, every match
    ranked and counted): median <= 2 ms over at least 30 queries, none > 10 ms (at
    1,000,000 meetings: 5 and 30 ms); broad queries (a third of the archive and more)
    included;
  - `mtgdesk search` process minus `mtgdesk list --limit 1` (median of paired runs):
    median over the queries <= 30 ms, max <= 60;
  - opening a meeting (services.get_meeting) < 30 ms;
  - the list model reads one page of rows, not the archive;
  - the main window's first paint (offscreen, from process start) < 1 s, showing the
    list's first page; the time until it is ready (database open) is printed too;
  - importing the meetings from one interchange file < 3 minutes.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

TYPICAL = [
    "UNHCR", "refugees", '"human security"', "Tanaka", "gomez", "chair:Tanaka",
    'participant:"World Food Programme"', "title:migration", "venue:Geneva",
    "maritime from:2010 to:2012", "series:ASTOP", "難民", "人間の安全保障",
    "ocean governance -maritime", "UNICEF OR UNFPA", "early warning", "trafficking persons",
    "Nguyen Silva", "kind:decision landmine", "WFP status:final",
    "Senior Official-Level Meeting on Human Security", "Tsuruoka human security",
    "human security", "disaster risk reduction", "Tsurouka",
]
BROAD = ["cooperation", "kind:decision status:final", "status:final", "from:2000",
         "delegations", "the meeting"]
# `mtgdesk` as the installed command runs it; with --skip-file-check the integrity
# check on open (PRAGMA quick_check, a full read of the file) is left out of both the
# search and the list processes: it costs the same in both and, on a loaded machine,
# its noise drowns the difference being measured.
CLI = """
import sys
if sys.argv[1] == "--skip-file-check":
    del sys.argv[1]
    import mtgdesk.store.integrity as integrity
    integrity.quick_check = lambda path: []
from mtgdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""
MTGDESK = [sys.executable, "-c", CLI]
SKIP_CHECK: list[str] = []


def timed(fn, repeat: int, clock=time.perf_counter) -> float:  # type: ignore[no-untyped-def]
    """Median of `repeat` runs after one warm-up, in ms. clock time.thread_time: the CPU
    this thread used, which waiting for a core shared with other processes leaves out."""
    fn()
    runs = []
    for _ in range(repeat):
        t = clock()
        fn()
        runs.append((clock() - t) * 1000)
    return statistics.median(runs)


def build(db: Path, n: int) -> tuple[float, int]:
    from generate import generate

    from mtgdesk.domain import interchange
    from mtgdesk.services.interchange import import_files
    from mtgdesk.store.database import open_database

    source = db.with_suffix(".json")
    if not source.exists():
        print(f"generating {n} meetings …", file=sys.stderr)
        source.write_text(interchange.dumps(generate(n)), encoding="utf-8")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    engine = open_database(db)
    print("importing …", file=sys.stderr)
    t = time.perf_counter()
    done = import_files(engine, [source])
    seconds = time.perf_counter() - t
    engine.dispose()
    return seconds, len(done.ids)


def in_process(engine, queries: list[str], repeat: int) -> dict[str, tuple[float, str, float]]:
    from mtgdesk.services.search import search

    def run(q: str) -> str:
        found = search(engine, q, limit=20)
        for hit in found.hits:  # each one's snippet is cut when first asked for
            hit.extract  # noqa: B018
        return found.describe_total()

    return {q: (timed(lambda q=q: run(q), repeat), run(q),
                timed(lambda q=q: run(q), repeat, clock=time.thread_time))
            for q in queries}


def run_ms(args: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run([*MTGDESK, *SKIP_CHECK, *args], check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - t) * 1000


def cli_overhead(db: Path | str, query: str, repeat: int
                 ) -> tuple[float, float, float, float]:
    """(median of search - list over pairs, fastest search - fastest list, fastest list,
    median search process).

    The two commands run in turns, `repeat` times each, alternating which goes first;
    each search is compared with the list run beside it, so that the shared machine's
    load, which drifts over seconds, falls out of the difference. The median of those
    differences is the figure: a process here takes about a second, of which 10-20%
    is noise, and the median is not moved by the runs another process disturbed. The
    difference of the fastest runs is printed beside it."""
    base = ["--db", str(db)]
    search = [*base, "search", "--limit", "20", "--", query]
    listing = [*base, "list", "--limit", "1"]
    run_ms(search)  # warm the page cache
    diffs, lists, searches = [], [], []
    for i in range(repeat):
        if i % 2:
            searched, listed = run_ms(search), run_ms(listing)
        else:
            listed, searched = run_ms(listing), run_ms(search)
        diffs.append(searched - listed)
        lists.append(listed)
        searches.append(searched)
    return (statistics.median(diffs), min(searches) - min(lists), min(lists),
            statistics.median(searches))


COMPONENTS = """
import sys, time
import mtgdesk.store.integrity as integrity
integrity.quick_check = lambda path: []
import mtgdesk.cli
mtgdesk.cli.build_parser()  # what every command imports
from mtgdesk.store.database import open_database
engine = open_database(sys.argv[1])
t0 = time.perf_counter()
if sys.argv[2] == "list":
    from mtgdesk.services.meetings import list_meetings
    list_meetings(engine, limit=1)
else:
    from mtgdesk.services.search import search
    [h.extract for h in search(engine, sys.argv[2], limit=20).hits]  # snippets too
print((time.perf_counter() - t0) * 1000)
"""


def cold_ms(db: Path, what: str, repeat: int = 3) -> float:
    """A fresh process's own work for one command after the shared start-up: the
    imports only that command needs plus its first (cold) query."""
    return statistics.median(float(subprocess.run(
        [sys.executable, "-c", COMPONENTS, str(db), what], capture_output=True, text=True,
        check=True).stdout) for _ in range(repeat))


def open_times(engine, n: int) -> list[float]:
    from mtgdesk.services.meetings import get_meeting, list_meetings

    ids = [s.id for s in list_meetings(engine, limit=5000)]
    picks = random.Random(1).sample(ids, min(n, len(ids)))
    get_meeting(engine, picks[0])
    out = []
    for i in picks:
        t = time.perf_counter()
        get_meeting(engine, i)
        out.append((time.perf_counter() - t) * 1000)
    return out


WINDOW = """
import sys, time
t0 = float(sys.argv[2])
from PySide6.QtCore import QEvent, QObject, QTimer
from mtgdesk.app import make_application
app = make_application()
from mtgdesk.ui.window.startup import open_window  # what `mtgdesk` runs (app.run_gui)
window = open_window(sys.argv[1])
marks = {}

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            marks["paint"] = (time.time() - t0) * 1000
            marks["rows"] = window.list_model.rowCount()
        return False

def attached():
    marks["ready"] = (time.time() - t0) * 1000
    QTimer.singleShot(0, app.quit)

watch = Painted()
window.meeting_list.viewport().installEventFilter(watch)
window.attached.connect(attached)
QTimer.singleShot(60000, lambda: app.exit(1))
app.exec()
print(marks["paint"], marks["rows"], marks["ready"], window.list_model.rowCount(),
      window.list_model.total(), flush=True)
"""


def first_paint(db: Path, repeat: int) -> tuple[float, int, float, int, int]:
    """Median (first paint, rows then, ready) over runs of the window's start, from the
    moment the process is launched; then the rows read and the meetings there are.

    First paint: the list's first page on screen (store.first_page, before the database
    stack is loaded). Ready: the database opened behind it, every feature in place and
    the newest meeting open in the editor (MainWindow.attached)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               MTGDESK_CONFIG_DIR=tempfile.mkdtemp(prefix="mtgdesk-bench-"))
    runs = []
    for _ in range(repeat + 1):  # the first run also checks the file once, then cached
        out = subprocess.run([sys.executable, "-c", WINDOW, str(db), repr(time.time())],
                             capture_output=True, text=True, env=env, check=False)
        fields = out.stdout.split()
        if out.returncode != 0 or len(fields) < 5:
            print(out.stderr[-2000:], file=sys.stderr)
            return float("nan"), 0, float("nan"), 0, 0
        runs.append([float(f) for f in fields])
    runs = runs[1:]
    paint = statistics.median(r[0] for r in runs)
    ready = statistics.median(r[2] for r in runs)
    return paint, int(runs[0][1]), ready, int(runs[0][3]), int(runs[0][4])


def on_server(db: Path, url: str | None, repeat: int, cli_repeat: int,
              local: dict[str, tuple[float, str, float]] | None,
              file_cli: dict[str, tuple[float, float, float, float]] | None = None,
              ) -> list[tuple[str, str, str, bool]]:
    """The same searches on an office server holding the meetings of `db`."""
    sys.path.insert(0, str(HERE.parent))
    from mtgdesk.desk import Desk
    from mtgdesk.services.search import search
    from mtgdesk.store.database import open_database

    server = None
    if url is None:
        from tests import pgserver

        server = pgserver.start_server(durable=True)
        url = server.url("postgres")
    rows: list[tuple[str, str, str, bool]] = []
    try:
        t = time.perf_counter()
        copied = Desk.copy_database(str(db), url)
        rows.append((f"copy {copied:,} meetings into the server (`mtgdesk copy`)",
                     f"{time.perf_counter() - t:.0f} s", "", True))
        engine = open_database(url)
        t = time.perf_counter()
        search(engine, "the", limit=1)  # a clerk's first search: the local index built
        rows.append(("server: the clerk's local index built from the server (first use)",
                     f"{time.perf_counter() - t:.0f} s", "", True))
        queries = [*TYPICAL, *BROAD]
        found = in_process(engine, queries, repeat)
        print("\n| query | matches (file / server) | file ms | server ms |"
              "\n| --- | ---: | ---: | ---: |")
        for q in queries:
            ms, total, _ = found[q]
            lms, ltotal, _ = local[q] if local else (float("nan"), "", 0.0)
            print(f"| `{q}` | {ltotal} / {total} | {lms:.1f} | {ms:.1f} |")
        times = [ms for ms, _, _ in found.values()]
        # Issue 16: search figures those of a local file of the same size; taken as
        # within a fifth of the file's figure, measured in the same run.
        mine = [ms for ms, _, _ in local.values()] if local else []
        for what, pick in (("median", statistics.median), ("slowest query", max)):
            ok = bool(mine) and pick(times) <= 1.2 * pick(mine)
            rows.append((f"server: search in-process, {what} over {len(times)} queries",
                         f"{pick(times):.1f} ms" + (f" (file: {pick(mine):.1f} ms)"
                                                    if mine else ""),
                         "within 20% of the file's", ok))
        if local:
            same = all(local[q][1] == found[q][1] for q in queries)
            rows.append(("server: every query finds as many meetings as in the file",
                         "yes" if same else "**no**", "yes", same))
        engine.dispose()
        if cli_repeat:
            pairs = {q: cli_overhead(url, q, cli_repeat) for q in queries}
            paired = [d for d, _, _, _ in pairs.values()]
            base = min(b for _, _, b, _ in pairs.values())
            rows.append((f"server: `mtgdesk search` minus `mtgdesk list --limit 1`, median "
                         f"of {cli_repeat} paired runs: median / max over the queries",
                         f"{statistics.median(paired):.0f} / {max(paired):.0f} ms "
                         f"(list itself: {base:.0f} ms)", "", True))
            whole = [w for _, _, _, w in pairs.values()]
            if file_cli:
                print("\n| query | `mtgdesk search` file ms | server ms |"
                      "\n| --- | ---: | ---: |")
                for q in queries:
                    print(f"| `{q}` | {file_cli[q][3]:.0f} | {pairs[q][3]:.0f} |")
                mine_cli = [w for _, _, _, w in file_cli.values()]
                rows.append(("`mtgdesk search` process, median over the queries of each's "
                             f"median of {cli_repeat}: file / server",
                             f"{statistics.median(mine_cli):.0f} / "
                             f"{statistics.median(whole):.0f} ms", "", True))
    finally:
        if server is not None:
            pgserver.remove_server(server)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description="search benchmarks for mtgdesk")
    ap.add_argument("--meetings", type=int, default=10_000)
    ap.add_argument("--db", type=Path, help="database to use (built if missing)")
    ap.add_argument("--no-import", action="store_true", help="use --db as it is")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--cli-repeat", type=int, default=25,
                    help="runs of each command per query (end-to-end CLI figure)")
    ap.add_argument("--window-repeat", type=int, default=5)
    ap.add_argument("--skip-file-check", action="store_true",
                    help="leave the integrity check on open out of process timings")
    ap.add_argument("--only-processes", action="store_true",
                    help="only the CLI and window timings")
    ap.add_argument("--only-window", action="store_true",
                    help="only the window's first paint and ready times")
    ap.add_argument("--no-window", action="store_true",
                    help="leave out the window's first paint")
    ap.add_argument("--only-in-process", action="store_true",
                    help="only the in-process search timings")
    ap.add_argument("--server", action="store_true",
                    help="also on a private PostgreSQL holding the same meetings")
    ap.add_argument("--server-url", help="also on this empty PostgreSQL database "
                    "(the meetings are copied into it)")
    args = ap.parse_args()
    if args.only_window:
        args.only_processes = True
    if args.skip_file_check:
        SKIP_CHECK.append("--skip-file-check")
    db = args.db or Path(tempfile.gettempdir()) / f"mtgdesk-bench-{args.meetings}.sqlite3"

    rows: list[tuple[str, str, str, bool]] = []
    if not args.no_import:
        seconds, n = build(db, args.meetings)
        rows.append((f"import {n:,} meetings from one file", f"{seconds:.0f} s", "< 180 s",
                     seconds < 180))

    from mtgdesk.services.meetings import count_meetings
    from mtgdesk.store.database import open_database

    t = time.perf_counter()
    engine = open_database(db)
    opened = (time.perf_counter() - t) * 1000
    n = count_meetings(engine)
    print(f"{n:,} meetings in {db} ({db.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)

    every: dict[str, tuple[float, str, float]] = {}
    file_cli: dict[str, tuple[float, float, float, float]] = {}
    if not args.only_processes:
        typical = in_process(engine, TYPICAL, args.repeat)
        broad = in_process(engine, BROAD, args.repeat)
        every = {**typical, **broad}
        print("\n| query | matches | in-process ms | CPU ms (this thread) |"
              "\n| --- | ---: | ---: | ---: |")
        for q, (ms, total, cpu) in every.items():
            print(f"| `{q}` | {total} | {ms:.1f} | {cpu:.1f} |")
        times = [ms for ms, _, _ in every.values()]
        cpus = [cpu for _, _, cpu in every.values()]
        med, worst = statistics.median(times), max(times)
        # Issue 14's targets: 2 / 10 ms at 100,000 meetings, 5 / 30 ms at 1,000,000.
        most, slowest = (5, 30) if n >= 500_000 else (2, 10)
        rows.append((f"search in-process, median over {len(times)} queries", f"{med:.1f} ms",
                     f"<= {most} ms", med <= most))
        rows.append(("the same in CPU time of the searching thread: median / slowest",
                     f"{statistics.median(cpus):.1f} / {max(cpus):.1f} ms", "", True))
        rows.append(("search in-process, slowest query (broad included)", f"{worst:.1f} ms",
                     f"<= {slowest} ms", worst <= slowest))

    if args.only_in_process:
        args.only_window = True
    if not args.only_window:
        listed = cold_ms(db, "list")
        extra = [cold_ms(db, q) - listed for q in [*TYPICAL, *BROAD]]
        rows.append(("search process's own work minus list's (imports + first cold query), "
                     "median / max", f"{statistics.median(extra):.0f} / {max(extra):.0f} ms",
                     "<= 30 / 60 ms", statistics.median(extra) <= 30 and max(extra) <= 60))
        pairs = {q: cli_overhead(db, q, args.cli_repeat) for q in [*TYPICAL, *BROAD]}
        file_cli.update(pairs)
        print("\n| query | search - list, median of pairs | fastest search - fastest list |"
              "\n| --- | ---: | ---: |")
        for q, (d, m, _, _) in pairs.items():
            print(f"| `{q}` | {d:.0f} ms | {m:.0f} ms |")
        paired = [d for d, _, _, _ in pairs.values()]
        fastest = [m for _, m, _, _ in pairs.values()]
        base = min(b for _, _, b, _ in pairs.values())
        skipped = " (file check skipped in both)" if SKIP_CHECK else ""
        rows.append((f"`mtgdesk search` minus `mtgdesk list --limit 1`, median of "
                     f"{args.cli_repeat} paired runs: median / max over the queries{skipped}",
                     f"{statistics.median(paired):.0f} / {max(paired):.0f} ms "
                     f"(list itself: {base:.0f} ms)", "<= 30 / 60 ms",
                     statistics.median(paired) <= 30 and max(paired) <= 60))
        rows.append(("the same, fastest search minus fastest list: median / max over the queries",
                     f"{statistics.median(fastest):.0f} / {max(fastest):.0f} ms", "", True))

    if not args.only_processes:
        opens = open_times(engine, 50)
        rows.append(("open a meeting (get_meeting), median / max",
                     f"{statistics.median(opens):.1f} / {max(opens):.1f} ms", "< 30 ms",
                     max(opens) < 30))
    engine.dispose()

    rows.append(("open_database (checks the file first; every process pays it)",
                 f"{opened:.0f} ms", "", True))
    if args.server or args.server_url:
        rows += on_server(db, args.server_url, args.repeat,
                          0 if args.only_window else args.cli_repeat, every or None,
                          file_cli)
    if not args.only_in_process and not args.no_window:
        paint, shown, ready, loaded, total = first_paint(db, args.window_repeat)
        rows.append(("main window first paint, the list's first page shown (offscreen, "
                     f"from process start, median of {args.window_repeat})",
                     f"{paint:.0f} ms ({shown} rows)", "< 1000 ms", paint < 1000 and shown > 0))
        rows.append(("main window ready: database open, newest meeting in the editor",
                     f"{ready:.0f} ms", "", True))
        rows.append(("meeting list rows read at first paint", f"{loaded:,} of {total:,}",
                     "one page", 0 < loaded <= 200))

    print(f"\n**{n:,} meetings**, Python {sys.version.split()[0]}, "
          f"SQLite {__import__('sqlite3').sqlite_version}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} at the end\n")
    print("| measure | result | target | met |\n| --- | ---: | ---: | :---: |")
    for name, result, target, ok in rows:
        met = "" if not target else ("yes" if ok else "**no**")
        print(f"| {name} | {result} | {target} | {met} |")


if __name__ == "__main__":
    main()
