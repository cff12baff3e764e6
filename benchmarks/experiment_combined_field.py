"""An experiment, not the program: one combined field instead of five weighted ones.

    python benchmarks/experiment_combined_field.py --meetings 100000 --dir /tmp/combined

A word searched anywhere is today five clauses (title 4, participants, venue and series
2, paragraphs 1: mtgdesk.store.text_query.WEIGHTS), each a posting list tantivy reads
and scores for every match. Here each meeting also gets an `all` field holding its
title four times, its participants, venue and series twice and its paragraphs once
(the weights folded into the term frequencies and the field length, as BM25F does), and
a word anywhere is one clause on it. Both ways run on the same index (the generated
meetings as bench_index_scale streams them, the seed and the release records planted);
printed: the index's part of each search (ranked top 20, every match counted) both
ways, and the rank of each relevance-set meeting both ways. Whether the product should
change is decided on these figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

FOLD = {"title": 4, "people": 2, "place": 2, "extra": 2, "body": 1}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=100_000)
    ap.add_argument("--dir", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()

    import tantivy
    from bench_index_scale import stream
    from bench_relevance import QUERIES, identity, planted
    from bench_search import BROAD, TYPICAL, timed

    from mtgdesk.domain.query import parse
    from mtgdesk.store import text_index, text_query
    from mtgdesk.store.search import document, tokens

    def schema() -> tantivy.Schema:
        # The same fields as mtgdesk.store.text_index.schema(), and `all`.
        b = tantivy.SchemaBuilder()
        b.add_integer_field("id", indexed=True, fast=True)
        b.add_integer_field("key", fast=True)
        b.add_integer_field("day", indexed=True, fast=True)
        from mtgdesk.store.search import TEXT_FIELDS
        for name in TEXT_FIELDS:
            b.add_text_field(name, tokenizer_name="whitespace")
        b.add_text_field("facets", tokenizer_name="whitespace", index_option="basic")
        b.add_text_field("title_exact", tokenizer_name="raw", index_option="basic")
        b.add_text_field("title_pairs", tokenizer_name="whitespace", index_option="basic")
        b.add_text_field("pairs", tokenizer_name="whitespace", index_option="basic")
        for name in ("year", "series", "chair", "participant", "kind"):
            b.add_text_field(name, tokenizer_name="raw", fast=True, index_option="basic")
        b.add_bytes_field("row", stored=True)
        b.add_text_field("all", tokenizer_name="whitespace")
        return b.build()

    sch = schema()
    text_index.SCHEMA = sch  # the product's code builds its queries on this schema

    def doc_of(d) -> tantivy.Document:  # type: ignore[no-untyped-def]
        doc = text_index._tantivy_doc(d)
        for name, times in FOLD.items():
            for value in d.text.get(name, ()):
                for _ in range(times):
                    doc.add_text("all", value)
        return doc

    if not args.no_build:
        import shutil
        shutil.rmtree(args.dir, ignore_errors=True)
        args.dir.mkdir(parents=True)
        index = tantivy.Index(sch, path=str(args.dir), reuse=False)
        w = index.writer(128_000_000, 1)
        t = time.perf_counter()
        for i, record in enumerate(stream(args.meetings), 1):
            w.add_document(doc_of(document(i, record)))
        for k, record in enumerate(planted().values()):
            w.add_document(doc_of(document(args.meetings + 1 + k, record)))
        w.commit()
        w.wait_merging_threads()
        print(f"built in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    index = tantivy.Index(sch, path=str(args.dir), reuse=True)
    index.reload()
    searcher = index.searcher()
    ti = text_index.TextIndex.__new__(text_index.TextIndex)
    ti.path, ti._index = args.dir, index

    def combined(query):  # type: ignore[no-untyped-def]
        """compile_query with a word anywhere one clause on `all`."""
        original = text_query.term_query

        def term_query(schema, term):  # type: ignore[no-untyped-def]
            if term.field is None and term.text and tokens(term.text):
                return text_query._in_field(schema, "all", tokens(term.text), term.prefix)
            return original(schema, term)

        text_query.term_query = term_query
        try:
            return text_query.compile_query(sch, query)
        finally:
            text_query.term_query = original

    print(f"\n**{searcher.num_docs:,} documents**\n")
    print("| query | matches | five fields ms (CPU) | one field ms (CPU) |\n"
          "| --- | ---: | ---: | ---: |")
    five, one = [], []
    for q in TYPICAL + BROAD:
        parsed = parse(q)
        if not parsed.has_text:
            continue
        a, b = text_query.compile_query(sch, parsed), combined(parsed)
        ta = timed(lambda a=a: ti.ranked(a, 20), args.repeat, clock=time.thread_time)
        tb = timed(lambda b=b: ti.ranked(b, 20), args.repeat, clock=time.thread_time)
        five.append(ta)
        one.append(tb)
        print(f"| `{q}` | {ti.ranked(a, 1).total:,} / {ti.ranked(b, 1).total:,} | "
              f"{ta:.2f} | {tb:.2f} |")
    print(f"\n| median / slowest | | {statistics.median(five):.2f} / {max(five):.2f} | "
          f"{statistics.median(one):.2f} / {max(one):.2f} |")

    want = {name: identity(r) for name, r in planted().items()}
    rows_of = {}

    def rank(query, expect: str) -> int | None:  # type: ignore[no-untyped-def]
        page = ti.ranked(query, searcher.num_docs)
        for i, addr in enumerate(page.addresses, 1):
            key = (addr.segment_ord, addr.doc)
            if key not in rows_of:
                row = json.loads(bytes(searcher.doc(addr).get_first("row") or b"[]"))
                from datetime import date
                rows_of[key] = (row[1], date.fromordinal(row[2]).isoformat())
            if rows_of[key] == want[expect]:
                return i
        return None

    queries = json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]
    print("\n| query | expected | wanted | rank, five fields | rank, one field |\n"
          "| --- | --- | ---: | ---: | ---: |")
    met = [0, 0]
    rr = [[], []]
    for q in queries:
        parsed = parse(q["query"])
        ranks = [rank(text_query.compile_query(sch, parsed), q["expect"]),
                 rank(combined(parsed), q["expect"])]
        for j, r in enumerate(ranks):
            met[j] += bool(r and r <= q["within"])
            rr[j].append(1 / r if r else 0)
        shown = [f"{r:,}" if r else "not found" for r in ranks]
        print(f"| `{q['query']}` | {q['expect']} | ≤ {q['within']} | {shown[0]} | "
              f"{shown[1]} |")
    print(f"\n| reached the rank wanted | | | {met[0]} of {len(queries)} | "
          f"{met[1]} of {len(queries)} |")
    print(f"| mean reciprocal rank | | | {statistics.mean(rr[0]):.3f} | "
          f"{statistics.mean(rr[1]):.3f} |")


if __name__ == "__main__":
    main()
