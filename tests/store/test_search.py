"""The search index and service against a real database: exact results, every query
form, hostile text, Japanese, accents, acronyms, and the index following every write."""

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtgdesk.cli import main
from mtgdesk.domain.query import Filters
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.services import meetings, search, trash
from mtgdesk.store.session import write_session
from tests.conftest import db_arg


def meeting(title="Meeting on Ocean Governance", held_on=date(2010, 5, 1), paragraphs=(),
            participants=(), **kw) -> MeetingRecord:
    return MeetingRecord(
        title=title, held_on=held_on,
        paragraphs=[p if isinstance(p, ParagraphRecord) else ParagraphRecord(text=p)
                    for p in paragraphs],
        participants=[p if isinstance(p, ParticipantRecord)
                      else ParticipantRecord(kind="country", name=p) for p in participants],
        **kw)


def ids(engine, q, filters=None, order="relevance"):
    return {h.id for h in search.search(engine, q, filters, order=order, limit=1000).hits}


def save(engine, record) -> int:
    return meetings.save_meeting(engine, record).id


@pytest.fixture
def archive(engine):
    """30 meetings; the made-up word 'quillwort' is in exactly 7 of them, in 7 fields."""
    planted = []
    for i in range(30):
        kw: dict = {"paragraphs": [f"Routine exchange number {i} on cooperation."]}
        where = i % 10 if i < 21 and i % 3 == 0 else None
        if where is not None:
            planted.append(i)
            if where == 0:
                kw["title"] = "Quillwort Working Group"
            elif where == 3:
                kw["paragraphs"] = ["The quillwort survey was discussed."]
            elif where == 6:
                kw["venue"] = "the Quillwort Hall"
            elif where == 9:
                kw["participants"] = [ParticipantRecord(
                    kind="person", name="Ana Silva", post="Quillwort Adviser")]
            elif where == 2:
                kw["reference"] = "QUILLWORT-7"
            elif where == 5:
                kw["series"] = "Quillwort"
            else:
                kw["paragraphs"] = [ParagraphRecord(text="Follow up.", kind="action",
                                                    owner="Quillwort Society")]
        saved = save(engine, meeting(held_on=date(2000 + i % 20, 1 + i % 12, 1), **kw))
        if where is not None:
            planted[-1] = saved
    assert len(planted) == 7
    return planted


def test_word_in_exactly_k_meetings_finds_exactly_those(engine, archive):
    assert ids(engine, "quillwort") == set(archive)
    assert ids(engine, "QUILLWORT") == set(archive)
    assert search.search(engine, "quillwort").total == 7
    assert set(search.matching_ids(engine, "quillwort")) == set(archive)


