"""The oracle the ranking tests compare a page with: every match scored and sorted."""

from __future__ import annotations

from typing import Any

from mtgdesk.store.text_index import ID_MASK, TextIndex


def every_match_sorted(index: TextIndex, query: Any) -> list[int]:
    """Every match scored and sorted: best first, newest first among equal scores."""
    searcher = index._index.searcher()
    hits = searcher.search(query, index.size, count=False).hits
    keys = searcher.fast_field_values("key", [a for _, a in hits])
    ranked = sorted(zip((float(s) for s, _ in hits), keys, strict=True),
                    key=lambda x: (-x[0], -x[1]))
    return [k & ID_MASK for _, k in ranked]
