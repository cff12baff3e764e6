"""The mtgdesk interchange format, version 1 (shared/spec/interchange.md).

Reading is strict: an unknown field, a wrong type, a bad date or a value outside its
list stops the whole document with an error naming the path. Writing gives back every
string exactly as it was read.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, time
from types import NoneType
from typing import Any, get_args, get_type_hints

from mtgdesk.domain import json_stream
from mtgdesk.domain.errors import InterchangeError, ValidationFailed
from mtgdesk.domain.progress import Progress
from mtgdesk.domain.records import (
    MEETING_FIELDS,
    OVERRIDE_KEYS,
    PARAGRAPH_FIELDS,
    PARTICIPANT_FIELDS,
    MeetingRecord,
    ParagraphRecord,
    ParticipantRecord,
)
from mtgdesk.domain.validation import (
    PARAGRAPHS_MAX,
    PARTICIPANTS_MAX,
    Checked,
    check,
    shown,
)

FORMAT = "mtgdesk"
VERSION = 1

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{2}:\d{2}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
NIL_UUID = "00000000-0000-0000-0000-000000000000"
VERSION_MAX = 2**31 - 1  # a meeting's save count; SQLite's integers hold it everywhere


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a string"


def _string(path: str, value: Any) -> str:
    if not isinstance(value, str):
        raise InterchangeError(path, f"expected a string, got {_type_name(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InterchangeError(path, "contains a character that is not valid Unicode") from None
    return value


def _date(path: str, value: Any) -> date:
    text = _string(path, value)
    if not _DATE.fullmatch(text):
        raise InterchangeError(path, f"{shown(text)!r} is not a date of the form YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InterchangeError(path, f"{shown(text)!r} is not a real date") from None


def _time(path: str, value: Any) -> time:
    text = _string(path, value)
    if not _TIME.fullmatch(text):
        raise InterchangeError(path, f"{shown(text)!r} is not a time of the form HH:MM")
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise InterchangeError(path, f"{text!r} is not a real time of day") from None


def _uuid(path: str, value: Any) -> str:
    """An RFC 4122 UUID in its usual 8-4-4-4-12 form; kept in lower case, as RFC 4122
    writes it, so that the same identity in capitals is the same meeting."""
    text = _string(path, value)
    if not _UUID.fullmatch(text):
        raise InterchangeError(path, f"{shown(text)!r} is not a UUID of the form "
                               "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hexadecimal digits)")
    if text == NIL_UUID:
        raise InterchangeError(path, "the nil UUID names no meeting")
    return text.lower()


def _version(path: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InterchangeError(path, f"expected a whole number, got {_type_name(value)}")
    if not 1 <= value <= VERSION_MAX:
        raise InterchangeError(path, f"{shown(str(value), 20)} is not a version (a whole "
                               f"number from 1 to {VERSION_MAX:,})")
    return value


def _choice(options: Iterable[str]) -> Callable[[str, Any], str]:
    allowed = [str(o) for o in options]

    def read(path: str, value: Any) -> str:
        text = _string(path, value)
        if text not in allowed:
            raise InterchangeError(path, f"{shown(text)!r} is not one of {', '.join(allowed)}")
        return text

    return read


def _overrides(path: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise InterchangeError(path, f"expected an object, got {_type_name(value)}")
    out = {}
    for key, text in value.items():
        if key not in OVERRIDE_KEYS:
            raise InterchangeError(
                _member(path, key), f"unknown paragraph; expected one of {', '.join(OVERRIDE_KEYS)}"
            )
        out[key] = _string(f"{path}.{key}", text)
    return out


def _member(path: str, key: str) -> str:
    """The path of an object member; a key that is not a plain name (empty, with dots
    or spaces) is quoted so the path still points at one place: meetings[0]["a.b"]."""
    if key.isidentifier() and len(key) <= 60:
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(shown(key), ensure_ascii=False)}]"


Reader = Callable[[str, Any], Any]
# Values a reader would give back unchanged, told at a glance (an ASCII string for
# `_string`, one of the list's for `_choice`): an import reads millions of fields.
Plain = Callable[[Any], bool]

# field -> (its reader, whether it is required, the values it passes as they are)
Spec = dict[str, tuple[Reader, bool, Plain | None]]
_READERS: dict[type, Reader] = {str: _string, date: _date, time: _time}


def _ascii(value: Any) -> bool:
    return type(value) is str and value.isascii()


def _among(options: Iterable[str]) -> Plain:
    allowed = frozenset(str(o) for o in options)
    return lambda value: type(value) is str and value in allowed


def _spec(cls: type, names: Iterable[str]) -> Spec:
    """The readers of a record class's `names`, read from its dataclass fields: the
    type (`str`, `date | None`...), and the metadata `choices` and `required`."""
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    spec: Spec = {}
    for name in names:
        meta = fields[name].metadata
        plain: Plain | None = None
        if meta.get("choices") is not None:
            reader, plain = _choice(meta["choices"]), _among(meta["choices"])
        else:
            kinds = [t for t in get_args(hints[name]) or (hints[name],) if t is not NoneType]
            reader = _READERS[kinds[0]]
            plain = _ascii if reader is _string else None
        spec[name] = (reader, bool(meta.get("required", False)), plain)
    return spec


_PARTICIPANT = _spec(ParticipantRecord, PARTICIPANT_FIELDS)
_PARAGRAPH = _spec(ParagraphRecord, PARAGRAPH_FIELDS)
_MEETING: Spec = {
    # Identity: which meeting this is on every machine, and how many saves it has had.
    "uuid": (_uuid, False, None),
    "version": (_version, False, None),
    **_spec(MeetingRecord, MEETING_FIELDS),
    "report_overrides": (_overrides, False, None),
}


class _Object(dict):
    """A JSON object as read, with the keys it gave more than once."""

    twice: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        obj.twice = tuple(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return obj


_TWICE = "given twice in the same object; which one is meant cannot be known"


def _no_twice(path: str, value: Any) -> None:
    """A key given twice is an error (spec, Rules), not last-one-wins."""
    twice = getattr(value, "twice", ())
    if twice:
        raise InterchangeError(_member(path, twice[0]), _TWICE)


def _fields(path: str, value: Any, spec: Spec, lists: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InterchangeError(path, f"expected an object, got {_type_name(value)}")
    _no_twice(path, value)
    for key in value:
        if key not in spec and key not in lists:
            raise InterchangeError(_member(path, key), "unknown field")
    out: dict[str, Any] = {}
    for key, (reader, required, plain) in spec.items():
        if key in value:
            item = value[key]
            out[key] = item if plain is not None and plain(item) else reader(
                f"{path}.{key}", item)
        elif required:
            raise InterchangeError(f"{path}.{key}", "required field is missing")
    return out


def _at_a_glance(cls: type, names: Iterable[str]) -> Callable[[Any], bool]:
    """Whether an object of a record class's fields `names`, each a text (a string or
    one of a list), is one `_fields` would read as it is: each key given once and
    known, the required ones there, every value a string of valid Unicode, each
    choice among its list. Told by a few operations on the whole object (its values
    joined, its keys as a set), not field by field: nearly every participant and
    paragraph of a file is so, and there are millions. When it is not, `_fields`
    reads it, and names its first fault."""
    fields = {f.name: f for f in dataclasses.fields(cls)}
    names = tuple(names)
    known = frozenset(names)
    required = frozenset(n for n in known if fields[n].metadata.get("required"))
    choices = tuple((n, frozenset(str(o) for o in fields[n].metadata["choices"]))
                    for n in names if fields[n].metadata.get("choices") is not None)

    def glance(value: Any) -> bool:
        if type(value) is not _Object or value.twice or not known.issuperset(value) \
                or not required.issubset(value):
            return False
        try:
            text = "".join(value.values())
        except TypeError:  # a value that is not a string
            return False
        if not text.isascii():
            try:  # what _string asks of each, asked of them all at once
                text.encode("utf-8")
            except UnicodeEncodeError:
                return False
        for name, allowed in choices:
            given = value.get(name)
            if given is not None and given not in allowed:
                return False
        return True

    return glance


# A paragraph with a due date (an action's, a few) is read by `_fields`.
_PLAIN_PARTICIPANT = _at_a_glance(ParticipantRecord, PARTICIPANT_FIELDS)
_PLAIN_PARAGRAPH = _at_a_glance(ParagraphRecord,
                                (n for n in PARAGRAPH_FIELDS if n != "due_on"))


def _list(path: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise InterchangeError(path, f"expected a list, got {_type_name(value)}")
    return value


def _bounded(path: str, value: Any, limit: int, what: str) -> list[Any]:
    items = _list(path, value)
    if len(items) > limit:
        raise InterchangeError(path, f"{len(items):,} {what}; a meeting can have at most "
                               f"{limit:,}")
    return items


def meeting_from_dict(path: str, value: Any) -> MeetingRecord:
    return _checked(path, value).record


def _checked(path: str, value: Any) -> Checked:
    """The meeting at `path`, read and checked (validation.check): InterchangeError
    naming the place of its first fault."""
    fields = _fields(path, value, _MEETING, ("participants", "paragraphs"))
    listed = _bounded(f"{path}.participants", value.get("participants", []),
                      PARTICIPANTS_MAX, "participants")
    _bounded(f"{path}.paragraphs", value.get("paragraphs", []), PARAGRAPHS_MAX, "paragraphs")
    participants = [
        ParticipantRecord(**(item if _PLAIN_PARTICIPANT(item) else _fields(
            f"{path}.participants[{i}]", item, _PARTICIPANT)))
        for i, item in enumerate(listed)]
    paragraphs = [
        ParagraphRecord(**(item if _PLAIN_PARAGRAPH(item) else _fields(
            f"{path}.paragraphs[{i}]", item, _PARAGRAPH)))
        for i, item in enumerate(_list(f"{path}.paragraphs", value.get("paragraphs", [])))]
    record = MeetingRecord(**fields, participants=participants, paragraphs=paragraphs)
    try:
        return check(record)
    except ValidationFailed as failed:
        problem = failed.problems[0]
        raise InterchangeError(f"{path}.{problem.where}", problem.message) from None


def _head(doc: dict[str, Any], *, final: bool) -> None:
    """The document's own fields: `final`, all of them read; before, those read so far
    (a file written by mtgdesk gives them before its meetings)."""
    if "format" in doc or final:
        if doc.get("format") != FORMAT:
            raise InterchangeError("format", f"expected {FORMAT!r}; this is not an mtgdesk file")
    if "version" in doc or final:
        version = doc.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise InterchangeError("version", f"expected the number {VERSION}")
        if version > VERSION:
            raise InterchangeError(
                "version", f"version {shown(str(version), 20)} is newer than this mtgdesk "
                f"reads ({VERSION}); update mtgdesk to import it")
        if version < 1:
            raise InterchangeError("version", f"there is no interchange version {version}")
    if final and "meetings" not in doc:
        raise InterchangeError("meetings", "required field is missing")


# Reading reports this often (in meetings): often enough for a bar that moves and a
# Cancel that is heard, rarely enough to cost nothing.
PROGRESS_EVERY = 200
_LISTS = {"participants": (PARTICIPANTS_MAX, "participants"),
          "paragraphs": (PARAGRAPHS_MAX, "paragraphs")}


class _Place:
    """Where the reader is, for a value too long to read (json_stream.TooLarge)."""

    path = ""


def _meeting(stream: json_stream.Stream, path: str, place: _Place) -> Checked:
    """One meeting, read member by member: its participants and paragraphs an item at a
    time, counted as they come, so that no more than the spec's limits is ever held."""
    place.path = path
    if stream.peek() != "{":
        return _checked(path, stream.value())  # "expected an object"
    # Most meetings are a few KB, in the text read already: decoded in one call. The
    # walk below, which reads one member at a time, is for the others and for any
    # fault, so that what is refused, and the words for it, are the walk's.
    start = stream.pos
    held, whole = stream.held(json_stream.VALUE_MAX)
    if held and _plain(whole):
        return _checked(path, whole)
    stream.pos = start  # walked again, member by member
    obj = _Object()
    for key in stream.members():
        place.path = _member(path, key)
        if key in obj:
            raise InterchangeError(_member(path, key), _TWICE)
        if key not in _MEETING and key not in _LISTS:
            raise InterchangeError(_member(path, key), "unknown field")
        if key in _LISTS and stream.peek() == "[":
            limit, what = _LISTS[key]
            items, n = [], 0
            for n, _ in enumerate(stream.items(), 1):
                place.path = f"{path}.{key}[{n - 1}]"
                item = stream.value()
                if n <= limit:
                    items.append(item)
            if n > limit:
                raise InterchangeError(f"{path}.{key}", f"{n:,} {what}; a meeting can "
                                       f"have at most {limit:,}")
            obj[key] = items
        else:
            obj[key] = stream.value()
        place.path = path  # the next key's
    return _checked(path, obj)