def test_cli_finds_exactly_the_same_k(engine, archive, capsys):
    assert main(["--db", db_arg(engine), "search", "quillwort", "--json", "--limit", "100"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {o["id"] for o in out} == set(archive)
    assert {"id", "title", "held_on", "snippet"} <= set(out[0])


def test_cli_text_output_and_limit(engine, archive, capsys):
    assert main(["--db", db_arg(engine), "search", "quillwort", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "(2 of 7 meetings" in out


def test_phrase_exclusion_or_and_prefix(engine):
    a = save(engine, meeting(paragraphs=["Human security was the theme."]))
    b = save(engine, meeting(paragraphs=["Security of humans and the theme."]))
    c = save(engine, meeting(paragraphs=["Refugees and migrants."]))
    assert ids(engine, '"human security"') == {a}
    assert ids(engine, "human security") == {a}
    assert ids(engine, "security theme") == {a, b}
    assert ids(engine, "security -human") == {b}
    assert ids(engine, 'theme -"human security"') == {b}
    assert ids(engine, "refugees OR humans") == {b, c}
    assert ids(engine, "refug*") == {c}
    assert ids(engine, "-security") == {c}


def test_field_searches(engine):
    chair = ParticipantRecord(kind="person", name="Kenji Tanaka", role="chair")
    member = ParticipantRecord(kind="person", name="Yuki Tanaka")
    a = save(engine, meeting(title="Tokyo Dialogue", participants=[chair], venue="Kyoto Hall"))
    b = save(engine, meeting(title="Dialogue", participants=[member], city="Tokyo",
                             paragraphs=["Kyoto was mentioned."]))
    assert ids(engine, "title:tokyo") == {a}
    assert ids(engine, "venue:tokyo") == {b}
    assert ids(engine, "venue:kyoto") == {a}
    assert ids(engine, "participant:tanaka") == {a, b}
    assert ids(engine, "chair:tanaka") == {a}
    assert ids(engine, "chair:yuki") == set()


def test_kind_status_series_and_dates(engine):
    a = save(engine, meeting(held_on=date(2007, 3, 1), status="final", series="ASTOP",
                             paragraphs=[ParagraphRecord(text="Agreed.", kind="decision")]))
    b = save(engine, meeting(held_on=date(2008, 3, 1), series="ASTOP II",
                             paragraphs=["Talked."]))
    assert ids(engine, "kind:decision") == {a}
    assert ids(engine, "status:final") == {a}
    assert ids(engine, "status:draft") == {b}
    assert ids(engine, "from:2008-01-01") == {b}
    assert ids(engine, "to:2007-12-31") == {a}
    assert ids(engine, "from:2007-03-01 to:2007-03-01") == {a}
    assert ids(engine, "series:ASTOP") == {a}
    assert ids(engine, "", Filters(series="astop ii")) == {b}
    assert ids(engine, "", Filters(kinds=("decision", "action"))) == {a}
    assert ids(engine, "", Filters(date_from=date(2008, 1, 1), status="draft")) == {b}


def test_orders(engine):
    old = save(engine, meeting(held_on=date(1999, 1, 1), title="Security Talks"))
    new = save(engine, meeting(held_on=date(2020, 1, 1), paragraphs=["security " * 1]))
    rel = search.search(engine, "security")
    assert rel.order == "relevance" and rel.hits[0].id == old  # title counts most
    assert [h.id for h in search.search(engine, "security", order="newest").hits] == [new, old]
    assert [h.id for h in search.search(engine, "security", order="oldest").hits] == [old, new]
    assert search.search(engine, "status:draft").order == "newest"


def test_every_match_is_ranked_and_newer_breaks_ties(engine):
    made = [save(engine, meeting(held_on=date(2000 + i, 1, 1), paragraphs=["common word"]))
            for i in range(10)]
    best = save(engine, meeting(held_on=date(1990, 1, 1), title="Common ground",
                                paragraphs=["common word"]))
    result = search.search(engine, "common", limit=1)
    assert result.describe_total() == "11 meetings" and result.exact
    got = search.matching_ids(engine, "common")
    assert got == [best, *made[::-1]]  # the oldest, by its title; equal ones newest first
    pages = [h.id for off in (0, 4, 8)
             for h in search.search(engine, "common", limit=4, offset=off).hits]
    assert pages == got
    assert search.count(engine, "common") == 11


def test_japanese_substrings_of_two_characters_or_more(engine):
    a = save(engine, meeting(paragraphs=["国連難民高等弁務官事務所より説明があった。"]))
    b = save(engine, meeting(title="人間の安全保障に関する会合"))
    assert ids(engine, "難民") == {a}
    assert ids(engine, "難民高等") == {a}
    assert ids(engine, "務官事務") == {a}
    assert ids(engine, "安全保障") == {b}
    assert ids(engine, "の安") == {b}
    assert ids(engine, "民難") == set()
    hit = search.search(engine, "難民").hits[0]
    assert [hit.snippet[x:y] for x, y in hit.highlights] == ["難民"]


def test_a_hit_is_the_meetings_summary_and_a_snippet(engine):
    a = save(engine, meeting(title="Cormorant talks", ends_on=date(2010, 5, 2),
                             venue="The Hall", city="Oslo", series="Birds",
                             paragraphs=["Before.", "The cormorant report was read."]))
    [hit] = search.search(engine, "cormorant").hits
    assert hit.summary == meetings.summaries(engine, [a])[a]  # as the meeting list shows it
    assert hit.summary.uuid and hit.summary.ends_on == date(2010, 5, 2)
    assert hit.extract.text == "The cormorant report was read."
    assert [hit.snippet[x:y] for x, y in hit.extract.highlights] == ["cormorant"]
    assert (hit.id, hit.title, hit.city) == (a, "Cormorant talks", "Oslo")
    assert hit.as_json()["snippet"] == hit.extract.text


def test_a_hit_shows_the_meeting_as_last_saved(engine):
    """The result row is kept in the index, not read from the database: each save, a
    finalising and a restore from the Trash bring it up to date, version included."""
    mid = save(engine, meeting(title="Cormorant talks", city="Oslo",
                               paragraphs=["The cormorant report."]))
    record = meetings.get_meeting(engine, mid)
    record.title, record.city, record.venue = "Cormorant council", "Bergen", "The Quay"
    meetings.save_meeting(engine, record)
    [hit] = search.search(engine, "cormorant").hits
    assert hit.summary == meetings.summaries(engine, [mid])[mid]
    assert (hit.title, hit.city, hit.summary.version) == ("Cormorant council", "Bergen", 2)
    meetings.finalise_meeting(engine, mid)
    meetings.delete_meeting(engine, mid)
    meetings.restore_meeting(engine, mid)
    [hit] = search.search(engine, "cormorant").hits
    assert hit.summary == meetings.summaries(engine, [mid])[mid]
    assert hit.status == "final"


def test_accents_and_case_do_not_matter(engine):
    a = save(engine, meeting(participants=[ParticipantRecord(kind="person",
                                                             name="María Gómez")]))
    b = save(engine, meeting(paragraphs=["Mr. Sorensen from Bogota."]))
    assert ids(engine, "Gomez") == {a}
    assert ids(engine, "GÓMEZ maria") == {a}
    assert ids(engine, "Sørensen") == set()  # ø is a letter of its own, not o + accent
    assert ids(engine, "bogotá") == {b}
    hit = search.search(engine, "gomez").hits[0]
    assert [hit.snippet[x:y] for x, y in hit.highlights] == ["Gómez"]


def test_acronym_finds_organisation_and_name_finds_acronym(engine):
    by_acronym = save(engine, meeting(participants=[
        ParticipantRecord(kind="organization", name="UNHCR")]))
    by_name = save(engine, meeting(participants=[
        ParticipantRecord(kind="organization", name="World Food Programme")]))
    assert ids(engine, '"High Commissioner for Refugees"') == {by_acronym}
    assert ids(engine, "WFP") == {by_name}
    assert ids(engine, "participant:WFP") == {by_name}
    assert ids(engine, "UNHCR") == {by_acronym}


def test_index_follows_edits_deletes_restores_and_purge(engine):
    mid = save(engine, meeting(paragraphs=["The albatross report."]))
    assert ids(engine, "albatross") == {mid}
    record = meetings.get_meeting(engine, mid)
    record.paragraphs[0].text = "The cormorant report."
    record.held_on = date(1990, 1, 1)  # a new date moves the row key
    meetings.save_meeting(engine, record)
    assert ids(engine, "albatross") == set()
    assert ids(engine, "cormorant") == {mid}
    assert search.search(engine, "report").total == 1
    meetings.delete_meeting(engine, mid)
    assert ids(engine, "cormorant") == set()
    meetings.restore_meeting(engine, mid)
    assert ids(engine, "cormorant") == {mid}
    meetings.delete_meeting(engine, mid)
    trash.empty(engine, [mid])
    assert ids(engine, "cormorant") == set()
    assert ids(engine, "") == set()


def test_a_failed_save_leaves_the_index_as_it_was(engine):
    mid = save(engine, meeting(paragraphs=["The albatross report."]))
    record = meetings.get_meeting(engine, mid)
    record.paragraphs[0].text = "The cormorant report."
    from mtgdesk.store import meetings as store

    with pytest.raises(RuntimeError), write_session(engine) as session:
        store.update_record(session, record, expected_version=None)
        raise RuntimeError("power cut")
    assert ids(engine, "albatross") == {mid}
    assert ids(engine, "cormorant") == set()


def test_reindex_rebuilds_a_lost_index(engine, capsys):
    mid = save(engine, meeting(paragraphs=["The pelican report."]))
    gone = save(engine, meeting(paragraphs=["The pelican memo."]))
    meetings.delete_meeting(engine, gone)
    assert search.reindex(engine) == 1
    assert ids(engine, "pelican") == {mid}
    assert main(["--db", db_arg(engine), "reindex"]) == 0
    assert "indexed 1 meeting" in capsys.readouterr().out
    assert ids(engine, "pelican") == {mid}


HOSTILE = ['"', "AND (", "*", "NEAR(", "'; DROP TABLE meeting; --", "OR", "-", "title:",
           'title:"', "kind:", "from:", "\\", "\x00", "{title}: x", "col:(a OR b)", "^",
           "NOT", "a OR", "OR OR OR", "(((", "-\"\"", "x*y*z", "'", "%", "_"]


def test_hostile_strings_are_harmless(engine, archive):
    for text in HOSTILE:
        search.search(engine, text)
        search.matching_ids(engine, text)
    assert ids(engine, "quillwort") == set(archive)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text())
def test_any_text_searches_without_error(engine, text):
    search.search(engine, text, limit=5)
    search.search(engine, text, order="newest", limit=5)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))
def test_any_text_from_the_cli_exits_cleanly(engine, capsys, text):
    assert main(["--db", db_arg(engine), "search", "--json", "--", text]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_saved_searches_round_trip(engine):
    f = Filters(participant="UNHCR", kinds=("decision",))
    first = search.save_search(engine, "Refugees", "refugees camp", f)
    again = search.save_search(engine, "Refugees", "refugees", None)
    assert again.id == first.id
    [kept] = search.saved_searches(engine)
    assert (kept.name, kept.query, kept.filters) == ("Refugees", "refugees", Filters())
    search.delete_saved_search(engine, kept.id)
    assert search.saved_searches(engine) == []


def test_upgrading_an_older_database_indexes_its_meetings(db_path):
    from sqlalchemy import text

    from mtgdesk.store.database import open_database
    from mtgdesk.store.migrate import upgrade

    engine = open_database(db_path, migrate=False)
    upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO meeting (id, title, held_on, status, version) "
            "VALUES (7, 'Old Gannet Talks', '2001-02-03', 'final', 1)"))
        conn.execute(text(
            "INSERT INTO paragraph (meeting_id, position, text, kind) "
            "VALUES (7, 0, 'Kept from before the index.', 'decision')"))
    upgrade(engine)
    assert ids(engine, "gannet kind:decision") == {7}
    assert ids(engine, "before index") == {7}
    engine.dispose()


