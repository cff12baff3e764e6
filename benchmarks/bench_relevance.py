"""Relevance and speed of search on generated meetings with real ones planted among
them; prints markdown tables (keep the raw output in benchmarks/results).

    python benchmarks/bench_relevance.py --meetings 100000            # builds its data
    python benchmarks/bench_relevance.py --db big.sqlite3 --no-import  # reuse one

The relevance set (benchmarks/relevance/queries.json) is queries a clerk would type,
each with the meeting it should find and the rank it must reach: the seed press release
and the records expected from benchmarks/releases, planted among the generated ones.
Figures: the rank of each, how many reached their rank, the mean reciprocal rank; the
in-process search time (services.search.search, 20 hits with snippets) over the
relevance queries and bench_search's typical and broad ones; the index's size beside
the database's; the time to rebuild the index (`mtgdesk reindex`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

SEED = ROOT / "tests" / "fixtures" / "human-security-2007.json"
RELEASES = HERE / "releases" / "expected"
QUERIES = HERE / "relevance" / "queries.json"


def planted() -> dict[str, object]:
    """The real meetings, by the name the relevance set gives them."""
    from mtgdesk.domain import interchange

    out: dict[str, object] = {"seed": interchange.loads(SEED.read_text(encoding="utf-8"))[0]}
    for path in sorted(RELEASES.glob("*.json")):
        out[f"release:{path.stem}"] = interchange.loads(path.read_text(encoding="utf-8"))[0]
    return out


def identity(record) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return record.title, record.held_on.isoformat()


def build(db: Path, n: int) -> dict[str, float]:
    from generate import generate

    from mtgdesk.domain import interchange
    from mtgdesk.services.interchange import import_files, import_records
    from mtgdesk.store.database import open_database

    source = db.with_suffix(".json")
    if not source.exists():
        print(f"generating {n} meetings …", file=sys.stderr)
        source.write_text(interchange.dumps(generate(n)), encoding="utf-8")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    engine = open_database(db)
    t = time.perf_counter()
    import_files(engine, [source])  # stored, then indexed from the journal
    imported = time.perf_counter() - t
    import_records(engine, list(planted().values()))
    engine.dispose()
    return {"import": imported}


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def evaluate(engine, queries: list[dict]) -> list[tuple[str, str, int | None, int, int]]:
    """(query, expected, its rank or None, the rank wanted, matches)."""
    from mtgdesk.services.meetings import summaries
    from mtgdesk.services.search import matching_ids, search

    want = {name: identity(r) for name, r in planted().items()}
    rows = []
    for q in queries:
        result = search(engine, q["query"], limit=max(50, q["within"]))
        ranks = [i + 1 for i, h in enumerate(result.hits)
                 if (h.title, h.held_on.isoformat()) == want[q["expect"]]]
        if not ranks:  # further down: every match in order, to say where
            every = matching_ids(engine, q["query"])
            for start in range(0, len(every), 5000):
                rows_of = summaries(engine, every[start:start + 5000])
                hit = [start + i + 1 for i, mid in enumerate(every[start:start + 5000])
                       if (rows_of[mid].title, rows_of[mid].held_on.isoformat())
                       == want[q["expect"]]]
                if hit:
                    ranks = hit[:1]
                    break
        rows.append((q["query"], q["expect"], ranks[0] if ranks else None, q["within"],
                     result.total))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description="relevance and speed of mtgdesk's search")
    ap.add_argument("--meetings", type=int, default=100_000)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--no-import", action="store_true", help="use --db as it is")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--no-reindex", action="store_true", help="leave out the rebuild time")
    args = ap.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"mtgdesk-relevance-{args.meetings}.sqlite3"
    figures: dict[str, float] = {}
    if not args.no_import:
        figures.update(build(db, args.meetings))

    from bench_search import BROAD, TYPICAL, timed

    from mtgdesk.services import indexing
    from mtgdesk.services.meetings import count_meetings
    from mtgdesk.services.search import reindex, search
    from mtgdesk.store.database import open_database

    engine = open_database(db)
    n = count_meetings(engine)
    t = time.perf_counter()
    index = indexing.current(engine)  # opened (and caught up) as a first search does
    opened = (time.perf_counter() - t) * 1000
    queries = json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]

    rows = evaluate(engine, queries)
    print(f"\n**{n:,} meetings** (generated, the seed and {len(planted()) - 1} release "
          f"records planted), Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    print("| query | expected | rank | wanted | matches |\n| --- | --- | ---: | ---: | ---: |")
    for query, expect, rank, within, total in rows:
        shown = f"{rank:,}" if rank else "not found"
        flag = "" if rank and rank <= within else " **missed**"
        print(f"| `{query}` | {expect} | {shown}{flag} | ≤ {within} | {total:,} |")
    met = sum(1 for _, _, rank, within, _ in rows if rank and rank <= within)
    first = sum(1 for _, _, rank, _, _ in rows if rank == 1)
    mrr = statistics.mean(1 / rank if rank else 0 for _, _, rank, _, _ in rows)

    every = [q["query"] for q in queries] + TYPICAL + BROAD
    def hits_and_snippets(q: str) -> None:
        for hit in search(engine, q, limit=20).hits:  # a snippet is cut when asked for
            hit.extract  # noqa: B018

    times = {q: timed(lambda q=q: hits_and_snippets(q), args.repeat) for q in every}
    print("\n| query | matches | in-process ms |\n| --- | ---: | ---: |")
    for q in TYPICAL + BROAD:
        print(f"| `{q}` | {search(engine, q, limit=1).total:,} | {times[q]:.1f} |")
    ms = list(times.values())
    broad = [times[q] for q in BROAD]

    folder = index.path
    db_bytes = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal")
                   if Path(f"{db}{s}").exists())
    print("\n| measure | result |\n| --- | ---: |")
    print(f"| relevance set: reached the rank wanted | {met} of {len(rows)} |")
    print(f"| relevance set: found first | {first} of {len(rows)} |")
    print(f"| relevance set: mean reciprocal rank | {mrr:.3f} |")
    print(f"| search in-process, median over {len(ms)} queries | {statistics.median(ms):.1f} ms |")
    print(f"| search in-process, slowest query | {max(ms):.1f} ms "
          f"(`{max(times, key=times.__getitem__)}`) |")
    print(f"| search in-process, broad queries (median / slowest) | "
          f"{statistics.median(broad):.1f} / {max(broad):.1f} ms |")
    print(f"| index opened and caught up (first search of a process) | {opened:.0f} ms |")
    if "import" in figures:
        print(f"| import {args.meetings:,} meetings from one file, index fed from the "
              f"journal | {figures['import']:.0f} s |")
    print(f"| database file | {db_bytes / 1e6:.0f} MB |")
    if folder is not None:
        print(f"| search index folder | {folder_size(folder) / 1e6:.0f} MB |")
    if not args.no_reindex:
        t = time.perf_counter()
        reindex(engine)
        print(f"| rebuild the index (`mtgdesk reindex`) | {time.perf_counter() - t:.1f} s |")
    engine.dispose()


if __name__ == "__main__":
    main()
