"""The system libraries of a frozen mtgdesk, for its .deb (run by packaging/build).

    python packaging/deb/depends.py BUNDLE     prints the Depends: line's packages

BUNDLE is the PyInstaller folder (opt/mtgdesk in the package). PyInstaller copies into
it every library the Qt libraries and plugins link, the system's too (libxcb, fontconfig,
dbus, glib, CUPS...). Those that a Debian package installs are taken out of the bundle
again, so that the program uses the system's copies, which talk to the system's X
server, fonts and session bus; the bundle keeps Python, Qt and ICU from the PySide6
wheel and whatever no package owns. The packages of the libraries left to the system are
then named by dpkg-shlibdeps (the `ldd` of every ELF file in the bundle, mapped to
packages and their minimum versions through dpkg's database). Every one is kept, libc6
and the other libraries of Essential packages included, as dh_shlibdeps does: their
minimum versions are what refuses the package on a system too old to run the bundle's
Python and Qt.

Linux with dpkg only; Windows and macOS bundles carry all they need.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# Named by hand: what no ELF file links. Fonts for Japanese reports (reports/fonts.py
# names Noto Serif and Sans CJK JP) and for the window.
EXTRA = ("fonts-noto-cjk", "fonts-dejavu-core")


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if is_elf(p))


def system_library_paths() -> dict[str, str]:
    """soname -> path, as the dynamic linker finds it (ldconfig's cache)."""
    out = subprocess.run(["ldconfig", "-p"], check=True, capture_output=True,
                         text=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        m = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if m and "x32" not in m.group(2):
            found.setdefault(m.group(1), m.group(3))
    return found


def owner(path: str) -> str | None:
    """The Debian package that installed a file, else None."""
    for candidate in dict.fromkeys([path, os.path.realpath(path)]):
        for p in dict.fromkeys([candidate, candidate.replace("/usr/lib/", "/lib/", 1),
                                candidate.replace("/lib/", "/usr/lib/", 1)]):
            r = subprocess.run(["dpkg-query", "-S", p], capture_output=True, text=True)
            if r.returncode == 0:
                return r.stdout.split(":", 1)[0].strip()
    return None


def unresolved(bundle: Path, files: list[Path]) -> dict[str, list[str]]:
    """Libraries some file of the bundle links that neither it nor the system has."""
    dirs = sorted({str(p.parent) for p in files if ".so" in p.name})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(dirs)}
    missing: dict[str, list[str]] = {}
    for f in files:
        out = subprocess.run(["ldd", str(f)], capture_output=True, text=True, env=env).stdout
        for lib in re.findall(r"^\s*(\S+) => not found", out, re.M):
            missing.setdefault(lib, []).append(str(f.relative_to(bundle)))
    return missing


def unbundle_system_libraries(bundle: Path) -> list[tuple[str, str]]:
    """Remove the bundle's copies of libraries a Debian package provides.

    PyInstaller puts them beside the executable's support folder (_internal/), never
    under PySide6/ (the wheel's own). Returns (library, package) for each removed.
    """
    system = system_library_paths()
    removed = []
    internal = bundle / "_internal"
    for lib in sorted(internal.glob("*.so*")):
        if lib.is_symlink() or lib.name.startswith("libpython"):
            continue
        path = system.get(lib.name)
        package = owner(path) if path else None
        if package:
            lib.unlink()
            removed.append((lib.name, package))
    return removed


def shlibdeps(bundle: Path, files: list[Path]) -> list[str]:
    """dpkg-shlibdeps' Depends entries for the files; the bundle's own libraries count
    as found (-l), without dependency information (they are not a package's)."""
    libdirs = sorted({str(p.parent) for p in files if ".so" in p.name})
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "debian").mkdir()
        (Path(tmp) / "debian" / "control").write_text(
            "Source: mtgdesk\n\nPackage: mtgdesk\nArchitecture: any\n", encoding="utf-8")
        cmd = ["dpkg-shlibdeps", "-O", "--ignore-missing-info"]
        cmd += [f"-l{d}" for d in libdirs]
        cmd += ["-e" + str(f) for f in files]
        r = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"depends.py: dpkg-shlibdeps failed:\n{r.stderr}")
    for line in r.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            return [d.strip() for d in line.split("=", 1)[1].split(",") if d.strip()]
    return []


def depends(bundle: Path) -> list[str]:
    found = shlibdeps(bundle, elf_files(bundle))
    names = {d.split()[0] for d in found}
    found += [e for e in EXTRA if e not in names]
    return sorted(found)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    bundle = Path(argv[1]).resolve()
    missing = unresolved(bundle, elf_files(bundle))
    if missing:
        for lib, users in sorted(missing.items()):
            print(f"depends.py: {lib} not found (needed by {users[0]} and "
                  f"{len(users) - 1} more): install the package that has it", file=sys.stderr)
        return 1
    for lib, package in unbundle_system_libraries(bundle):
        print(f"depends.py: {lib} left to the system ({package})", file=sys.stderr)
    print(", ".join(depends(bundle)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
