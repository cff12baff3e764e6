"""The same targets under hypothesis, with strategies shaped like each input (JSON
documents near the interchange format, HTML-ish text, query syntax, template syntax).

    python benchmarks/fuzz/hypothesis_run.py TARGET [SECONDS]

Prints the examples tried and any failure hypothesis shrank to.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
import targets  # noqa: E402

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | \
    st.text(max_size=40) | st.sampled_from(["2007-03-23", "country", "person", "chair",
                                            "12:30", "draft", "final", ""])
KEYS = ["format", "version", "meetings", "title", "held_on", "venue", "participants",
        "paragraphs", "kind", "name", "text", "uuid", "ends_on", "role", "owner"]
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=6), max_leaves=30)
documents = st.builds(lambda m: {"format": "mtgdesk", "version": 1, "meetings": m},
                      st.lists(json_values, max_size=3)) | json_values
html_bits = st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<nav>", "</nav>",
                                      "<br>", "&amp;", "&#0;", "<script>", "</script>",
                                      "held in Tokyo", " on 23 March 2007.", "Government of ",
                                      "Japan", "\n\n", "<li>", "H.E. Mr. ", "chaired by "])
                     | st.text(max_size=10), max_size=60).map("".join)
query_bits = st.lists(st.sampled_from(['"', "-", "OR", "NOT", "*", "title:", "from:", "to:",
                                       "2007", "kind:", "status:", " ", "(", ")", "human"])
                      | st.text(max_size=6), max_size=20).map("".join)
template_bits = st.lists(st.sampled_from(["{{", "}}", "{%", "%}", "for i in range(9)",
                                          "endfor", "include 'x'", "report.title", "|upper",
                                          "*", "10**6", "'a'", "macro m()", "endmacro",
                                          "m()", "|center(99)", "loop.index", "set x = "])
                         | st.text(max_size=5), max_size=20).map("".join)

STRATEGIES = {
    "interchange": documents.map(lambda d: json.dumps(d).encode()) | st.binary(max_size=200),
    "text": html_bits.map(str.encode),
    "html": html_bits.map(str.encode),
    "docx": html_bits.map(lambda t: f"<w:document>{t}</w:document>".encode()) | st.binary(),
    "pdf": html_bits.map(lambda t: b"BT /F1 12 Tf 72 720 Td (" + t.encode("latin-1", "replace")
                         + b") Tj ET") | st.binary(),
    "query": query_bits.map(str.encode),
    "template": template_bits.map(str.encode),
}


def main() -> None:
    name = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 600
    target, tried = targets.TARGETS[name], 0
    end = time.monotonic() + seconds

    @settings(max_examples=10**9, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(STRATEGIES[name])
    def fuzz(data: bytes) -> None:
        nonlocal tried
        tried += 1
        if time.monotonic() > end:
            raise _Done
        targets.run_one(target, data)

    try:
        fuzz()
    except _Done:
        pass
    print(f"{name}: {tried} examples in {seconds:.0f} s, no failure")


class _Done(Exception):
    pass


if __name__ == "__main__":
    main()
