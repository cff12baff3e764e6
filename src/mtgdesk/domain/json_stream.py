"""A JSON document read a piece at a time: from a file of any size in bounded memory,
and on a worker thread while the window paints.

json.loads of a 300 MB file holds all of it, its text and every object decoded from it,
at once, in calls into C that each hold the interpreter for seconds. Here the bytes are
decoded a few MB at a time, and a caller walks the document: `members` of an object and
`items` of a list one at a time, each value it wants whole decoded by json's own decoder
in a call of its own (`value`). The text before the current place is let go, so what is
held at once is one value and a piece of text, not the file.

A value is refused (`TooLarge`) past a size no value of an interchange file comes near:
16 M characters for a string, 1 M for anything else (a list or object wanted whole).
Anything that is not well-formed JSON raises `Malformed` with json.loads's own words for
it and where it is in the whole text (line and column), without reading the rest.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from mtgdesk.domain.progress import Progress

CHUNK = 1 << 22  # bytes (or characters) decoded at a time
STRING_MAX = 16_000_000  # characters of JSON text in one string (a key too)
VALUE_MAX = 1_000_000  # characters of JSON text in any other value decoded whole
# A value (or an error) this close to the end of the text read so far may be cut short
# ("1." then "5"; "tru" then "e"): more is read before it is believed.
_MARGIN = 16
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


class Malformed(Exception):
    """Not well-formed JSON (or not UTF-8): `msg` in json.loads's words, at `line` and
    `column` of the whole text; `byte` is set instead for a byte that is not UTF-8."""

    def __init__(self, msg: str = "", line: int = 1, column: int = 1,
                 byte: int | None = None) -> None:
        super().__init__(msg)
        self.msg, self.line, self.column, self.byte = msg, line, column, byte


class TooLarge(Exception):
    """One value longer than STRING_MAX (a string) or VALUE_MAX (anything else)."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def pieces_of(data: str | bytes) -> Iterator[str | bytes]:
    """A text held whole, in pieces of CHUNK."""
    for at in range(0, len(data), CHUNK):
        yield data[at:at + CHUNK]