@pytest.mark.slow
def test_installed_command_finds_exactly_k(engine, archive):
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "mtgdesk", "--db", db_arg(engine), "search", "quillwort",
         "--json", "--limit", "100"], capture_output=True, text=True, check=True)
    assert {o["id"] for o in json.loads(out.stdout)} == set(archive)
    bad = subprocess.run(
        [sys.executable, "-m", "mtgdesk", "--db", db_arg(engine), "search", "--", '"; DROP (*'],
        capture_output=True, text=True, check=False)
    assert bad.returncode == 0 and "Traceback" not in bad.stderr


def test_a_two_word_phrase_is_found_where_the_words_stand_together(engine):
    """A phrase of two words is looked up as a pair term (store.text_query), not by
    positions: found in every field, never across two paragraphs or two names."""
    hall = save(engine, meeting(venue="Human Security Hall"))
    post = save(engine, meeting(participants=[ParticipantRecord(
        kind="person", name="Ana Silva", post="Adviser on Human Security")]))
    ref = save(engine, meeting(reference="HUMAN-SECURITY-7"))
    title = save(engine, meeting(title="Friends of Human Security"))
    body = save(engine, meeting(paragraphs=["Talks on human  security, at length."]))
    save(engine, meeting(paragraphs=["Rights of the human.", "Security was next."]))
    save(engine, meeting(participants=["Human", "Security Council"]))
    save(engine, meeting(paragraphs=["Security of the human person."]))
    assert ids(engine, '"human security"') == {hall, post, ref, title, body}
    assert ids(engine, '-"human security"') == set(range(1, 9)) - {hall, post, ref, title,
                                                                  body}
    assert ids(engine, '"human security" OR "of the"') == {hall, post, ref, title, body, 6, 8}
    assert ids(engine, 'participant:"on human"') == {post}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.lists(st.sampled_from("ab"), max_size=4), max_size=3),
                min_size=1, max_size=6))
def test_a_pair_term_finds_what_a_positional_phrase_finds(docs):
    """A two-word phrase's pair terms against tantivy's phrase query over the fields a
    phrase is searched in, on meetings made of the words a and b in a few paragraphs
    and names."""
    from tantivy import Occur
    from tantivy import Query as Q

    from mtgdesk.domain.query import Term
    from mtgdesk.store.search import document
    from mtgdesk.store.text_index import TextIndex
    from mtgdesk.store.text_query import FIELDS, term_query

    index = TextIndex.create(None)
    with index.writing() as w:
        w.add(document(i + 1, meeting(
            title=" ".join(paras[0]) if paras else "t",
            paragraphs=[" ".join(p) for p in paras[1:]],
            participants=[" ".join(p) or "x" for p in paras[:2]]))
            for i, paras in enumerate(docs))
        w.commit(1, "")
    for pair in (["a", "b"], ["b", "a"], ["a", "a"]):
        phrase = Q.boolean_query([(Occur.Should, Q.phrase_query(index.schema, f, pair))
                                  for f in FIELDS[None]])
        found = index.ranked(term_query(index.schema, Term(" ".join(pair))), 100).ids
        assert sorted(found) == sorted(index.ranked(phrase, 100).ids)
