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
            # the current members, then the former ones (proposed before they left)
            assert [m for m, _ in read[g["name"]].members] == \
                g["members"] + sorted(g.get("left", {}))
            assert [m for m, _ in read[g["name"]].left] == sorted(g.get("left", {}))
    assert "EU" in [g.name for g in reference.groups()]
    # the EU is read only where all its members are counted (tests/releases/test_eu_counted.py)
    assert read["EU"].by_count and not any(g.by_count for n, g in read.items() if n != "EU")


def test_a_member_is_proposed_from_the_day_it_joined():
    text = "The ASEAN Member States took part."
    before = {f.name for f in groups.groups(text, 0, len(text), date(2025, 10, 1))}
    after = {f.name for f in groups.groups(text, 0, len(text), date(2025, 11, 1))}
    assert after - before == {"Timor-Leste"} and len(before) == 10


def test_a_former_member_is_proposed_until_the_day_it_left():
    text = "The CBSS member states took part."
    before = {f.name for f in groups.groups(text, 0, len(text), date(2022, 3, 2))}
    after = {f.name for f in groups.groups(text, 0, len(text), date(2022, 3, 3))}
    assert before - after == {"Russian Federation"} and len(after) == 10


def test_former_members_are_not_offered_by_add_group():
    [cbss] = [g for g in reference.groups() if g.name == "CBSS"]
    assert "Russian Federation" not in cbss.members
    assert dict(cbss.left)["Russian Federation"] == "2022-03-03"
