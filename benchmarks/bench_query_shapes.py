"""Where the time of a broad two-word query goes, on an index bench_index_scale.py built:
the query as compile_query makes it and shapes of its parts, each searched for its top
70 (as TextIndex.ranked does for a page of 20), with and without counting every match.

    python benchmarks/bench_query_shapes.py --dir /tmp/idx200k [--words the meeting]

Prints the least CPU milliseconds of --repeat runs (tantivy searches on the calling
thread; the least is the steadiest figure on a loaded machine) and each term's
document frequency per field.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))


def least_cpu_ms(run, repeat: int) -> float:
    run()
    times = []
    for _ in range(repeat):
        t = time.process_time()
        run()
        times.append((time.process_time() - t) * 1000)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, required=True)
    ap.add_argument("--words", nargs=2, default=["the", "meeting"])
    ap.add_argument("--repeat", type=int, default=40)
    args = ap.parse_args()

    from tantivy import Occur
    from tantivy import Query as Q

    from mtgdesk.domain.query import parse
    from mtgdesk.store import text_query as tq
    from mtgdesk.store.search import PAIR
    from mtgdesk.store.text_index import TextIndex

    index = TextIndex(args.dir)
    searcher = index._index.searcher()
    sc = index.schema
    a, b = args.words
    print(f"{searcher.num_docs:,} documents, {searcher.num_segments} segments")
    for w in (a, b):
        print(f"`{w}` in", {f: searcher.doc_freq(f, w) for f in tq.WEIGHTS})
    pair = f"{a}{PAIR}{b}"
    print(f"the pair in pairs {searcher.doc_freq('pairs', pair):,}, in title_pairs "
          f"{searcher.doc_freq('title_pairs', pair):,}\n")
    terms = [(Occur.Should, Q.boost_query(Q.term_query(sc, f, w), tq.WEIGHTS[f]))
             for w in (a, b) for f in tq.WEIGHTS]
    first, second = (tq._weighted(sc, tq.FIELDS[None], [w], False) for w in (a, b))
    both = Q.boolean_query([(Occur.Must, first), (Occur.Must, second)])
    pairs = Q.term_query(sc, "pairs", pair)
    shapes = {
        "the query (compile_query)": tq.compile_query(sc, parse(f"{a} {b}")),
        "both words required, no bonus": both,
        f"`{a}` over its fields alone": first,
        "the ten field terms, any (a pure union: block-max WAND)": Q.boolean_query(terms),
        "both words as a zero-score filter + the ten terms": Q.boolean_query(
            [(Occur.Must, Q.const_score_query(both, 0.0))] + terms),
        "the pair as a zero-score filter + the ten terms": Q.boolean_query(
            [(Occur.Must, Q.const_score_query(pairs, 0.0))] + terms),
    }
    print("| shape | top 70 ms CPU | top 70 and count ms CPU |\n| --- | ---: | ---: |")
    for name, q in shapes.items():
        bare = least_cpu_ms(lambda q=q: searcher.search(q, 70, count=False), args.repeat)
        counted = least_cpu_ms(lambda q=q: searcher.search(q, 70, count=True), args.repeat)
        print(f"| {name} | {bare:.2f} | {counted:.2f} |")


if __name__ == "__main__":
    main()
