"""A query built with the searcher's `held` (mtgdesk.store.text_query.Held) leaves out
the clauses on words no document holds where they are looked for, and finds the same
meetings with the same scores, in the same order, as the query built without it; a
word written after a search was built is found by the next."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest
from tantivy import Query as Q

from mtgdesk.domain.query import parse
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.services.search import _ranked
from mtgdesk.store.search import document
from mtgdesk.store.text_index import TextIndex
from mtgdesk.store.text_query import compile_query
from tests.store.full_ranking import every_match_sorted

# Made-up words; "fenwick" is in bodies only and "marlow" in titles only.
WORDS = ["the", "meeting", "fenwick", "of", "harbour"]


def record(rng: random.Random, i: int) -> MeetingRecord:
    def text(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, n)))

    return MeetingRecord(
        title=rng.choice(["The Meeting", "Marlow Harbour Meeting", "Harbour of the Marlow",
                          "meeting the harbour"]),
        held_on=date(2001, 1, 1) + timedelta(days=rng.randrange(90)),  # days repeat
        venue=rng.choice([None, "The Hall", "Harbour House"]),
        status=rng.choice(["draft", "final"]),
        paragraphs=[ParagraphRecord(text=text(10), kind=rng.choice(["text", "decision"]))
                    for _ in range(rng.randint(0, 3))],
        participants=[ParticipantRecord(kind="person", name=rng.choice(["Ana Silva", "Li"]),
                                        role=rng.choice(["chair", "participant"]),
                                        post=rng.choice([None, "of the harbour"]))
                      for _ in range(rng.randint(0, 2))])


@pytest.fixture(scope="module")
def index() -> TextIndex:
    rng = random.Random(1000)
    index = TextIndex.create(None)
    with index.writing(bulk=True) as w:
        w.add(document(i, record(rng, i)) for i in range(1, 801))
        w.commit(0, "")
    return index


QUERIES = ["the meeting", "fenwick", "marlow", "fenwick marlow", "marlow harbour",
           '"the meeting"', '"marlow harbour"', "harbour -fenwick", "fenwick OR marlow",
           "the meeting status:final", "meeting from:2001-02 to:2001-03", "fenw*",
           "title:fenwick", "venue:marlow", "participant:silva", "chair:li",
           "the harbour of", "nowhere at all", "the nowhere"]


def scored(index: TextIndex, query) -> list[tuple[float, int]]:
    searcher = index._index.searcher()
    hits = searcher.search(query, index.size, count=False).hits
    keys = searcher.fast_field_values("key", [a for _, a in hits])
    return sorted((float(s), int(k)) for (s, _), k in zip(hits, keys, strict=True))


@pytest.mark.parametrize("text", QUERIES)
def test_the_same_matches_and_scores_with_fewer_clauses(index, text):
    parsed = parse(text)
    reading = index.reading()
    for rank in (True, False):
        whole = compile_query(index.schema, parsed, rank=rank)
        lean = compile_query(index.schema, parsed, rank=rank, held=reading.held)
        assert scored(index, lean) == scored(index, whole)
    ranked = every_match_sorted(index, compile_query(index.schema, parsed))
    for limit, offset in ((20, 0), (7, 30), (50, 0)):
        page = _ranked(index, parsed, limit, offset)
        assert page.ids == ranked[offset:offset + limit]
        assert page.total == len(ranked)


def terms(query: object) -> set[tuple[str, str]]:
    """(field number, word) of every term in a tantivy query, from its description."""
    return set(re.findall(r'Term\(field=(\d+), type=Str, "([^"]*)"\)', repr(query)))


def field_number(index: TextIndex, field: str) -> str:
    (number, _), = terms(Q.term_query(index.schema, field, "x"))
    return number


def test_a_word_is_looked_for_only_in_the_fields_that_hold_it(index):
    reading = index.reading()
    lean = terms(compile_query(index.schema, parse("fenwick marlow"), held=reading.held))
    body, title = field_number(index, "body"), field_number(index, "title")
    assert (body, "fenwick") in lean and (title, "marlow") in lean
    assert (title, "fenwick") not in lean and (body, "marlow") not in lean
    # Neither the whole title nor the two words together in any field: no bonus.
    assert {w for _, w in lean} == {"fenwick", "marlow"}
    whole = terms(compile_query(index.schema, parse("fenwick marlow")))
    assert (title, "fenwick") in whole and (body, "marlow") in whole


def test_a_word_no_document_holds_finds_nothing():
    index = TextIndex.create(None)
    with index.writing() as w:
        w.add([document(1, MeetingRecord(title="Harbour", held_on=date(2001, 1, 1)))])
        w.commit(0, "")
    reading = index.reading()
    for text in ("nowhere", "harbour nowhere", '"harbour nowhere"'):
        assert index.count(compile_query(index.schema, parse(text), held=reading.held),
                           reading) == 0
    assert _ranked(index, parse("harbour -nowhere"), 10, 0).ids == [1]


def test_a_word_written_after_a_search_was_built_is_found_by_the_next():
    index = TextIndex.create(None)
    with index.writing() as w:
        w.add([document(1, MeetingRecord(title="Harbour", held_on=date(2001, 1, 1)))])
        w.commit(0, "")
    before = index.reading()
    assert not before.held("title", "fenwick")
    with index.writing() as w:
        w.add([document(2, MeetingRecord(title="Fenwick Harbour", held_on=date(2001, 1, 2)))])
        w.commit(1, "")
    # The old view still runs the query built for it: nothing of the new meeting.
    stale = compile_query(index.schema, parse("fenwick"), held=before.held)
    assert index.count(stale, before) == 0
    assert _ranked(index, parse("fenwick"), 10, 0).ids == [2]
    assert _ranked(index, parse("harbour"), 10, 0).total == 2
