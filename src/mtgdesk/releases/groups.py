"""Groups that stand for their members: `the ASEAN Member States`, `G7 Foreign Ministers`,
`the five Mekong countries`, `senior officials from Quad member countries`.

A group is proposed as its members only where the words speak of its people or its
members (`ASEAN centrality` is not a participant, and `the 58th ASEAN Foreign Ministers'
Meeting` is another meeting's name); each member is marked as proposed from the group,
so the clerk sees where it came from. ASEAN's members are taken as of the meeting date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from mtgdesk.domain import reference as ref
from mtgdesk.releases.clues import Leads
from mtgdesk.releases.names import COUNTRY, ORGANIZATION, Found, gazetteer

_ALWAYS = date(1900, 1, 1)


@dataclass(frozen=True)
class Group:
    name: str
    spellings: str  # a regular expression of the ways releases write it
    members: tuple[tuple[str, date], ...]  # member, and the day it joined
    left: tuple[tuple[str, date], ...] = ()  # a former member, and the day it left
    bodies: tuple[tuple[str, date], ...] = ()  # a member organisation, and the day it joined
    by_count: bool = False  # read only where all its members are counted (the EU)


@cache
def reader_groups() -> tuple[Group, ...]:
    """The groups of the reference list (resources/reference/groups.json, the one list
    of groups: the editor's Add group reads it too) that releases are read for."""
    out = []
    for g in ref.groups():
        if not g.spellings:
            continue
        joined = {name: date.fromisoformat(day) for name, day in g.joined}
        out.append(Group(g.name, g.spellings,
                         tuple((m, joined.get(m, _ALWAYS)) for m in (*g.members,
                                                                     *(n for n, _ in g.left))),
                         tuple((n, date.fromisoformat(day)) for n, day in g.left),
                         tuple((n, date.fromisoformat(day)) for n, day in g.bodies),
                         g.by_count))
    return tuple(out)


# A body's officials alone are its staff: `the Ministers of the 54 African Union Member
# States as well as AU officials` (its senior officials are its members' own).
# (`prime ministers` and `premiers` in lower case: `the Baltic premiers`.)
_PEOPLE = (r"(?:(?:[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?|[Ss]enior\s+|foreign\s+|prime\s+)?"
           r"(?:[Mm]inisters|[Ll]eaders|[Dd]elegations|[Gg]overnments|[Pp]remiers)|"
           r"(?:[A-Z][a-z]+\s+)?[Ss]enior\s+(?:[A-Z][a-z]+\s+)?[Oo]fficials)")
# After `of`, a body's officials are its staff, not its members' people: `Officials of
# the ECOWAS said ...` (senior officials are still the members' own).
_PEOPLE_OF = (r"(?:(?:[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?|[Ss]enior\s+|foreign\s+|prime\s+)?"
              r"(?:[Mm]inisters|[Ll]eaders|[Dd]elegations|[Gg]overnments|[Pp]remiers)|"
              r"[Ss]enior\s+[Oo]fficials|"
              r"Heads\s+of\s+State\s+(?:or|and)\s+(?:of\s+)?Government|[Hh]eads\s+of\s+[Gg]overnment)")
_MEMBERS = (r"(?:[Mm]ember\s+)?(?:[Ss]tates|[Cc]ountries|[Nn]ations|[Ee]conomies)|[Mm]embers|"
            r"[Pp]artners|[Pp]articipants")
# `the Ministers of Foreign Affairs of the Pacific Alliance`: the post between the people
# and the group.
_PORTFOLIO = (r"(?:\s+(?:of|for)\s+Foreign\s+(?:Affairs|Relations)(?:\s+and\s+(?:[A-Z][a-z]+\s+)?"
              r"[A-Z][a-z]+)?)?")
# An aside between the people and their group: `foreign ministers (or their deputies) of
# the Eastern Partnership participating countries`.
_ASIDE = r"(?:\s*\([^()]{1,40}\))?"
_NUMBER = r"(?:(?:all|the|five|six|seven|eight|ten|eleven|\d{1,2})\s+)?"
# After the group's people, a meeting's name: `ASEAN Foreign Ministers' Meeting`.
_A_MEETING = re.compile(r"['’]?s?['’]?\s+(?:[A-Z][\w-]*\s+){0,2}(?:Meeting|Summit|Conference|"
                        r"Retreat|Forum|Council|Dialogue|Consultations?)\b")


_COUNT_WORDS = {2: "(?:two|2)", 3: "(?:three|3)", 4: "(?:four|4)", 5: "(?:five|5)",
                6: "(?:six|6)", 7: "(?:seven|7)", 8: "(?:eight|8)", 9: "(?:nine|9)",
                10: "(?:ten|10)", 11: "(?:eleven|11)", 12: "(?:twelve|12)"}


@cache
def _pattern(group: Group) -> re.Pattern[str]:
    g = rf"(?:{group.spellings})"
    if group.name == "Pacific Islands Forum":  # `the Forum` alone is any forum
        people = (rf"\b{_NUMBER}(?:{g})(?:\s*\(PIF\))?\s+(?:[Mm]ember\s+(?:[Cc]ountries|[Ss]tates)|"
                  r"[Mm]embers)\b")
        return re.compile(people)
    # `the prime ministers of the three Baltic states`: a count of them all, the group's
    # size (`the three ASEAN countries` are some of its members, not all).
    size = _COUNT_WORDS.get(len({m for m, _ in group.members} - {n for n, _ in group.left}))
    all_of = rf"(?:(?:all\s+)?{size}\s+)?" if size else ""
    return re.compile(
        # `the Three Seas Initiative's (3SI) member states`: the possessive before its acronym
        rf"\b{_NUMBER}(?:{g})(?:['’]s)?(?:\s*\([A-Z0-9]{{2,8}}\))?['’]?\s+(?:{_PEOPLE}|{_MEMBERS})\b"
        rf"|\b(?:{_PEOPLE_OF}|(?:[Mm]ember\s+(?:[Ss]tates|[Cc]ountries)|[Mm]embers)|"
        rf"[Pp]ermanent\s+[Rr]epresentatives){_PORTFOLIO}{_ASIDE}\s+(?:of|from|to)\s+(?:the\s+)?"
        rf"{all_of}(?:{g})\b(?![-‐])(?:\s*\([A-Z]{{2,8}}\))?")


# Words that say the group's people are yet to come, or are dealt with, not present:
# `Foreign ministers of X will meet in Y` (an announcement: who came is not said),
# `after agreement with the X countries, A will chair`.
# So do a meeting of theirs that will begin and one set for a day: `the Summit of Foreign
# Ministers of X will begin on Friday`, `the summit of Heads of State of X, X in acronym,
# scheduled for Friday` (an appositive between).
_YET_TO_COME = re.compile(r"(?:\s*,\s*[^,.;]{1,30},)?\s*,?\s*(?:(?:will|shall|are\s+(?:expected\s+|"
                          r"set\s+|due\s+)?to)\s+(?:\w+\s+)?(?:meet|gather|convene|hold|attend|"
                          r"take\s+part|participate|begin|start|open|kick\s+off|take\s+place|"
                          r"be\s+held)|(?:scheduled|planned|slated)\s+(?:for|to|on))\b")
_DEALT_WITH = re.compile(r"\b(?:agreement|consensus|coordination|co-?operation|relations|ties)"
                         r"\s+with\s+(?:the\s+)?$", re.IGNORECASE)


# Before the group's people or meeting: `issues to be discussed by the leaders of the
# member countries at the summit`, `X will co-chair the eighth ASEAN Ministers' Meeting`.
# A purpose is not an attendance either: `in order to provide the X leaders with advice`.
_LATER_BEFORE = re.compile(r"\b(?:(?:will|to)\s+be\s+[a-z]+\s+by\s+(?:the\s+)?|"
                           r"will\s+(?:[\w-]+\s+){0,4}|"
                           r"(?:in\s+order|so\s+as)\s+to\s+(?:[\w-]+\s+){0,4})$")


# A standing organ named after the group's people: `the Council of Ministers of X opened
# its session`, `the Council of X Ministers`. The organ meets whoever of the members came;
# its name does not say that they all did (an attendance sentence still may).
# A paper of theirs is from another meeting: `the Report of X Ministers of Planning`.
_ORGAN_BEFORE = re.compile(r"\b(?:Council|Committee|Conference|Assembly|Board|"
                           r"[Rr]eports?|[Mm]emorand(?:um|a)|[Dd]eclarations?|[Dd]ecisions?|"
                           r"[Rr]ecommendations?|[Cc]ommuniqu[eé]s?)\s+(?:of|by|from)\s+"
                           r"(?:the\s+)?$")


# A troika is three of the members: `the Organ Troika Summit of Heads of State of X`.
# A share of them is some of the members, not all: `supported by 31 of the 32 CELAC
# countries`, `most of the ASEAN members`, `17 out of the 19 COMESA States`.
_SOME_BEFORE = re.compile(r"\bTroika\b[^.;]{0,40}$|\b(?:\d{1,3}|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|some|most|several|many|few|half|majority|none)"
                          r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?$",
                          re.IGNORECASE)
# A meeting's title made of the group's people, `the Stand-alone Meeting of the BRICS
# Ministers of Foreign Affairs was held`: the meeting named, like `the G20 Foreign
# Ministers' Meeting` (_A_MEETING), not a word that they came (`the first gathering of the
# ASEAN Foreign Ministers` is one; so is `the Summit of Heads of State of X met`, the
# group's organ of its members' heads).
_TITLE_BEFORE = re.compile(r"\b(?:Meeting|Session|Retreat|Consultations?)\s+of\s+(?:the\s+)?$")


def _not_present(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 60):m.start()]
    return bool(_YET_TO_COME.match(text, m.end()) or _DEALT_WITH.search(before)
                or _LATER_BEFORE.search(before) or _ORGAN_BEFORE.search(before)
                or _SOME_BEFORE.search(before) or _TITLE_BEFORE.search(before))


