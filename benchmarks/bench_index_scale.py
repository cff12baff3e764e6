"""The search index alone at a million meetings: generated meetings streamed into a
tantivy index (no database, no interchange file), then the benchmark queries ranked,
ordered by date and counted against it; prints a markdown table.

    python benchmarks/bench_index_scale.py --meetings 1000000 --dir /tmp/idx1m

What it leaves out, and says so: storing the meetings (the import) and reading the
page's 20 meetings for their snippets, which is a lookup by id whatever the archive's
size (bench_search.py measures the whole search on a database).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def stream(n: int, seed: int = 2007):
    """generate.generate's meetings one by one (the same ones, same order)."""
    from generate import meeting

    from mtgdesk.domain import reference

    rng = random.Random(seed)
    countries = reference.countries()
    orgs = [o for o in reference.organizations() if o.acronym]
    agencies = reference.agencies() or [reference.Agency("Japan", "Cabinet Office", "CAO")]
    for i in range(n):
        yield meeting(rng, i, countries, orgs, agencies)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=1_000_000)
    ap.add_argument("--dir", type=Path, required=True, help="index folder (made anew)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-build", action="store_true", help="use --dir as it is")
    args = ap.parse_args()

    from bench_relevance import planted
    from bench_search import BROAD, TYPICAL, timed

    from mtgdesk.domain.query import parse
    from mtgdesk.store.search import document
    from mtgdesk.store.text_index import TextIndex
    from mtgdesk.store.text_query import compile_query

    built = None
    if not args.no_build:
        index = TextIndex.create(args.dir)
        t = time.perf_counter()
        real = list(planted().values())
        with index.writing(bulk=True) as w:
            for i, record in enumerate(stream(args.meetings), 1):
                w.add([document(i, record)])
                if i % 100_000 == 0:
                    print(f"{i:,} indexed, {time.perf_counter() - t:.0f} s", file=sys.stderr)
            w.add(document(args.meetings + 1 + k, r) for k, r in enumerate(real))
            w.commit(0, "")
        built = time.perf_counter() - t
    index = TextIndex(args.dir)

    print(f"\n**{index.size:,} documents** in the index, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs\n")
    print("| query | matches | ranked top 20 ms | newest 20 ms |\n| --- | ---: | ---: | ---: |")
    ranked_ms, dated_ms, used_ms = [], [], []
    for q in TYPICAL + BROAD:
        parsed = parse(q)
        full = compile_query(index.schema, parsed)
        plain = compile_query(index.schema, parsed, rank=False)
        if parsed.has_text:
            r = timed(lambda full=full: index.ranked(full, 20), args.repeat)
            ranked_ms.append(r)
        else:
            r = float("nan")
        d = timed(lambda plain=plain: index.by_date(plain, 20), args.repeat)
        dated_ms.append(d)
        used_ms.append(r if parsed.has_text else d)  # what services.search would run
        print(f"| `{q}` | {index.count(plain):,} | {r:.1f} | {d:.1f} |")
    size = sum(p.stat().st_size for p in args.dir.rglob("*") if p.is_file())
    print("\n| measure | result |\n| --- | ---: |")
    if built is not None:
        print(f"| generate and index {args.meetings:,} meetings (one writer thread) "
              f"| {built:.0f} s |")
    print(f"| index folder | {size / 1e6:.0f} MB |")
    print(f"| the index's part of a search (ranked with words, else by date): median / "
          f"slowest over {len(used_ms)} queries | {statistics.median(used_ms):.1f} / "
          f"{max(used_ms):.1f} ms |")
    print(f"| ranked queries: median / slowest | {statistics.median(ranked_ms):.1f} / "
          f"{max(ranked_ms):.1f} ms |")
    print(f"| every query by date: median / slowest | {statistics.median(dated_ms):.1f} / "
          f"{max(dated_ms):.1f} ms |")


if __name__ == "__main__":
    main()
