"""Issue 16, as a clerk meets it: the installed program under a real X server (Xvfb),
driven by real key events (xdotool), started while the office server is stopped.

The window opens all the same; the clerk writes a new meeting by keys and saves it
with Ctrl+S (it waits, kept on this computer); when the server is started again the
meeting is saved on it, and Ctrl+Q quits with nothing left unsaved. The server is one
this test starts (tests/pgserver.py) and stops with pg_ctl.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from mtgdesk.desk import Desk
from tests import pgserver
from tests.e2e.private_x import own_display  # noqa: F401 (fixture)
from tests.e2e.real_window import DISPLAY, main_window, program_env, wait_for, window_name, xdotool
from tests.e2e.test_window_starts import mtgdesk_command

TITLE = "Typed by keys while the server was away"


@pytest.mark.slow
def test_a_window_started_while_the_server_is_away_saves_by_keys_when_it_is_back(
        tmp_path: Path, own_display: str, seed_record) -> None:  # noqa: F811
    DISPLAY[0] = own_display
    server = pgserver.start_server(durable=True)
    proc = None
    try:
        url = server.url("postgres")
        with Desk.open(url) as setup:
            setup.save(seed_record)
            assert setup.search("security").total == 1  # the index, in MTGDESK_CACHE_DIR
        server.stop()
        home = tmp_path / "home"
        home.mkdir()
        env = program_env(own_display, home)  # the index: the suite's MTGDESK_CACHE_DIR
        proc = subprocess.Popen([*mtgdesk_command(), "--db", url], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wait_for("the window", lambda: main_window(own_display) is not None, proc)
        window = main_window(own_display)
        assert window is not None
        wait_for("a new meeting in the editor",
                 lambda: window_name(own_display, window).startswith("New meeting"), proc)
        time.sleep(1)  # the banner and the list from this computer's index
        xdotool(own_display, "windowfocus", "--sync", window)
        xdotool(own_display, "key", "--clearmodifiers", "ctrl+n")
        xdotool(own_display, "type", "--delay", "25", TITLE)
        wait_for("the title", lambda: window_name(own_display, window).startswith(TITLE),
                 proc)
        xdotool(own_display, "key", "--clearmodifiers", "ctrl+s")
        kept = home / "data" / "mtgdesk" / "offline-drafts"

        def kept_here() -> bool:
            for f in kept.glob("*/*.draft.json"):
                if json.loads(f.read_text(encoding="utf-8"))["record"]["title"] == TITLE:
                    return True
            return False

        wait_for("the draft kept on this computer", kept_here, proc)
        assert window_name(own_display, window).startswith(TITLE + "*")  # not saved yet

        server.start()

        def stored() -> bool:
            with Desk.open(url) as look:
                return TITLE in [m.title for m in look.list_meetings()]

        wait_for("the save on the server", stored, proc)
        wait_for("the window saying saved", lambda: window_name(
            own_display, window).startswith(TITLE + " —"), proc)
        assert not list(kept.glob("*/*.draft.json"))
        xdotool(own_display, "key", "--clearmodifiers", "ctrl+q")
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert proc.returncode == 0
        err = proc.communicate(timeout=30)[1].decode("utf-8", "replace")
        assert "Traceback" not in err, err[-3000:]
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.communicate()
        pgserver.remove_server(server)