def _decoded(pieces: Iterable[str | bytes], fed: list[int]) -> Iterator[str]:
    """The pieces as text; `fed[0]` counts the input (bytes or characters) consumed."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for piece in pieces:
        at = fed[0]
        fed[0] += len(piece)
        if isinstance(piece, str):
            yield piece
            continue
        # Placed in the whole input: a character cut between pieces starts earlier.
        pending = len(decoder.getstate()[0])
        try:
            yield decoder.decode(piece)
        except UnicodeDecodeError as exc:
            raise Malformed("not UTF-8", byte=at - pending + exc.start) from None
    try:
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise Malformed("not UTF-8", byte=fed[0] - len(exc.object) + exc.start) from None


class Stream:
    """A pull reader over JSON text that comes in pieces."""

    def __init__(self, pieces: Iterable[str | bytes],
                 decoder: json.JSONDecoder = _DECODER) -> None:
        self.fed = [0]  # input consumed so far, for progress
        self._pieces = _decoded(pieces, self.fed)
        self._decoder = decoder
        self.buf = ""
        self.pos = 0
        self.eof = False
        # What was let go before `buf`: characters, line breaks, the last line break's
        # place; for the line and column of an error.
        self._base = 0
        self._lines = 0
        self._last_break = -1

    @property
    def offset(self) -> int:
        """Characters of the text read up to the current place."""
        return self._base + self.pos

    def _more(self, *, double: bool = False) -> bool:
        """Append the next piece (enough to double what is unread, for a value that
        needs more: a long value costs linear time, not quadratic); False at the end."""
        if self.eof:
            return False
        want = max(len(self.buf) - self.pos, 1) if double else 1
        got: list[str] = []
        size = 0
        while size < want:
            piece = next(self._pieces, None)
            if piece is None:
                self.eof = True
                break
            got.append(piece)
            size += len(piece)
        if not got:
            return False
        gone = self.buf[:self.pos]
        self._lines += gone.count("\n")
        at = gone.rfind("\n")
        if at >= 0:
            self._last_break = self._base + at
        self._base += self.pos
        self.buf = self.buf[self.pos:] + "".join(got)
        self.pos = 0
        return True

    def malformed(self, msg: str, pos: int | None = None) -> Malformed:
        """`msg` placed at `pos` of the buffer (the current place by default)."""
        pos = self.pos if pos is None else pos
        line_break = self.buf.rfind("\n", 0, pos)
        line = self._lines + self.buf.count("\n", 0, pos) + 1
        start = self._base + line_break if line_break >= 0 else self._last_break
        return Malformed(msg, line, self._base + pos - start)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def _take(self, char: str, msg: str) -> None:
        if self.peek() != char:
            raise self.malformed(msg)
        self.pos += 1

    def value(self) -> Any:
        """The next value, decoded whole."""
        limit = STRING_MAX if self.peek() == '"' else VALUE_MAX
        while True:
            near_end = len(self.buf) - _MARGIN
            try:
                found, end = self._decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                cut_short = exc.pos >= near_end or exc.msg.startswith("Unterminated")
                if self.eof or not cut_short:
                    raise self.malformed(exc.msg, exc.pos) from None
            else:
                if end < near_end or self.eof:
                    self.pos = end
                    return found
            if len(self.buf) - self.pos > limit:
                raise TooLarge(limit)
            self._more(double=True)

    def held(self, limit: int) -> tuple[bool, Any]:
        """(True, the next value) when the text read so far holds all of it, within
        `limit` characters: decoded in one call, the place moved past it. Otherwise
        (False, None), nothing consumed, nothing more read: the caller walks it with
        `members` and `items` (a value cut by the end of the text read, too long, or
        not well-formed, whose error the walk reports)."""
        start = self.pos
        try:
            found, end = self._decoder.raw_decode(self.buf, start)
        except json.JSONDecodeError:
            return False, None
        if end - start > limit or (end >= len(self.buf) - _MARGIN and not self.eof):
            return False, None
        self.pos = end
        return True, found

    def members(self) -> Iterator[str]:
        """The keys of the object that comes next, one at a time; after each, the
        caller reads its value (with `value`, `members` or `items`)."""
        self._take("{", "Expecting value")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.malformed("Expecting property name enclosed in double quotes")
            key = self.value()
            self._take(":", "Expecting ':' delimiter")
            self.peek()
            yield key
            if self.peek() == "}":
                self.pos += 1
                return
            self._take(",", "Expecting ',' delimiter")

    def items(self) -> Iterator[int]:
        """The positions of the list that comes next, one at a time; after each, the
        caller reads that item."""
        self._take("[", "Expecting value")
        if self.peek() == "]":
            self.pos += 1
            return
        i = 0
        while True:
            if self.peek() == "":
                raise self.malformed("Expecting value")
            yield i
            i += 1
            if self.peek() == "]":
                self.pos += 1
                return
            self._take(",", "Expecting ',' delimiter")

    def end(self) -> None:
        """Nothing but white space may follow the document."""
        if self.peek() != "":
            raise self.malformed("Extra data")


def load_object(data: str | bytes | Iterable[str | bytes], *, itemised: str,
                every: int = 200, progress: Progress | None = None,
                object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None
                ) -> Any:
    """json.loads of a JSON object whose member `itemised` (a list) is decoded an item
    at a time: the same document, or Malformed (or TooLarge) where json.loads refuses
    (any other value is decoded whole).

    `progress(done, total)` hears how much of the input is read, every `every` items.
    `object_pairs_hook` is json.loads's, for every object, the top-level one too.
    """
    whole = isinstance(data, str | bytes)
    total = len(data) if isinstance(data, str | bytes) else 0
    decoder = json.JSONDecoder(object_pairs_hook=object_pairs_hook) if object_pairs_hook \
        else _DECODER
    stream = Stream(pieces_of(data) if isinstance(data, str | bytes) else data, decoder)
    if stream.peek() != "{":
        other = stream.value()
        stream.end()
        return other
    pairs: list[tuple[str, Any]] = []
    for key in stream.members():
        if key == itemised and stream.peek() == "[":
            items = []
            for _ in stream.items():
                items.append(stream.value())
                if progress and len(items) % every == 0:
                    progress(stream.fed[0], total if whole else stream.fed[0])
            pairs.append((key, items))
        else:
            pairs.append((key, stream.value()))
    stream.end()
    if progress:
        progress(total, total)
    return object_pairs_hook(pairs) if object_pairs_hook else dict(pairs)
