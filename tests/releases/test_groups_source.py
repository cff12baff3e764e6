"""One list of groups: resources/reference/groups.json is what the editor's Add group
offers and what the release reader proposes members from."""

from __future__ import annotations

import json
from datetime import date

from mtgdesk.domain import reference
from mtgdesk.releases import groups
from mtgdesk.resources import read_text


def test_the_reader_reads_the_groups_of_the_reference_file():
    listed = json.loads(read_text("reference", "groups.json"))["groups"]
    read = {g.name: g for g in groups.reader_groups()}
    assert list(read) == [g["name"] for g in listed if g.get("spellings")]
    for g in listed:
        if g.get("spellings"):
            assert [m for m, _ in read[g["name"]].members] == g["members"]
    assert "EU" not in read and "EU" in [g.name for g in reference.groups()]


def test_a_member_is_proposed_from_the_day_it_joined():
    text = "The ASEAN Member States took part."
    before = {f.name for f in groups.groups(text, 0, len(text), date(2025, 10, 1))}
    after = {f.name for f in groups.groups(text, 0, len(text), date(2025, 11, 1))}
    assert after - before == {"Timor-Leste"} and len(before) == 10
