"""A list of participant names as a clerk pastes it: "Australia, Canada, France and
Japan", lines from an e-mail, a spreadsheet column.

Each item is read by the same name reader the release import uses (releases.names:
the reference lists with their variants, so "Vietnam" is Viet Nam and "ROK" the
Republic of Korea); an item it does not know is kept as written, marked unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mtgdesk.domain import reference
from mtgdesk.releases.names import AGENCY, ORGANIZATION, gazetteer

# Items end at a line break, a tab (a spreadsheet row), a semicolon, a comma, or the
# "and" / "&" before the last of a list; bullets and numbering are dropped.
_SPLIT = re.compile(r"\s*(?:[\r\n\t;,]+|\s+and\s+|\s+&\s+)\s*")
_BULLET = re.compile(r"^(?:[-*•·‣◦]+|\(?\d{1,3}[.)])\s*")


@dataclass(frozen=True)
class ListedName:
    written: str  # the item as pasted
    name: str  # the reference list's name, or the item as written when unknown
    kind: str | None  # country, organization, agency; None when not recognised
    acronym: str | None = None


def split_items(text: str) -> list[str]:
    items = []
    for item in _SPLIT.split(text.strip()):
        item = _BULLET.sub("", item.strip()).strip(" .")
        if item:
            items.append(item)
    return items


def read_name_list(text: str) -> list[ListedName]:
    """One entry an item, in the order pasted; the same name twice is kept once."""
    out: list[ListedName] = []
    seen: set[str] = set()
    for item in split_items(text):
        found = [f for f in gazetteer(item, 0, len(item), [])
                 if f.start <= 4 and len(item) - f.end <= 1]  # the whole item, not a word in it
        if found:
            f = found[0]
            acronym = f.acronym
            if f.kind == ORGANIZATION and (o := reference.find_organization(f.name)):
                acronym = o.acronym or None  # as the name completer fills it in
            elif f.kind == AGENCY and (a := reference.find_agency(f.name)):
                acronym = a.acronym or None
            entry = ListedName(item, f.name, f.kind, acronym)
        else:
            entry = ListedName(item, item, None)
        if entry.name not in seen:
            seen.add(entry.name)
            out.append(entry)
    return out
