"""The office server goes away under the window and comes back: the window says so in a
banner, every keystroke is kept on this computer meanwhile, and the save the clerk asked
for is made when the server answers again, with the version check of any save.

The server here is one these tests start (tests/pgserver.py) and stop with pg_ctl; the
session's shared server is never stopped."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mtgdesk.desk import Desk
from mtgdesk.domain.errors import ConflictError
from mtgdesk.ui.safety import conflict
from tests import pgserver

_names = itertools.count(1)


@pytest.fixture(scope="module")
def server() -> Iterator[pgserver.PgServer]:
    # Durable: the tests stop it at once (-m immediate); without fsync a commit just made
    # could be lost with it, as "there is no meeting 1" once showed.
    own = pgserver.start_server(durable=True)
    try:
        yield own
    finally:
        pgserver.remove_server(own)


@pytest.fixture
def url(server: pgserver.PgServer) -> Iterator[str]:
    """A database of its own on the server, which is running when the test starts."""
    name = f"away_{next(_names)}"
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield server.url(name)
    if server.pg_ctl("status", check=False).returncode:  # a failed test left it stopped
        server.start()


def seed_open(make_window, url: str, seed_record):
    """The seed saved on the server, and a window with it open in the editor."""
    with Desk.open(url) as setup:
        [added] = setup.save(seed_record).added
    window = make_window(Desk.open(url))
    assert window.open_meeting(added.id)
    return window, added


def type_away(qtbot, window, server, text: str) -> None:
    """Stop the server, then type `text` over the title as a clerk would."""
    server.stop()
    title = window.editor.form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, text)


def test_edits_typed_while_the_server_is_away_are_kept_here_and_saved_when_it_is_back(
        qtbot, make_window, server, url, seed_record, fake_dialogs):
    window, added = seed_open(make_window, url, seed_record)
    watch = window.safety.watch
    assert watch is not None and not watch.banner.isVisible()

    type_away(qtbot, window, server, "Typed while the server was away")
    window.safety.autosave.save_draft_now()  # as its timer would: finds the server away
    # (on the drafts' worker: the window never waits for the server)
    qtbot.waitUntil(lambda: watch.away, timeout=30_000)
    assert watch.banner.isVisible()
    assert f"office server at 127.0.0.1:{server.port} cannot be reached" in \
        watch.banner.text()
    # The watch may see the server away before the drafts' worker has given up on it
    # and kept the draft here (a loaded machine): wait for the draft, not for the order.
    qtbot.waitUntil(lambda: len(window.desk.local_drafts()) == 1, timeout=30_000)
    [kept] = window.desk.local_drafts()
    assert (kept.meeting_id, kept.base_version) == (added.id, 1)
    assert kept.record.title == "Typed while the server was away"
    # From now on each keystroke is on this computer's disk as it is typed.
    qtbot.keyClicks(window.editor.form.title, "!")
    assert window.desk.local_drafts()[0].record.title == "Typed while the server was away!"

    qtbot.keyClick(window.editor.form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "will be saved on the server when it is back" in watch.banner.text()
    assert "Typed while the server was away!" in watch.banner.text()
    assert window.editor.is_dirty() and not fake_dialogs.called("error")

    server.start()
    watch.check()  # as its timer would
    qtbot.waitUntil(lambda: not watch.banner.isVisible(), timeout=30_000)
    assert not watch.away and not window.editor.is_dirty()
    assert window.safety.autosave.drafts_written()  # the draft's discard, on its worker
    with Desk.open(url) as other:
        stored = other.get(added.id)
        assert (stored.title, stored.version) == ("Typed while the server was away!", 2)
        assert other.drafts() == []  # saved: the draft is gone from the server too
    assert window.desk.local_drafts() == []
    assert not fake_dialogs.called("choose") and not fake_dialogs.called("error")


def test_a_save_made_stale_while_away_offers_reload_overwrite_or_copy(
        qtbot, make_window, server, url, seed_record, fake_dialogs):
    window, added = seed_open(make_window, url, seed_record)
    type_away(qtbot, window, server, "Mine, typed offline")
    assert window.save_current() is False  # waits for the server
    assert window.safety.watch.away

    server.start()
    with Desk.open(url) as colleague:  # another clerk saves first
        theirs = colleague.get(added.id)
        theirs.title = "Theirs, saved meanwhile"
        colleague.save(theirs)
    fake_dialogs.answer("choose", conflict.options_for(ConflictError(1, 1, 2)).index(
        conflict.COPY))
    window.safety.watch.check()
    qtbot.waitUntil(lambda: bool(fake_dialogs.called("choose")), timeout=30_000)
    offered = fake_dialogs.called("choose")[0][3]
    assert offered == [conflict.RELOAD, conflict.OVERWRITE, conflict.COPY, conflict.CANCEL]
    assert "changed by someone else" in fake_dialogs.texts("choose")
    with Desk.open(url) as other:
        assert sorted(m.title for m in other.list_meetings()) == [
            "Mine, typed offline", "Theirs, saved meanwhile"]
        assert other.get(added.id).version == 2  # theirs, not overwritten
    assert window.editor.meeting_id != added.id and not window.editor.is_dirty()
    assert window.desk.local_drafts() == []


def test_a_draft_left_on_this_computer_is_offered_at_the_next_start(
        qtbot, make_window, server, url, seed_record, fake_dialogs):
    with Desk.open(url) as setup:
        [added] = setup.save(seed_record).added
        record = setup.get(added.id)
        record.title = "Kept here when the program stopped"
        # What a window that died while the server was away left on this computer.
        assert setup.save_draft(f"meeting:{added.id}", record, here=True) is False
        assert [d.record.title for d in setup.local_drafts()] == [record.title]
    fake_dialogs.answer("choose", 0)  # Restore
    window = make_window(Desk.open(url))
    qtbot.waitUntil(lambda: bool(fake_dialogs.called("choose")), timeout=10_000)
    assert "Kept here when the program stopped" in fake_dialogs.texts("choose")
    assert window.editor.form.title.text() == "Kept here when the program stopped"
    assert window.editor.is_dirty()
    assert window.desk.local_drafts() == []  # on the server now, as its draft
    assert [d.key for d in window.desk.drafts()] == [f"meeting:{added.id}"]


def test_quitting_while_away_keeps_the_edits_here_and_the_next_start_offers_them(
        qtbot, make_window, server, url, seed_record, fake_dialogs):
    from mtgdesk.ui.safety.safety import SafetyFeatures

    window, added = seed_open(make_window, url, seed_record)
    type_away(qtbot, window, server, "Kept when I quit")
    window.safety.autosave.save_draft_now()
    qtbot.waitUntil(lambda: window.safety.watch.away, timeout=30_000)

    fake_dialogs.answer("choose", 1)  # Save When the Server Is Back: the window stays
    window.close()
    assert window.isVisible() and "will be saved on the server" in \
        window.safety.watch.banner.text()
    fake_dialogs.answer("choose", 0)  # Keep on This Computer and Quit
    window.close()
    assert not window.isVisible()
    asked = fake_dialogs.called("choose")[-1]
    assert asked[3] == [SafetyFeatures.KEEP_AND_QUIT, SafetyFeatures.SAVE_WAIT,
                        SafetyFeatures.DISCARD, SafetyFeatures.CANCEL]
    assert "cannot be reached" in asked[2]
    from mtgdesk.store.database import open_database

    # Nothing saved on the server (it is away): the draft is kept on this computer.
    with Desk(open_database(url, migrate=False)) as later:
        assert [d.record.title for d in later.local_drafts()] == ["Kept when I quit"]

    server.start()
    fake_dialogs.answer("choose", 0)  # Restore, at the next start
    again = make_window(Desk.open(url))
    qtbot.waitUntil(lambda: again.editor.form.title.text() == "Kept when I quit",
                    timeout=30_000)
    assert again.save_current()
    assert again.safety.autosave.drafts_written()  # the draft's discard, on its worker
    with Desk.open(url) as other:
        assert other.get(added.id).title == "Kept when I quit"
        assert other.drafts() == [] and other.local_drafts() == []


def test_the_window_starts_while_the_server_is_away_and_saves_a_new_meeting_when_back(
        qtbot, server, url, seed_record, keep_window, fake_dialogs):
    from mtgdesk.ui.window import startup

    with Desk.open(url) as setup:
        setup.save(seed_record)
        assert setup.search("security").total == 1  # this computer's index has it
    server.stop()
    window = keep_window(startup.open_window(url))
    with qtbot.waitSignal(window.attached, timeout=60_000):
        pass
    watch = window.safety.watch
    qtbot.waitUntil(lambda: watch.banner.isVisible(), timeout=30_000)
    assert "cannot be reached" in watch.banner.text() and not fake_dialogs.called("error")
    # The list shows what this computer's index holds; the editor a new meeting.
    assert window.list_model.total() == 1
    assert window.list_model.summary(0).title == seed_record.title
    assert window.editor.meeting_id is None
    assert window.findChild(QLabel, "serverRole").text() == \
        "Office server: not reached yet"

    title = window.editor.form.title
    title.setFocus()
    qtbot.keyClicks(title, "Written while the server was away")
    qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "will be saved on the server when it is back" in watch.banner.text()
    assert [d.record.title for d in window.desk.local_drafts()] == [
        "Written while the server was away"]

    server.start()
    watch.check()  # as its timer would
    qtbot.waitUntil(lambda: not watch.away and not window.editor.is_dirty(),
                    timeout=60_000)
    assert window.findChild(QLabel, "serverRole").text() == "Office server: owner"
    with Desk.open(url) as other:
        assert sorted(m.title for m in other.list_meetings()) == sorted(
            [seed_record.title, "Written while the server was away"])
    # The saved meeting's draft is discarded on the drafts' worker, after the save.
    assert window.safety.autosave.drafts_written()
    with Desk.open(url) as other:
        assert other.drafts() == []
    assert window.desk.local_drafts() == []
    qtbot.waitUntil(lambda: window.list_model.total() == 2, timeout=30_000)
    assert not fake_dialogs.called("error")