@cache
def _clue(group: Group) -> re.Pattern[str]:
    """The group's name alone: most sentences name no group, and are passed over."""
    return re.compile(rf"\b(?:{group.spellings})")


@cache
def _named() -> Leads:
    """The groups a text may name, by the words their spellings start with: one pass
    over a sentence instead of a search for each group's name."""
    return Leads(g.spellings for g in reader_groups())


def _may_name(text: str, start: int, end: int) -> list[Group]:
    """The groups (in the list's order) whose name text[start:end] holds."""
    clues = _clues()  # (only the few the leads allow are looked at, in the list's order)
    return [clues[i][0] for i in sorted(_named().among(text, start, end))
            if clues[i][1].search(text, start, end)]


@cache
def _clues() -> tuple[tuple[Group, re.Pattern[str]], ...]:
    return tuple((g, _clue(g)) for g in reader_groups())


FROM_GROUP = "proposed from the group: a member of "


def _members(group: Group, start: int, end: int, when: date | None,
             note: str = FROM_GROUP, confidence: float = 0.7) -> list[Found]:
    out = []
    for name, _joined in _countries_on(group, when):
        country = ref.find_country(name)
        out.append(Found(COUNTRY, country.name if country else name, start, end, confidence,
                         article=(country.article or None) if country else None,
                         note=f"{note}{group.name}"))
    for name, joined in group.bodies:  # the G20's European Union: a member organisation
        body = ref.find_organization(name)
        if when is not None and joined <= when:
            out.append(Found(ORGANIZATION, body.name if body else name, start, end,
                             confidence, acronym=body.acronym if body else None,
                             note=f"{note}{group.name}"))
    return out


