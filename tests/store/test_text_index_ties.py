"""The index's ranking when more matches share the page's lowest score than a first
fetch holds: the page is still exactly best first, newest first among equal scores,
whatever the page, as ranking every match and sorting them would give."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from mtgdesk.domain.query import parse
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord
from mtgdesk.store.search import document
from mtgdesk.store.text_index import TextIndex
from mtgdesk.store.text_query import compile_query
from tests.store.full_ranking import every_match_sorted


@pytest.fixture(scope="module")
def index() -> TextIndex:
    rng = random.Random(7)
    index = TextIndex.create(None)
    with index.writing(bulk=True) as w:
        docs = []
        for i in range(1, 601):
            # Three kinds of title, so three scores for `title:tern`, most of them tied;
            # days repeat, so the id breaks ties of a day as the key does.
            title = rng.choice(["Tern talks", "Tern talks", "Tern talks", "Tern",
                                "Tern and gull talks on the coast"])
            venue = rng.choice(["Hall", "Hall", "Hall of the Sea"])
            held = date(2000, 1, 1) + timedelta(days=rng.randrange(120))
            docs.append(document(i, MeetingRecord(
                title=title, held_on=held, venue=venue, status=rng.choice(["draft", "final"]),
                paragraphs=[ParagraphRecord(text=rng.choice(["tern", "tern tern", "gull"]))])))
        w.add(docs)
        w.commit(0, "")
    return index



@pytest.mark.parametrize("text", ["title:tern", "venue:hall", "tern", "tern talks",
                                  "gull OR tern", "status:final tern", "venue:sea"])
def test_every_page_is_as_ranking_every_match_gives(index, text):
    query = compile_query(index.schema, parse(text))
    expected = every_match_sorted(index, query)
    assert len(expected) > 100  # the ties run past the first fetch
    for limit, offset in ((1, 0), (20, 0), (20, 20), (7, 130), (100, 0), (50, 400),
                          (20, len(expected) - 5), (len(expected), 0)):
        page = index.ranked(query, limit, offset)
        assert page.ids == expected[offset:offset + limit], (limit, offset)
        assert page.total == len(expected)
        assert len(page.addresses) == len(page.ids)
