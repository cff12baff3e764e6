"""Issue 13, as a clerk meets it: the installed program under a real X server (Xvfb),
driven by real key events (xdotool), keys only.

The whole seed meeting is typed (dates as text, participants by name and acronym with
Enter taking the suggestion, a person's details, a co-chair, two paragraphs), saved
with Ctrl+S and exported with Ctrl+E through the file dialog; the exported file must
hold the fixture. The keys are those of tests/e2e/seed_by_keys.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.private_x import own_display  # noqa: F401 (fixture)
from tests.e2e.seed_by_keys import CO_CHAIR, steps
from tests.e2e.test_window_starts import mtgdesk_command
from tests.ui.test_main_window import assert_holds

FIXTURE = Path(__file__).parents[1] / "fixtures" / "human-security-2007.json"
# Bounds for a loaded machine to react; never a measurement.
PATIENCE = 60
DISPLAY: list[str] = [""]  # the test's X display, for a screenshot when a wait fails


def xdotool(display: str, *args: str) -> str:
    out = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "DISPLAY": display}, check=False)
    return out.stdout.strip()


def window_name(display: str, window: str) -> str:
    return xdotool(display, "getwindowname", window)


def wait_for(what: str, check, proc: subprocess.Popen) -> None:
    """Wait, or fail with a screenshot of the screen (its path in the message)."""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the program ended while waiting for {what}: "
                        f"{proc.communicate()[1].decode('utf-8', 'replace')[-3000:]}")
        if check():
            return
        time.sleep(0.2)
    shot = Path(os.environ.get("TMPDIR", "/tmp")) / f"mtgdesk-keys-{os.getpid()}.png"
    subprocess.run(["import", "-window", "root", str(shot)], env={
        **os.environ, "DISPLAY": DISPLAY[0]}, capture_output=True, check=False, timeout=60)
    pytest.fail(f"timed out waiting for {what} (the screen: {shot})")


def main_window(display: str) -> str | None:
    found = xdotool(display, "search", "--onlyvisible", "--name", " — mtgdesk$").split()
    return found[0] if found else None


@pytest.mark.slow
def test_the_seed_meeting_typed_by_keyboard_alone(tmp_path: Path, own_display: str) -> None:  # noqa: F811
    x_display = own_display
    assert shutil.which("xdotool"), "xdotool is needed (packaging/system-deps test)"
    DISPLAY[0] = x_display
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    [meeting] = fixture["meetings"]
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=x_display, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               TZ="UTC", LC_ALL="C.UTF-8", LANG="C.UTF-8", QT_QPA_PLATFORM="xcb")
    database = tmp_path / "keys.sqlite3"
    proc = subprocess.Popen([*mtgdesk_command(), "--db", str(database)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for("the window", lambda: main_window(x_display) is not None, proc)
        wait_for("the database", database.exists, proc)
        window = main_window(x_display)
        assert window is not None
        time.sleep(1)  # the desk attaches behind the first paint
        xdotool(x_display, "windowfocus", "--sync", window)
        for kind, text in steps(meeting):
            if kind == "key":
                xdotool(x_display, "key", "--clearmodifiers", "--delay", "40", text)
            elif kind == "type":
                xdotool(x_display, "type", "--delay", "25", text)
            elif kind == "pause":
                time.sleep(float(text))
            elif text == "title":
                # The cursor is in Title once what is typed there names the window.
                xdotool(x_display, "type", "--delay", "25", "x")
                wait_for("Title", lambda: window_name(x_display, window).startswith("x"),
                         proc)
                xdotool(x_display, "key", "BackSpace")
            elif text == "saved":
                wait_for("the save", lambda: window_name(x_display, window).startswith(
                    meeting["title"] + " —"), proc)  # no "*": nothing unsaved
        out = tmp_path / "exported.json"
        xdotool(x_display, "key", "ctrl+e")
        wait_for("the export dialog", lambda: xdotool(
            x_display, "search", "--onlyvisible", "--name", "Export").strip() != "", proc)
        time.sleep(0.5)
        xdotool(x_display, "key", "ctrl+a")
        xdotool(x_display, "type", "--delay", "25", str(out))
        xdotool(x_display, "key", "Return")
        wait_for("the exported file", lambda: out.exists() and out.stat().st_size > 0, proc)
        time.sleep(0.5)  # written whole: replaced in one rename
    finally:
        proc.terminate()
        try:
            _out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _out, err = proc.communicate()
    assert "Traceback" not in err.decode("utf-8", "replace"), err.decode()[-3000:]
    exported = json.loads(out.read_text(encoding="utf-8"))
    expected = json.loads(json.dumps(fixture))
    expected["meetings"][0]["participants"].append(CO_CHAIR)
    [got] = exported["meetings"]
    assert [p["name"] for p in got["participants"]] == [
        p["name"] for p in expected["meetings"][0]["participants"]]
    assert_holds(exported, expected)
