"""Facet counts for the current query, and "did you mean" from the index's own words."""

from __future__ import annotations

from datetime import date

from mtgdesk.cli import main
from mtgdesk.domain.query import Filters
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.services import facets, meetings, search
from tests.conftest import db_arg


def save(engine, title, held_on, *, chair=None, series=None, kind="discussion",
         people=(), text="Fisheries were discussed.") -> int:
    parts = [ParticipantRecord(kind="country", name=n) for n in people]
    if chair:
        parts.append(ParticipantRecord(kind="person", name=chair, role="chair"))
    return meetings.save_meeting(engine, MeetingRecord(
        title=title, held_on=held_on, series=series, participants=parts,
        paragraphs=[ParagraphRecord(text=text, kind=kind)])).id


def test_facet_counts_are_those_of_the_query(engine):
    save(engine, "Fisheries talks", date(2007, 3, 1), chair="Koji Tsuruoka",
         series="ASTOP", kind="decision", people=["Japan", "Chile"])
    save(engine, "Fisheries talks II", date(2007, 9, 1), chair="Koji Tsuruoka",
         series="ASTOP", people=["Japan"])
    save(engine, "Fisheries review", date(2009, 1, 1), chair="Ana Silva", people=["Peru"])
    save(engine, "Budget", date(2009, 5, 1), chair="Ana Silva", people=["Japan"],
         text="Money.")
    got = facets.facets(engine, "fisheries")
    assert got.total == 3
    assert got.counts["year"] == (("2009", 1), ("2007", 2))
    assert dict(got.counts["series"]) == {"ASTOP": 2}
    assert dict(got.counts["chair"]) == {"Koji Tsuruoka": 2, "Ana Silva": 1}
    assert dict(got.counts["participant"]) == {
        "Japan": 2, "Chile": 1, "Peru": 1, "Koji Tsuruoka": 2, "Ana Silva": 1}
    assert dict(got.counts["kind"]) == {"discussion": 2, "decision": 1}
    narrowed = facets.facets(engine, "fisheries", Filters(chair="Tsuruoka"))
    assert narrowed.total == 2 and dict(narrowed.counts["year"]) == {"2007": 2}
    assert facets.facets(engine, "nothing-like-it").counts["year"] == ()


def test_did_you_mean_puts_a_misspelt_name_right(engine, capsys):
    mid = save(engine, "Senior Official-Level Meeting", date(2007, 3, 23),
               chair="Koji Tsuruoka")
    result = search.search(engine, "Tsurouka senior")
    assert result.total == 0 and result.suggestion == "Tsuruoka senior"
    assert [h.id for h in search.search(engine, result.suggestion).hits] == [mid]
    assert search.search(engine, "Tsuruoka").suggestion == ""  # found: nothing to mend
    assert search.search(engine, "zzzzqqqq").suggestion == ""  # nothing near it
    assert main(["--db", db_arg(engine), "search", "tsurouka"]) == 0
    assert "Did you mean: tsuruoka" in capsys.readouterr().out


def test_edit_distance_counts_a_swap_as_one():
    assert facets.edit_distance("tsurouka", "tsuruoka") == 1
    assert facets.edit_distance("kitten", "sitting") == 3  # stops above the limit
    assert facets.edit_distance("human", "human") == 0
