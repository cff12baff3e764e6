"""Any text typed into any text field of the real meeting form saves and reloads exactly,
or, when the spec refuses it (no title, a control character or a line break in a
single-line field), is refused and stays in the form."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtgdesk.services import meetings

FIELDS = ("title", "venue", "city", "series", "reference", "host_country", "classification")
# Qt strings cannot hold lone surrogates; everything else is fair game.
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
# What a single-line field may not hold (shared/spec/interchange.md, Rules).
NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(values=st.fixed_dictionaries({f: texts for f in FIELDS}))
def test_any_text_in_any_form_field_saves_and_reloads(make_window, engine, values):
    window = make_window(engine) if not hasattr(engine, "_test_window") else \
        engine._test_window
    engine._test_window = window
    window.safety.autosave.timer.stop()
    form = window.editor.form
    window.show_record(meetings.MeetingRecord(held_on=form.held_on.value()))
    for name, text in values.items():
        widget = form.widgets[name]
        if hasattr(widget, "setEditText"):
            widget.setEditText(text)
        else:
            widget.setText(text)
    saved = window.save_current()
    if not values["title"].strip() or any(
            NOT_ONE_LINE.search(v) or "\x00" in v for v in values.values()):
        assert not saved  # refused, and the typed text stays in the form
        assert form.title.text() == values["title"]
        return
    assert saved
    stored = meetings.get_meeting(engine, window.editor.meeting_id)
    for name, text in values.items():
        assert (getattr(stored, name) or "") == text, name
    window.show_record(stored)
    for name, text in values.items():
        widget = form.widgets[name]
        shown = widget.currentText() if hasattr(widget, "currentText") else widget.text()
        assert shown == text, name
