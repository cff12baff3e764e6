"""Reference lists shipped in resources/reference: UN member states, international
organisations and the host government's agencies, with lookups that forgive the usual
spelling variants (Vietnam / Viet Nam, ROK / South Korea, U.S. / the United States).

The files are read once per process; every list and lookup table is cached. No Qt.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from mtgdesk.domain.vocab import ParticipantKind
from mtgdesk.resources import read_text


@dataclass(frozen=True, slots=True)
class Country:
    name: str  # the UN short name, e.g. "Viet Nam", "Republic of Korea"
    demonym: str  # the adjective prose uses: "the Vietnamese delegation"
    article: str  # "the" where running text needs it ("the Philippines"), else ""
    aliases: tuple[str, ...]
    iso2: str
    observer: bool = False  # UN observer state (Holy See, State of Palestine)
    # Not a UN member: a territory or a member of regional bodies in its own right
    # (Cook Islands and Niue in the Pacific Islands Forum, Hong Kong, China in APEC)
    territory: bool = False

    @property
    def in_prose(self) -> str:
        """The name as a sentence uses it: "the Republic of Korea", "Japan"."""
        return f"{self.article} {self.name}" if self.article else self.name


@dataclass(frozen=True, slots=True)
class Organization:
    name: str  # without a leading article: "World Food Programme"
    acronym: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Agency:
    country: str
    name: str
    acronym: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: ParticipantKind
    name: str
    acronym: str
    aliases: tuple[str, ...] = ()  # other spellings a completer may match on


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_LEADING_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)  # releases and the editor look the same names up again and again
def normalize(text: str) -> str:
    """The lookup key for a name: case, accents, a leading "the", dots, apostrophes,
    hyphens and spacing do not matter ("the U.S." == "US", "Cote d’Ivoire" ==
    "Côte d'Ivoire", "Guinea Bissau" == "Guinea-Bissau"). "&" reads as "and"."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _LEADING_THE.sub("", text).replace("&", " and ")
    return _NOT_ALNUM.sub("", text.casefold())


def _load(name: str) -> list[dict[str, Any]]:
    data = json.loads(read_text("reference", f"{name}.json"))
    items: list[dict[str, Any]] = data[name]
    return items


@cache
def _countries() -> tuple[Country, ...]:
    return tuple(
        Country(
            name=c["name"],
            demonym=c["demonym"],
            article=c.get("article", ""),
            aliases=tuple(c.get("aliases", ())),
            iso2=c["iso2"],
            observer=bool(c.get("observer", False)),
            territory=bool(c.get("territory", False)),
        )
        for c in _load("countries")
    )


@cache
def _organizations() -> tuple[Organization, ...]:
    return tuple(
        Organization(
            name=o["name"], acronym=o.get("acronym", ""), aliases=tuple(o.get("aliases", ()))
        )
        for o in _load("organizations")
    )


@cache
def _agencies() -> tuple[Agency, ...]:
    return tuple(
        Agency(
            country=a["country"],
            name=a["name"],
            acronym=a.get("acronym", ""),
            aliases=tuple(a.get("aliases", ())),
        )
        for a in _load("agencies")
    )


def countries() -> list[Country]:
    """UN member states (193) and observer states, in the UN's alphabetical order, then
    territories and other non-members that releases list as participants."""
    return list(_countries())


def organizations() -> list[Organization]:
    return list(_organizations())


def agencies() -> list[Agency]:
    """Agencies of the host government (the shipped list is Japan's)."""
    return list(_agencies())


def _spellings(entry: Country | Organization | Agency) -> list[str]:
    acronym = [] if isinstance(entry, Country) else [entry.acronym]
    return [entry.name, *entry.aliases, *acronym]


@cache
def _index(kind: str) -> dict[str, Any]:
    entries: tuple[Country | Organization | Agency, ...]
    if kind == "countries":
        entries = _countries()
    elif kind == "organizations":
        entries = _organizations()
    else:
        entries = _agencies()
    index: dict[str, Any] = {}
    # Canonical names first, so a name always beats another entry's alias.
    for entry in entries:
        index.setdefault(normalize(entry.name), entry)
    for entry in entries:
        for spelling in _spellings(entry):
            key = normalize(spelling)
            if key:
                index.setdefault(key, entry)
    return index


def find_country(text: str) -> Country | None:
    """The country named by its UN name or a common variant, or None."""
    found: Country | None = _index("countries").get(normalize(text))
    return found


def find_organization(text: str) -> Organization | None:
    """The organisation named by its name, a variant or its acronym, or None.
    Acronyms match case-insensitively ("who" finds WHO): callers scanning free prose
    should check the case themselves."""
    found: Organization | None = _index("organizations").get(normalize(text))
    return found


def find_agency(text: str) -> Agency | None:
    found: Agency | None = _index("agencies").get(normalize(text))
    return found


def demonym(country_name: str) -> str | None:
    """ "Viet Nam" (or "Vietnam") -> "Vietnamese"; None for a name not in the list."""
    country = find_country(country_name)
    return country.demonym if country else None


@cache
def _suggestions() -> tuple[Suggestion, ...]:
    return (
        *(Suggestion(ParticipantKind.COUNTRY, c.name, "", c.aliases) for c in _countries()),
        *(
            Suggestion(ParticipantKind.ORGANIZATION, o.name, o.acronym, o.aliases)
            for o in _organizations()
        ),
        *(Suggestion(ParticipantKind.AGENCY, a.name, a.acronym, a.aliases) for a in _agencies()),
    )


def suggestions() -> list[Suggestion]:
    """Everything the participant-name completer offers from the shipped lists:
    countries, then organisations, then agencies."""
    return list(_suggestions())


@dataclass(frozen=True)
class Group:
    """A group of countries: its members as the reference list names them, current on
    `as_of`. The clerk adds them in one step (Add group); the release reader proposes
    them where a release speaks of the group's members or people (`spellings`, a
    regular expression of the ways releases write its name; none: not read), each as
    of the day it `joined` (those not listed: always); a former member is proposed for
    a meeting before the day it `left` (the CBSS's Russia, until 2022). `bodies` are
    organisations that are members too (the G20's European Union), each with the day it
    joined: the reader proposes them as organisations; Add group adds the countries.
    A group `by_count` (the EU) is read only where a release counts all its members."""

    name: str
    title: str
    as_of: str
    members: tuple[str, ...]
    note: str = ""
    spellings: str = ""
    joined: tuple[tuple[str, str], ...] = ()  # (member, ISO day it joined)
    left: tuple[tuple[str, str], ...] = ()  # (former member, ISO day it left)
    bodies: tuple[tuple[str, str], ...] = ()  # (member organisation, ISO day it joined)
    by_count: bool = False  # members proposed only where their number is given


@cache
def _groups() -> tuple[Group, ...]:
    return tuple(Group(name=g["name"], title=g["title"], as_of=g["as_of"],
                       members=tuple(g["members"]), note=g.get("note", ""),
                       spellings=g.get("spellings", ""),
                       joined=tuple(sorted(g.get("joined", {}).items())),
                       left=tuple(sorted(g.get("left", {}).items())),
                       bodies=tuple(g.get("bodies", {}).items()),
                       by_count=bool(g.get("by_count", False)))
                 for g in _load("groups"))


def groups() -> list[Group]:
    """ASEAN, the G7, the Pacific Islands Forum, the EU and others
    (resources/reference/groups.json), in the file's order."""
    return list(_groups())