def _countries_on(group: Group, when: date | None) -> list[tuple[str, date]]:
    """The group's member countries on the day: joined by then, not yet gone. With no day
    known (no date, no year in the release), only the members of every day: today's
    members would add those that joined after a meeting of long ago."""
    gone = dict(group.left)
    if when is None:
        return [(name, joined) for name, joined in group.members
                if joined == _ALWAYS and name not in gone]
    return [(name, joined) for name, joined in group.members
            if joined <= when and not (name in gone and gone[name] <= when)]


# What joins two groups, without the other's name: where it is not there, no group's
# pattern is tried (most groups are named alone).
_AND_BEFORE = re.compile(r"\s+and\s+(?:the\s+)?$")
_AND_AFTER = re.compile(r"\s+and\s+")


def _joined_group(text: str, at: int, stop: int, before: bool) -> tuple[Group, int, int] | None:
    """The other group of `the V4 and NB8 Foreign Ministers` (before the match) or of
    `Foreign Ministers of the Visegrad Group and Nordic-Baltic Eight` (after it)."""
    if not (_AND_BEFORE.search(text[max(0, at - 80):at]) if before
            else _AND_AFTER.match(text, at, stop)):
        return None
    for other in reader_groups():
        if other.name == "Pacific Islands Forum":
            continue
        g = rf"(?:{other.spellings})"
        if before:
            m = re.search(rf"\b{g}\s+and\s+(?:the\s+)?$", text[max(0, at - 80):at])
            if m:
                return other, max(0, at - 80) + m.start(), at
        else:
            m = re.compile(rf"\s+and\s+(?:the\s+)?{g}\b(?![-‐])").match(text, at, stop)
            if m:
                return other, at, m.end()
    return None


def _counted_all(group: Group, text: str, at: int, when: date | None) -> bool:
    """A group read `by_count` (the EU, named in passing in many a sentence of who came:
    `Foreign Ministers of Member States of the European Union` does not say they all
    did, in the corpus's records) stands for its members only where its words give
    their number, and it is all of them on the day."""
    m = _A_COUNT.match(text, at) or _A_COUNT_BEFORE.search(text, max(0, at - 12), at)
    return m is not None and _count(m["n"]) == len(_countries_on(group, when))


def _day_counted(group: Group, text: str, at: int) -> date | None:
    """With no day known, the number the words give dates the members: `the 21 APEC
    member economies` are its 21 of 1998 on (`_day_of_size`)."""
    m = _A_COUNT.match(text, at)
    return _day_of_size(group, _count(m["n"])) if m else None


