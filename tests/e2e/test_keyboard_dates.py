"""Issue 13 under a real X server, keys only: a date typed in each form the issue names
(2019-11-13, 13 Nov 2019, 13 November 2019, November 13, 2019, 13/11/2019 in the
locale's day-month order, today) into Held on, Ends on and Released on, straight after
Tab, is stored exactly. (The issue: `2019-11-13` typed was stored 2019-12-11.)"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.e2e.private_x import own_display  # noqa: F401 (fixture)
from tests.e2e.real_window import exported, running

# The program runs under LC_ALL=C.UTF-8 (tests/e2e/real_window.program_env), whose
# short date is "d MM yyyy": the day first.
FORMS = ["2019-11-13", "13 Nov 2019", "13 November 2019", "November 13, 2019",
         "13/11/2019"]


@pytest.mark.slow
def test_a_date_typed_in_every_form_is_stored_exactly(tmp_path, own_display):  # noqa: F811
    with running(tmp_path, own_display) as window:
        for n, typed in enumerate([*FORMS, "today"], start=1):
            title = f"Dates {n}"
            window.new_meeting(title)
            # Held on, Ends on (the next day, as 2019-11-14), then Released on.
            window.key("Tab")
            window.type(typed)
            window.key("Tab")
            window.type("" if typed == "today" else typed.replace("13", "14"))
            window.key("Tab", "Tab", "Tab")
            window.type(typed)
            window.key("ctrl+s")
            window.wait_saved(title)
    stored = {m["title"]: m for m in exported(window.database)}
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
    values = [("held_on", "2019-11-13"), ("ends_on", "2019-11-14"), ("starts_at", "0930"),
              ("ends_at", "11:00"), ("released_on", "15 Nov 2019"), ("status", ""),
              ("venue", "the Hall"), ("city", "Jakarta"), ("host_country", "Japan"),
              ("series", "ASTOP"), ("reference", "R-7"), ("classification", "Restricted")]
    with running(tmp_path, own_display) as window:
        window.new_meeting("Tabbed")
        for _field, typed in values:
            window.key("Tab")
            if typed:
                window.type(typed)
        window.key(*["shift+Tab"] * len(values))
        window.key("End")
        window.type(" back")
        window.key("ctrl+s")
        window.wait_saved("Tabbed back")
    [m] = exported(window.database)
    assert m["title"] == "Tabbed back"
    assert (m["held_on"], m["ends_on"], m["starts_at"], m["ends_at"], m["released_on"]) == (
        "2019-11-13", "2019-11-14", "09:30", "11:00", "2019-11-15")
    assert (m["venue"], m["city"], m["host_country"], m["series"], m["reference"],
            m["classification"]) == ("the Hall", "Jakarta", "Japan", "ASTOP", "R-7",
                                     "Restricted")
