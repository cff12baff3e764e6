"""A participant or paragraph told at a glance to need no reading field by field
(interchange._at_a_glance) gives the very record `_fields` gives, and any other is
read field by field, refused with the same words: compared on objects made at random
from every kind of value a file can hold (the field-by-field reader alone is the
reader before the glance)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtgdesk.domain import interchange
from mtgdesk.domain.errors import InterchangeError
from mtgdesk.domain.records import PARAGRAPH_FIELDS, PARTICIPANT_FIELDS
from mtgdesk.domain.vocab import Attendance, ParagraphKind, ParticipantKind, Role

CHOICES = [str(v) for vocab in (Attendance, ParagraphKind, ParticipantKind, Role)
           for v in vocab]
values = st.one_of(
    st.sampled_from(CHOICES), st.text(max_size=8), st.text(alphabet="\ud800\udfffa", max_size=3),
    st.sampled_from(["Japan", "Tōkyō", "国連", "2011-06-01", "2011-02-30", "", " "]),
    st.none(), st.integers(), st.booleans(), st.lists(st.text(max_size=2), max_size=2),
    st.dictionaries(st.text(max_size=2), st.text(max_size=2), max_size=1))


def objects(fields: tuple[str, ...]) -> st.SearchStrategy[interchange._Object]:
    keys = st.sampled_from([*fields, *fields, "colour", ""])
    return st.lists(st.tuples(keys, values), max_size=7).map(interchange._object)


def outcome(participants: list, paragraphs: list) -> object:
    meeting = interchange._object([
        ("title", "Consultations"), ("held_on", "2011-05-03"),
        ("participants", participants), ("paragraphs", paragraphs)])
    try:
        return interchange.meeting_to_dict(interchange._checked("meetings[0]", meeting).record)
    except InterchangeError as exc:
        return ("refused", str(exc))


@settings(max_examples=600, deadline=None)
@given(participants=st.lists(objects(PARTICIPANT_FIELDS), max_size=3),
       paragraphs=st.lists(objects(PARAGRAPH_FIELDS), max_size=3))
def test_at_a_glance_or_field_by_field_alike(participants, paragraphs):
    quick = outcome(participants, paragraphs)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(interchange, "_PLAIN_PARTICIPANT", lambda value: False)
        m.setattr(interchange, "_PLAIN_PARAGRAPH", lambda value: False)
        assert outcome(participants, paragraphs) == quick


def test_most_objects_of_a_file_are_told_at_a_glance():
    good = interchange._object([("kind", "person"), ("name", "Tanaka Hiroshi"),
                                ("post", "Director-General"), ("role", "chair")])
    assert interchange._PLAIN_PARTICIPANT(good)
    assert interchange._PLAIN_PARTICIPANT(interchange._object([("kind", "country"),
                                                                ("name", "日本")]))
    assert interchange._PLAIN_PARAGRAPH(interchange._object([("text", "Agreed.")]))
    for bad in ([("kind", "person")], [("kind", "alien"), ("name", "X")],
                [("kind", "person"), ("name", "X"), ("name", "Y")],
                [("kind", "person"), ("name", "X\ud800")],
                [("kind", "person"), ("name", "X"), ("colour", "red")],
                [("kind", "person"), ("name", None)]):
        assert not interchange._PLAIN_PARTICIPANT(interchange._object(bad))
    # A due date is read as a date, by _fields.
    assert not interchange._PLAIN_PARAGRAPH(interchange._object([
        ("text", "Do it."), ("kind", "action"), ("due_on", "2011-06-01")]))
