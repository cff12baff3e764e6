"""How long work tells how far it has got: a callback of (done, total).

The window's progress bar, the terminal's progress line and a test's list all take
one. Work of several steps (an import reads its files, then stores them) reports
each step as a share of one bar through `steps`, so the bar fills once, not once a
step, and Cancel (a callback that raises) is heard in every step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Progress = Callable[[int, int], None]  # (done, total)

SCALE = 1000  # a shared bar counts in thousandths


def steps(progress: Progress | None, weights: Sequence[float]) -> list[Progress | None]:
    """One callback per step, each filling its weight's share of `progress`'s bar."""
    if progress is None:
        return [None] * len(weights)
    whole = sum(weights) or 1.0
    bounds, start = [], 0.0
    for weight in weights:
        bounds.append((start / whole, (start + weight) / whole))
        start += weight

    def share(lo: float, hi: float) -> Progress:
        def report(done: int, total: int) -> None:
            fraction = min(max(done / total, 0.0), 1.0) if total > 0 else 1.0
            progress(round(SCALE * (lo + (hi - lo) * fraction)), SCALE)

        return report

    return [share(lo, hi) for lo, hi in bounds]
