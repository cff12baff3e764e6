"""Issue 13 under a real X server, keys only: a date typed in each form the issue names
(2019-11-13, 13 Nov 2019, 13 November 2019, November 13, 2019, 13/11/2019 in the
locale's day-month order, today) into Held on, Ends on and Released on, straight after
Tab, is stored exactly. (The issue: `2019-11-13` typed was stored 2019-12-11.)"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.e2e.private_x import own_display  # noqa: F401 (fixture)
from tests.e2e.test_keyboard_entry import DISPLAY, main_window, wait_for, window_name, xdotool
from tests.e2e.test_keyboard_lists import exported, start, stop

# The program runs under LC_ALL=C.UTF-8 (tests/e2e/test_keyboard_lists.start), whose
# short date is "d MM yyyy": the day first.
FORMS = ["2019-11-13", "13 Nov 2019", "13 November 2019", "November 13, 2019",
         "13/11/2019"]


@pytest.mark.slow
def test_a_date_typed_in_every_form_is_stored_exactly(tmp_path, own_display):  # noqa: F811
    x_display = own_display
    DISPLAY[0] = x_display
    proc, database = start(tmp_path, x_display)
    try:
        window = main_window(x_display)
        assert window is not None
        xdotool(x_display, "windowfocus", "--sync", window)
        for n, typed in enumerate([*FORMS, "today"], start=1):
            title = f"Dates {n}"
            xdotool(x_display, "key", "ctrl+n")
            xdotool(x_display, "type", "--delay", "20", title)
            wait_for(title, lambda t=title: window_name(x_display, window).startswith(t),
                     proc)
            # Held on, Ends on (the next day, as 2019-11-14), then Released on.
            xdotool(x_display, "key", "Tab")
            xdotool(x_display, "type", "--delay", "20", typed)
            xdotool(x_display, "key", "Tab")
            xdotool(x_display, "type", "--delay", "20", "" if typed == "today" else
                    typed.replace("13", "14"))
            xdotool(x_display, "key", "Tab", "Tab", "Tab")
            xdotool(x_display, "type", "--delay", "20", typed)
            xdotool(x_display, "key", "ctrl+s")
            wait_for(f"{title} saved",
                     lambda t=title: window_name(x_display, window) == f"{t} — mtgdesk", proc)
    finally:
        err = stop(proc)
    assert "Traceback" not in err, err[-3000:]
    stored = {m["title"]: m for m in exported(database)}
    today = datetime.now(UTC).date().isoformat()  # the program runs with TZ=UTC
    for n, typed in enumerate(FORMS, start=1):
        m = stored[f"Dates {n}"]
        assert (m["held_on"], m.get("ends_on"), m.get("released_on")) == (
            "2019-11-13", "2019-11-14", "2019-11-13"), typed
    m = stored[f"Dates {len(FORMS) + 1}"]
    assert (m["held_on"], m.get("ends_on"), m.get("released_on")) == (today, None, today)


@pytest.mark.slow
def test_tab_walks_the_form_in_reading_order_and_shift_tab_back(tmp_path, own_display):  # noqa: F811
    # Under X, keys only: Tab from Title through the left column then the right one, a
    # value typed at each stop; Shift+Tab as many times back is Title again.
    x_display = own_display
    DISPLAY[0] = x_display
    values = [("held_on", "2019-11-13"), ("ends_on", "2019-11-14"), ("starts_at", "0930"),
              ("ends_at", "11:00"), ("released_on", "15 Nov 2019"), ("status", ""),
              ("venue", "the Hall"), ("city", "Jakarta"), ("host_country", "Japan"),
              ("series", "ASTOP"), ("reference", "R-7"), ("classification", "Restricted")]
    proc, database = start(tmp_path, x_display)
    try:
        window = main_window(x_display)
        assert window is not None
        xdotool(x_display, "windowfocus", "--sync", window)
        xdotool(x_display, "key", "ctrl+n")
        xdotool(x_display, "type", "--delay", "20", "Tabbed")
        wait_for("Title", lambda: window_name(x_display, window).startswith("Tabbed"), proc)
        for _field, typed in values:
            xdotool(x_display, "key", "Tab")
            if typed:
                xdotool(x_display, "type", "--delay", "20", typed)
        xdotool(x_display, "key", *["shift+Tab"] * len(values))
        xdotool(x_display, "key", "End")
        xdotool(x_display, "type", "--delay", "20", " back")
        xdotool(x_display, "key", "ctrl+s")
        wait_for("the save", lambda: window_name(x_display, window) == "Tabbed back — mtgdesk",
                 proc)
    finally:
        err = stop(proc)
    assert "Traceback" not in err, err[-3000:]
    [m] = exported(database)
    assert m["title"] == "Tabbed back"
    assert (m["held_on"], m["ends_on"], m["starts_at"], m["ends_at"], m["released_on"]) == (
        "2019-11-13", "2019-11-14", "09:30", "11:00", "2019-11-15")
    assert (m["venue"], m["city"], m["host_country"], m["series"], m["reference"],
            m["classification"]) == ("the Hall", "Jakarta", "Japan", "ASTOP", "R-7",
                                     "Restricted")
