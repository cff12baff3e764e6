"""The interchange format: strict reading, exact strings, paths in every error."""

import copy
import json

import pytest

from mtgdesk.domain import interchange
from mtgdesk.domain.errors import InterchangeError


@pytest.fixture
def doc(seed_path):
    return json.loads(seed_path.read_text(encoding="utf-8"))


def load(doc):
    return interchange.loads(json.dumps(doc))


def test_seed_reads_every_field(doc):
    [m] = load(doc)
    assert m.title == "Senior Official-Level Meeting on Human Security"
    assert m.held_on.isoformat() == "2007-03-23"
    assert m.released_on.isoformat() == "2007-03-28"
    assert [p.name for p in m.participants][-1] == "Koji Tsuruoka"
    assert m.participants[-1].role == "chair"
    assert m.paragraphs[1].kind == "decision"


def test_dump_then_read_gives_same_document(doc):
    once = interchange.document(load(doc))
    twice = interchange.document(interchange.loads(json.dumps(once)))
    assert once == twice


def test_strings_come_back_exactly(doc):
    odd = "  <b>Tom & “Jerry”</b>  日本  "
    doc["meetings"][0]["venue"] = odd
    doc["meetings"][0]["participants"][0]["post"] = odd
    # A paragraph's text may hold tabs and line breaks; a single-line field may not.
    doc["meetings"][0]["paragraphs"][0]["text"] = odd + "\t\n\n x"
    out = interchange.document(load(doc))
    assert out["meetings"][0]["venue"] == odd
    assert out["meetings"][0]["participants"][0]["post"] == odd
    assert out["meetings"][0]["paragraphs"][0]["text"] == odd + "\t\n\n x"


@pytest.mark.parametrize(
    ("mutate", "path", "words"),
    [
        (lambda d: d["meetings"][0]["participants"][12].update(kind="contry"),
         "meetings[0].participants[12].kind", "'contry' is not one of country"),
        (lambda d: d["meetings"][0].update(held_on="2007-02-30"),
         "meetings[0].held_on", "not a real date"),
        (lambda d: d["meetings"][0].update(held_on="23/03/2007"),
         "meetings[0].held_on", "YYYY-MM-DD"),
        (lambda d: d["meetings"][0].update(starts_at="25:00"),
         "meetings[0].starts_at", "not a real time"),
        (lambda d: d["meetings"][0].update(colour="red"), "meetings[0].colour", "unknown field"),
        (lambda d: d["meetings"][0].pop("title"), "meetings[0].title", "required"),
        (lambda d: d["meetings"][0].update(title=""), "meetings[0].title", "needs a title"),
        (lambda d: d["meetings"][0].update(title=7), "meetings[0].title", "expected a string"),
        (lambda d: d["meetings"][0].update(ends_on="2007-03-01"),
         "meetings[0].ends_on", "ends before it starts"),
        (lambda d: d["meetings"][0]["paragraphs"][0].update(owner="UNHCR"),
         "meetings[0].paragraphs[0].owner", "Only an action has an owner"),
        (lambda d: d["meetings"][0]["participants"][0].update(role=None),
         "meetings[0].participants[0].role", "got null"),
        (lambda d: d.update(version=2), "version", "newer"),
        (lambda d: d.update(format="other"), "format", "not an mtgdesk file"),
        (lambda d: d.update(meetings={}), "meetings", "expected a list"),
    ],
)
def test_refusals_name_the_path(doc, mutate, path, words):
    mutate(doc)
    with pytest.raises(InterchangeError) as info:
        load(doc)
    assert info.value.path == path
    assert words in str(info.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"format": "mtgdesk", "vers', "not valid JSON at line 1"),
        ("[]", "must be a JSON object"),
        ("", "not valid JSON"),
        (b"\xff\xfe{", "not UTF-8"),
        ('{"format": "mtgdesk", "version": 1, "meetings": [{"title": "\\ud800", '
         '"held_on": "2007-01-01"}]}', "not valid Unicode"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_unreadable_documents(text, words):
    with pytest.raises(InterchangeError) as info:
        interchange.loads(text, source="x.json")
    assert words in str(info.value)
    assert str(info.value).startswith("x.json: ")


def test_report_overrides_round_trip(doc):
    doc["meetings"][0]["report_overrides"] = {"opening": "A meeting was held."}
    assert interchange.document(load(doc))["meetings"][0]["report_overrides"] == {
        "opening": "A meeting was held."}
    bad = copy.deepcopy(doc)
    bad["meetings"][0]["report_overrides"] = {"closing": "x"}
    with pytest.raises(InterchangeError, match=r"report_overrides\.closing"):
        load(bad)
