"""A page ranked from the title tier alone (mtgdesk.store.text_tier) is the page that
ranking every match gives, its total too; a two-word phrase counted by its pair terms
alone finds the meetings its ranked query finds."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tantivy import Occur
from tantivy import Query as Q

from mtgdesk.domain.query import parse
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.services.search import _ranked
from mtgdesk.store.search import document
from mtgdesk.store.text_index import TextIndex
from mtgdesk.store.text_query import compile_query
from mtgdesk.store.text_tier import tier
from tests.store.full_ranking import every_match_sorted

WORDS = ["human", "security", "ocean", "council", "the", "of"]


def record(rng: random.Random, i: int) -> MeetingRecord:
    def text(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, n)))

    return MeetingRecord(
        title=rng.choice(["Human Security", "Friends of Human Security", "Ocean Council",
                          text(5), text(3)]),
        held_on=date(2000, 1, 1) + timedelta(days=rng.randrange(200)),  # days repeat
        venue=rng.choice([None, "Hall", text(3)]),
        status=rng.choice(["draft", "final"]),
        paragraphs=[ParagraphRecord(text=text(12), kind=rng.choice(["text", "decision"]))
                    for _ in range(rng.randint(0, 3))],
        participants=[ParticipantRecord(kind="person", name=text(3) or "x",
                                        role=rng.choice(["chair", "participant"]),
                                        post=rng.choice([None, text(4)]))
                      for _ in range(rng.randint(0, 3))])


@pytest.fixture(scope="module")
def index() -> TextIndex:
    rng = random.Random(14)
    index = TextIndex.create(None)
    with index.writing(bulk=True) as w:
        w.add(document(i, record(rng, i)) for i in range(1, 1201))
        w.commit(0, "")
    return index



QUERIES = ['"human security"', '"security council"', '"ocean council"', '"of the"',
           '"human security" status:final', '"human security" kind:decision',
           '"human security" from:2000-03 to:2000-05', '"human security" -ocean',
           '"human security" "the ocean"', '"friends of"', '"security human"']


@pytest.mark.parametrize("text", QUERIES)
def test_the_tier_gives_the_page_and_total_of_ranking_every_match(index, text):
    parsed = parse(text)
    expected = every_match_sorted(index, compile_query(index.schema, parsed))
    decided = 0
    for limit, offset in ((1, 0), (20, 0), (20, 20), (7, 45), (50, 0), (20, 200)):
        page = _ranked(index, parsed, limit, offset)
        assert page.ids == expected[offset:offset + limit], (limit, offset)
        assert page.total == len(expected)
        first = tier(index.schema, parsed)
        if first is not None and index.ranked_first(
                compile_query(index.schema, parsed), first.first, first.ceiling,
                compile_query(index.schema, parsed, rank=False), limit, offset):
            decided += 1
    # The tier decides the first pages of the phrases many titles hold.
    if text in ('"human security"', '"human security" status:final', '"ocean council"'):
        assert decided >= 3


@pytest.mark.parametrize("text", QUERIES)
def test_the_ceiling_is_above_every_match_outside_the_tier(index, text):
    parsed = parse(text)
    first = tier(index.schema, parsed)
    assert first is not None
    outside = Q.boolean_query([(Occur.Must, compile_query(index.schema, parsed)),
                               (Occur.MustNot, first.first)])
    searcher = index._index.searcher()
    best = searcher.search(outside, 1, count=False).hits
    inside = Q.boolean_query([(Occur.Must, compile_query(index.schema, parsed)),
                              (Occur.Must, first.first)])
    lowest_inside = min((float(s) for s, _ in
                         searcher.search(inside, index.size, count=False).hits), default=None)
    ceiling = first.ceiling(searcher.doc_freq, index.size)
    if best:
        assert float(best[0][0]) < ceiling
    if lowest_inside is not None:
        assert lowest_inside > ceiling  # so the tier can decide at all


@pytest.mark.parametrize("text", ["human security", '"human security" OR ocean',
                                  'title:"human security"', '"human security council"',
                                  "human*", '"human security" gomez', "ocean"])
def test_no_tier_where_the_count_would_read_every_field(index, text):
    assert tier(index.schema, parse(text)) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.lists(st.sampled_from("ab"), max_size=4), max_size=4),
                min_size=1, max_size=8),
       st.sampled_from(['"a b"', '"b a"', '"a a"', '-"a b"', '"a b" -"b a"']),
       st.integers(1, 4))
def test_a_pair_counted_alone_finds_what_its_ranked_query_finds(docs, text, limit):
    """Meetings of the words a and b in the title, paragraphs, a chair's and a
    participant's name and post, the venue: the unranked query (pair terms alone)
    matches what the ranked one matches, and the tier's page is every match ranked."""
    index = TextIndex.create(None)
    with index.writing() as w:
        w.add(document(i + 1, MeetingRecord(
            title=" ".join(parts[0]) if parts and parts[0] else "t",
            held_on=date(2001, 1, 1 + i % 3), venue=" ".join(parts[-1]) if parts else None,
            paragraphs=[ParagraphRecord(text=" ".join(p)) for p in parts[1:2] if p],
            participants=[ParticipantRecord(kind="person", name=" ".join(p) or "x",
                                            role=role, post=" ".join(p[1:]) or None)
                          for p, role in zip(parts[2:], ("chair", "participant"),
                                             strict=False)]))
            for i, parts in enumerate(docs))
        w.commit(1, "")
    parsed = parse(text)
    ranked = compile_query(index.schema, parsed)
    unranked = compile_query(index.schema, parsed, rank=False)
    assert sorted(index.by_date(unranked, 100).ids) == sorted(index.by_date(ranked, 100).ids)
    assert index.count(unranked) == len(every_match_sorted(index, ranked))
    page = _ranked(index, parsed, limit, 0)
    assert page.ids == every_match_sorted(index, ranked)[:limit]
    assert page.total == index.count(unranked)



