"""Report speed: prints figures, asserts nothing (run: python benchmarks/bench_reports.py).

Targets (issue 3): the seed meeting's text or HTML report under 20 ms, its PDF under
300 ms, 1,000 PDF reports in one run under 60 s. `--count N` changes the last one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Shipped templates only: a user's own templates folder must not change the figures.
os.environ["MTGDESK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="mtgdesk-bench-")

from mtgdesk.domain import interchange  # noqa: E402
from mtgdesk.printing.pdf import pdf_bytes  # noqa: E402
from mtgdesk.reports import model, render  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "human-security-2007.json"


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def line(label: str, samples: list[float], target_ms: float) -> None:
    median = statistics.median(samples)
    verdict = "ok" if median < target_ms else "SLOW"
    print(f"{label:<34} median {median:8.2f} ms   min {min(samples):8.2f} ms   "
          f"(target < {target_ms:g} ms) {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000, help="PDFs in the batch run")
    args = parser.parse_args()
    record = interchange.loads(SEED.read_text(encoding="utf-8"))[0]

    start = time.perf_counter()
    first = pdf_bytes(model.build(record))
    cold = (time.perf_counter() - start) * 1000
    assert first.startswith(b"%PDF")

    line("seed text (model + template)", timed(lambda: render.text(model.build(record)), 200),
         20)
    line("seed HTML (model + template)", timed(lambda: render.html(model.build(record)), 200),
         20)
    line("seed DOCX", timed(lambda: render.render(model.build(record), "docx"), 30), 300)
    print(f"{'seed PDF, first in process':<34} {cold:8.2f} ms   (starts Qt, loads fonts)")
    line("seed PDF (warm)", timed(lambda: pdf_bytes(model.build(record)), 50), 300)
    minutes = timed(lambda: pdf_bytes(model.build(record, "minutes")), 20)
    line("seed minutes PDF (warm)", minutes, 300)

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.count):
            copy = record.copy()
            copy.title = f"{record.title} ({i + 1})"
            Path(folder, f"r{i}.pdf").write_bytes(pdf_bytes(model.build(copy)))
    total = time.perf_counter() - start
    verdict = "ok" if total < 60 * args.count / 1000 else "SLOW"
    print(f"{args.count} PDF reports written in one run: {total:6.2f} s "
          f"({total / args.count * 1000:.1f} ms each; target < 60 s per 1,000) {verdict}")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