def groups(text: str, start: int, end: int, on: date | None) -> list[Found]:
    """Members of the groups named in text[start:end] as taking part."""
    out: list[Found] = []
    named = _may_name(text, start, end)
    if not named:
        return out
    when = on  # None: no day known (`_countries_on`)
    for group in named:
        for m in _pattern(group).finditer(text, start, end):
            if _A_MEETING.match(text, m.end()) or text[m.end():m.end() + 1] in "-‐" \
                    or _not_present(text, m):
                continue
            day = when or _day_counted(group, text, m.start())
            if not group.by_count or _counted_all(group, text, m.start(), day):
                out += _members(group, m.start(), m.end(), day)
            joined = _joined_group(text, m.end(), end, before=False) \
                if text[m.start()].isupper() and not re.match(rf"(?:{group.spellings})",
                                                               text[m.start():m.end()]) \
                else _joined_group(text, m.start(), end, before=True)
            if joined is not None and joined[0] is not group and (
                    not joined[0].by_count or _counted_all(joined[0], text, joined[1], when)):
                out += _members(joined[0], joined[1], joined[2], when)
    if not out:
        out = _unnamed_members(text, start, end, when)
    return out


def counted(text: str, start: int, end: int, on: date | None) -> list[Found]:
    """`delegations from all 11 Member States`, `ministers from ten Asian and fifteen
    European states`: the members of the one group, named in the sentence or the text
    before it (else in the text after it: `of the 47 member states of the organisation`
    ... `the Council of Europe`), that had that many members on the day. With no day
    known, the count itself dates the members: the one make-up of that size."""
    m = _COUNTED.search(text, start, end)
    if m is None or _not_present(text, m):
        return []
    if any(f.kind == COUNTRY for f in gazetteer(text, m.end(), end, [])):
        return []  # `four countries including A, B, C and D`: the count of those named
    n = _count(m["n"]) + (_count(m["n2"]) if m["n2"] else 0)
    before = max(0, start - 1500)  # the title and the opening, or the paragraph before
    after = min(len(text), end + 1500)
    for lo, hi in ((before, end), (end, after)):
        named = _may_name(text, lo, hi)  # (any group's name: the groups the leads allow)
        if not named:
            continue
        days = [(g, on or _day_of_size(g, n)) for g in named
                if g.name != "Pacific Islands Forum"]
        fits = [(g, day) for g, day in days
                if day is not None and len(_countries_on(g, day)) == n]
        if len(fits) != 1:
            return []
        return _members(fits[0][0], m.start(), m.end(), fits[0][1],
                        f"proposed from the group: its {n} members, ")
    return []


def _day_of_size(group: Group, n: int) -> date | None:
    """A day on which the group had n member countries, when every such day had the same
    ones (the Council of Europe's 47 of 2007-2022); None when no make-up, or more than
    one, had that size."""
    days = {_ALWAYS, *(d for _, d in group.members), *(d for _, d in group.left)}
    sizes = {frozenset(c for c, _ in _countries_on(group, d)): d for d in sorted(days)}
    fits = [d for members, d in sizes.items() if len(members) == n]
    return fits[0] if len(fits) == 1 else None


_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_N = r"\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))
_COUNTED = re.compile(
    rf"\b(?:(?:all|the)\s+(?:the\s+)?)?(?P<n>{_N})\s+(?:[A-Z][a-z]+\s+and\s+"
    rf"(?P<n2>{_N})\s+[A-Z][a-z]+\s+)?(?:[Mm]ember\s+)?(?:[Ss]tates|countries|nations)\b")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


# The number of a group's members, at the start of its words or just before them: `all
# 27 EU member states`, `officials from all 27 EU and 10 ASEAN Member States`.
_A_COUNT = re.compile(rf"(?:all\s+(?:the\s+)?)?(?P<n>{_N})\s+", re.IGNORECASE)
_A_COUNT_BEFORE = re.compile(rf"\b(?P<n>{_N})\s+$", re.IGNORECASE)


# `The Foreign Ministers of Member States gathered ... for the ECO Council of Ministers`:
# the members of the one group the sentence names.
_OF_MEMBER_STATES = re.compile(rf"\b{_PEOPLE}\s+of\s+(?:the\s+|its\s+)?[Mm]ember\s+"
                               r"(?:[Ss]tates|[Cc]ountries)\b")


def _unnamed_members(text: str, start: int, end: int, when: date | None) -> list[Found]:
    m = _OF_MEMBER_STATES.search(text, start, end)
    if m is None:
        return []
    named = [g for g in reader_groups() if g.name != "Pacific Islands Forum" and not g.by_count
             and re.compile(rf"\b(?:{g.spellings})\b").search(text, start, end)]
    if len(named) != 1 or _not_present(text, m):
        return []
    return _members(named[0], m.start(), m.end(), when)

