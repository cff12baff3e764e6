"""packaging/linux/org.mtgdesk.Mtgdesk.metainfo.xml: valid AppStream, and exactly what
packaging/metainfo.py makes of the current CHANGELOG.md (so it cannot go stale)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from mtgdesk import __version__
from mtgdesk.resources import APP_ID, icon_files

from .tools import DESKTOP_FILE, GENERATOR, METAINFO, ROOT, run_tool


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("mtgdesk_packaging_metainfo", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


def test_the_committed_file_is_what_the_generator_makes_of_the_changelog():
    made = subprocess.run([sys.executable, str(GENERATOR)], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=True).stdout
    assert made == METAINFO.read_text(encoding="utf-8"), (
        "CHANGELOG.md or packaging/metainfo.py changed: run "
        "python packaging/metainfo.py > packaging/linux/org.mtgdesk.Mtgdesk.metainfo.xml")


def test_appstreamcli_validates_the_file():
    result = run_tool("appstreamcli", "validate", "--no-net", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_appstreamcli_pedantic_only_minds_the_capital_in_the_required_id():
    result = run_tool("appstreamcli", "validate", "--no-net", "--pedantic", "--no-color",
                      METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr
    issues = [line.split()[2] for line in result.stdout.splitlines()
              if line[:2] in ("E:", "W:", "I:", "P:")]
    assert issues == ["cid-contains-uppercase-letter"], result.stdout


def test_an_installed_tree_validates_with_its_desktop_file_and_icons(tmp_path):
    share = tmp_path / "usr" / "share"
    (share / "metainfo").mkdir(parents=True)
    (share / "applications").mkdir()
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copy(DESKTOP_FILE, share / "applications")
    for size, file in icon_files():
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(str(file), target)
    result = run_tool("appstreamcli", "validate-tree", "--no-net", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_file_names_the_program_its_launcher_and_the_current_release():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert root.findtext("icon[@type='stock']") == APP_ID
    assert root.findtext("provides/binary") == "mtgdesk"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert root.findtext("screenshots/screenshot[@type='default']/image").startswith(
        "https://")
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


CHANGELOG = """\
# Changelog

Text before the first section is not a release.

## [Unreleased]

### Added
- A `<b>` & "quoted" item that is
  wrapped over two lines, with [a link](https://example.org/x?a=1&b=2).

- An item after a blank line.

## [1.1.0] - 2027-03-04

A paragraph of prose,
wrapped.

### Fixed
* `a` and `b` < c

## [1.0.0] - 2027-01-02

### Added
- The first release.

[1.1.0]: https://example.org/compare/1.0.0...1.1.0
"""


def texts(element) -> list[str]:
    return ["".join(child.itertext()) for child in element]


def test_sections_become_releases_newest_first_with_escaped_text(generator, tmp_path):
    rendered = generator.render(CHANGELOG, "1.2.0")
    releases = ET.fromstring(rendered).find("releases")
    assert [(r.get("version"), r.get("type"), r.get("date")) for r in releases] == [
        ("1.2.0", "development", "2027-03-04"),
        ("1.1.0", None, "2027-03-04"),
        ("1.0.0", None, "2027-01-02"),
    ]
    unreleased, middle, first = (r.find("description") for r in releases)
    assert [child.tag for child in unreleased] == ["p", "ul"]
    assert texts(unreleased.find("ul")) == [
        'A <b> & "quoted" item that is wrapped over two lines, with a link.',
        "An item after a blank line.",
    ]
    assert [c.text for c in unreleased.iter("code")] == ["<b>"]
    assert '<code>&lt;b&gt;</code> &amp; "quoted"' in rendered  # text, not markup
    assert [child.tag for child in middle] == ["p", "p", "ul"]
    assert texts(middle)[:2] == ["A paragraph of prose, wrapped.", "Fixed"]
    assert texts(middle.find("ul")) == ["a and b < c"]
    assert "example.org/compare" not in rendered  # link definitions are not notes
    assert texts(first.find("ul")) == ["The first release."]

    (tmp_path / "sample.metainfo.xml").write_text(rendered, encoding="utf-8")
    result = run_tool("appstreamcli", "validate", "--no-net",
                      tmp_path / "sample.metainfo.xml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_unreleased_notes_wait_for_a_version_of_their_own(generator):
    """Once the program's version has its own section, [Unreleased] is left out rather
    than given a version number twice; an empty [Unreleased] is left out too."""
    releases = ET.fromstring(generator.render(CHANGELOG, "1.1.0")).find("releases")
    assert [r.get("version") for r in releases] == ["1.1.0", "1.0.0"]
    empty = "## [Unreleased]\n\n## [1.0.0] - 2027-01-02\n- First.\n"
    releases = ET.fromstring(generator.render(empty, "1.1.0")).find("releases")
    assert [r.get("version") for r in releases] == ["1.0.0"]
