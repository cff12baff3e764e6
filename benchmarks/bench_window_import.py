"""File > Import of N meetings from the real window, offscreen: is the window alive?

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_window_import.py --meetings 100000

Generates N meetings (benchmarks/generate.py) into an interchange file, opens a
MainWindow on a new database through the Desk, and triggers File > Import with the
file picker answered. Meanwhile the GUI thread runs a 10 ms timer, and the progress
dialog's paints are counted. Reported: the total time (trigger to the window's
`changes_applied`), the longest gap between timer ticks (how long the GUI thread was
ever unable to run an event: the window's responsiveness), the longest gap between
paints of the progress dialog once it showed, and how often the bar moved.
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
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QProgressDialog  # noqa: E402

from mtgdesk.domain import interchange  # noqa: E402

TICK_MS = 10


class Paints(QObject):
    """Times of the paint events a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False


def longest_gap(times: list[float]) -> float:
    return max((b - a for a, b in zip(times, times[1:], strict=False)), default=0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=2007)
    ap.add_argument("--dir", help="where the file and database go (default: a temp dir)")
    args = ap.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="mtgdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"meetings-{args.meetings}.json"
    db = folder / f"window-import-{args.meetings}.sqlite3"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    t0 = time.perf_counter()
    if not source.exists():
        source.write_text(interchange.dumps(generate(args.meetings, args.seed)),
                          encoding="utf-8")
    print(f"file: {source} ({source.stat().st_size / 1e6:.1f} MB, "
          f"{time.perf_counter() - t0:.1f} s to make)")

    app = QApplication.instance() or QApplication([])
    from mtgdesk.desk import Desk
    from mtgdesk.ui import dialogs
    from mtgdesk.ui.window.main_window import MainWindow

    dialogs.open_files = lambda *_a, **_k: [str(source)]  # the clerk picks the file
    dialogs.error = lambda _w, title, text: print(f"ERROR {title}: {text}")
    desk = Desk.open(db)
    window = MainWindow(desk)
    window.resize(1200, 800)
    window.show()
    app.processEvents()  # before the measurement: the window is up and idle

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    paints = Paints()
    progress_values: list[tuple[float, int, int]] = []
    done = QEventLoop()
    finished: list[float] = []

    def applied(changes: object) -> None:
        finished.append(time.perf_counter())
        done.quit()

    window.changes_applied.connect(applied)
    timer.start()
    start = time.perf_counter()
    window.import_action.trigger()
    op = window.current_write
    assert op is not None, "the import did not start on a worker"
    op.progressed.connect(lambda d, t: progress_values.append((time.perf_counter(), d, t)))
    dialog = window.findChild(QProgressDialog, "longWriteProgress")
    dialog.installEventFilter(paints)
    op.failed.connect(lambda exc: (print(f"FAILED: {exc!r}"), done.quit()))
    done.exec()
    end = finished[0] if finished else time.perf_counter()
    ticks_during = [t for t in ticks if start <= t <= end]
    app.processEvents()
    stored = desk.count()
    gaps = sorted(b - a for a, b in zip(ticks_during, ticks_during[1:], strict=False))

    print(f"meetings: {args.meetings:,} generated, {stored:,} stored")
    print(f"total import from the window: {end - start:.1f} s")
    print(f"GUI timer ({TICK_MS} ms): {len(ticks_during):,} ticks; longest gap "
          f"{longest_gap([start, *ticks_during, end]) * 1000:.0f} ms; median gap "
          f"{statistics.median(gaps) * 1000:.1f} ms; 99th percentile "
          f"{gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms" if gaps else "no ticks")
    marks = [start, *ticks_during, end]
    worst = sorted(zip(marks, marks[1:], strict=False), key=lambda ab: ab[0] - ab[1])[:5]
    first_bar = progress_values[0][0] - start if progress_values else float("nan")
    print(f"first progress report at {first_bar:.1f} s (files read, records validated)")
    print("longest gaps (starting at, seconds after the trigger): " + ", ".join(
        f"{(b - a) * 1000:.0f} ms at {a - start:.1f} s" for a, b in worst))
    shown = paints.times
    print(f"progress dialog: {len(shown):,} paints; longest gap between paints "
          f"{longest_gap(shown) * 1000:.0f} ms; the bar moved {len(progress_values):,} "
          f"times, last {progress_values[-1][1:] if progress_values else None}")
    print(f"list after import: {window.list_model.total():,} meetings, "
          f"{window.list_model.rowCount()} rows loaded")
    window.close()
    desk.close()


if __name__ == "__main__":
    main()
