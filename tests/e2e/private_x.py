"""A private X server on a display number of this process's own, for the keyboard
tests.

`Xvfb -displayfd` takes the lowest free number, :0 most often; on a machine where other
test runs start and stop their own servers, one stopping can remove the socket of the
:0 just taken by another (the window then "could not connect to display :0"). A number
derived from the process id, checked free, and a wait until xdotool can talk to it,
keeps the keyboard tests off that race.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest


def _free_display(tried: set[int]) -> int:
    start = 400 + os.getpid() % 400
    for n in list(range(start, 800)) + list(range(400, start)):
        if n in tried:
            continue
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number between :400 and :799")


@pytest.fixture
def own_display():
    yield from _display("1400x900")


@pytest.fixture
def small_display():
    """A 1280x800 screen: the laptop issue 13 was seen on."""
    yield from _display("1280x800")


def _display(size: str):
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is needed (Debian: apt-get install xvfb)"
    assert shutil.which("xdotool"), "xdotool is needed (packaging/system-deps test)"
    tried: set[int] = set()
    for _attempt in range(5):
        n = _free_display(tried)
        tried.add(n)
        server = _start(xvfb, n, size)
        if server is not None:
            break
    else:
        pytest.fail(f"Xvfb did not start on any of the displays {sorted(tried)}")
    yield f":{n}"
    server.terminate()
    server.communicate(timeout=30)


def _start(xvfb: str, n: int, size: str) -> subprocess.Popen | None:
    """Xvfb on :n once it answers, or None when the number was taken meanwhile.

    The answer must come from this server: one that lost the number to another (a test
    run beside this one, or one in a chroot whose lock file this one cannot see, sharing
    the abstract socket) ends, while xdotool may have reached the other, which can go
    away under the test ("could not connect to display"). So the server itself says it
    listens: with -displayfd it writes its number once it does, and writes nothing when
    it could not take the number; half a second of watching it (the old check) was not
    enough on a machine loaded twelve deep."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen([xvfb, f":{n}", "-displayfd", str(write_end),
                               "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        said = ready.readline().strip()  # at once when the server ends instead
    if said != str(n):
        server.kill()
        server.communicate()
        return None
    display = f":{n}"
    deadline = time.monotonic() + 60  # a loaded machine; not a measurement
    while time.monotonic() < deadline:
        if server.poll() is not None:
            return None
        probe = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True,
                               text=True, env={**os.environ, "DISPLAY": display},
                               check=False)
        if probe.returncode == 0 and server.poll() is None:
            return server
        time.sleep(0.2)
    server.kill()
    server.communicate()
    pytest.fail("Xvfb did not accept connections")
