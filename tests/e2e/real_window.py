"""The installed program in a real X server, driven by xdotool: what every real-window
test shares (start it on a fresh home, find and focus its window, wait for what the
window shows, stop it and check it printed no traceback, read back what it stored)."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.test_window_starts import mtgdesk_command

# Bounds for a loaded machine to react; never a measurement.
PATIENCE = 60
DISPLAY: list[str] = [""]  # the test's X display, for a screenshot when a wait fails


def xdotool(display: str, *args: str) -> str:
    out = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "DISPLAY": display}, check=False)
    return out.stdout.strip()


def window_name(display: str, window: str) -> str:
    return xdotool(display, "getwindowname", window)


class Never:
    """A process stand-in for wait_for while waiting for the real one to end."""

    def poll(self) -> None:
        return None


def wait_for(what: str, check: Callable[[], object], proc: subprocess.Popen | Never) -> None:
    """Wait, or fail with a screenshot of the screen (its path in the message)."""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            assert isinstance(proc, subprocess.Popen)
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


def program_env(display: str, home: Path, **extra: str) -> dict[str, str]:
    """The program's environment: this display, a home of its own, UTC and the C locale."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               TZ="UTC", LC_ALL="C.UTF-8", LANG="C.UTF-8", QT_QPA_PLATFORM="xcb")
    env.update(extra)
    return env


def start(tmp_path: Path, display: str, name: str = "lists.sqlite3",
          **extra: str) -> tuple[subprocess.Popen, Path]:
    """The program on tmp_path/name, once its window is up and its database open."""
    DISPLAY[0] = display
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    database = tmp_path / name
    proc = subprocess.Popen([*mtgdesk_command(), "--db", str(database)],
                            env=program_env(display, home, **extra),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for("the window", lambda: main_window(display) is not None, proc)
    wait_for("the database", database.exists, proc)
    time.sleep(1)  # the desk attaches behind the first paint
    return proc, database


def stop(proc: subprocess.Popen) -> str:
    """End the program (if it has not ended) and give what it printed on stderr."""
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


@dataclass(frozen=True)
class Window:
    """The running program's main window, focused."""

    display: str
    window: str
    proc: subprocess.Popen
    database: Path

    def key(self, *keys: str) -> None:
        xdotool(self.display, "key", *keys)

    def type(self, text: str, delay_ms: int = 20) -> None:
        xdotool(self.display, "type", "--delay", str(delay_ms), text)

    def name(self) -> str:
        return window_name(self.display, self.window)

    def wait(self, what: str, check: Callable[[], object]) -> None:
        wait_for(what, check, self.proc)

    def new_meeting(self, title: str) -> None:
        """Ctrl+N and the title typed; returns once the window is named by it."""
        self.key("ctrl+n")
        self.type(title, 25)
        self.wait(title, lambda: self.name().startswith(title))

    def wait_saved(self, title: str) -> None:
        """The window named by the title without "*": nothing left unsaved."""
        self.wait(f"{title} saved", lambda: self.name() == f"{title} — mtgdesk")

    def focus(self) -> None:
        xdotool(self.display, "windowfocus", "--sync", self.window)

    def quit(self) -> None:
        """Ctrl+Q, and wait for the program to end."""
        self.focus()
        self.key("ctrl+q")
        wait_for("the program to end", lambda: self.proc.poll() is not None, Never())


@contextmanager
def running(tmp_path: Path, display: str, name: str = "lists.sqlite3",
            **extra: str) -> Iterator[Window]:
    """The program started on display with its main window focused; stopped at the end
    of the block, which fails if it printed a traceback."""
    proc, database = start(tmp_path, display, name, **extra)
    try:
        window = main_window(display)
        assert window is not None
        shown = Window(display, window, proc, database)
        shown.focus()
        yield shown
    finally:
        err = stop(proc)
    assert "Traceback" not in err, err[-3000:]