def _plain(meeting: Any) -> bool:
    """Whether a meeting decoded whole would pass the walk's own checks (each key once,
    known, its lists within the spec's limits): if not, the walk tells the fault."""
    if not isinstance(meeting, _Object) or meeting.twice:
        return False
    for key, value in meeting.items():
        if key in _LISTS:
            if isinstance(value, list) and len(value) > _LISTS[key][0]:
                return False
        elif key not in _MEETING:
            return False
    return True


def _records(stream: json_stream.Stream, place: _Place, total: int,
             progress: Progress | None) -> Iterator[Checked]:
    if stream.peek() != "{":
        raise InterchangeError("", "the document must be a JSON object, got "
                               f"{_type_name(stream.value())}")
    doc: dict[str, Any] = {}
    for key in stream.members():
        place.path = _member("", key)
        if key in doc:
            raise InterchangeError(_member("", key), _TWICE)
        if key not in ("format", "version", "meetings"):
            raise InterchangeError(_member("", key), "unknown field")
        if key != "meetings" or stream.peek() != "[":
            doc[key] = stream.value()
            if key == "meetings":
                _list("meetings", doc[key])  # not a list: refused
            place.path = ""
            continue
        _head(doc, final=False)
        doc[key] = True
        for i in stream.items():
            yield _meeting(stream, f"meetings[{i}]", place)
            if progress and i % PROGRESS_EVERY == 0:
                progress(stream.fed[0], total)
        place.path = ""
    stream.end()
    _head(doc, final=True)
    if progress:
        progress(total, total)


