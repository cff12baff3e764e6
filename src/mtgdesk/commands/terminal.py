"""What the command line prints is text: control characters are shown, never obeyed.

A title with ESC, BEL, BS or CR in it (from a file, or typed) would otherwise drive the
terminal that prints it: colour, a moved cursor, a line overwritten, a window title
changed. Every stream the commands write to (stdout and stderr) is wrapped once, in
cli.main, by SafeStream, which writes each C0 control character but line feed and tab,
DEL and each C1 control as `\\uXXXX`. JSON stays valid and means the same (those can only
occur inside its strings, where `\\uXXXX` is the same character); plain text shows where
the character was. A progress line's own carriage return goes through `raw`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeStream:
    """A text stream that escapes control characters on their way to `raw`."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(escape_controls(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, encoding, fileno...
        return getattr(self.raw, name)


def raw(stream: Any) -> Any:
    """The stream under a SafeStream, for the program's own control characters."""
    return stream.raw if isinstance(stream, SafeStream) else stream


@contextmanager
def safe_streams() -> Iterator[None]:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
