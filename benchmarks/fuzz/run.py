"""Coverage-guided fuzzing of one input surface with atheris.

    pip install atheris==2.3.0   # a tool, not a dependency of mtgdesk
    python benchmarks/fuzz/run.py TARGET [-max_total_time=600] [-print_final_stats=1]

TARGET: interchange, text, html, docx, query or template (see targets.py). A crash
(anything but a one-line UserError) is written as crash-* beside the working folder and
stops the run; -print_final_stats=1 prints the executions made.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).parent))

with atheris.instrument_imports(include=["mtgdesk", "targets"]):
    import targets  # noqa: E402


def main() -> None:
    name = sys.argv.pop(1)
    target = targets.TARGETS[name]

    def one(data: bytes) -> None:
        targets.run_one(target, data)

    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
