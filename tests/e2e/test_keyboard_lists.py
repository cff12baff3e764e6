"""Issue 13 under a real X server, keys only: a pasted list of 11 countries becomes 11
rows (copied with Ctrl+C from a text field, pasted with Ctrl+V into the table, through
the X clipboard), and the window fits the screen at 1.5x after a session that left it
larger than the screen."""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.private_x import own_display, small_display  # noqa: F401 (fixtures)
from tests.e2e.test_keyboard_entry import (
    DISPLAY,
    main_window,
    wait_for,
    window_name,
    xdotool,
)
from tests.e2e.test_window_starts import mtgdesk_command

ELEVEN = ("Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, "
          "Singapore, Thailand, Vietnam and Timor-Leste")


def start(tmp_path: Path, display: str, **extra: str) -> tuple[subprocess.Popen, Path]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               TZ="UTC", LC_ALL="C.UTF-8", LANG="C.UTF-8", QT_QPA_PLATFORM="xcb", **extra)
    database = tmp_path / "lists.sqlite3"
    proc = subprocess.Popen([*mtgdesk_command(), "--db", str(database)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for("the window", lambda: main_window(display) is not None, proc)
    wait_for("the database", database.exists, proc)
    time.sleep(1)  # the desk attaches behind the first paint
    return proc, database


class _Ended:
    """A process stand-in for wait_for while waiting for the real one to end."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self._proc = proc

    def poll(self) -> None:
        return None


def stop(proc: subprocess.Popen) -> str:
    proc.terminate()
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    return err.decode("utf-8", "replace")


def exported(database: Path) -> list[dict]:
    """The meetings the program stored, as `mtgdesk export` gives them."""
    out = subprocess.run([*mtgdesk_command(), "--db", str(database), "export"],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["meetings"]


@pytest.mark.slow
def test_a_pasted_list_of_eleven_countries_is_eleven_rows(tmp_path, own_display):  # noqa: F811
    x_display = own_display
    DISPLAY[0] = x_display
    proc, database = start(tmp_path, x_display)
    try:
        window = main_window(x_display)
        assert window is not None
        xdotool(x_display, "windowfocus", "--sync", window)
        xdotool(x_display, "key", "ctrl+n")
        xdotool(x_display, "type", "--delay", "25", "Pasted")
        wait_for("Title", lambda: window_name(x_display, window).startswith("Pasted"), proc)
        # The list as a clerk has it in another program: here the venue field, copied.
        xdotool(x_display, "key", "alt+n")
        xdotool(x_display, "type", "--delay", "15", ELEVEN)
        xdotool(x_display, "key", "ctrl+a", "ctrl+c", "ctrl+z")
        xdotool(x_display, "key", "--clearmodifiers", "ctrl+shift+a")  # into the table
        xdotool(x_display, "key", "Escape")  # leave the new row's name empty...
        xdotool(x_display, "key", "Delete")  # ...and remove it
        xdotool(x_display, "key", "ctrl+v")
        xdotool(x_display, "key", "alt+y")
        xdotool(x_display, "type", "--delay", "25", "Thailand")
        xdotool(x_display, "key", "ctrl+s")
        wait_for("the save", lambda: window_name(x_display, window) == "Pasted — mtgdesk",
                 proc)
    finally:
        err = stop(proc)
    assert "Traceback" not in err, err[-3000:]
    [meeting] = exported(database)
    names = [p["name"] for p in meeting["participants"]]
    assert names == ["Brunei Darussalam", "Cambodia", "Indonesia",
                     "Lao People's Democratic Republic", "Malaysia", "Myanmar",
                     "Philippines", "Singapore", "Thailand", "Viet Nam", "Timor-Leste"]


@pytest.mark.slow
def test_the_window_fits_the_screen_at_one_and_a_half(tmp_path, small_display):  # noqa: F811
    # 1280x800 at 1.5x scale, after a session that left the window 2400x1600.
    x_display = small_display
    DISPLAY[0] = x_display
    proc, _db = start(tmp_path, x_display)
    try:
        window = main_window(x_display)
        assert window is not None
        # A session on a larger screen: the window left 2400x1600, beyond this one.
        xdotool(x_display, "windowsize", window, "2400", "1600")
        time.sleep(1)
        xdotool(x_display, "windowfocus", "--sync", window)
        xdotool(x_display, "key", "ctrl+q")  # closing saves the layout
        wait_for("the program to end", lambda: proc.poll() is not None, _Ended(proc))
    finally:
        stop(proc)
    proc, _db = start(tmp_path, x_display, QT_SCALE_FACTOR="1.5")
    try:
        window = main_window(x_display)
        assert window is not None
        screen = subprocess.run(["xwininfo", "-root"], capture_output=True, text=True,
                                env={**os.environ, "DISPLAY": x_display}).stdout

        def size(text: str) -> tuple[int, int]:
            w = int(re.search(r"Width: (\d+)", text).group(1))
            h = int(re.search(r"Height: (\d+)", text).group(1))
            return w, h

        room = size(screen)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            info = subprocess.run(["xwininfo", "-id", window], capture_output=True,
                                  text=True, env={**os.environ, "DISPLAY": x_display}).stdout
            x = int(re.search(r"Absolute upper-left X:\s+(-?\d+)", info).group(1))
            y = int(re.search(r"Absolute upper-left Y:\s+(-?\d+)", info).group(1))
            w, h = size(info)
            if x >= 0 and y >= 0 and x + w <= room[0] and y + h <= room[1]:
                break
            time.sleep(0.5)
        assert x >= 0 and y >= 0 and x + w <= room[0] and y + h <= room[1], (x, y, w, h, room)
    finally:
        err = stop(proc)
    assert "Traceback" not in err, err[-3000:]
