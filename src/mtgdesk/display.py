"""Can the window open here? Asked before Qt is loaded, so that a missing display or a
missing system library is one line from the program instead of Qt's abort (exit 134
and "xcb-cursor0 or libxcb-cursor0 is needed" when the truth is there is no screen).

No Qt here: the answer must come before PySide6 is imported, and the CLI's commands
never ask (they need no display).
"""

from __future__ import annotations

import ctypes
import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

from mtgdesk.domain.errors import UserError

HOW_TO_RUN = ("run it in a desktop session, or use the commands, which need no display "
              "(mtgdesk --help)")

# Platforms that draw nowhere or somewhere other than a local display: the user chose.
NO_DISPLAY_PLATFORMS = {"offscreen", "minimal", "vnc", "vkkhrdisplay", "eglfs", "linuxfb"}

# What Qt's xcb platform plugin loads, by soname, with the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libglib-2.0.so.0": "libglib2.0-0",
}


class NoDisplayError(UserError):
    pass


def check(env: Mapping[str, str] | None = None) -> None:
    """Raise NoDisplayError, with the sentence for the user, when the window cannot open."""
    problem = display_problem(os.environ if env is None else env)
    if problem:
        raise NoDisplayError(f"no display: {problem}; {HOW_TO_RUN}")
    missing = missing_libraries(os.environ if env is None else env)
    if missing:
        raise UserError(missing_libraries_message(missing))


def display_problem(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why no window can be shown, or None when one can (or we cannot tell)."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None  # Windows and macOS always have their own window system
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip().lower()
    if chosen in NO_DISPLAY_PLATFORMS:
        return None
    wayland = env.get("WAYLAND_DISPLAY", "")
    x11 = env.get("DISPLAY", "")
    if chosen.startswith("wayland"):
        x11 = ""
    elif chosen == "xcb":
        wayland = ""
    if wayland and _wayland_reachable(wayland, env):
        return None
    if x11 and _x11_reachable(x11):
        return None
    if x11:
        return f"cannot connect to the X display {x11!r} named by DISPLAY"
    if wayland:
        return f"cannot connect to the Wayland display {wayland!r} named by WAYLAND_DISPLAY"
    if chosen.startswith("wayland"):
        return f"QT_QPA_PLATFORM={chosen} asks for Wayland, but WAYLAND_DISPLAY is not set"
    if chosen == "xcb":
        return "QT_QPA_PLATFORM=xcb asks for X11, but DISPLAY is not set"
    return "neither DISPLAY nor WAYLAND_DISPLAY is set"


def _wayland_reachable(name: str, env: Mapping[str, str]) -> bool:
    path = Path(name)
    if not path.is_absolute():
        runtime = env.get("XDG_RUNTIME_DIR")
        if not runtime:
            return False
        path = Path(runtime) / name
    return _connects(str(path))


def _x11_reachable(display: str) -> bool:
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    if host in ("", "unix"):
        # The abstract socket first: an X server in another mount namespace (a
        # container, a snap) has no file in this /tmp.
        return _connects(f"\0/tmp/.X11-unix/X{number}") or _connects(
            f"/tmp/.X11-unix/X{number}")
    # A TCP display (ssh -X sets localhost:10.0): port 6000 + number.
    try:
        with socket.create_connection((host, 6000 + int(number)), timeout=2):
            return True
    except OSError:
        return False


def _connects(address: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(2)
        try:
            s.connect(address)
        except OSError:
            return False
    return True


def missing_libraries(env: Mapping[str, str], platform: str = sys.platform) -> list[str]:
    """The sonames Qt's X11 window needs that cannot be loaded here (Linux only)."""
    if not platform.startswith("linux"):
        return []
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen and chosen != "xcb":
        return []  # Wayland or offscreen: Qt says what it lacks itself
    if not env.get("DISPLAY") or (env.get("WAYLAND_DISPLAY") and chosen != "xcb"):
        return []
    missing = []
    for soname in XCB_LIBRARIES:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def missing_libraries_message(sonames: list[str]) -> str:
    packages = " ".join(XCB_LIBRARIES.get(s, s) for s in sonames)
    return ("the window needs system libraries that are not installed: "
            f"{', '.join(sonames)}; on Debian or Ubuntu: sudo apt-get install {packages} "
            "(or packaging/system-deps run from the source tree)")


def qt_import_message(exc: ImportError) -> str:
    """Qt failed to load (a system library missing): what to install."""
    return (f"Qt could not be loaded ({exc}); install the system libraries it needs, on "
            "Debian or Ubuntu with packaging/system-deps run from the source tree, or "
            "sudo apt-get install " + " ".join(sorted(set(XCB_LIBRARIES.values()))))
