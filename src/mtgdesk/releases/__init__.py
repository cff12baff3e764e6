"""Read published meeting releases (plain text, HTML, Word) into proposed records.

No Qt here: the CLI, the import service and the window all use the same parser.
"""

from __future__ import annotations

from pathlib import Path

from mtgdesk.releases.parser import parse_text
from mtgdesk.releases.proposal import Doubt, Evidence, Proposal
from mtgdesk.releases.readers import RELEASE_SUFFIXES, read_release_text, text_from_paste


def parse_file(path: str | Path) -> Proposal:
    """The proposal for one release file; UserError when the file cannot be read."""
    return parse_text(read_release_text(path), source=str(path))


def parse_paste(text: str) -> Proposal:
    return parse_text(text_from_paste(text))


__all__ = ["Doubt", "Evidence", "Proposal", "RELEASE_SUFFIXES", "parse_file", "parse_paste",
           "parse_text"]
