"""The PyInstaller spec, the .deb's control template and packaging/build agree with the
repository. Cheap checks only: the real build (minutes) is packaging/build, run by hand
and described in packaging/README.md.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
from pathlib import Path

import pytest

from mtgdesk.resources import APP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "mtgdesk.spec"
BUILD = PACKAGING / "build"
CONTROL = PACKAGING / "deb" / "control.in"
DEBIAN_NAME = re.compile(r"^[a-z0-9][a-z0-9+.-]+$")  # Debian policy 5.6.1


def spec_values() -> dict[str, object]:
    """The literal lists and tuples the spec assigns, by name (first assignment)."""
    found: dict[str, object] = {}
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign | ast.AugAssign):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name):
                try:
                    value = ast.literal_eval(node.value)
                except ValueError:
                    continue
                if isinstance(value, list | tuple):
                    found.setdefault(target.id, [])
                    found[target.id] = [*found[target.id], *value]  # type: ignore[misc]
        elif isinstance(node, ast.For) and isinstance(node.iter, ast.Tuple):
            found["for " + ast.unparse(node.target)] = ast.literal_eval(node.iter)
    return found


def control_fields() -> dict[str, str]:
    fields: dict[str, str] = {}
    key = ""
    for line in CONTROL.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def package_names(field: str) -> list[str]:
    return [alt.split()[0] for dep in field.split(",") for alt in dep.split("|") if alt.strip()]


def load_depends_module():
    spec = importlib.util.spec_from_file_location("depends", PACKAGING / "deb" / "depends.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scripts_are_executable_and_parse() -> None:
    for script in (BUILD, PACKAGING / "lock"):
        assert script.stat().st_mode & 0o111, f"{script} is not executable"
        subprocess.run(["bash", "-n", str(script)], check=True)


def test_spec_data_folders_exist_in_the_repository() -> None:
    # The spec checks these inside the installed package; the wheel takes them from here.
    installed_to_repo = {"resources": "resources", "docs": "docs",
                         "store": "src/mtgdesk/store"}
    folders = spec_values()["for needed"]
    assert folders, "the spec lists no data folders"
    for folder in folders:  # type: ignore[union-attr]
        top, _, rest = folder.partition("/")
        path = ROOT / installed_to_repo[top] / rest
        assert path.is_dir(), f"the spec needs {folder}, which is not at {path}"
        assert any(path.iterdir()), f"{path} is empty"


def test_migrations_are_where_store_revision_looks() -> None:
    import mtgdesk.store
    from mtgdesk.store.revision import MIGRATIONS

    # Beside the store package, whether installed (CI) or run from the source tree: the
    # spec collects the package's migrations subfolder.
    assert MIGRATIONS == Path(mtgdesk.store.__file__).resolve().parent / "migrations"
    assert "subdir=\"migrations\"" in SPEC.read_text(encoding="utf-8")
    assert (MIGRATIONS / "env.py").is_file()


def test_python_docx_finds_its_templates_in_the_bundle() -> None:
    """python-docx reads docx/parts/../templates/*.xml: in the bundle the folder
    docx/parts exists only when its modules are collected as files too."""
    import docx.parts.hdrftr

    source = Path(docx.parts.hdrftr.__file__).read_text(encoding="utf-8")
    if '"..", "templates"' in source:
        assert 'module_collection_mode={"docx": "pyz+py"}' in SPEC.read_text(encoding="utf-8")


def test_spec_hidden_imports_exist() -> None:
    for name in spec_values()["hiddenimports"]:  # type: ignore[union-attr]
        assert importlib.util.find_spec(name) is not None, f"hidden import {name} not found"


def test_excluded_qt_modules_are_not_used_by_mtgdesk() -> None:
    excluded = {m for m in spec_values()["excludes"]  # type: ignore[union-attr]
                if m.startswith("PySide6.")}
    used = set()
    for path in (ROOT / "src" / "mtgdesk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bPySide6\.Qt\w+", text))
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= used
    both = sorted(used & excluded)
    assert not both, f"mtgdesk imports {both}, which the spec excludes: update packaging/"


def test_dropped_qt_plugins_keep_the_ones_the_program_needs() -> None:
    dropped = spec_values()["UNUSED"]
    for needed in ("/platforms/libqxcb.so", "/platforms/libqwayland.so",
                   "/platforms/libqoffscreen.so", "/imageformats/libqsvg.so",
                   "/iconengines/libqsvgicon.so", "/printsupport/libcupsprintersupport.so",
                   "/platforminputcontexts/libibusplatforminputcontextplugin.so",
                   "/xcbglintegrations/libqxcb-glx-integration.so"):
        hit = [d for d in dropped if d in "/PySide6/Qt/plugins" + needed]  # type: ignore[union-attr]
        assert not hit, f"the spec would drop {needed} ({hit})"


def test_control_template_fields() -> None:
    fields = control_fields()
    for key in ("Package", "Version", "Architecture", "Maintainer", "Installed-Size",
                "Depends", "Section", "Priority", "Description"):
        assert key in fields, f"control.in lacks {key}"
    assert fields["Package"] == "mtgdesk"
    placeholders = set(re.findall(r"@([A-Z_]+)@", CONTROL.read_text(encoding="utf-8")))
    assert placeholders == {"VERSION", "ARCH", "DEPENDS", "INSTALLED_SIZE"}
    build = BUILD.read_text(encoding="utf-8")
    for name in placeholders:
        assert f"s/@{name}@/" in build, f"packaging/build does not fill @{name}@"
    # The description's first line is a synopsis, under 80 characters, no final period.
    synopsis = fields["Description"].split("\n")[0]
    assert len(synopsis) < 80 and not synopsis.endswith(".")


def test_named_packages_have_debian_names() -> None:
    depends = load_depends_module()
    named = list(depends.EXTRA) + package_names(control_fields()["Recommends"])
    assert "fonts-noto-cjk" in named  # Japanese reports (reports/fonts.py)
    for name in named:
        assert DEBIAN_NAME.match(name), f"{name!r} is not a Debian package name"


def test_what_the_program_asks_for_is_what_ldd_would_find() -> None:
    """display.py tells a user which package to install for a missing Qt library; the
    names it gives are Debian's, as the .deb's Depends (from dpkg-shlibdeps) are."""
    from mtgdesk.display import XCB_LIBRARIES

    for soname, package in XCB_LIBRARIES.items():
        assert DEBIAN_NAME.match(package), f"{package!r} ({soname})"


def test_build_requires_the_files_other_parts_make() -> None:
    build = BUILD.read_text(encoding="utf-8")
    for path in ("LICENSE", "constraints.txt", "packaging/cli-files",
                 "resources/icons/mtgdesk.svg", "packaging/linux/$app_id.desktop",
                 "packaging/linux/$app_id.metainfo.xml"):
        assert path in build, f"packaging/build does not check for {path}"
        real = ROOT / path.replace("$app_id", APP_ID)
        assert real.exists(), f"{real} is missing; packaging/build would stop"
    sizes = re.search(r'^sizes="([0-9 ]+)"', build, re.M)
    assert sizes and tuple(int(n) for n in sizes.group(1).split()) == ICON_SIZES
    for n in ICON_SIZES:
        assert (ROOT / f"resources/icons/hicolor/{n}x{n}/apps/{APP_ID}.png").is_file()


@pytest.mark.parametrize("dest", [
    "$share/applications/$app_id.desktop",
    "$share/metainfo/$app_id.metainfo.xml",
    "$share/icons/hicolor/scalable/apps/$app_id.svg",
    "$share/icons/hicolor/${n}x$n/apps/$app_id.png",
    "$share/man/man1/mtgdesk.1",
    "$share/bash-completion/completions/mtgdesk",
    "$share/zsh/vendor-completions/_mtgdesk",
    "$doc/copyright",
    "ln -s /opt/mtgdesk/mtgdesk \"$root/usr/bin/mtgdesk\"",
    "packaging/deb/licenses.py \"$doc\"",
])
def test_build_installs_where_debian_looks(dest: str) -> None:
    build = BUILD.read_text(encoding="utf-8")
    assert "share=$root/usr/share\n" in build and "doc=$share/doc/mtgdesk\n" in build
    assert dest in build, f"packaging/build does not install {dest}"
