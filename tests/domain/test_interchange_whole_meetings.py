"""A meeting held whole in the text read so far is decoded in one call; any other (cut
by the end of a piece, too long, with a fault) is walked member by member. Both give
the same records and refuse the same files with the same words: compared here on
documents damaged at random (the walk alone is the reader before the shortcut)."""

from __future__ import annotations

import json
import random

import pytest

from mtgdesk.domain import interchange, json_stream
from mtgdesk.domain.errors import InterchangeError

MEETING = {
    "uuid": "6f1c1a52-3c1e-4a53-9d0e-0a4c6f2b8e11", "version": 2,
    "title": "Consultations on Human Security", "held_on": "2011-05-03",
    "ends_on": "2011-05-04", "starts_at": "10:00", "venue": "Palais des Nations",
    "city": "Geneva", "status": "final",
    "participants": [
        {"kind": "country", "name": "Japan", "role": "chair"},
        {"kind": "organization", "name": "Office for the Coordination of Humanitarian "
         "Affairs", "acronym": "OCHA"},
        {"kind": "person", "name": "Tanaka Hiroshi", "honorific": "Mr", "post": "Director"}],
    "paragraphs": [{"text": "The participants reviewed the plan."},
                   {"kind": "action", "text": "Circulate a draft.", "owner": "Japan",
                    "due_on": "2011-06-01"}],
    "report_overrides": {"opening": "Opened by the chair."},
}


def outcome(text: str, chunk: int) -> object:
    """The records read, or the refusal's words."""
    pieces = [text[i:i + chunk] for i in range(0, len(text), chunk)]
    try:
        return [interchange.meeting_to_dict(r) for r in interchange.records(pieces)]
    except InterchangeError as exc:
        return ("refused", str(exc))


def walked(text: str, chunk: int, monkeypatch) -> object:
    with monkeypatch.context() as m:
        m.setattr(json_stream.Stream, "held", lambda self, limit: (False, None))
        return outcome(text, chunk)


def damaged(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text))
    how = rng.randrange(6)
    if how == 0:
        return text[:at] + text[at + 1:]  # a character lost
    if how == 1:
        return text[:at] + rng.choice('{}[],:"x0 \\') + text[at:]  # one too many
    if how == 2:  # a key given twice, or an unknown one, before or after the others
        key = rng.choice(['"title"', '"venue"', '"colour"', '"participants"'])
        return text.replace('{"uuid"', '{' + key + ': "x", "uuid"', 1) if rng.random() < .5 \
            else text.replace('"status"', key + ': "x", "status"', 1)
    if how == 3:
        return text.replace('"2011-05-03"', rng.choice(['"2011-02-30"', '5', 'null']), 1)
    if how == 4:
        return text.replace('"country"', rng.choice(['"countri"', '7', '"person"']), 1)
    return text[:at]  # cut short


@pytest.mark.parametrize("seed", range(6))
def test_whole_and_walked_meetings_read_and_refuse_alike(seed, monkeypatch):
    rng = random.Random(seed)
    for _ in range(60):
        meetings = []
        for i in range(rng.randrange(1, 5)):
            m = json.loads(json.dumps(MEETING))
            m["uuid"] = m["uuid"][:-2] + f"{i:02d}"
            if rng.random() < 0.3:
                m["participants"] *= rng.randrange(1, 30)
            meetings.append(m)
        text = json.dumps({"format": "mtgdesk", "version": 1, "meetings": meetings},
                          ensure_ascii=False, indent=rng.choice([None, 1]))
        if rng.random() < 0.8:
            text = damaged(rng, text)
        chunk = rng.choice([7, 64, 300, 1 << 20])
        assert outcome(text, chunk) == walked(text, chunk, monkeypatch), text


def test_a_meeting_with_too_many_participants_is_refused_with_the_count(monkeypatch):
    m = dict(MEETING, participants=[{"kind": "country", "name": "Japan"}] * 10_001)
    text = json.dumps({"format": "mtgdesk", "version": 1, "meetings": [m]})
    refused = outcome(text, 1 << 22)
    assert refused == walked(text, 1 << 22, monkeypatch)
    assert refused[1].endswith(
        "meetings[0].participants: 10,001 participants; a meeting can have at most 10,000")


def test_most_meetings_are_decoded_whole(monkeypatch):
    calls = []
    real = json_stream.Stream.held

    def held(self, limit):
        found = real(self, limit)
        calls.append(found[0])
        return found

    monkeypatch.setattr(json_stream.Stream, "held", held)
    text = json.dumps({"format": "mtgdesk", "version": 1, "meetings": [
        dict(MEETING, uuid=None) for _ in range(200)]}).replace('"uuid": null, ', "")
    assert len(outcome(text, 1 << 16)) == 200
    assert len(calls) == 200 and sum(calls) >= 190  # those cut by a piece's end walked
