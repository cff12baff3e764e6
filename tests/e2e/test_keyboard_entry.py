"""Issue 13, as a clerk meets it: the installed program under a real X server (Xvfb),
driven by real key events (xdotool), keys only.

The whole seed meeting is typed (dates as text, participants by name and acronym with
Enter taking the suggestion, a person's details, a co-chair, two paragraphs), saved
with Ctrl+S and exported with Ctrl+E through the file dialog; the exported file must
hold the fixture. The keys are those of tests/e2e/seed_by_keys.py.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from tests.e2e.private_x import own_display  # noqa: F401 (fixture)
from tests.e2e.real_window import running, xdotool
from tests.e2e.seed_by_keys import CO_CHAIR, steps
from tests.ui.test_main_window import assert_holds

FIXTURE = Path(__file__).parents[1] / "fixtures" / "human-security-2007.json"


@pytest.mark.slow
def test_the_seed_meeting_typed_by_keyboard_alone(tmp_path: Path, own_display: str) -> None:  # noqa: F811
    assert shutil.which("xdotool"), "xdotool is needed (packaging/system-deps test)"
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    [meeting] = fixture["meetings"]
    with running(tmp_path, own_display, "keys.sqlite3") as window:
        for kind, text in steps(meeting):
            if kind == "key":
                window.key("--clearmodifiers", "--delay", "40", text)
            elif kind == "type":
                window.type(text, 25)
            elif kind == "pause":
                time.sleep(float(text))
            elif text == "title":
                # The cursor is in Title once what is typed there names the window.
                window.type("x", 25)
                window.wait("Title", lambda: window.name().startswith("x"))
                window.key("BackSpace")
            elif text == "saved":
                window.wait("the save", lambda: window.name().startswith(
                    meeting["title"] + " —"))  # no "*": nothing unsaved
        out = tmp_path / "exported.json"
        window.key("ctrl+e")
        window.wait("the export dialog", lambda: xdotool(
            own_display, "search", "--onlyvisible", "--name", "Export").strip() != "")
        time.sleep(0.5)
        window.key("ctrl+a")
        window.type(str(out), 25)
        window.key("Return")
        window.wait("the exported file", lambda: out.exists() and out.stat().st_size > 0)
        time.sleep(0.5)  # written whole: replaced in one rename
    exported = json.loads(out.read_text(encoding="utf-8"))
    expected = json.loads(json.dumps(fixture))
    expected["meetings"][0]["participants"].append(CO_CHAIR)
    [got] = exported["meetings"]
    assert [p["name"] for p in got["participants"]] == [
        p["name"] for p in expected["meetings"][0]["participants"]]
    assert_holds(exported, expected)
