"""Two clerks on one office server: what clerk A stores reaches clerk B's window while it
runs, through B's own local search index fed from the server's change journal, with no
restart and nothing done in B's window.

Clerk A is the installed command, a program of its own with a cache folder (and so a
search index) of its own; clerk B is the window, in this process."""

from __future__ import annotations

import json
import os

from mtgdesk.desk import Desk
from tests.e2e.test_cli import mtgdesk


def clerk_a(tmp_path, *args):
    env = {**os.environ, "MTGDESK_CACHE_DIR": str(tmp_path / "clerk-a-cache")}
    done = mtgdesk(*args, env=env)
    assert done.returncode == 0, done.stderr
    return done


def list_ids(model) -> set[int]:
    while model.canFetchMore():
        model.fetchMore()
    return {model.meeting_id(r) for r in range(model.rowCount())}


def test_a_meeting_clerk_a_saves_appears_in_clerk_bs_search_and_editor(
        qtbot, make_window, pg_url, seed_path, tmp_path):
    window = make_window(Desk.open(pg_url))
    panel = window.search_panel
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        qtbot.keyClicks(window.search_field, "chair:Tsuruoka")
    assert list_ids(window.list_model) == set()

    clerk_a(tmp_path, "--db", pg_url, "import", seed_path)
    # B's search shows it by itself: B's index took the journal's entry in.
    qtbot.waitUntil(lambda: list_ids(window.list_model) == {1}, timeout=30_000)
    assert window.desk.search("UNHCR").total == 1
    assert (tmp_path / "clerk-a-cache").is_dir()  # A's index is A's own

    # A changes the meeting B has open, unedited: B's editor shows it as stored now.
    window.search_field.clear()
    assert window.open_meeting(1)
    exported = json.loads(clerk_a(tmp_path, "--db", pg_url, "export").stdout)
    exported["meetings"][0]["title"] = "Renamed by clerk A"
    exported["meetings"][0]["version"] += 1  # a newer version: --update replaces
    changed = tmp_path / "renamed.json"
    changed.write_text(json.dumps(exported), encoding="utf-8")
    clerk_a(tmp_path, "--db", pg_url, "import", "--update", changed)
    qtbot.waitUntil(lambda: window.editor.form.title.text() == "Renamed by clerk A",
                    timeout=30_000)
    assert not window.editor.is_dirty()
    assert [h.id for h in window.desk.search("title:renamed").hits] == [1]


def test_the_servers_notification_brings_another_clerks_save_without_the_poll(
        qtbot, make_window, pg_url, seed_record):
    import dataclasses

    window = make_window(Desk.open(pg_url))
    watch = window.safety.watch
    qtbot.waitUntil(lambda: watch.seq is not None, timeout=30_000)  # caught up at start
    watch.timer.stop()  # no poll from here on: only the notification can ask
    seen = []
    window.changes_applied.connect(seen.append)
    qtbot.waitUntil(watch.listening.is_set, timeout=30_000)
    with Desk.open(pg_url + "?application_name=colleague") as colleague:
        colleague.save(dataclasses.replace(seed_record, title="Notified at once"))
    qtbot.waitUntil(lambda: any(c.added for c in seen), timeout=30_000)
    assert window.desk.search("notified").total == 1
    assert not watch.timer.isActive()
