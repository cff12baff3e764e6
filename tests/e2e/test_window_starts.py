"""The installed `mtgdesk` command opens its window under a real X server and stays up.

A private X server (Xvfb) is started and waited for: with -displayfd it writes its
display number once it accepts connections, which xvfb-run does not wait for reliably on
a loaded machine. A small driver then starts the command on it, waits for a top-level
window whose name contains "mtgdesk" (xwininfo, from x11-utils), waits for the database
the window opens behind its first paint, checks the program still runs two seconds
later, then ends it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = r"""
import json, os, re, subprocess, sys, time

cmd = json.loads(sys.argv[1])
database = sys.argv[2]  # made by the database opener, which runs behind the first paint
proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
title = None
deadline = time.monotonic() + 60  # a generous bound for a slow machine, not a measurement
while time.monotonic() < deadline and proc.poll() is None:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True,
                          text=True).stdout
    names = re.findall(r'^\s*0x[0-9a-f]+ "([^"]*)"', tree, re.MULTILINE)
    # Qt's own helper windows ("Qt Selection Owner for mtgdesk") are not the window.
    for name in (n for n in names if "mtgdesk" in n and not n.startswith("Qt ")):
        info = subprocess.run(["xwininfo", "-name", name], capture_output=True,
                              text=True).stdout
        if "IsViewable" in info:
            title = name
            break
    if title is not None:
        break
    time.sleep(0.2)
alive = None
created = False
if title is not None:
    # The window paints before the database is opened (on a worker): wait for the file,
    # as long as a loaded machine may need, then see the program is still up.
    deadline = time.monotonic() + 60
    while not created and time.monotonic() < deadline and proc.poll() is None:
        created = os.path.exists(database)
        time.sleep(0.2)
    time.sleep(2)
    alive = proc.poll() is None
proc.terminate()
try:
    out, err = proc.communicate(timeout=15)
except subprocess.TimeoutExpired:
    proc.kill()
    out, err = proc.communicate()
print(json.dumps({"title": title, "alive_after_2s": alive, "created": created,
                  "returncode": proc.returncode,
                  "stderr": err.decode("utf-8", "replace")[-3000:]}))
"""


def mtgdesk_command() -> list[str]:
    """The console script installed beside this Python, else on PATH, else -m."""
    beside = Path(sys.executable).with_name("mtgdesk")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("mtgdesk")
    return [found] if found else [sys.executable, "-m", "mtgdesk"]


@pytest.fixture
def x_display():
    """A private X server's DISPLAY, the server ready for connections."""
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is needed (Debian: apt-get install xvfb)"
    read_end, write_end = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_end), "-screen", "0",
                               "1400x900x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()  # written once the server is up
    if not number:
        server.kill()
        pytest.fail(f"Xvfb did not start: {server.communicate()[1].decode()[-2000:]}")
    yield f":{number}"
    server.terminate()
    server.communicate(timeout=30)  # waits, and closes its stderr pipe


@pytest.mark.slow
def test_installed_command_opens_its_window_under_x(tmp_path: Path, x_display: str) -> None:
    assert shutil.which("xwininfo"), "xwininfo is needed (Debian: apt-get install x11-utils)"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the tests' offscreen default: this one wants X
    env["DISPLAY"] = x_display
    database = tmp_path / "window.sqlite3"
    cmd = [*mtgdesk_command(), "--db", str(database)]
    result = subprocess.run([sys.executable, "-c", DRIVER, json.dumps(cmd), str(database)],
                            capture_output=True, text=True, env=env, timeout=180,
                            check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["title"] is not None, f"no mtgdesk window appeared: {report['stderr']}"
    assert report["title"].endswith("mtgdesk"), report["title"]  # "New meeting — mtgdesk"
    assert report["alive_after_2s"], f"the program ended: {report['stderr']}"
    assert "Traceback" not in report["stderr"], report["stderr"]
    assert report["created"], f"no database was made: {report['stderr']}"  # first start
