"""File > Release Corrections… under a real X server, keys only (issue 15): the clerk
opens the dialog with Alt+F, C, removes a kept correction with Delete, brings it back
with Ctrl+Z, removes it again with Ctrl+Shift+Z, brings it back once more, and closes
with Escape; what the database keeps is read with `mtgdesk aliases --json` after each
key, while the window is open, and after it has closed."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from pathlib import Path

import pytest

from mtgdesk.desk import Desk
from mtgdesk.releases import parse_text
from tests.e2e.private_x import own_display  # noqa: F401 (fixture)
from tests.e2e.real_window import running, xdotool
from tests.e2e.test_window_starts import mtgdesk_command
from tests.releases.test_corrections import RELEASE
from tests.services.test_release_aliases import _corrected

CORRECT = "Reef Stewardship Council of the Pacific"


def kept(database: Path) -> list[tuple[str, str, str | None]]:
    """The corrections kept, as the installed command lists them."""
    out = subprocess.run([*mtgdesk_command(), "--db", str(database), "aliases", "--json"],
                         capture_output=True, text=True, check=False, timeout=120)
    assert out.returncode == 0, out.stderr
    return [(c["from_name"], c["to_name"], c["to_acronym"]) for c in json.loads(out.stdout)]


def dialog_window(display: str) -> str | None:
    found = xdotool(display, "search", "--onlyvisible", "--name", "^Release Corrections$")
    return found.split()[0] if found else None


@pytest.mark.slow
def test_a_removed_correction_comes_back_with_ctrl_z(tmp_path, own_display):  # noqa: F811
    x_display = own_display
    database = tmp_path / "lists.sqlite3"  # the name start() opens
    desk = Desk.open(database)
    proposal = parse_text(RELEASE)
    desk.remember_corrections(proposal, dataclasses.replace(
        proposal.record, participants=_corrected(proposal, CORRECT, "RSCP")))
    desk.close()
    one = [("Reef Stewardship Council", CORRECT, "RSCP")]
    assert kept(database) == one
    with running(tmp_path, x_display) as window:
        window.key("alt+f")
        window.key("c")  # Release &Corrections…
        window.wait("the corrections dialog", lambda: dialog_window(x_display) is not None)
        dialog = dialog_window(x_display)
        assert dialog is not None
        xdotool(x_display, "windowfocus", "--sync", dialog)
        window.key("Delete")
        window.wait("the removal", lambda: kept(database) == [])
        window.key("ctrl+z")
        window.wait("Ctrl+Z to keep it again", lambda: kept(database) == one)
        window.key("ctrl+shift+z")
        window.wait("Ctrl+Shift+Z to remove it again", lambda: kept(database) == [])
        window.key("ctrl+z")
        window.wait("Ctrl+Z once more", lambda: kept(database) == one)
        window.key("Escape")
        window.wait("the dialog to close", lambda: dialog_window(x_display) is None)
        window.quit()
    assert kept(database) == one
