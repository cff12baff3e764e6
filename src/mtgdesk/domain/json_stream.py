"""A JSON document decoded a piece at a time, for reading a large file on a worker
thread while the window paints.

json.loads of a 300 MB file is a few calls into C (decoding the UTF-8, joining it,
scanning it, and freeing the result) that each hold the interpreter for seconds, and a
window's GUI thread cannot run meanwhile. Here the bytes are decoded a few MB at a time
and the top-level object's members, and the items of one named list, are each decoded
by json's own decoder in a call of their own, so other threads run between them.

Only well-formed JSON is read here: on anything else `Malformed` is raised, and the
caller reads the whole text with json.loads for the exact message (an error's path may
be slow; the good path never is).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from mtgdesk.domain.progress import Progress

CHUNK = 1 << 22  # bytes (or characters) decoded at a time
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


class Malformed(Exception):
    """Not a well-formed JSON object (or not UTF-8): read it whole for the message."""


def _pieces(data: str | bytes, fed: list[int]) -> Iterator[str]:
    """The text in pieces of CHUNK; `fed[0]` counts the input consumed so far."""
    if isinstance(data, str):
        for at in range(0, len(data), CHUNK):
            fed[0] = min(at + CHUNK, len(data))
            yield data[at:at + CHUNK]
        return
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for at in range(0, len(data), CHUNK):
            fed[0] = min(at + CHUNK, len(data))
            yield decoder.decode(view[at:at + CHUNK])
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise Malformed from None
    finally:
        view.release()


class _Reader:
    def __init__(self, pieces: Iterator[str], decoder: json.JSONDecoder = _DECODER) -> None:
        self._pieces = pieces
        self._decoder = decoder
        self.buf = ""
        self.pos = 0
        self.eof = False

    def _more(self, *, double: bool = False) -> bool:
        """Append the next piece (enough to double the buffer, for a value that needs
        more: a long value costs linear time, not quadratic); False at the end."""
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
        self.buf = self.buf[self.pos:] + "".join(got)
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def take(self, char: str) -> None:
        if self.peek() != char:
            raise Malformed
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                found, end = self._decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if not self._more(double=True):
                    raise Malformed from None
                continue
            except RecursionError:
                raise Malformed from None
            # A value that ends where the buffer does may go on (a number cut in two).
            if end < len(self.buf) or not self._more(double=True):
                self.pos = end
                return found


def load_object(data: str | bytes, *, itemised: str, every: int = 200,
                progress: Progress | None = None,
                object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None
                ) -> dict[str, Any]:
    """json.loads(data) of a JSON object, its member `itemised` (a list) an item at a time.

    `progress(done, total)` hears how much of the input is read, every `every` items.
    `object_pairs_hook` is json.loads's, for every object, the top-level one too.
    Raises Malformed for anything json.loads would refuse, or that is not an object.
    """
    fed = [0]
    total = len(data)
    decoder = json.JSONDecoder(object_pairs_hook=object_pairs_hook) if object_pairs_hook \
        else _DECODER
    reader = _Reader(_pieces(data, fed), decoder)
    report: Callable[[], None] = (lambda: progress(fed[0], total)) if progress else (
        lambda: None)
    pairs: list[tuple[str, Any]] = []
    reader.take("{")
    if reader.peek() == "}":
        reader.pos += 1
    else:
        while True:
            if reader.peek() != '"':
                raise Malformed
            key = reader.value()
            reader.take(":")
            if key == itemised and reader.peek() == "[":
                pairs.append((key, _items(reader, every, report)))
            else:
                pairs.append((key, reader.value()))
            if reader.peek() == "}":
                reader.pos += 1
                break
            reader.take(",")
    if reader.peek() != "":
        raise Malformed  # something after the object
    if progress:
        progress(total, total)
    doc: dict[str, Any] = object_pairs_hook(pairs) if object_pairs_hook else dict(pairs)
    return doc


def _items(reader: _Reader, every: int, report: Callable[[], None]) -> list[Any]:
    items: list[Any] = []
    reader.take("[")
    if reader.peek() == "]":
        reader.pos += 1
        return items
    while True:
        items.append(reader.value())
        if len(items) % every == 0:
            report()
        if reader.peek() == "]":
            reader.pos += 1
            return items
        reader.take(",")
