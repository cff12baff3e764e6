"""The index's documents built from a meeting packed as plain values (what a large
import's child process is sent, store.index_apart) are the documents built from the
record the way they were before (tests/store/document_oracle.py): every field's values,
in order, the pairs and the stored row, on meetings of every kind of text. The pairs of
the fields other than the title are compared as the set of pairs a meeting holds: the
index is only asked whether a meeting holds one (store.search.Document), and the
document no longer gives each once."""

from __future__ import annotations

import pickle
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.domain.vocab import ParagraphKind, Role, Status
from mtgdesk.store.index_apart import plain
from mtgdesk.store.search import built, document, packed
from mtgdesk.store.text_index import _tantivy_doc
from tests.store.document_oracle import old_document

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _person(name, role="participant", **kw) -> ParticipantRecord:
    return ParticipantRecord(kind=kw.pop("kind", "person"), name=name, role=role, **kw)


VARIED = [
    # Japanese and Chinese (bigrams), a full-width acronym, accents, a co-chair.
    MeetingRecord(
        title="東京における人間の安全保障に関する高級実務者会合", held_on=date(2008, 6, 2),
        ends_on=date(2008, 6, 3), venue="外務省", city="東京", host_country="日本",
        series="人間の安全保障", reference="ＵＮ／２００８", classification="公開",
        status=Status.FINAL, version=3, uuid="5b8f4c8e-0000-4000-8000-000000000001",
        participants=[_person("鶴岡公二", Role.CHAIR, post="外務審議官", honorific="大使"),
                      _person("ＵＮＤＰ", kind="organization", acronym="ＵＮＤＰ"),
                      _person("Zoë Müller-Ålström", Role.CO_CHAIR, delegation="Sverige",
                              post="Directrice générale")],
        paragraphs=[ParagraphRecord(text="会合は東京で開催された。中华人民共和国代表も出席。"),
                    ParagraphRecord(text="Les délégués ont adopté la déclaration finale.",
                                    kind=ParagraphKind.DECISION),
                    ParagraphRecord(text="Ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ text", kind="action",
                                    owner="Secretariat", due_on=date(2008, 7, 1))]),
    # Empty strings kept as given, no participants, no paragraphs, a blank series.
    MeetingRecord(title="", held_on=date(1999, 1, 1), venue="", city="", host_country="",
                  series="   ", reference="", classification=""),
    # Acronyms with their organisations, a name given twice, a chair with no name.
    MeetingRecord(
        title="Senior Official-Level Meeting on Human Security", held_on=date(2010, 5, 1),
        venue="Palais des Nations", city="Genève", host_country="Switzerland",
        series="Human Security", reference="HS/2010/1",
        participants=[_person("UNDP", kind="organization", acronym="UNDP"),
                      _person("United Nations Development Programme", kind="organization"),
                      _person("Japan", kind="country"), _person("Japan", kind="country"),
                      _person("", Role.CHAIR, acronym="ASEAN"),
                      _person("Tsuruoka Koji", Role.CHAIR, post="Ambassador")],
        paragraphs=[ParagraphRecord(text="human security " * 40),
                    ParagraphRecord(text="x" * 130 + " " + "a-b_c d’e", owner="UNDP"),
                    ParagraphRecord(text="", kind="action", owner="")]),
    # Ligatures, a mathematical capital and combining accents folded alike.
    MeetingRecord(title="Ｏﬃce of 𝔍ustice: Café vs Cafe\u0301", held_on=date(2020, 2, 29),
                  series="Ｏﬃce", classification="Restricted",
                  participants=[_person("İstanbul Åland Œuvre")],
                  paragraphs=[ParagraphRecord(text="ß straße STRASSE ﬁnal")]),
]


def _crossed(meeting_id: int, record: MeetingRecord) -> dict:
    """The document the child builds: packed here, across the pipe as plain values,
    built there, as the index is given it."""
    sent = pickle.dumps(("batch", [], [packed(meeting_id, record)]),
                        protocol=pickle.HIGHEST_PROTOCOL)
    (meeting,) = plain(sent)[2]
    return _tantivy_doc(built(meeting)).to_dict()


def _held(doc: dict) -> dict:
    """The document as the index answers for it: its pairs as the set it holds."""
    return {**doc, "pairs": [sorted(set(" ".join(doc["pairs"]).split()))]}


def _alike(meeting_id: int, record: MeetingRecord) -> bool:
    return _held(_crossed(meeting_id, record)) == _held(old_document(meeting_id, record))


@pytest.mark.parametrize("record", VARIED, ids=["cjk", "empty", "acronyms", "folding"])
def test_a_packed_meeting_is_built_into_the_document_of_its_record(record):
    assert _alike(7, record)
    assert document(7, record) == built(packed(7, record))


def test_generated_meetings_are_built_alike():
    sys.path.insert(0, str(BENCH))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(BENCH))
    records = generate(300)
    # Twice: the second time from the caches of names and places.
    for _ in range(2):
        for i, r in enumerate(records, 1):
            assert _alike(i, r)


optional_text = st.none() | st.text()


@st.composite
def records(draw) -> MeetingRecord:
    people = st.builds(ParticipantRecord, kind=st.sampled_from(["person", "country"]),
                       name=st.text(), acronym=optional_text, post=optional_text,
                       delegation=optional_text, honorific=optional_text,
                       role=st.sampled_from([r.value for r in Role]))
    paragraphs = st.builds(ParagraphRecord, text=st.text(),
                           kind=st.sampled_from([k.value for k in ParagraphKind]),
                           owner=optional_text)
    return MeetingRecord(
        title=draw(st.text()), held_on=draw(st.dates(date(1, 1, 1))),
        ends_on=draw(st.none() | st.dates()), venue=draw(optional_text),
        city=draw(optional_text), host_country=draw(optional_text),
        series=draw(optional_text), reference=draw(optional_text),
        classification=draw(optional_text), status=draw(st.sampled_from(list(Status))),
        version=draw(st.none() | st.integers(0, 10)), uuid=draw(st.none() | st.uuids().map(str)),
        participants=draw(st.lists(people, max_size=4)),
        paragraphs=draw(st.lists(paragraphs, max_size=3)))


@settings(max_examples=150, deadline=None)
@given(record=records(), meeting_id=st.integers(1, 2**31))
def test_any_meeting_is_built_alike(record, meeting_id):
    assert _alike(meeting_id, record)


def test_every_pair_a_meeting_holds_is_in_its_pairs_as_often_as_it_stands():
    record = MeetingRecord(title="human security human security", held_on=date(2010, 1, 1),
                           city="Human Security",
                           paragraphs=[ParagraphRecord(text="Human security, human rights.")])
    doc = built(packed(1, record))
    assert doc.title_pairs == "human|security security|human"  # the title's once each
    assert sorted(doc.pairs.split()) == sorted(
        ["human|security", "human|security", "security|human", "human|rights"])


def test_the_child_refuses_what_is_not_plain_values():
    record = MeetingRecord(title="t", held_on=date(2010, 1, 1))
    with pytest.raises(pickle.UnpicklingError, match="not a plain value"):
        plain(pickle.dumps(("batch", [], [record])))
    assert plain(pickle.dumps(("batch", [1], [packed(1, record)]))) == (
        "batch", [1], [packed(1, record)])
