"""The shipped reference lists and the lookups over them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from mtgdesk import resources
from mtgdesk.domain import reference
from mtgdesk.domain.reference import (
    countries,
    demonym,
    find_agency,
    find_country,
    find_organization,
    normalize,
    suggestions,
)
from mtgdesk.domain.vocab import ParticipantKind


def test_files_are_found_through_the_package_resources() -> None:
    for name in ("countries.json", "organizations.json", "agencies.json", "README.md"):
        assert resources.resource("reference", name).is_file()


def test_exactly_193_members_and_two_observers() -> None:
    members = [c for c in countries() if not c.observer and not c.territory]
    observers = {c.name for c in countries() if c.observer}
    assert len(members) == 193
    assert observers == {"Holy See", "State of Palestine"}


def test_country_entries_are_complete_and_unique() -> None:
    all_countries = countries()
    assert len({c.name for c in all_countries}) == len(all_countries)
    assert len({c.iso2 for c in all_countries}) == len(all_countries)
    for c in all_countries:
        assert c.demonym.strip(), c.name
        assert c.article in ("", "the"), c.name
        assert len(c.iso2) == 2 and c.iso2.isupper(), c.name


@pytest.mark.parametrize(
    "entries",
    [reference.countries, reference.organizations, reference.agencies],
    ids=["countries", "organizations", "agencies"],
)
def test_no_spelling_points_at_two_entries(entries) -> None:
    owners: Counter[str] = Counter()
    for entry in entries():
        spellings = {entry.name, *entry.aliases, getattr(entry, "acronym", "")}
        owners.update({normalize(s) for s in spellings if s})
    assert [key for key, n in owners.items() if n > 1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam", "Viet Nam"),
        ("Viet Nam", "Viet Nam"),
        ("ROK", "Republic of Korea"),
        ("South Korea", "Republic of Korea"),
        ("the Republic of Korea", "Republic of Korea"),
        ("U.S.", "United States of America"),
        ("the United States", "United States of America"),
        ("USA", "United States of America"),
        ("the U.S.A.", "United States of America"),
        ("UK", "United Kingdom of Great Britain and Northern Ireland"),
        ("Russia", "Russian Federation"),
        ("Iran", "Iran (Islamic Republic of)"),
        ("Laos", "Lao People's Democratic Republic"),
        ("Lao People’s Democratic Republic", "Lao People's Democratic Republic"),
        ("Turkey", "Türkiye"),
        ("Turkiye", "Türkiye"),
        ("Czech Republic", "Czechia"),
        ("Ivory Coast", "Côte d'Ivoire"),
        ("Cote d’Ivoire", "Côte d'Ivoire"),
        ("Burma", "Myanmar"),
        ("North Korea", "Democratic People's Republic of Korea"),
        ("DPRK", "Democratic People's Republic of Korea"),
        ("Netherlands (Kingdom of the)", "Netherlands"),
        ("the Philippines", "Philippines"),
        ("JAPAN", "Japan"),
        ("Palestine", "State of Palestine"),
    ],
)
def test_variants_resolve_to_the_un_name(text: str, expected: str) -> None:
    found = find_country(text)
    assert found is not None, text
    assert found.name == expected


def test_unknown_names_resolve_to_nothing() -> None:
    assert find_country("Atlantis") is None
    assert find_country("") is None
    assert find_organization("Ministry of Magic") is None
    assert demonym("Atlantis") is None


def test_demonyms_and_articles() -> None:
    assert demonym("Viet Nam") == "Vietnamese"
    assert demonym("Vietnam") == "Vietnamese"
    assert demonym("Japan") == "Japanese"
    korea = find_country("ROK")
    assert korea is not None and korea.in_prose == "the Republic of Korea"
    japan = find_country("Japan")
    assert japan is not None and japan.in_prose == "Japan"


def _fixture_participants(seed_path: Path, kind: str) -> list[dict]:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    meetings = data["meetings"] if isinstance(data, dict) else data
    return [p for m in meetings for p in m["participants"] if p["kind"] == kind]


def test_every_fixture_country_is_a_canonical_name(seed_path: Path) -> None:
    for p in _fixture_participants(seed_path, "country"):
        found = find_country(p["name"])
        assert found is not None and found.name == p["name"]


def test_every_fixture_organization_is_found_by_name_and_acronym(seed_path: Path) -> None:
    orgs = _fixture_participants(seed_path, "organization")
    assert len(orgs) == 7
    for p in orgs:
        by_name = find_organization(p["name"])
        assert by_name is not None and by_name.name == p["name"]
        assert by_name.acronym == p["acronym"]
        assert find_organization(p["acronym"]) == by_name


def test_every_fixture_agency_is_found(seed_path: Path) -> None:
    for p in _fixture_participants(seed_path, "agency"):
        found = find_agency(p["name"])
        assert found is not None and found.name == p["name"]
        # The release names MOFA without its acronym; the list may know more than it said.
        if p.get("acronym"):
            assert found.acronym == p["acronym"]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Office for the Coordination of Humanitarian Affairs", "OCHA"),
        ("United Nations Office for the Coordination of Humanitarian Affairs", "OCHA"),
        ("UN Development Programme", "UNDP"),
        ("United Nations Children's Fund", "UNICEF"),
        ("the United Nations Children’s Fund", "UNICEF"),
        ("UN Habitat", "UN-Habitat"),
        ("Arab League", "LAS"),
        ("World Bank", "IBRD"),
        ("ASEAN", "ASEAN"),
    ],
)
def test_organization_variants(text: str, acronym: str) -> None:
    found = find_organization(text)
    assert found is not None, text
    assert found.acronym == acronym


def test_organization_list_is_broad_and_has_no_leading_article() -> None:
    orgs = reference.organizations()
    assert len(orgs) >= 60
    for o in orgs:
        assert not o.name.lower().startswith("the "), o.name
    for acronym in ("ASEAN", "APEC", "AU", "OECD", "WHO", "WTO", "IMF", "IAEA", "ICRC", "UNESCO"):
        assert find_organization(acronym) is not None, acronym


def test_agencies_are_the_hosts_japans_at_least_fifteen() -> None:
    # The seed's host, Japan, with its agencies; a few of other governments that releases
    # name (the UK's FCDO, whose name is not the Commonwealth), each of a listed country.
    assert len([a for a in reference.agencies() if a.country == "Japan"]) >= 15
    assert all(find_country(a.country) is not None for a in reference.agencies())
    assert find_agency("FCDO").country == "United Kingdom of Great Britain and Northern Ireland"
    jica = find_agency("JICA")
    assert jica is not None and jica.name == "Japan International Cooperation Agency"


def test_suggestions_cover_every_list() -> None:
    items = suggestions()
    kinds = Counter(s.kind for s in items)
    assert kinds[ParticipantKind.COUNTRY] == len(countries())
    assert kinds[ParticipantKind.ORGANIZATION] == len(reference.organizations())
    assert kinds[ParticipantKind.AGENCY] == len(reference.agencies())
    unicef = next(s for s in items if s.acronym == "UNICEF")
    assert unicef.name == "United Nations Children’s Fund"


def test_lists_are_loaded_once() -> None:
    assert reference.countries() == reference.countries()
    assert reference._countries() is reference._countries()
