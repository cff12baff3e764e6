"""Corrections remembered (releases.corrections): learnt from what a clerk changed in a
proposal, applied to later readings, with their evidence saying so."""

from __future__ import annotations

import dataclasses

from mtgdesk.domain.records import ParticipantRecord as P
from mtgdesk.releases import parse_text
from mtgdesk.releases.corrections import Correction, apply, learn

RELEASE = """Tenth Meeting of the Coral Reef Dialogue

May 4, 2015

1. The Tenth Meeting of the Coral Reef Dialogue was held on May 2, 2015 in Suva.

2. The meeting was chaired by Ms. Kirra Tanaki, Director of Oceans, and attended by \
representatives of Australia, Fiji, Samoa, Tonga and the Reef Stewardship Council (RSC).

3. The participants agreed to meet again next year.
"""


def _names(proposal):
    return [(p.kind, p.name, p.acronym) for p in proposal.record.participants]


def test_a_row_changed_in_place_is_learnt_and_rows_added_or_removed_are_not():
    proposal = parse_text(RELEASE)
    reviewed = [dataclasses.replace(p) for p in proposal.record.participants]
    rsc = next(i for i, p in enumerate(reviewed) if p.acronym == "RSC")
    reviewed[rsc] = dataclasses.replace(reviewed[rsc], name="Reef Stewardship Council of "
                                        "the Pacific", acronym="RSCP")
    del reviewed[0]  # Australia left out of this one: says nothing of the next
    reviewed.append(P(kind="country", name="Niue"))
    assert learn(proposal, reviewed) == [Correction(
        "organization", "Reef Stewardship Council", "organization",
        "Reef Stewardship Council of the Pacific", "RSCP")]


def test_another_listed_entry_put_in_a_rows_place_is_no_correction():
    proposal = parse_text(RELEASE)
    reviewed = [dataclasses.replace(p) for p in proposal.record.participants]
    reviewed[1] = dataclasses.replace(reviewed[1], name="Vanuatu")  # Fiji -> Vanuatu
    assert learn(proposal, reviewed) == []


def test_a_correction_applies_to_a_later_release_and_its_evidence_says_so():
    later = RELEASE.replace("Tenth", "Eleventh").replace("2015", "2016")
    fix = Correction("organization", "reef  stewardship COUNCIL", "organization",
                     "Reef Stewardship Council of the Pacific", "RSCP", id=7)
    read = parse_text(later)
    corrected = apply(read, [fix])
    assert ("organization", "Reef Stewardship Council of the Pacific", "RSCP") in \
        _names(corrected)
    assert ("organization", "Reef Stewardship Council", "RSC") in _names(read)  # untouched
    i = [p.name for p in corrected.record.participants].index(
        "Reef Stewardship Council of the Pacific")
    assert "as corrected before (alias 7)" in corrected.evidence_for(
        f"participants[{i}]").note
    assert corrected.read_as == {i: ("organization", "Reef Stewardship Council")}
    # applied again (the review queue after each save): the same
    assert _names(apply(corrected, [fix])) == _names(corrected)


def test_a_person_corrected_into_a_listed_country_is_merged_a_chair_still():
    proposal = parse_text(RELEASE)
    chair = next(p for p in proposal.record.participants if p.role == "chair")
    fix = Correction("person", chair.name, "country", "Fiji")
    corrected = apply(proposal, [fix])
    countries = [p for p in corrected.record.participants if p.kind == "country"]
    assert [p.name for p in countries] == ["Australia", "Fiji", "Samoa", "Tonga"]
    assert [p.role for p in countries if p.name == "Fiji"] == ["chair"]
    assert not any(p.kind == "person" for p in corrected.record.participants)
    paths = {e.path for e in corrected.evidence if e.path.startswith("participants[")}
    assert paths <= {f"participants[{i}]" for i in range(len(corrected.record.participants))}


def test_a_correction_of_a_corrected_row_is_keyed_by_what_the_reader_read():
    proposal = apply(parse_text(RELEASE), [Correction(
        "organization", "Reef Stewardship Council", "organization", "RSC Pacific", "RSCP")])
    reviewed = [dataclasses.replace(p) for p in proposal.record.participants]
    i = next(i for i, p in enumerate(reviewed) if p.name == "RSC Pacific")
    reviewed[i] = dataclasses.replace(reviewed[i], name="Reef Stewardship Council Pacific")
    [again] = learn(proposal, reviewed)
    assert (again.from_kind, again.from_name, again.to_name) == (
        "organization", "Reef Stewardship Council", "Reef Stewardship Council Pacific")
