"""On an office server the window offers what the clerk's role allows, and says which
role that is; the server refuses the rest anyway (tests/store/test_roles.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from mtgdesk.desk import Desk


def test_a_clerk_sees_their_role_and_cannot_finalise(qtbot, make_window, office,
                                                    seed_record):
    with Desk.open(office["clerk"]) as setup:
        [added] = setup.save(seed_record).added
    clerk = make_window(Desk.open(office["clerk"]))
    clerk.open_meeting(added.id)
    label = clerk.findChild(QLabel, "serverRole")
    assert label is not None and label.text() == "Office server: clerk"
    assert "approver marks them final" in label.toolTip()
    assert not clerk.safety.finalise_action.isEnabled()
    assert "an approver's" in clerk.safety.finalise_action.statusTip()
    approver = make_window(Desk.open(office["approver"]))
    approver.open_meeting(added.id)
    assert approver.findChild(QLabel, "serverRole").text() == "Office server: approver"
    assert approver.safety.finalise_action.isEnabled()


def test_a_window_on_a_file_shows_no_role(make_window, engine):
    window = make_window(engine)
    assert window.findChild(QLabel, "serverRole") is None
    assert window.safety.role is None
