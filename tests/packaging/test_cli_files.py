"""packaging/cli-files: the man page renders cleanly and says what a reader looks for; the
bash completion loads and completes commands, choices and file names; the zsh one is a
completion function for mtgdesk that completes the same."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mtgdesk.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "cli-files"
COMMANDS = list(next(a for a in build_parser()._actions if a.dest == "command").choices)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-files") / "made"  # a folder it has to create
    done = subprocess.run([str(SCRIPT), str(folder)], capture_output=True, text=True,
                          env={**os.environ, "PYTHON": sys.executable}, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["_mtgdesk", "mtgdesk.1",
                                                        "mtgdesk.bash"]
    return folder


def test_the_script_is_executable_and_says_how_to_call_it():
    assert os.access(SCRIPT, os.X_OK)
    done = subprocess.run([str(SCRIPT)], capture_output=True, text=True,
                          env={**os.environ, "PYTHON": sys.executable}, check=False)
    assert done.returncode == 2 and "usage: packaging/cli-files OUTDIR" in done.stderr


def groff(*args: str | Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("groff") is None:
        pytest.fail("groff is not installed: apt-get install groff-base "
                    "(packaging/system-deps test does)")
    return subprocess.run(["groff", "-man", "-Tutf8", *map(str, args)], capture_output=True,
                          text=True, env={**os.environ, "LC_ALL": "C.UTF-8"}, check=False)


def test_man_page_renders_without_warnings(out):
    checked = groff("-ww", "-z", out / "mtgdesk.1")
    assert checked.returncode == 0 and checked.stderr == ""


def sections(text: str) -> dict[str, str]:
    """Rendered man page: heading -> its text (headings are the unindented lines)."""
    found: dict[str, str] = {}
    heading = ""
    for line in text.splitlines():
        if line and not line[0].isspace() and line.upper() == line:
            heading = line.strip()
            found[heading] = ""
        elif heading:
            found[heading] += line.strip() + "\n"
    return found


def test_man_page_describes_every_command_exit_status_and_files(out):
    shown = groff("-P-cbou", "-rLL=80n", out / "mtgdesk.1").stdout
    got = sections(shown)
    for name in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "QUERY LANGUAGE",
                 "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES", "SEE ALSO"):
        assert name in got, name
    assert got["NAME"].startswith("mtgdesk - record formal meetings")
    for command in COMMANDS:
        assert f"\nmtgdesk {command}\n" in "\n" + got["COMMANDS"], command
        assert f"usage: mtgdesk {command} [-h]" in got["COMMANDS"], command
    # options are typed as written: ASCII hyphens, not typographic dashes
    assert "--db D" in got["OPTIONS"] and "-o OUT, --output OUT" in got["COMMANDS"]
    statuses = re.findall(r"^(\d)\s", got["EXIT STATUS"], re.M)
    assert statuses == ["0", "1", "2"]
    assert "mtgdesk: error:" in got["EXIT STATUS"]
    assert "MTGDESK_DB" in got["ENVIRONMENT"]
    assert "~/.local/share/mtgdesk/mtgdesk.sqlite3" in got["FILES"]
    assert '"human security"' in got["QUERY LANGUAGE"]
    assert "-draft, NOT draft" in got["QUERY LANGUAGE"]
    assert max(len(line) for line in shown.splitlines()) <= 80


COMPLETE = r"""
source "$1"
complete -p mtgdesk
shift
COMP_WORDS=(mtgdesk "$@")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="${COMP_WORDS[*]}"
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
_shtab_mtgdesk mtgdesk "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"""


def bash_completes(out: Path, cwd: Path, *words: str) -> list[str]:
    """What Tab offers after `mtgdesk WORDS...` (the last word is the one being typed)."""
    done = subprocess.run(["bash", "--norc", "--noprofile", "-c", COMPLETE, "bash",
                           str(out / "mtgdesk.bash"), *words], capture_output=True,
                          text=True, cwd=cwd, check=False)
    assert done.returncode == 0, done.stderr
    first, *offered = done.stdout.splitlines()
    assert first == "complete -o bashdefault -F _shtab_mtgdesk mtgdesk"
    return sorted(x for x in offered if x)


def test_bash_completion_completes_commands_choices_and_files(out, tmp_path):
    (tmp_path / "archive.json").write_text("{}", encoding="utf-8")
    (tmp_path / "release.txt").write_text("", encoding="utf-8")
    (tmp_path / "office.sqlite3").write_bytes(b"")
    files = ["archive.json", "office.sqlite3", "release.txt"]
    assert bash_completes(out, tmp_path, "") == sorted(COMMANDS)
    assert bash_completes(out, tmp_path, "re") == ["reindex", "report", "restore"]
    assert bash_completes(out, tmp_path, "report", "--template", "") == ["minutes",
                                                                         "press-release"]
    assert bash_completes(out, tmp_path, "report", "1", "--format", "") == ["docx", "html",
                                                                            "pdf", "txt"]
    assert bash_completes(out, tmp_path, "search", "--order", "") == ["newest", "oldest",
                                                                      "relevance"]
    assert "--limit" in bash_completes(out, tmp_path, "search", "--")
    assert bash_completes(out, tmp_path, "import", "ar") == ["archive.json"]
    assert bash_completes(out, tmp_path, "import", "archive.json", "") == files
    assert bash_completes(out, tmp_path, "parse", "rel") == ["release.txt"]
    assert bash_completes(out, tmp_path, "--db", "") == files
    assert bash_completes(out, tmp_path, "--db", "office.sqlite3", "backup", "") == files
    assert bash_completes(out, tmp_path, "restore", "off") == ["office.sqlite3"]
    assert bash_completes(out, tmp_path, "report", "1", "-o", "") == files


def test_zsh_completion_is_a_completion_function_for_mtgdesk(out):
    text = (out / "_mtgdesk").read_text(encoding="utf-8")
    assert text.startswith("#compdef mtgdesk\n")
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}:'", text, re.M), command
        assert f"_shtab_mtgdesk_{command}_options=(" in text, command
    assert ":template:(press-release minutes)" in text
    assert ":format:(txt html pdf docx)" in text
    assert ":order:(relevance newest oldest)" in text
    assert ":D:_files" in text and "{-o,--output}" in text
    # import takes any number of files, each completed as a file name
    assert re.search(r'"\*:interchange \.json files[^"]*:_files"', text)
    assert '"(*):' not in text