def test_a_bonus_too_small_to_dominate_is_not_trusted(monkeypatch):
    """With a title bonus smaller than what BM25 can give (3 instead of 2,000),
    meetings outside the tier (the words apart in a short title, and in every other
    field) outscore those inside it (the words together in a long title only). The
    ceiling must see that and leave the page to ranking every match: a ceiling that
    trusted the tier anyway (0) would give the tier's meetings alone here."""
    from mtgdesk.store import text_query, text_tier
    monkeypatch.setattr(text_query, "PHRASE_IN_TITLE", 3.0)
    monkeypatch.setattr(text_tier, "PHRASE_IN_TITLE", 3.0)
    index = TextIndex.create(None)
    long_title = "Human Security " + " ".join(f"topic{n}" for n in range(12))
    inside = [MeetingRecord(title=long_title, held_on=date(2001, 1, 1) + timedelta(days=i))
              for i in range(30)]
    outside = [MeetingRecord(
        title="Security and the Human", venue="Human Security Hall",
        held_on=date(2002, 1, 1) + timedelta(days=i),
        paragraphs=[ParagraphRecord(text="human security, human security")],
        participants=[ParticipantRecord(kind="person", name="Human Security",
                                        post="Adviser on Human Security")])
        for i in range(30)]
    with index.writing() as w:
        w.add(document(i + 1, r) for i, r in enumerate(inside + outside))
        w.commit(1, "")
    parsed = parse('"human security"')
    assert tier(index.schema, parsed) is not None
    expected = every_match_sorted(index, compile_query(index.schema, parsed))
    assert set(expected[:30]) == set(range(31, 61))  # the meetings outside come first
    for limit, offset in ((1, 0), (20, 0), (20, 20), (50, 0)):
        page = _ranked(index, parsed, limit, offset)
        assert page.ids == expected[offset:offset + limit], (limit, offset)
        assert page.total == len(expected) == 60