def _without_bom(pieces: Iterable[str | bytes]) -> Iterator[str | bytes]:
    """A byte-order mark at the start is allowed (spec, Rules)."""
    first = True
    for piece in pieces:
        if first and piece:
            first = False
            if isinstance(piece, bytes):
                piece = piece.removeprefix(codecs.BOM_UTF8)
            else:
                piece = piece.removeprefix("\ufeff")
        yield piece


def records(pieces: Iterable[str | bytes], *, source: str | None = None, total: int = 0,
            progress: Progress | None = None) -> Iterator[MeetingRecord]:
    """`checked_records`, each record alone."""
    return (c.record for c in checked_records(pieces, source=source, total=total,
                                              progress=progress))


def checked_records(pieces: Iterable[str | bytes], *, source: str | None = None,
                    total: int = 0, progress: Progress | None = None
                    ) -> Iterator[Checked]:
    """The meetings of a document given in pieces (a file read a few MB at a time),
    each checked, one at a time as they are read: what is held at once is one meeting
    and a piece of the text, whatever the size of the file. Raises InterchangeError
    naming the path of the first fault; the document's own fields (format, version) are
    checked as soon as they are read, and all of them once the document ends.

    `progress(done, total)` hears how much of the `total` input has been read."""
    stream = json_stream.Stream(_without_bom(pieces), json.JSONDecoder(object_pairs_hook=_object))
    place = _Place()
    try:
        yield from _records(stream, place, total, progress)
    except json_stream.Malformed as exc:
        if exc.byte is not None:
            raise InterchangeError("", f"not UTF-8 text (byte {exc.byte} cannot be read)",
                                   source=source) from None
        raise InterchangeError("", f"not valid JSON at line {exc.line}, column "
                               f"{exc.column}: {exc.msg}", source=source) from None
    except json_stream.TooLarge as exc:
        raise InterchangeError(place.path, f"holds a value of more than {exc.limit:,} "
                               "characters; no field of a meeting is near that long",
                               source=source) from None
    except RecursionError:
        raise InterchangeError("", "the JSON is nested too deeply", source=source) from None
    except InterchangeError as exc:
        exc.source = source
        exc.args = (f"{source}: {exc}" if source else str(exc),)
        raise
    except ValueError:  # a number of thousands of digits (Python's own limit)
        raise InterchangeError("", "the JSON holds a number too long to be one (thousands "
                               "of digits)", source=source) from None


