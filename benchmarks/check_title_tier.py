"""Whether the meetings whose whole title is the words typed form the top tier of a
search (the seed's exact title among 100,000 generated meetings), where the seed is
among them, and that `Tsuruoka human security` finds it first.

    python benchmarks/check_title_tier.py DB
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from mtgdesk.services.meetings import summaries  # noqa: E402
from mtgdesk.services.search import matching_ids, search  # noqa: E402
from mtgdesk.store.database import open_database  # noqa: E402
from mtgdesk.store.search import joined  # noqa: E402

TITLE = "Senior Official-Level Meeting on Human Security"


def main() -> None:
    engine = open_database(sys.argv[1])
    ids = matching_ids(engine, TITLE)
    rows = {}
    for start in range(0, len(ids), 5000):
        rows.update(summaries(engine, ids[start:start + 5000]))
    exact = [joined(rows[i].title) == joined(TITLE) for i in ids]
    k = sum(exact)
    first = all(exact[:k]) and not any(exact[k:])
    print(f"query {TITLE!r}: {len(ids):,} matches, {k:,} with exactly that title; "
          f"all of them first: {first}")
    seed = [n for n, i in enumerate(ids, 1)
            if rows[i].title == TITLE and rows[i].held_on.isoformat() == "2007-03-23"]
    print("seed's rank:", seed)
    found = search(engine, "Tsuruoka human security", limit=5)
    print("Tsuruoka human security:", [(h.title, h.held_on.isoformat()) for h in found.hits],
          found.total)
    engine.dispose()


if __name__ == "__main__":
    main()
