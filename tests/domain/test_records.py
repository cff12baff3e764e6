"""The rules of a record that the editor follows (Qt-free)."""

from __future__ import annotations

from datetime import date

import pytest

from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, kind_change, with_kind
from mtgdesk.domain.validation import validate_meeting

ACTION = ParagraphRecord(text="Japan will report.", kind="action", owner="Japan",
                         due_on=date(2007, 6, 30))


@pytest.mark.parametrize("kind", ["discussion", "decision", "agreement", "note"])
def test_an_action_that_becomes_another_kind_loses_its_owner_and_due_date(kind):
    assert kind_change(ACTION, kind) == {"kind": kind, "owner": None, "due_on": None}
    changed = with_kind(ACTION, kind)
    assert changed == ParagraphRecord(text="Japan will report.", kind=kind)
    assert ACTION.owner == "Japan"  # the paragraph given is left as it was
    # what the rule leaves is valid: validation refuses an owner on a non-action
    record = MeetingRecord(title="T", held_on=date(2007, 1, 1), paragraphs=[changed])
    assert validate_meeting(record) == []


def test_only_what_is_held_is_cleared():
    owner_only = ParagraphRecord(text="x", kind="action", owner="MOFA")
    assert kind_change(owner_only, "note") == {"kind": "note", "owner": None}
    plain = ParagraphRecord(text="x", kind="action")
    assert kind_change(plain, "decision") == {"kind": "decision"}


def test_becoming_an_action_keeps_everything_and_the_same_kind_changes_nothing():
    note = ParagraphRecord(text="x", kind="note", owner="MOFA")  # left for the clerk to clear
    assert kind_change(note, "action") == {"kind": "action"}
    assert with_kind(note, "action").owner == "MOFA"
    assert kind_change(ACTION, "action") == {}
    assert with_kind(ACTION, "action") == ACTION
