"""Issue 13, keys at any speed, under a real X server: a meeting typed in one burst of
keys (no pause anywhere: dates straight after Tab, each name straight after Insert or
Ctrl+Shift+A, the paragraph straight after Ctrl+Shift+P) while the program is held up
as a loaded machine holds it, is stored exactly as typed.

The load is made without loading the machine: the program is stopped and let go in turns
(SIGSTOP, SIGCONT) while xdotool types, so X queues the keys and the program reads them
in bursts, late, as it does when the CPU is busy. Before ui.popup_keys this lost names
or their first letters ("FP" for "WFP"), added no row for some, or renamed the row
before: the completer's popup grabs the keyboard, and Qt took X's report of the grab
for the window losing the focus.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.private_x import own_display  # noqa: F401 (fixture)
from tests.e2e.real_window import exported, running

# What is typed for each row, and the name stored: by name, acronym or part of it.
ROWS = [("Indo", "Indonesia"), ("Canada", "Canada"), ("UNDP",
        "United Nations Development Programme"), ("Japan", "Japan"),
        ("Vietnam", "Viet Nam"), ("OCHA", "UN Office for the Coordination of Humanitarian "
                                          "Affairs"), ("Australia", "Australia"),
        ("Kenya", "Kenya"), ("UNICEF", "United Nations Children’s Fund"),
        ("Denmark", "Denmark"), ("WFP", "World Food Programme"), ("Peru", "Peru")]
PARAGRAPH = "The meeting agreed to meet again in Jakarta, in 2008."
KEYSYMS = {" ": "space", ",": "comma", ".": "period", "-": "minus"}


def keysyms(text: str) -> list[str]:
    return [KEYSYMS.get(c, c) for c in text]


def burst() -> list[str]:
    keys = [*keysyms("Speed"), "Tab", *keysyms("23 March 2007"), "Tab", "Tab", "Tab",
            "Tab", *keysyms("March 28, 2007")]
    for n, (typed, _name) in enumerate(ROWS):
        keys += ["Insert" if n % 2 else "ctrl+shift+a", *keysyms(typed), "Return"]
    keys += ["ctrl+shift+p", *keysyms(PARAGRAPH)]
    return keys


@contextmanager
def held_up(pid: int) -> Iterator[None]:
    """The program stopped 60 ms, let go 40 ms, in turns, until the block ends."""
    done = threading.Event()

    def turns() -> None:
        while not done.is_set():
            os.kill(pid, signal.SIGSTOP)
            time.sleep(0.06)
            os.kill(pid, signal.SIGCONT)
            time.sleep(0.04)

    thread = threading.Thread(target=turns, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        os.kill(pid, signal.SIGCONT)


@pytest.mark.slow
def test_a_meeting_typed_in_one_burst_while_held_up_is_stored_as_typed(
        tmp_path: Path, own_display: str) -> None:  # noqa: F811
    with running(tmp_path, own_display) as window:
        window.new_meeting("x")
        window.key("BackSpace")
        with held_up(window.proc.pid):
            # One xdotool command: 5 ms between keys, nothing waits for the window.
            window.key("--delay", "5", *burst())
        window.key("ctrl+s")
        window.wait_saved("Speed")
    [meeting] = exported(window.database)
    assert [p["name"] for p in meeting["participants"]] == [name for _t, name in ROWS]
    assert (meeting["title"], meeting["held_on"], meeting["released_on"]) == (
        "Speed", "2007-03-23", "2007-03-28")
    assert [p["text"] for p in meeting["paragraphs"]] == [PARAGRAPH]
