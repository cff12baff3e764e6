"""A year typed alone finds the meetings held that year as well as those whose text
holds the word, and a title with a year in it still comes first when typed whole."""

from __future__ import annotations

from datetime import date

from mtgdesk.domain.records import MeetingRecord, ParagraphRecord
from mtgdesk.services import meetings, search


def save(engine, title, held_on, text="Security was discussed.") -> int:
    return meetings.save_meeting(engine, MeetingRecord(
        title=title, held_on=held_on, paragraphs=[ParagraphRecord(text=text)])).id


def ids(engine, query):
    return [h.id for h in search.search(engine, query, limit=50).hits]


def test_a_year_finds_the_meetings_held_then_and_those_naming_it(engine):
    held = save(engine, "Human Security Meeting", date(2007, 3, 23))
    named = save(engine, "Human Security Review", date(2010, 5, 1),
                 text="Security since the meeting of 2007 was reviewed.")
    other = save(engine, "Human Security Talks", date(2009, 1, 1))
    found = ids(engine, "human security 2007")
    assert set(found) == {held, named} and other not in found
    assert found == [held, named]  # held that year weighs as the year in its title
    assert ids(engine, "security 2009") == [other]
    assert ids(engine, '"2007"') == [named]  # quoted: the word alone
    assert set(ids(engine, "security 2008 OR 2009")) == {other}
    assert set(ids(engine, "security -2007")) == {held, other}  # the word left out


def test_a_title_with_its_year_typed_whole_still_comes_first(engine):
    first = save(engine, "Bali Process Ministerial Conference 2023", date(2023, 2, 10))
    for n in range(5):
        save(engine, f"Bali Process Ministerial Conference 201{n}", date(2023, 3, 1 + n),
             text="The Bali Process ministerial conference 2023 was recalled twice: "
                  "Bali Process ministerial conference 2023.")
    assert ids(engine, "Bali Process Ministerial Conference 2023")[0] == first
