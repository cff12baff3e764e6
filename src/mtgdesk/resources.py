"""Access to the files under resources/ (templates, reference lists) and docs/ (the
user guide and the other pages Help shows), with no Qt.

In an installed wheel they live inside the package (hatch force-include); in a source
checkout run without installing, they are at the top of the repository.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

# The application's ID: the .desktop file, the AppStream metainfo and the icon are
# named for it (packaging/linux/), and the window tells the desktop it is this program.
APP_ID = "org.mtgdesk.Mtgdesk"

# The sizes packaging/render-icons renders resources/icons/mtgdesk.svg to.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _shipped(folder: str) -> Traversable:
    packaged = files("mtgdesk") / folder
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / folder


def resource_root() -> Traversable:
    return _shipped("resources")


def docs_root() -> Traversable:
    """The folder holding user-guide.md, search.md, interchange.md and their images."""
    return _shipped("docs")


def resource(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def icon_files() -> list[tuple[int, Traversable]]:
    """The application icon as (size, PNG file), smallest first (hicolor theme layout)."""
    hicolor = resource("icons", "hicolor")
    return [(n, hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png") for n in ICON_SIZES]
