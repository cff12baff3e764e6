"""Search in the real window: from the end of the typing's debounce to the results on
screen, and the window's memory; prints a markdown table (keep the raw output in
benchmarks/results).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_window_search.py --db big.sqlite3

The main window is opened as `mtgdesk` opens it; each query is typed into the search
field as key events (QTest.keyClicks), after Ctrl+A and Delete. Measured for each: the
time from the moment the debounce was due to end (the last keystroke's change plus
DEBOUNCE_MS) to the first paint of the results list after it holds the new page
(target: within 50 ms), and the same from the moment the debounce timer did fire.
The window's resident memory (VmRSS) and its peak (VmHWM) are read from /proc after
the window is ready and after the searches (target: at most 300 MB).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def memory_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found["VmRSS"], found["VmHWM"]


def main() -> None:  # noqa: C901 - one measuring script, read top to bottom
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=3, help="times each query is typed")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("MTGDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="mtgdesk-bench-"))

    from bench_search import BROAD, TYPICAL
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from mtgdesk.app import make_application
    from mtgdesk.ui.search import search_panel
    from mtgdesk.ui.window.startup import open_window

    app = make_application()
    window = open_window(str(args.db))
    window.resize(1280, 800)
    window.show()
    ready = {"attached": False}
    window.attached.connect(lambda: ready.__setitem__("attached", True))
    deadline = time.monotonic() + 120
    while not ready["attached"] and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert ready["attached"], "the window did not open its database"
    panel = window.search_panel
    window.search_dock.setVisible(True)  # the filters and the results list, opened
    field = panel.search_field
    view = panel.results_view
    rss_ready = memory_mb()

    marks: dict[str, float] = {}
    field.textChanged.connect(lambda _t: marks.__setitem__("changed", time.perf_counter()))
    panel._timer.timeout.connect(lambda: marks.__setitem__("fired", time.perf_counter()))
    model = panel.results
    shown = model.set_result

    def set_result(*a: object, **k: object) -> None:
        shown(*a, **k)  # type: ignore[arg-type]
        marks["set"] = time.perf_counter()

    model.set_result = set_result  # type: ignore[method-assign]

    panel.searched.connect(lambda _n: marks.__setitem__("searched", time.perf_counter()))
    listing = window.list_model
    narrow = listing.set_ids

    def set_ids(*a: object, **k: object) -> None:
        narrow(*a, **k)  # type: ignore[arg-type]
        marks.setdefault("listed", time.perf_counter())  # the first narrowing

    listing.set_ids = set_ids  # type: ignore[method-assign]

    class Painted(QObject):
        def __init__(self, after: str, mark: str) -> None:
            super().__init__()
            self.after, self.mark = after, mark

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and self.after in marks and \
                    self.mark not in marks:
                marks[self.mark] = time.perf_counter()
            return False

    watch = Painted("set", "painted")
    view.viewport().installEventFilter(watch)
    listed = Painted("listed", "list painted")
    window.meeting_list.viewport().installEventFilter(listed)

    def wait(cond, seconds: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
        end = time.monotonic() + seconds
        while not cond() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.001)
        return bool(cond())

    debounce = search_panel.DEBOUNCE_MS / 1000
    rows = []
    for q in [*TYPICAL, *BROAD]:
        after_due: list[float] = []
        after_fired: list[float] = []
        in_list: list[float] = []
        every: list[float] = []
        for _ in range(args.repeat):
            field.setFocus()
            QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(field, Qt.Key.Key_Delete)
            wait(lambda: not panel._timer.isActive() and panel.status_label.text() !=
                 "Searching…", 10)
            QTimer.singleShot(0, lambda: None)
            wait(lambda: False, 0.3)  # the blank query's answer is in and shown
            marks.clear()
            for ch in q:  # a key event for each character (keyClicks is ASCII only)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(field, QKeyEvent(
                        kind, 0, Qt.KeyboardModifier.NoModifier, ch))
            wait(lambda: "searched" in marks)  # every match in the list: the next may go
            if "list painted" not in marks and "listed" in marks:
                wait(lambda: "list painted" in marks, 1.0)  # an empty list may not paint
                marks.setdefault("list painted", marks["listed"])
            if "list painted" not in marks:
                print(f"no results painted for {q!r}: {sorted(marks)}", file=sys.stderr)
                continue
            due = marks["changed"] + debounce
            after_due.append((marks["set"] - due) * 1000)
            after_fired.append((marks["list painted"] - marks["fired"]) * 1000)
            in_list.append((marks["list painted"] - due) * 1000)
            every.append((marks["searched"] - due) * 1000)
        rows.append((q, model.total(), statistics.median(after_due),
                     statistics.median(after_fired), statistics.median(in_list),
                     statistics.median(every)))
    rss_after = memory_mb()
    window.close()

    print(f"\n**{args.db}**, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average at the end {os.getloadavg()[0]:.1f}; each query typed "
          f"{args.repeat} times, medians\n")
    print("| query | matches | debounce due -> first page in the results model "
          "| timer fired -> list painted | debounce due -> meeting list narrowed and painted "
          "| debounce due -> every match in the list |\n| --- | ---: | ---: | ---: | ---: | ---: |")
    for q, total, due_ms, fired_ms, list_ms, every_ms in rows:
        print(f"| `{q}` | {total:,} | {due_ms:.0f} ms | {fired_ms:.0f} ms | {list_ms:.0f} ms "
              f"| {every_ms:.0f} ms |")
    everything = [r[5] for r in rows]
    dues = [r[2] for r in rows]
    fired = [r[3] for r in rows]
    lists = [r[4] for r in rows]
    print("\n| measure | result | target |\n| --- | ---: | ---: |")
    print(f"| first results in the window (the meeting list narrowed to the matches and "
          f"painted) after the debounce, median / slowest over {len(rows)} queries | "
          f"{statistics.median(lists):.0f} / {max(lists):.0f} ms | ≤ 50 ms |")
    print(f"| the same from the debounce timer's firing | {statistics.median(fired):.0f} / "
          f"{max(fired):.0f} ms | |")
    print(f"| the first page of hits in the panel's model, after the debounce | "
          f"{statistics.median(dues):.0f} / {max(dues):.0f} ms | |")
    print(f"| every match in the meeting list (ranked), after the debounce | "
          f"{statistics.median(everything):.0f} / {max(everything):.0f} ms | |")
    print(f"| window memory when ready (resident / peak) | {rss_ready[0]:.0f} / "
          f"{rss_ready[1]:.0f} MB | ≤ 300 MB |")
    print(f"| window memory after the searches (resident / peak) | {rss_after[0]:.0f} / "
          f"{rss_after[1]:.0f} MB | ≤ 300 MB |")


if __name__ == "__main__":
    main()
