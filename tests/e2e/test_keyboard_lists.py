"""Issue 13 under a real X server, keys only: a pasted list of 11 countries becomes 11
rows (copied with Ctrl+C from a text field, pasted with Ctrl+V into the table, through
the X clipboard), and the window fits the screen at 1.5x after a session that left it
larger than the screen."""

from __future__ import annotations

import os
import re
import subprocess
import time

import pytest

from tests.e2e.private_x import own_display, small_display  # noqa: F401 (fixtures)
from tests.e2e.real_window import exported, running, xdotool

ELEVEN = ("Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, "
          "Singapore, Thailand, Vietnam and Timor-Leste")


@pytest.mark.slow
def test_a_pasted_list_of_eleven_countries_is_eleven_rows(tmp_path, own_display):  # noqa: F811
    with running(tmp_path, own_display) as window:
        window.new_meeting("Pasted")
        # The list as a clerk has it in another program: here the venue field, copied.
        window.key("alt+n")
        window.type(ELEVEN, 15)
        window.key("ctrl+a", "ctrl+c", "ctrl+z")
        window.key("--clearmodifiers", "ctrl+shift+a")  # into the table
        window.key("Escape")  # leave the new row's name empty...
        window.key("Delete")  # ...and remove it
        window.key("ctrl+v")
        window.key("alt+y")
        window.type("Thailand", 25)
        window.key("ctrl+s")
        window.wait_saved("Pasted")
    [meeting] = exported(window.database)
    names = [p["name"] for p in meeting["participants"]]
    assert names == ["Brunei Darussalam", "Cambodia", "Indonesia",
                     "Lao People's Democratic Republic", "Malaysia", "Myanmar",
                     "Philippines", "Singapore", "Thailand", "Viet Nam", "Timor-Leste"]


@pytest.mark.slow
def test_the_window_fits_the_screen_at_one_and_a_half(tmp_path, small_display):  # noqa: F811
    # 1280x800 at 1.5x scale, after a session that left the window 2400x1600.
    x_display = small_display
    with running(tmp_path, x_display) as window:
        # A session on a larger screen: the window left 2400x1600, beyond this one.
        xdotool(x_display, "windowsize", window.window, "2400", "1600")
        time.sleep(1)
        window.quit()  # closing saves the layout
    with running(tmp_path, x_display, QT_SCALE_FACTOR="1.5") as window:
        screen = subprocess.run(["xwininfo", "-root"], capture_output=True, text=True,
                                env={**os.environ, "DISPLAY": x_display}).stdout

        def size(text: str) -> tuple[int, int]:
            w = int(re.search(r"Width: (\d+)", text).group(1))
            h = int(re.search(r"Height: (\d+)", text).group(1))
            return w, h

        room = size(screen)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            info = subprocess.run(["xwininfo", "-id", window.window], capture_output=True,
                                  text=True, env={**os.environ, "DISPLAY": x_display}).stdout
            x = int(re.search(r"Absolute upper-left X:\s+(-?\d+)", info).group(1))
            y = int(re.search(r"Absolute upper-left Y:\s+(-?\d+)", info).group(1))
            w, h = size(info)
            if x >= 0 and y >= 0 and x + w <= room[0] and y + h <= room[1]:
                break
            time.sleep(0.5)
        assert x >= 0 and y >= 0 and x + w <= room[0] and y + h <= room[1], (x, y, w, h, room)
