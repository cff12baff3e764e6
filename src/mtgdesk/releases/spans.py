"""Spans of a text already read, and whether a new one overlaps them."""

from __future__ import annotations

from bisect import bisect_left


class Taken:
    """Spans already read, asked whether a span overlaps any of them in O(log n): a
    scan of the list for each candidate name made a sentence listing n bodies take
    n^2 steps."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self._reach.append(furthest)

    def overlaps(self, a: tuple[int, int]) -> bool:
        before = bisect_left(self._starts, a[1])  # the spans that start before a ends
        return before > 0 and self._reach[before - 1] > a[0]


def overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)
