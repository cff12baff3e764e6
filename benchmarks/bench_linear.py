"""Is reading a release linear in its size? Each shape at n, 2n, 4n and 8n.

    python benchmarks/bench_linear.py [SHAPE ...] [--scale 1.0]

Prints, per shape and size: the input's length, seconds, Python calls made (the
profile hook's count, which the tests use), the peak of Python allocations
(tracemalloc, for the file shape) and the ratio of seconds to the size before. Linear
is a ratio near 2; quadratic near 4. Shapes:

- japan: "the Government of Japan " x n in one attendance sentence (issue 12: 8,000
  took 28 s and grew quadratically);
- acronyms: "the United Nations Development Programme (UNDP), " x n in one sentence;
- divs: n nested <div> around one paragraph, read as HTML;
- ordinary: a real release (the seed) repeated to n characters, parsed (the parser
  itself, past the cap a file is refused at: the cap is not what makes it fast);
- capitals: one paragraph in capitals of n sentences, parsed (recased word by word:
  a check copying the paragraph up to each word made 384 kB take 7 s);
- paragraph: a single paragraph of n bytes in a .txt file, the whole path a clerk
  takes (read_release_text: the file cap refuses it in one line, reading at most
  the cap).
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from mtgdesk.domain.errors import UserError
from mtgdesk.releases import parse_text
from mtgdesk.releases.readers import read_release_text, text_from_html

ROOT = Path(__file__).resolve().parents[1]
OPENING = "The Senior Official-Level Meeting was held in Tokyo on 23 March 2007.\n\n"


def japan(n: int) -> Callable[[], object]:
    text = OPENING + "The meeting was attended by " + "the Government of Japan " * n + \
        "and others.\n"
    return lambda: parse_text(text)


def acronyms(n: int) -> Callable[[], object]:
    text = OPENING + "The meeting was attended by " + \
        "the United Nations Development Programme (UNDP), " * n + "and others.\n"
    return lambda: parse_text(text)


def divs(n: int) -> Callable[[], object]:
    page = ("<div>" * n + "<p>The meeting was held in Tokyo on 1 May 2007.</p>"
            + "</div>" * n)
    return lambda: text_from_html(page)


def ordinary(n: int) -> Callable[[], object]:
    seed = (ROOT / "tests/fixtures/seed-press-release.txt").read_text(encoding="utf-8")
    body = seed.split("\n\n", 2)[2]
    text = seed + ("\n\n" + body) * (n // len(body))
    return lambda: parse_text(text)


def capitals(n: int) -> Callable[[], object]:
    text = "JOINT PRESS RELEASE\n\n" + " ".join(
        ["THE MINISTERS OF FOREIGN AFFAIRS MET IN JAKARTA."] * n)
    return lambda: parse_text(text)


def paragraph(n: int) -> Callable[[], object]:
    folder = Path(tempfile.mkdtemp(prefix="mtgdesk-bench-linear-"))
    path = folder / "one-paragraph.txt"
    sentence = b"The participants discussed cooperation in the region. "
    with path.open("wb") as f:
        for _ in range(n // len(sentence)):
            f.write(sentence)

    def read() -> object:
        try:
            return read_release_text(path)
        except UserError as exc:
            return str(exc)

    return read


SHAPES = {"japan": (japan, 1_000), "acronyms": (acronyms, 500), "divs": (divs, 2_500),
          "ordinary": (ordinary, 125_000), "capitals": (capitals, 2_000),
          "paragraph": (paragraph, 2_500_000)}


def calls(work: Callable[[], object]) -> int:
    n = 0

    def count(frame, event, arg):
        nonlocal n
        if event == "call":
            n += 1

    sys.setprofile(count)
    try:
        work()
    finally:
        sys.setprofile(None)
    return n


def measure(name: str, scale: float) -> None:
    make, base = SHAPES[name]
    before = None
    for k in (1, 2, 4, 8):
        n = int(base * scale * k)
        work = make(n)
        started = time.perf_counter()
        result = work()
        took = time.perf_counter() - started
        # Memory and calls in runs of their own: tracing slows a run several times.
        peak = 0
        if name == "paragraph":
            tracemalloc.start()
            work()
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        counted = calls(work) if name != "paragraph" else 0
        ratio = f"{took / before:4.1f}x" if before else "   -"
        note = f"  -> {result[:90]!r}" if isinstance(result, str) else ""
        print(f"{name:9} n={n:>10,}  {took:8.3f} s  {counted:>11,} calls  "
              f"peak {peak / 2**20:7.1f} MB  {ratio}{note}", flush=True)
        before = took


def main() -> None:
    args = sys.argv[1:]
    scale = 1.0
    if "--scale" in args:
        i = args.index("--scale")
        scale = float(args[i + 1])
        del args[i:i + 2]
    for name in args or SHAPES:
        measure(name, scale)


if __name__ == "__main__":
    main()
