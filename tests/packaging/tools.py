"""The validators the packaging tests run, and where the packaging files are."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / "org.mtgdesk.Mtgdesk.desktop"
METAINFO = LINUX / "org.mtgdesk.Mtgdesk.metainfo.xml"
GENERATOR = ROOT / "packaging" / "metainfo.py"

DEBIAN_PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def run_tool(name: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Runs a validator; a machine without it fails the test, naming what to install."""
    if shutil.which(name) is None:
        pytest.fail(f"{name} is not installed: the packaging tests need the Debian package "
                    f"{DEBIAN_PACKAGES[name]} (apt-get install {DEBIAN_PACKAGES[name]})")
    return subprocess.run([name, *map(str, args)], capture_output=True, text=True,
                          timeout=120, check=False)
