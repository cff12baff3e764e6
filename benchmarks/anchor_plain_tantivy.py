"""Issue 14's anchor tried again: plain tantivy BM25 over title, people and body (the
default tokenizer, no field weights, no bonuses), on a generated interchange file plus
the seed, indexed twice: as the stored record (tests/fixtures/human-security-2007.json,
the paragraphs a clerk's record keeps) and as the published release (its body the
whole text of tests/fixtures/seed-press-release.txt). Prints the seed's rank for the
issue's queries, every word optional (the query parser's default) and every word
required.

    python benchmarks/anchor_plain_tantivy.py big.json

Uses nothing of mtgdesk; reads the file whole (about 3 GB of memory at 100,000).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import tantivy

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
RECORD, RELEASE = 0, -1  # the seed's two ids
QUERIES = ["Senior Official-Level Meeting on Human Security", "human security",
           '"human security"', "Tsuruoka human security"]


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        meetings = json.load(f)["meetings"]
    seed = json.loads((FIXTURES / "human-security-2007.json").read_text("utf-8"))
    seed = seed["meetings"][0]
    release = (FIXTURES / "seed-press-release.txt").read_text("utf-8")
    b = tantivy.SchemaBuilder()
    b.add_integer_field("id", stored=True, indexed=True)
    for name in ("title", "people", "body"):
        b.add_text_field(name)
    index = tantivy.Index(b.build())
    writer = index.writer(500_000_000, 1)

    def add(i: int, m: dict, body: str | None = None) -> None:
        doc = tantivy.Document()
        doc.add_integer("id", i)
        doc.add_text("title", m["title"])
        for p in m.get("participants", []):
            doc.add_text("people", " ".join(str(p.get(k) or "")
                                            for k in ("name", "acronym", "post", "delegation")))
        doc.add_text("body", body if body is not None else
                     " ".join(p["text"] for p in m.get("paragraphs", [])))
        writer.add_document(doc)

    t = time.time()
    for i, m in enumerate(meetings, 1):
        add(i, m)
    add(RECORD, seed)
    add(RELEASE, {"title": seed["title"], "participants": seed["participants"]}, release)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    print(f"indexed {len(meetings) + 2:,} documents in {time.time() - t:.1f} s")
    searcher = index.searcher()
    print("| query | words | matches | seed as its record | seed as the release's text |")
    print("| --- | --- | ---: | ---: | ---: |")
    for q in QUERIES:
        for mode in ("any", "all"):
            typed = q if mode == "any" or q.startswith('"') else " ".join(
                "+" + w for w in q.replace("-", " ").split())
            found = searcher.search(index.parse_query(typed, ["title", "people", "body"]),
                                    5000, count=True)
            ids = [searcher.doc(a)["id"][0] for _, a in found.hits]
            rank = {k: ids.index(k) + 1 if k in ids else "> 5000" for k in (RECORD, RELEASE)}
            print(f"| `{q}` | {mode} | {found.count:,} | {rank[RECORD]} | {rank[RELEASE]} |")


if __name__ == "__main__":
    main()
