"""No display: one line and exit 1, before Qt is loaded (issue: exit 134 inside Qt)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from mtgdesk import display
from mtgdesk.domain.errors import UserError


def test_no_variables_is_no_display():
    assert display.display_problem({}, "linux") == "neither DISPLAY nor WAYLAND_DISPLAY is set"


def test_an_x_display_nobody_serves_is_named():
    problem = display.display_problem({"DISPLAY": ":48713"}, "linux")
    assert problem == "cannot connect to the X display ':48713' named by DISPLAY"


def test_a_wayland_socket_that_is_not_there_is_named(tmp_path):
    env = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert "'wayland-9'" in display.display_problem(env, "linux")


def test_a_served_x_display_is_a_display():
    # An X server listens on the abstract socket "/tmp/.X11-unix/XN": stand in for one.
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind("\0/tmp/.X11-unix/X48714")
        server.listen(1)
        assert display.display_problem({"DISPLAY": ":48714.0"}, "linux") is None


def test_a_served_wayland_socket_is_a_display(tmp_path):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-1"))
        server.listen(1)
        env = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path)}
        assert display.display_problem(env, "linux") is None


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc:size=800x600"])
def test_a_platform_chosen_by_the_user_is_not_questioned(platform):
    assert display.display_problem({"QT_QPA_PLATFORM": platform}, "linux") is None


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_always_have_a_display(platform):
    assert display.display_problem({}, platform) is None


def test_a_missing_qt_library_is_named_with_its_package(monkeypatch):
    monkeypatch.setattr(display, "XCB_LIBRARIES",
                        {"libmtgdesk-absent.so.7": "libmtgdesk-absent7",
                         **display.XCB_LIBRARIES})
    missing = display.missing_libraries({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert missing == ["libmtgdesk-absent.so.7"]  # and everything Qt needs is here
    with pytest.raises(UserError, match="apt-get install libmtgdesk-absent7"):
        raise UserError(display.missing_libraries_message(missing))


def test_the_window_command_without_a_display_is_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    db = tmp_path / "meetings.sqlite3"
    beside = Path(sys.executable).with_name("mtgdesk")
    argv = [str(beside)] if beside.exists() else [sys.executable, "-m", "mtgdesk"]
    out = subprocess.run([*argv, "--db", str(db)], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 1
    assert out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("mtgdesk: error: no display: neither DISPLAY nor")
    assert "mtgdesk --help" in lines[0]
    assert not db.exists()  # nothing was opened or created


def test_a_command_needs_no_display(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "mtgdesk", "--db", str(tmp_path / "m.sqlite3"),
                          "list"], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize("platform, needs", [("wayland", "WAYLAND_DISPLAY"), ("xcb", "DISPLAY")])
def test_a_platform_asked_for_names_the_variable_it_lacks(platform, needs):
    env = {"QT_QPA_PLATFORM": platform, "DISPLAY": ":48715", "WAYLAND_DISPLAY": ""}
    if platform == "xcb":
        env = {"QT_QPA_PLATFORM": platform, "WAYLAND_DISPLAY": "wayland-0"}
    problem = display.display_problem(env, "linux")
    assert problem == (f"QT_QPA_PLATFORM={platform} asks for "
                       f"{'Wayland' if platform == 'wayland' else 'X11'}, but {needs} is not set")
