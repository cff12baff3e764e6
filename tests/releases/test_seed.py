"""The seed release read back: `mtgdesk parse` gives the fixture's meeting, and the
press release printed from the parsed record reads like the seed."""

from __future__ import annotations

import json
import re
import unicodedata
from difflib import SequenceMatcher

from mtgdesk import cli
from mtgdesk.domain import interchange
from mtgdesk.releases import parse_file
from mtgdesk.reports import model, render
from tests.conftest import SEED_TEXT


def _parse_cli(capsys, path) -> dict:
    assert cli.main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    return json.loads(out)["meetings"][0]


def _people(meeting: dict, kind: str) -> list[tuple]:
    return [(p["name"], p.get("acronym")) for p in meeting["participants"] if p["kind"] == kind]


def test_parse_cli_gives_the_fixture_meeting(capsys, seed_path):
    got = _parse_cli(capsys, SEED_TEXT)
    want = json.loads(seed_path.read_text(encoding="utf-8"))["meetings"][0]
    for kind in ("country", "organization", "agency"):
        assert _people(got, kind) == _people(want, kind), kind
    keys = ("kind", "role", "honorific", "name", "post", "delegation")
    chair = [{k: p.get(k) for k in keys} for p in got["participants"] if p.get("role") == "chair"]
    assert chair == [{k: p.get(k) for k in keys} for p in want["participants"]
                     if p.get("role") == "chair"]
    for key in ("title", "held_on", "released_on", "venue", "host_country"):
        assert got.get(key) == want.get(key), key
    assert "ends_on" not in got
    assert [p["text"] for p in got["paragraphs"]] == [p["text"] for p in want["paragraphs"]]


def test_parsed_seed_is_the_fixture_record(seed_record):
    assert parse_file(SEED_TEXT).record.content_equals(seed_record)


def test_parse_prints_no_doubts_for_the_seed(capsys):
    _parse_cli(capsys, SEED_TEXT)
    assert "doubt" not in capsys.readouterr().err


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("Back to Index", "")
    text = re.sub(r"[“”]", '"', re.sub(r"[‘’]", "'", text))
    return re.sub(r"\s+", " ", text).strip()


def test_report_of_the_parsed_seed_reads_like_the_seed():
    record = parse_file(SEED_TEXT).record
    printed = render.text(model.press_release(record))
    ratio = SequenceMatcher(None, _normal(printed), _normal(SEED_TEXT.read_text("utf-8"))
                            ).ratio()
    assert ratio >= 0.95, ratio


def test_parse_evidence_points_at_the_words(capsys):
    assert cli.main(["parse", "--evidence", str(SEED_TEXT)]) == 0
    fields = {f["path"]: f for f in json.loads(capsys.readouterr().out)["fields"]}
    assert fields["held_on"]["words"] == "on March 23 (Fri)"
    assert fields["venue"]["words"] == "the Ministry of Foreign Affairs"
    assert fields["participants[9]"]["words"] == "Viet Nam"
    assert fields["participants[21]"]["words"].startswith("Mr. Koji Tsuruoka, Director")
    assert all(0 <= f["confidence"] <= 1 for f in fields.values())


def test_parse_output_is_importable_interchange(capsys):
    assert cli.main(["parse", str(SEED_TEXT)]) == 0
    records = interchange.loads(capsys.readouterr().out)
    assert records[0].status == "draft"
