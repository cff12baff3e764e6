"""A record's texts are checked at once when they have nothing to say
(validation._clean_texts: each kind of text joined and searched once, the longest of each
limit compared): the problems are those of checking field by field, whatever the fault
and wherever it is, and a fault anywhere sends the record field by field."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtgdesk.domain import validation
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.domain.validation import FIELD_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX


def _field_by_field(record: MeetingRecord, monkeypatch) -> list:
    with monkeypatch.context() as m:
        m.setattr(validation, "_clean_texts", lambda _: False)
        return validation.validate_meeting(record)


def _meeting(**kw) -> MeetingRecord:
    base = dict(
        title="Senior Official-Level Meeting on Human Security", held_on=date(2010, 5, 1),
        venue="Palais des Nations", city="Genève", host_country="Japan", series="HS",
        reference="HS/1", classification="Public",
        participants=[ParticipantRecord(kind="country", name="Japan"),
                      ParticipantRecord(kind="person", name="Tsuruoka Koji",
                                        acronym="TK", article="", honorific="Mr",
                                        post="Ambassador", delegation="Japan",
                                        role="chair")],
        paragraphs=[ParagraphRecord(text="The meeting opened.\n\tIt closed."),
                    ParagraphRecord(text="Send the report.", kind="action", owner="UNDP",
                                    due_on=date(2010, 6, 1))],
        report_overrides={"opening": "Opened\nat ten."})
    base.update(kw)
    return MeetingRecord(**base)


def test_a_clean_record_is_checked_at_once():
    assert validation._clean_texts(_meeting())
    assert validation.validate_meeting(_meeting()) == []


def _faults():
    """One fault each: (where, how) made into a record."""
    p0 = ParticipantRecord(kind="country", name="Japan")
    g0 = ParagraphRecord(text="Opened.")
    out = []
    for name in ("title", "venue", "city", "host_country", "series", "reference",
                 "classification"):
        limit = TITLE_MAX if name == "title" else FIELD_MAX[name]
        out.append((f"{name} long", _meeting(**{name: "x" * (limit + 1)})))
        out.append((f"{name} line break", _meeting(**{name: "a\nb"})))
        out.append((f"{name} NUL", _meeting(**{name: "a\x00b"})))
    for name in ("name", "acronym", "article", "honorific", "post", "delegation"):
        limit = NAME_MAX if name == "name" else FIELD_MAX[name]
        for how, value in (("long", "x" * (limit + 1)), ("tab", "a\tb"), ("NUL", "\x00"),
                           ("U+2028", "a\u2028b")):
            person = dataclasses.replace(p0, kind="person", **{name: value})
            out.append((f"participant {name} {how}", _meeting(participants=[p0, person])))
    for how, value in (("long", "x" * (FIELD_MAX["owner"] + 1)), ("line break", "a\rb"),
                       ("NUL", "a\x00")):
        para = ParagraphRecord(text="Do it.", kind="action", owner=value)
        out.append((f"owner {how}", _meeting(paragraphs=[g0, para])))
    for how, value in (("long", "x" * (TEXT_MAX + 1)), ("control", "a\x07b"),
                       ("NUL", "a\x00b")):
        out.append((f"paragraph {how}", _meeting(paragraphs=[g0, ParagraphRecord(text=value)])))
    out.append(("override NUL", _meeting(report_overrides={"opening": "a\x00"})))
    out.append(("override control", _meeting(report_overrides={"attendance": "\x1b[31m"})))
    out.append(("kind NUL", _meeting(participants=[dataclasses.replace(p0, kind="a\x00")])))
    out.append(("role NUL", _meeting(participants=[dataclasses.replace(p0, role="\x00")])))
    out.append(("status NUL", _meeting(status="draft\x00")))
    out.append(("uuid NUL", _meeting(uuid="\x00")))
    out.append(("paragraph kind NUL", _meeting(paragraphs=[ParagraphRecord("a", kind="\x00")])))
    out.append(("a number for a name", _meeting(
        participants=[dataclasses.replace(p0, post=5)])))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(("where", "record"), _faults(), ids=[w for w, _ in _faults()])
def test_any_fault_sends_the_record_field_by_field(where, record, monkeypatch):
    # A replaced report paragraph's control character is looked for in every record.
    assert where == "override control" or not validation._clean_texts(record), where
    problems = validation.validate_meeting(record)
    assert problems == _field_by_field(record, monkeypatch)
    if where != "a number for a name":
        assert validation.errors(problems), where


texts = st.text(alphabet=st.sampled_from("ab \n\t\r\x00\x07\u2028é東"), max_size=8) | st.text()
optional = st.none() | texts


@st.composite
def records(draw) -> MeetingRecord:
    def long_or(strategy, limit):
        return strategy | st.integers(limit - 1, limit + 1).map(lambda n: "y" * n)

    people = st.builds(ParticipantRecord, kind=st.sampled_from(["person", "country"]),
                       name=long_or(texts, NAME_MAX), acronym=long_or(optional, 50),
                       article=optional, honorific=optional,
                       post=long_or(optional, 500), delegation=optional,
                       role=st.sampled_from(["participant", "chair", "\x00"]))
    paragraphs = st.builds(ParagraphRecord, text=long_or(texts, TEXT_MAX),
                           kind=st.sampled_from(["discussion", "action"]),
                           owner=long_or(optional, 300))
    return MeetingRecord(
        title=draw(long_or(texts, TITLE_MAX)), held_on=date(2010, 1, 1),
        venue=draw(optional), city=draw(optional), host_country=draw(optional),
        series=draw(long_or(optional, 500)), reference=draw(optional),
        classification=draw(optional),
        participants=draw(st.lists(people, max_size=3)),
        paragraphs=draw(st.lists(paragraphs, max_size=3)),
        report_overrides=draw(st.dictionaries(st.sampled_from(["opening", "attendance"]),
                                              texts, max_size=2)))


@settings(max_examples=300, deadline=None)
@given(record=records())
def test_any_record_has_the_problems_of_checking_field_by_field(record):
    with pytest.MonkeyPatch.context() as m:
        fast = validation.validate_meeting(record)
        m.setattr(validation, "_clean_texts", lambda _: False)
        assert fast == validation.validate_meeting(record)
