"""The meeting form has one widget for each field of the record (its field list is the
record's), shows every value it loads and gives it back, and puts a problem at the
widget its structured path names."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from mtgdesk.domain.records import MEETING_FIELDS
from mtgdesk.domain.validation import Problem, Severity
from mtgdesk.ui.editor.meeting_form import MERGE_IDS, MeetingForm
from tests.full_record import full_record


def test_the_form_has_a_widget_and_a_label_for_every_field_of_the_record(shown):
    form = shown(MeetingForm(QUndoStack()))
    assert list(form.widgets) == list(MEETING_FIELDS)
    assert set(form.labels) == set(form.problem_labels) == set(MERGE_IDS) == set(MEETING_FIELDS)
    assert len(set(MERGE_IDS.values())) == len(MEETING_FIELDS)


def test_every_value_loaded_comes_back(shown):
    form = shown(MeetingForm(QUndoStack()))
    record = full_record()
    form.load(record)
    assert form.record() == record
    assert form.title.text() == "title given" and form.status.currentData() == "final"


def test_a_problem_is_shown_at_the_field_its_path_names(shown):
    form = shown(MeetingForm(QUndoStack()))
    rest = form.show_problems([
        Problem(("ends_on",), "The meeting ends before it starts: check the end date."),
        Problem(("host_country",), "Not among the participants.", Severity.WARNING),
        Problem(("participants", 0, "name"), "Participant 1 needs a name."),
    ])
    assert form.problem_text("ends_on").startswith("The meeting ends before it starts")
    assert form.problem_text("host_country") == "Not among the participants."
    assert form.problem_text("title") == ""
    assert [p.path for p in rest] == [("participants", 0, "name")]
    assert form.first_problem_widget(rest) is None
    assert form.first_problem_widget(
        [Problem(("ends_on",), "x")]) is form.focus_target("ends_on")
