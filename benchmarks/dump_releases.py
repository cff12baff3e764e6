"""Every release the repository holds, read, written out in full: the check that a change
meant to make the reader faster leaves its output byte for byte the same.

    python benchmarks/dump_releases.py before.txt   # with the old reader
    python benchmarks/dump_releases.py after.txt    # with the new one
    cmp before.txt after.txt

Each release file under benchmarks/releases/ (the written-for-it set and the 266 real ones
under real/) and the tests' fixtures (and the seed, when /work/shared/seed holds it), then
the ~1 MB text `eval_releases.py --speed` reads: the whole Proposal as its dataclass repr
(every field of the record and of each participant and paragraph, the text the spans point
into, the evidence, the doubts, the source, what corrections changed). The 1 MB text's CPU
time goes to stderr.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import eval_releases  # noqa: E402

from mtgdesk.releases import RELEASE_SUFFIXES, parse_file, parse_text  # noqa: E402

ROOT = Path(__file__).parent.parent
SEED = Path("/work/shared/seed/000_aa2a17745ed38705.txt")


def release_files() -> list[Path]:
    found = sorted(p for folder in (ROOT / "benchmarks" / "releases", ROOT / "tests")
                   for p in folder.rglob("*") if p.is_file()
                   and p.suffix.lower() in RELEASE_SUFFIXES
                   and ("releases" in p.parts or "fixtures" in p.parts))
    return found + ([SEED] if SEED.exists() else [])


def _name(p: Path) -> str:
    return str(p.relative_to(ROOT) if ROOT in p.parents else p)


def main(out_path: str) -> int:
    n = 0
    paths = release_files()
    with open(out_path, "w", encoding="utf-8") as out:
        for p in paths:
            try:
                prop = parse_file(p)
            except Exception as e:  # not a release: its message is output too
                out.write(f"== {_name(p)}\nERROR {type(e).__name__}: {e}\n")
                continue
            n += 1
            # The source is the path as given: the same file in another worktree or
            # checkout would differ there alone, so it is written relative to the root.
            prop.source = _name(p)
            out.write(f"== {_name(p)}\n{prop!r}\n")
        blob = eval_releases.long_text(1.0)
        cpu = time.process_time()
        prop = parse_text(blob)
        cpu = time.process_time() - cpu
        out.write(f"== the 1 MB text\n{prop!r}\n")
    print(f"{n} releases read of {len(paths)} files; the 1 MB text in {cpu:.2f} CPU s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
