"""The filter panel's counts (years, series, chairs, participants, paragraph kinds of a
query's matches) and "did you mean" on a database; prints markdown tables.

    python benchmarks/bench_facets.py --db big.sqlite3

Counts: services.facets.facets (what the window asks after each search's first page)
over bench_search's typical and broad queries. Suggestions: services.search.search for
misspelt queries, which finds nothing or little and then looks for a spelling of
each word among the index's own words (services.facets.suggestion); the time of the
same search spelt right is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

MISSPELT = [("Tsurouka", "Tsuruoka"), ("refugess", "refugees"), ("Nguyne", "Nguyen"),
            ("maritme safety", "maritime safety"), ("chair:Tanka", "chair:Tanaka"),
            ("Kowalsky", "Kowalski"), ("Ulaanbatar", "Ulaanbaatar")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from bench_search import BROAD, TYPICAL, timed

    from mtgdesk.services.facets import facets
    from mtgdesk.services.meetings import count_meetings
    from mtgdesk.services.search import search
    from mtgdesk.store.database import open_database

    engine = open_database(args.db)
    n = count_meetings(engine)
    search(engine, "the", limit=1)  # the index opened and caught up
    print(f"\n**{n:,} meetings**, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} at the start\n")
    print("| query | matches | facets ms | years shown | top chair |\n"
          "| --- | ---: | ---: | ---: | --- |")
    times = []
    for q in TYPICAL + BROAD:
        ms = timed(lambda q=q: facets(engine, q), args.repeat)
        f = facets(engine, q)
        times.append(ms)
        chair = f.counts["chair"][0] if f.counts["chair"] else ("", 0)
        print(f"| `{q}` | {f.total:,} | {ms:.1f} | {len(f.counts['year'])} | "
              f"{chair[0]} ({chair[1]:,}) |")
    print("\n| misspelt query | suggestion | search with suggestion ms | spelt right ms |\n"
          "| --- | --- | ---: | ---: |")
    spell = []
    for wrong, right in MISSPELT:
        ms = timed(lambda w=wrong: search(engine, w, limit=20), args.repeat)
        ok = timed(lambda r=right: search(engine, r, limit=20), args.repeat)
        spell.append(ms)
        print(f"| `{wrong}` | {search(engine, wrong, limit=20).suggestion or '(none)'} | "
              f"{ms:.1f} | {ok:.1f} |")
    print("\n| measure | result |\n| --- | ---: |")
    print(f"| facets, median / slowest over {len(times)} queries | "
          f"{statistics.median(times):.1f} / {max(times):.1f} ms |")
    print(f"| search with \"did you mean\", median / slowest over {len(spell)} queries | "
          f"{statistics.median(spell):.1f} / {max(spell):.1f} ms |")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    engine.dispose()


if __name__ == "__main__":
    main()
