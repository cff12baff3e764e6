"""The licences of what the frozen bundle carries, for the .deb (run by packaging/build
with the build venv's Python, whose installed packages are the bundle's).

    python packaging/deb/licenses.py DOC_DIR     writes DOC_DIR/licenses/ and prints the
                                                 copyright file's paragraph for them

Each package mtgdesk needs at run time (its requirements, followed through their own)
gets its licence files copied from its metadata; Python's licence comes from the
interpreter frozen in. Qt and PySide6 wheels carry no licence file: they are LGPLv3,
whose text every Debian system has in /usr/share/common-licenses/LGPL-3.
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)
COMMON = {"LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only": "/usr/share/common-licenses/LGPL-3"}


def runtime_closure(root: str = "mtgdesk") -> list[metadata.Distribution]:
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional requirement not installed: not in the bundle
        seen[key] = dist
        for req in dist.requires or []:
            if "extra ==" in req:
                continue  # optional extras (test, build) are not bundled
            if ";" in req and not _marker_holds(req.split(";", 1)[1]):
                continue
            todo.append(re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0])
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def _marker_holds(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # pragma: no cover - packaging comes with PyInstaller
        return True
    return Marker(marker).evaluate()


def licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    return (meta.get("License-Expression") or meta.get("License") or "").strip() or next(
        (c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
         if c.startswith("License ::")), "see its files")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out = Path(argv[1]) / "licenses"
    paragraphs = []
    for dist in runtime_closure():
        name = dist.metadata["Name"]
        if name.lower() == "mtgdesk":
            continue
        files = [f for f in dist.files or [] if LICENCE_FILE.search(f.name)
                 and ".dist-info" in str(f)]
        copied = []
        for f in files:
            target = out / name / f.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f.locate(), target)
            copied.append(f"/usr/share/doc/mtgdesk/licenses/{name}/{f.name}")
        licence = licence_name(dist)
        where = copied or ([COMMON[licence]] if licence in COMMON else [])
        if not where:
            sys.exit(f"licenses.py: {name} {dist.version} ships no licence file and its "
                     f"licence ({licence}) has no text on Debian: add it by hand")
        paragraphs.append(f" {name} {dist.version}: {licence}; {', '.join(where)}")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        (out / "Python").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(python_licence, out / "Python" / "LICENSE.txt")
        paragraphs.insert(0, f" Python {sys.version.split()[0]}: PSF-2.0; "
                             "/usr/share/doc/mtgdesk/licenses/Python/LICENSE.txt")
    print("Files: opt/mtgdesk/_internal/*")
    print("Comment: what the bundle carries, each under its own licence, whose text is")
    print(" named after it:")
    print("\n".join(paragraphs))
    print("License: various\n The licences named above.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
