"""Qt starts in UTF-8 where the environment says plain C, and in the user's locale
otherwise."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from mtgdesk.qtlocale import prefer_utf8


@pytest.mark.parametrize("env, changed, result", [
    ({"LC_ALL": "C", "LANG": "en_GB.UTF-8"}, "LC_ALL", {"LC_ALL": "C.UTF-8"}),
    ({"LC_CTYPE": "POSIX"}, "LC_CTYPE", {"LC_CTYPE": "C.UTF-8"}),
    ({"LANG": "C"}, "LANG", {"LANG": "C.UTF-8"}),
    ({"LC_ALL": "", "LANG": "C"}, "LANG", {"LANG": "C.UTF-8"}),  # empty is unset
    ({}, "LC_CTYPE", {"LC_CTYPE": "C.UTF-8"}),
    ({"LC_ALL": "tr_TR.UTF-8"}, None, {}),
    ({"LANG": "de_DE.ISO-8859-1"}, None, {}),  # not plain C: Qt's warning is worth it
    ({"LC_CTYPE": "ja_JP.UTF-8", "LANG": "C"}, None, {}),
])
def test_only_a_plain_c_locale_is_changed(env, changed, result):
    before = dict(env)
    assert prefer_utf8(env) == changed
    assert env == {**before, **result}


def test_a_pdf_from_the_cli_under_lc_all_c_prints_no_qt_warning(db_path, seed_path,
                                                                 tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LC_ALL="C", QT_QPA_PLATFORM="offscreen")
    base = [sys.executable, "-m", "mtgdesk", "--db", str(db_path)]
    subprocess.run([*base, "import", str(seed_path)], env=env, check=True,
                   capture_output=True)
    done = subprocess.run([*base, "report", "1", "-o", str(tmp_path / "c.pdf")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "locale" not in done.stderr, done.stderr
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