def loads(text: str | bytes, *, source: str | None = None,
          progress: Progress | None = None) -> list[MeetingRecord]:
    """Parse a whole document; raises InterchangeError naming the path of the first fault."""
    return list(records(json_stream.pieces_of(text), source=source, total=len(text),
                        progress=progress))


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, date):
        out[key] = value.isoformat()
    elif isinstance(value, time):
        out[key] = value.strftime("%H:%M")
    else:
        out[key] = value


def participant_to_dict(p: ParticipantRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in _PARTICIPANT:
        _put(out, key, getattr(p, key))
    return out


def paragraph_to_dict(p: ParagraphRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in _PARAGRAPH:
        _put(out, key, getattr(p, key))
    return out


def meeting_to_dict(m: MeetingRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in _MEETING:
        if key != "report_overrides":
            _put(out, key, getattr(m, key))
    out["participants"] = [participant_to_dict(p) for p in m.participants]
    out["paragraphs"] = [paragraph_to_dict(p) for p in m.paragraphs]
    if m.report_overrides:
        out["report_overrides"] = dict(m.report_overrides)
    return out


def document(meetings: Iterable[MeetingRecord]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION,
            "meetings": [meeting_to_dict(m) for m in meetings]}


def dumps(meetings: Iterable[MeetingRecord]) -> str:
    return json.dumps(document(meetings), ensure_ascii=False, indent=2) + "\n"
