"""packaging/linux/org.mtgdesk.Mtgdesk.desktop: valid, and naming what the program is
(its command, its icon, the window class and desktop file name Qt gives its windows)."""

from __future__ import annotations

import configparser
import tomllib

from mtgdesk.app import make_application
from mtgdesk.resources import APP_ID, icon_files

from .tools import DESKTOP_FILE, ROOT, run_tool


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validate_finds_nothing_wrong():
    result = run_tool("desktop-file-validate", DESKTOP_FILE)
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in (result.stdout + result.stderr).splitlines()
                if "error:" in line or "warning:" in line]
    assert problems == []


def test_the_entry_starts_the_installed_command_with_its_icon():
    desktop = entry()
    assert DESKTOP_FILE.name == f"{APP_ID}.desktop"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["scripts"]
    assert desktop["Exec"] == desktop["TryExec"] == "mtgdesk"
    assert scripts["mtgdesk"] == "mtgdesk.cli:main"
    assert desktop["Icon"] == APP_ID
    assert all(file.is_file() and file.name == f"{APP_ID}.png" for _, file in icon_files())
    assert "Office" in desktop["Categories"].split(";")
    keywords = desktop["Keywords"].split(";")
    assert {"minutes", "meeting", "press release"} <= set(keywords)
    assert desktop["Terminal"] == "false"


def test_the_window_is_matched_to_the_entry(qapp):
    """Qt names a window's X11 WM_CLASS class after the application name, and gives
    Wayland (and X11's _GTK_APPLICATION_ID) the desktop file name."""
    app = make_application()
    desktop = entry()
    assert desktop["StartupWMClass"] == app.applicationName() == "mtgdesk"
    assert f"{app.desktopFileName()}.desktop" == DESKTOP_FILE.name
