"""packaging/deb/licenses.py: every package the bundle carries has its licence text in
the .deb, and nothing from the test or build extras is counted as bundled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "deb" / "licenses.py"


def test_each_bundled_package_is_named_with_its_licence_text(tmp_path):
    out = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True,
                         text=True, check=True).stdout
    assert out.startswith("Files: opt/mtgdesk/_internal/*\n")
    named = {line.split()[0] for line in out.splitlines()[3:] if line.startswith(" ")}
    for runtime in ("Python", "SQLAlchemy", "sqlmodel", "Jinja2", "PySide6_Essentials",
                    "python-docx", "alembic", "platformdirs"):
        assert runtime in named, runtime
    assert not {"pytest", "hypothesis", "pyinstaller", "shtab"} & named  # extras, not bundled
    assert "LGPL-3.0-only" in out and "/usr/share/common-licenses/LGPL-3" in out
    for line in out.splitlines():
        for path in line.split("; ", 1)[1].split(", ") if "; /usr/share/doc" in line else []:
            copied = tmp_path / "licenses" / Path(path).relative_to(
                "/usr/share/doc/mtgdesk/licenses")
            assert copied.is_file() and copied.stat().st_size > 100, path
