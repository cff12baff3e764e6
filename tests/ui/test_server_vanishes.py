"""The network to the office server vanishes under the window (silence, not a refusal:
tests/netcut.py): the first autosave after it waits on a worker, not on the window,
whose event loop goes on turning meanwhile; then the banner says the server is away
and the edits are kept on this computer. The relay's own kernel acknowledges what is
sent (as a hung host or a proxy would), so libpq's tcp_user_timeout cannot fire here:
the autosave's own deadline does (set to TIMEOUT_S for the test; 15 s in the program).

The loop is watched by a timer ticking every TICK_MS: a call into the server on the
GUI thread would stop the ticks for the whole of libpq's timeout. The figures asserted
are generous (no tick gap as long as that timeout), never a tight wall-clock bound."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer

from mtgdesk.desk import Desk
from tests.netcut import NetCut

TICK_MS = 50
# libpq's limits for this test's connections, given in the URL (the program's own are
# 10 s): a blocked GUI thread would miss every tick for at least this long.
TIMEOUT_S = 4


@pytest.fixture
def cut_url(pg_url) -> Iterator[tuple[str, NetCut]]:
    from sqlalchemy import make_url

    real = make_url(pg_url)
    relay = NetCut(real.port)
    url = real.set(port=relay.port, query={
        "connect_timeout": str(TIMEOUT_S), "tcp_user_timeout": str(TIMEOUT_S * 1000)})
    yield url.render_as_string(hide_password=False), relay
    relay.close()


class Ticks:
    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start()

    def longest_gap(self) -> float:
        return max((b - a for a, b in zip(self.times, self.times[1:], strict=False)), default=0.0)


def test_the_first_autosave_after_the_network_vanished_does_not_freeze_the_window(
        qtbot, make_window, cut_url, seed_record, fake_dialogs):
    url, relay = cut_url
    with Desk.open(url) as setup:
        [added] = setup.save(seed_record).added
    window = make_window(Desk.open(url))
    assert window.open_meeting(added.id)
    watch, autosave = window.safety.watch, window.safety.autosave
    assert watch is not None and not watch.away
    watch.timer.stop()  # only the autosave finds the server away here
    autosave.deadline_ms = TIMEOUT_S * 1000
    qtbot.waitUntil(lambda: not watch._asking, timeout=30_000)

    relay.cut()
    title = window.editor.form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Typed as the network went")
    ticks = Ticks()
    started = time.monotonic()
    assert autosave.save_draft_now()  # as its timer would: handed to the worker
    qtbot.keyClicks(title, "!")  # the window takes keys meanwhile
    qtbot.waitUntil(lambda: watch.away, timeout=60_000)
    waited = time.monotonic() - started
    ticks.timer.stop()

    # libpq gave up after its timeout, on the worker; the loop turned all along.
    assert waited >= TIMEOUT_S * 0.8
    assert ticks.longest_gap() < TIMEOUT_S * 0.75, ticks.longest_gap()
    assert len(ticks.times) >= waited * 1000 / TICK_MS / 4
    assert watch.banner.isVisible()
    assert title.text() == "Typed as the network went!"
    autosave.save_draft_now()  # away now: on this computer at once
    assert [d.record.title for d in window.desk.local_drafts()] == [
        "Typed as the network went!"]
    fake_dialogs.answer("choose", 2)  # closing, away: Discard Changes
