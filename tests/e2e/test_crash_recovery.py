"""A window killed (SIGKILL) while the clerk types, then started again, offers the draft:
nothing typed more than 5 seconds before the kill is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mtgdesk.services import drafts, meetings
from mtgdesk.store.database import open_database
from mtgdesk.store.integrity import quick_check
from tests.ui.conftest import fake_dialogs, keep_window, make_window  # noqa: F401 (fixtures)

DRIVER = Path(__file__).with_name("crash_driver.py")
FIRST = "Sentence typed well before the kill."
SECOND = " And one typed just before it"

pytestmark = pytest.mark.slow


def wait_for(proc: subprocess.Popen, word: str) -> None:
    while True:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"the window stopped before {word!r}: "
                                 f"{proc.stderr.read()}")
        if line.strip() == word:
            return


def test_killed_window_offers_its_draft_on_restart(
        db_path, seed_record, make_window, fake_dialogs, qtbot):  # noqa: F811 (imported)
    engine = open_database(db_path)
    stored = meetings.save_meeting(engine, seed_record)
    engine.dispose()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(db_path), FIRST, SECOND,
                             "5000"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        wait_for(proc, "typed-1")
        wait_for(proc, "typed-2")  # 5 s after the first sentence
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert quick_check(db_path) == []
    engine = open_database(db_path)
    try:
        [draft] = drafts.list_drafts(engine)
        assert draft.meeting_id == stored.id
        assert draft.record.title.startswith(FIRST)
        assert draft.record.title in (FIRST, FIRST + SECOND) or \
            (FIRST + SECOND).startswith(draft.record.title)

        fake_dialogs.answer("choose", 0)  # Restore
        window = make_window(engine)
        qtbot.waitUntil(lambda: bool(fake_dialogs.called("choose")), timeout=5000)
        assert FIRST in fake_dialogs.texts("choose")
        assert window.editor.form.title.text() == draft.record.title
        assert window.editor.is_dirty()
        assert window.save_current()
        assert meetings.get_meeting(engine, stored.id).title == draft.record.title
    finally:
        engine.dispose()
