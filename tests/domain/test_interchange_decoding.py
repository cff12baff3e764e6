"""The interchange reader decodes the meetings one by one, from text that comes in
pieces: the same answers and the same refusals as json.loads, and progress as it goes.
(That the window keeps painting meanwhile is measured, not asserted:
benchmarks/bench_window_import.py; that memory stays bounded: test_import_memory.py.)"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtgdesk.domain import interchange, json_stream
from mtgdesk.domain.errors import InterchangeError


def _decode(text: str | bytes, progress=None) -> object:
    """The reader's whole document: json_stream's Stream under load_object, as the
    interchange reader walks it (a key given twice kept for the checks to refuse)."""
    text = text.removeprefix("\ufeff") if isinstance(text, str) else text
    return json_stream.load_object(text, itemised="meetings", progress=progress,
                                   object_pairs_hook=interchange._object)

scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.floats(
    allow_nan=False)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=12)
documents = st.dictionaries(st.sampled_from(["format", "version", "meetings", "x"]),
                            values | st.lists(values, max_size=5), max_size=4)
spacing = st.sampled_from(["", " ", "\n", "\t ", "\r\n  "])


def as_text(doc: object, indent: int | None, space: str) -> str:
    return space + json.dumps(doc, indent=indent) + space


def outcome(decode, text: str) -> object:
    try:
        return ("value", decode(text))
    except (json.JSONDecodeError, json_stream.Malformed):
        return ("refused",)


@settings(max_examples=300, deadline=None)
@given(documents, st.sampled_from([None, 0, 2]), spacing)
def test_decodes_what_json_loads_decodes(doc, indent, space):
    text = as_text(doc, indent, space)
    assert _decode(text, None) == json.loads(text)


@settings(max_examples=400, deadline=None)
@given(documents, st.sampled_from([None, 2]), st.data())
def test_refuses_what_json_loads_refuses(doc, indent, data):
    text = json.dumps(doc, indent=indent)
    cut = data.draw(st.integers(0, len(text)))
    broken = data.draw(st.sampled_from([
        text[:cut],  # a file cut short
        text[:cut] + "," + text[cut:],
        text[:cut] + "}" + text[cut:],
        text[:cut] + "]" + text[cut:],
        text[:cut] + ":" + text[cut:],
        text[:cut] + text[cut + 1:],  # one character lost
    ]))
    chunk = data.draw(st.sampled_from([1, 3, 8, json_stream.CHUNK]))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(json_stream, "CHUNK", chunk)
        assert outcome(lambda t: _decode(t, None), broken) == outcome(json.loads, broken)


@pytest.mark.parametrize("text", [
    "", "   ", "[]", "3", '"x"', "\ufeff{}", "{}", '{"meetings": []}', '{"meetings": [] }',
    '{"meetings": [1,]}', '{"meetings": [1 2]}', '{"a": 1,}', '{"a" 1}', '{1: 2}',
    '{"meetings": [1]} x', '{"meetings": {"a": 1}}', '{"meetings": [1], "meetings": [2]}',
])
def test_edges_as_json_loads(text):
    # As json.loads, but for a byte-order mark at the start, which the spec allows.
    expected = outcome(json.loads, text.removeprefix("\ufeff"))
    assert outcome(lambda t: _decode(t, None), text) == expected


def seed_document(n: int) -> str:
    with open("tests/fixtures/human-security-2007.json", encoding="utf-8") as f:
        doc = json.load(f)
    meeting = doc["meetings"][0]
    meeting.pop("uuid", None)
    doc["meetings"] = [dict(meeting, title=f"Meeting {i}") for i in range(n)]
    return json.dumps(doc, indent=2)


def test_progress_goes_forward_to_the_end():
    heard: list[tuple[int, int]] = []
    records = interchange.loads(seed_document(1000), progress=lambda d, t: heard.append((d, t)))
    assert len(records) == 1000
    assert len(heard) > 4
    assert [d for d, _ in heard] == sorted(d for d, _ in heard)
    assert heard[-1][0] == heard[-1][1]


def test_a_progress_that_raises_stops_the_reading():
    class Stop(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done * 4 > total:
            raise Stop

    with pytest.raises(Stop):
        interchange.loads(seed_document(2000), progress=cancel)


def test_errors_still_name_line_and_column():
    text = seed_document(3)
    broken = text.replace('"title": "Meeting 2"', '"title": "Meeting 2",,')
    with pytest.raises(InterchangeError, match=r"not valid JSON at line \d+, column \d+"):
        interchange.loads(broken)


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(json_stream, "CHUNK", 7)  # every value crosses a boundary


@pytest.mark.parametrize("at", [0, 5, 6, 7, 8, 100, 1001])
def test_bytes_are_decoded_in_pieces_and_a_bad_byte_is_placed_in_the_whole(at, small_chunks):
    text = "人間の安全保障 human security; " * 40
    doc = {"format": "mtgdesk", "version": 1, "meetings": [text, 12345, -0.5e7, text]}
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    assert _decode(data, None) == doc  # pieces cut inside characters and numbers join
    bad = data[:at] + b"\xff" + data[at:]
    with pytest.raises(UnicodeDecodeError) as whole:
        bad.decode("utf-8")
    with pytest.raises(json_stream.Malformed) as streamed:
        _decode(bad)
    assert streamed.value.byte == whole.value.start
    with pytest.raises(InterchangeError, match=rf"byte {whole.value.start} cannot be read"):
        interchange.loads(bad)


@settings(max_examples=200, deadline=None)
@given(documents, st.sampled_from([None, 2]), spacing, st.integers(1, 9))
def test_any_piece_size_decodes_alike(doc, indent, space, chunk):
    text = as_text(doc, indent, space)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(json_stream, "CHUNK", chunk)
        assert _decode(text, None) == json.loads(text)
        assert _decode(text.encode("utf-8"), None) == json.loads(text)
