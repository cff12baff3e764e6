"""Keyboard effort of entering the seed meeting, and Ctrl+N to the cursor in Title.

Prints figures, asserts nothing (run: python benchmarks/bench_keyboard.py). The keys
are those the keyboard-only window test sends (tests/e2e/seed_by_keys.py): each typed
character is one key, each key or chord one. "Extra" keys are the keys beyond the
characters of the values stored (title, dates written 2007-03-23, venue, host country,
every participant's name, acronym, honorific, post and delegation, the paragraphs'
text): Enter, Tab, Insert, the kind and role letters, minus what autocomplete saves
(`UNDP` stores 36 characters of name and 4 of acronym). Target (issue 13): at most 60
extra keys for the seed's 22 participants (and the co-chair the test adds) and 2
paragraphs.

The time from Ctrl+N (leaving the open seed meeting) to the cursor in Title is taken
in-process on an offscreen window: the key event is sent, and the clock stops when
Title has the focus; median of 30.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MTGDESK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="mtgdesk-bench-")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.seed_by_keys import keys_pressed, steps, value_characters  # noqa: E402

SEED = ROOT / "tests" / "fixtures" / "human-security-2007.json"


def effort() -> None:
    [meeting] = json.loads(SEED.read_text(encoding="utf-8"))["meetings"]
    script = steps(meeting)
    keys = keys_pressed(script)
    values = value_characters(meeting)
    chords = Counter(text for kind, text in script if kind == "key")
    typed = sum(len(text) for kind, text in script if kind == "type")
    people = len(meeting["participants"]) + 1
    print(f"participants {people} (the seed's {people - 1} and a co-chair), "
          f"paragraphs {len(meeting['paragraphs'])}")
    print(f"keys pressed                 {keys:6d}")
    print(f"  characters typed           {typed:6d}")
    print(f"  other keys and chords      {sum(chords.values()):6d}   "
          + ", ".join(f"{k} {n}" for k, n in chords.most_common()))
    print(f"characters of the values     {values:6d}")
    extra = keys - values
    print(f"extra keys (keys - values)   {extra:6d}   target <= 60: "
          f"{'ok' if extra <= 60 else 'OVER'}")


def ctrl_n_to_title(repeat: int = 30) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from mtgdesk.desk import Desk
    from mtgdesk.store.database import open_database
    from mtgdesk.ui.window.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="mtgdesk-bench-keys-"))
    desk = Desk(open_database(str(folder / "bench.sqlite3")))
    desk.import_files([SEED])
    window = MainWindow(desk)
    window.show()
    app.processEvents()
    title = window.editor.form.title
    samples = []
    for _ in range(repeat):
        window.open_first_or_new()
        app.processEvents()
        window.meeting_list.setFocus()
        start = time.perf_counter()
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        while QApplication.focusWidget() is not title:
            app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    print(f"Ctrl+N to the cursor in Title   median {statistics.median(samples):6.1f} ms   "
          f"max {max(samples):6.1f} ms   (n={repeat}, offscreen, the seed meeting open)")
    window.close()


if __name__ == "__main__":
    effort()
    ctrl_n_to_title()
