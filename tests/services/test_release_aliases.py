"""Corrections kept from the import review (services.release_aliases), on both
backends: kept, listed, applied to the next import, removed."""

from __future__ import annotations

import dataclasses

import pytest

from mtgdesk.domain.errors import UserError
from mtgdesk.releases import parse_text
from mtgdesk.services import release_aliases
from mtgdesk.services.meetings import get_meeting
from mtgdesk.services.release_import import import_releases, propose
from tests.releases.test_corrections import RELEASE


def _corrected(proposal, name: str, acronym: str | None):
    reviewed = [dataclasses.replace(p) for p in proposal.record.participants]
    i = next(i for i, p in enumerate(reviewed) if p.acronym == "RSC")
    reviewed[i] = dataclasses.replace(reviewed[i], name=name, acronym=acronym)
    return reviewed


def test_a_kept_correction_applies_to_the_next_import_until_removed(engine, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(RELEASE, encoding="utf-8")
    second.write_text(RELEASE.replace("Tenth", "Eleventh"), encoding="utf-8")
    [read] = propose([first])
    assert read.proposal is not None
    kept = release_aliases.remember(
        engine, read.proposal, _corrected(read.proposal, "Reef Stewardship Council of the "
                                          "Pacific", "RSCP"), author="R. Clerk")
    [alias] = release_aliases.aliases(engine)
    assert kept == [alias] and alias.id is not None
    assert (alias.from_kind, alias.from_name, alias.to_name, alias.to_acronym) == (
        "organization", "Reef Stewardship Council", "Reef Stewardship Council of the Pacific",
        "RSCP")

    [result] = import_releases(engine, [second])
    stored = get_meeting(engine, result.meeting_id)
    orgs = [(p.name, p.acronym) for p in stored.participants if p.kind == "organization"]
    assert ("Reef Stewardship Council of the Pacific", "RSCP") in orgs

    release_aliases.remove(engine, alias.id)
    assert release_aliases.aliases(engine) == []
    [result] = import_releases(engine, [second])
    stored = get_meeting(engine, result.meeting_id)
    assert ("Reef Stewardship Council", "RSC") in [
        (p.name, p.acronym) for p in stored.participants if p.kind == "organization"]
    with pytest.raises(UserError, match="no release correction"):
        release_aliases.remove(engine, alias.id)


def test_correcting_again_replaces_and_putting_it_back_forgets(engine):
    read = parse_text(RELEASE)
    release_aliases.remember(engine, read, _corrected(read, "RSC One", "RSC1"))
    release_aliases.remember(engine, read, _corrected(read, "RSC Two", "RSC2"))
    [alias] = release_aliases.aliases(engine)
    assert (alias.to_name, alias.to_acronym) == ("RSC Two", "RSC2")
    release_aliases.remember(engine, read, _corrected(read, "Reef Stewardship Council",
                                                      None))
    assert release_aliases.aliases(engine) == []


def test_a_removed_correction_is_kept_again_by_restore_unless_a_newer_one_is(engine):
    proposal = parse_text(RELEASE)
    release_aliases.remember(engine, proposal, _corrected(proposal, "Reef Council", "RC"),
                             author="R. Clerk")
    [alias] = release_aliases.aliases(engine)
    release_aliases.remove(engine, alias.id)
    new_id = release_aliases.restore(engine, alias, author="R. Clerk")
    [back] = release_aliases.aliases(engine)
    assert back.id == new_id and dataclasses.replace(back, id=None) == \
        dataclasses.replace(alias, id=None)
    release_aliases.remove(engine, new_id)
    release_aliases.remember(engine, proposal, _corrected(proposal, "Reef Body", None))
    with pytest.raises(UserError, match="newer correction"):
        release_aliases.restore(engine, alias)
    [kept] = release_aliases.aliases(engine)
    assert kept.to_name == "Reef Body"
