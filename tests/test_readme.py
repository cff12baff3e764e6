"""The README's two commands stay two fenced sh blocks under their headings, and
.ci/run runs exactly the test one."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def section_commands(heading: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return re.findall(r"```sh\n(.*?)\n```", text[start:end], flags=re.S)


def test_install_and_start_is_one_command_that_sets_up_the_system_first():
    [command] = section_commands("Install and start")
    assert "\n" not in command
    assert command.startswith("packaging/system-deps run && ")
    assert command.endswith("pip install -c constraints.txt . && mtgdesk")


def test_ci_runs_exactly_the_readme_test_command():
    [command] = section_commands("Run the tests")
    assert command.startswith("packaging/system-deps test && ")
    assert "-c constraints.txt" in command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    last = [line for line in ci.splitlines() if line.strip() and not line.startswith("#")][-1]
    assert last == command


def test_system_deps_is_posix_sh_and_lists_each_purpose():
    script = ROOT / "packaging" / "system-deps"
    subprocess.run(["sh", "-n", str(script)], check=True)
    lists = {}
    for purpose in ("run", "test", "build"):
        out = subprocess.run(["sh", str(script), "--list", purpose], capture_output=True,
                             text=True, check=True)
        lists[purpose] = set(out.stdout.split())
    assert {"python3-venv", "libxcb-cursor0", "libegl1", "fonts-noto-cjk"} <= lists["run"]
    assert lists["run"] < lists["test"] < lists["build"]
    assert {"xvfb", "poppler-utils", "desktop-file-utils", "appstream"} <= lists["test"]
    bad = subprocess.run(["sh", str(script), "nonsense"], capture_output=True, text=True)
    assert bad.returncode == 2 and "usage" in bad.stderr
