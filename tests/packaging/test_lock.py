"""constraints.txt pins exactly what pyproject.toml asks for, within its ranges.

packaging/lock writes the file from a fresh venv; these checks catch a pyproject edit
made without running it (a new dependency not pinned, a pin outside a changed range).
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
EXTRAS = ("test", "dev", "build", "fuzz")


def pins() -> dict[str, str]:
    found: dict[str, str] = {}
    for raw in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, version = line.partition("==")
        assert sep and version and ";" not in line, f"not an exact pin: {line!r}"
        key = canonicalize_name(name)
        assert key not in found, f"{name} pinned twice"
        found[key] = version
    return found


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in EXTRAS:
        reqs += [Requirement(r) for r in project["optional-dependencies"][extra]]
    return reqs


def test_header_says_how_to_refresh() -> None:
    text = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    assert "packaging/lock" in text.split("\n", 3)[2]


def test_lock_script_is_executable() -> None:
    assert (ROOT / "packaging" / "lock").stat().st_mode & 0o111


def test_mtgdesk_itself_is_not_pinned() -> None:
    assert "mtgdesk" not in pins()


@pytest.mark.parametrize("req", declared(), ids=str)
def test_every_declared_requirement_is_pinned_within_its_range(req: Requirement) -> None:
    pinned = pins()
    name = canonicalize_name(req.name)
    assert name in pinned, f"{req.name} is in pyproject.toml but not in constraints.txt: " \
        "run packaging/lock"
    assert req.specifier.contains(pinned[name], prereleases=True), \
        f"{req.name}=={pinned[name]} is outside pyproject's {req.specifier}: run packaging/lock"


def test_what_installed_pins_require_is_pinned_too() -> None:
    """The transitive closure, for the pinned packages installed here."""
    pinned = pins()
    env = {k: str(v) for k, v in default_environment().items()}
    missing = []
    for name in pinned:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an extra not installed in this environment
        for raw in dist.requires or ():
            req = Requirement(raw)
            if req.marker is not None and not req.marker.evaluate({**env, "extra": ""}):
                continue
            if canonicalize_name(req.name) not in pinned:
                missing.append(f"{name} needs {req.name}")
    assert not missing, f"not in constraints.txt (run packaging/lock): {missing}"
