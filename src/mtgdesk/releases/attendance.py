"""Who took part, sentence by sentence: countries, organisations, the host's agencies,
the chair(s), the counts the release states, and which country hosted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import attrgetter

from mtgdesk.domain import reference as ref
from mtgdesk.releases import bodies, demonyms, groups, names
from mtgdesk.releases.chair_posts import post_chair
from mtgdesk.releases.chair_titles import named_chairs
from mtgdesk.releases.clues import Clue, each
from mtgdesk.releases.names import AGENCY, COUNTRY, NOT_AN_ORG, ORGANIZATION, Found
from mtgdesk.releases.not_parties import (
    group_words,
    invited_only,
    its_officer,
    not_a_party,
    places_and_adjectives,
    restated,
)
from mtgdesk.releases.people import OTHER_MEETING, Chair, find_chairs, find_opener
from mtgdesk.releases.subjects import a_subject

ATTEND_RE = re.compile(
    r"\b(?:attended\s+by|attendance\s+of|participation\s+(?:\w+\s+)?(?:of|from)|participants?\s+(?:came\s+)?"
    r"from|representatives?\s+(?:of|from)|delegations?\s+(?:of|from)|delegates\s+from|"
    r"officials\s+(?:of|from)|authorities\s+from|took\s+part|participated|brought\s+together|"
    r"gathered|joined\s+"
    r"by|were\s+(?:present|represented)|(?:countries|organi[sz]ations)\s+(?:attended|were)|"
    # `Also present were ...`, `Also in attendance were ...`, `Other representatives were:`
    r"(?:present|in\s+attendance)\s+(?:were|was|are|is)|(?:representatives|delegates|"
    r"attendees)\s+(?:were|included)\b|"
    # (`its Observer States`: a standing, not who came)
    r"(?<!its\s)(?<!their\s)(?:as\s+)?observers?\b|participating\s+(?:countries|states)\s+"
    r"(?:were|included)|"
    r"(?:the\s+)?following\s+(?:countries|organi[sz]ations))"
    # `a trilateral meeting among Japan, the U.S. and the ROK`
    # (a `Dialogue` or `Forum` by its name: `restore dialogue between X and Y` is a subject)
    r"|\b(?-i:Dialogue|Forum)\s+(?:[\w-]+\s+){0,4}?(?i:among|between)\s+(?:the\s+)?(?=[A-Z])"
    r"|\b(?i:meeting|talks|consultations?|summit|conference|session|discussions?|gathering|"
    r"met|held|hold|consultation)\s+(?:[\w-]+\s+){0,4}?(?i:among|between)\s+(?:the\s+)?(?=[A-Z])"
    r"|\bdelegation\s*:", re.IGNORECASE)
ATTEND = Clue(ATTEND_RE, [
    # (Each word with the one after it: `the participants discussed` is passed over.)
    "participation ", *each(["participant ", "participants "], ["from", "came from"]),
    "participated", "participating countries", "participating states", "attended by",
    "countries attended", "ations attended", "attendance of",
    *each(["representative", "representatives", "delegation", "delegations"], [" of", " from"]),
    "representatives were", "representatives included", "delegation:", "delegation :",
    "delegates from",
    "officials of", "officials from", "authorities from", "took part", "brought together",
    "gathered", "joined by", "were present", "were represented", "countries were",
    "ations were", "observer",
    "following countries", "following organi", "among", "between", "delegates were",
    "delegates included", "attendees were", "attendees included",
    *each(["present ", "attendance "], ["were", "was", "are", "is"])])
AMONG_RE = re.compile(
    r"\b(?:Among|From)\s+the\s+(?P<dem>[A-Z][a-z]+)\s+(?:participants|side|delegation)\s*,?"
    r"|\bthe\s+(?P<dem2>[A-Z][a-z]+)\s+(?:delegation|side)\s+(?:consisted\s+of|included|"
    # A country's name is a few words: an unbounded `[\w ]+?` here tried every later
    # word of the sentence from each `the Government of`, quadratic in a long list.
    r"comprised)\b|\bthe\s+Government\s+of\s+(?P<cty>[A-Z]\w*(?:[ ]\w+){0,8}?)"
    r"\s+was\s+represented\s+by\b")
AMONG = Clue(AMONG_RE, ["among the", "from the", "consisted of", "included", "comprised",
                        "represented by"])
AGENCY_CLAUSE_END = re.compile(
    r"\s*,?\s*(?:also\s+|have\s+|had\s+)?(?:took\s+part|participated|attended|joined)\b"
    r"|;|\.\s*$")
HOST_AFTER_RE = re.compile(r"^\s*(?:,\s*|\s+)(?:as\s+)?(?:the\s+)?host(?:\s+country)?\b"
                           r"|^\s*\((?:the\s+)?host(?:\s+country)?\)", re.IGNORECASE)
HOSTED_BY_RE = re.compile(r"\bhosted\s+by\s+(?:the\s+Government\s+of\s+)?", re.IGNORECASE)
HOSTED_BY = Clue(HOSTED_BY_RE, ["hosted by"])
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}
COUNT_RE = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")(?:[\s-]+(?P<n2>one|two|three|four|"
    r"five|six|seven|eight|nine))?\s+(?:[A-Za-z-]+\s+){0,2}?(?P<what>countries|states|nations|"
    r"economies|governments|(?:international|regional)?\s*organi[sz]ations|institutions|"
    r"agencies|bodies)\b", re.IGNORECASE)
COUNT = Clue(COUNT_RE, ["countries", "states", "ations", "economies", "governments",
                        "institutions", "agencies", "bodies"])
ORG_WORDS = re.compile(
    r"\b(?:Organi[sz]ation|Programme|Program|Fund|Bank|Union|Office|Commission|Agency|"
    r"Secretariat|Council|Institute|Centre|Center|Forum|Committee|Network|Foundation|"
    r"Association|Community|Group|Initiative|Partnership|Federation|Court|Authority|Alliance|"
    r"Society|Movement|Red\s+Cross|University|Mission|Facility|Board|Agencies)\b")
_LEFTOVER_SPLIT = re.compile(r"\s*(?:,|;|:|\band\b|\bas\s+well\s+as\b)\s*")
_NAME_ONLY = re.compile(r"^(?:[A-Z][\w’'\-.&]*|of|the|for|and|on|de|du|des|in)"
                        r"(?:\s+(?:[A-Z][\w’'\-.&]*|of|the|for|and|on|de|du|des|in)){0,8}$")
_LEAD_WORDS = re.compile(r"^(?:(?:the|and|namely|including|includ\w+|such\s+as|from|by|of|"
                         r"officials?|representatives?|members?|staff|delegations?|as|well|"
                         r"with|plus|also|i\.e\.|e\.g\.)\s+)+", re.IGNORECASE)


@dataclass
class Attendance:
    found: list[Found] = field(default_factory=list)
    chairs: list[Chair] = field(default_factory=list)
    openers: list[Chair] = field(default_factory=list)  # who opened it (people.find_opener)
    counts: list[tuple[str, int, int, int]] = field(default_factory=list)  # kind, n, span
    host: tuple[str, int, int, float, str] | None = None  # name, span, confidence, how
    demonym_host: tuple[tuple[str, ...], int, int] | None = None
    doubts: list[str] = field(default_factory=list)


# Words that say who took part less surely: `Indonesia and Australia co-chaired ...`,
# `The Philippines, Japan and the United States conducted ...`, `Lao Foreign Minister X
# and ... attended`. In such a sentence only names the reference lists know are read.
TOOK_PART_RE = re.compile(
    r"\b(?:met|meet\s+(?:in|on|at|with|for)|held\s+(?:a|an|their|its|the)|hold\s+(?:a|an|their)|"
    r"conducted|co-chaired|co-hosted|hosted|gathered|attended|attending|participated|"
    r"joined|represented|representing|(?:led|headed)\s+by|in\s+attendance|participates|"
    r"(?:were|was|be|also\s+be|be\s+also)\s+present|attends|"
    r"(?:ministers?|officials|secretaries|diplomats|leaders|delegates|envoys|"
    r"counterparts?|representatives?|heads)\s+(?:of|from)|(?:team|delegation|side)s?\s+"
    r"(?:is\s+|was\s+)?(?:led|headed)|participants?\s+(?:were|included|are)|"
    r"organi[sz]ed\s+(?:by|under)|initiated\s+by|(?:on|at)\s+the\s+(?:initiative|invitation)\s+of|"
    r"updated\s+(?:the\s+)?(?:other\s+)?(?:members|ministers|participants|delegates|"
    r"counterparts|member\s+states|meeting)|"
    r"with\s+the\s+support\s+of|in\s+(?:close\s+)?co-?operation\s+with|co-organi[sz]ed|"
    r"joint\s+co-?operation\s+of|supported\s+by|briefed|(?:told|addressed|addressing)\s+the\s+(?:attendees|"
    r"participants|meeting|session|ministers|delegates)|(?:gave|give|giving)\s+(?:\w+\s+){0,2}"
    r"briefings?|statement\s+(?:from|by)|remarks\s+(?:of|by|from)|"
    r"(?:leading|leads|led)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:delegation|team|side)|"
    # `the Presidents of A and B came in person` (a hybrid meeting's)
    r"(?:came|come|travell?ed)\s+in\s+person|"
    # `Chinese Foreign Minister X had also arrived Parliament House to attend the meeting`,
    # `A delegation from Turkey also reached to participate`
    r"(?:arrived|reached)\s+(?:[\w’'-]+\s+){0,5}?to\s+(?:attend|participate|take\s+part)|"
    # `A, B and C have sent their delegations to the conference`
    r"sent\s+(?:(?:their|its|a|an|high[\s-]level|ministerial|large)\s+){0,2}delegations?\s+to)\b",
    re.IGNORECASE)
TOOK_PART = Clue(TOOK_PART_RE, [
    "met", *each(["meet "], ["in", "on", "at", "with", "for"]),
    *each(["held "], ["a", "their", "its", "the"]), "hold a", "hold their", "conducted",
    "co-chaired", "hosted", "gathered", "attend", "participated", "participates", "joined",
    "represent",
    "led by", "headed by", *each(["were ", "was ", "be ", "also "], ["present"]),
    *each(["minister", "ministers", "officials", "secretaries", "diplomats", "leaders",
           "delegates", "envoys", "counterpart", "counterparts", "representative",
           "representatives", "heads"], [" of", " from"]),
    *each(["team", "teams", "delegation", "delegations", "side", "sides"],
          [" ", " is ", " was "], ["led", "headed"]),
    *each(["participant", "participants"], [" were", " included", " are"]),
    *each(["organized ", "organised "], ["by", "under"]), "initiated by",
    "the initiative of", "the invitation of", "updated", "with the support of",
    "operation with", "co-organi", "operation of", "supported by", "briefed", "briefing",
    "told the", "addressed the", "addressing the",
    "statement from", "statement by", "remarks of", "remarks by", "remarks from",
    "came in person", "come in person", "traveled in person", "travelled in person",
    ("arrived ", "to attend"), ("arrived ", "to participate"), ("arrived ", "to take part"),
    ("reached ", "to attend"), ("reached ", "to participate"), ("reached ", "to take part"),
    ("sent ", "delegation"),
    *((lead, body) for lead in ("lead", "led ") for body in ("delegation", "team", "side"))])
# A sentence that says what a group is, not who came: `BIMSTEC comprises India, ...`,
# `Turkey, Azerbaijan ... are dialogue partners`.
COMPOSITION_RE = re.compile(
    r"\b(?:comprises?|comprising|consists?\s+of|is\s+made\s+up\s+of|membership|"
    r"(?:members|member\s+states)\s+(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:now\s+)?"
    r"(?:are|include)|are\s+(?:its\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:members|observers?(?:-countries)?|dialogue\s+partners)|"
    r"(?:was\s+)?(?:established|founded|formed|launched|created)\s+(?:in|by|\d)|"
    r"jointly\s+established|groups\s+\w+\s+nations|"
    # `Currently, the organization includes A, B and C with D participating as observers`
    r"(?:organi[sz]ation|group|council|community|union|bloc|alliance|forum)\s+(?:now\s+|"
    r"currently\s+|then\s+)?(?:includes|included)|"
    # `Ukraine, an observer state to the CBSS`; `the organization has nine members
    # including Azerbaijan, ...`
    r"an?\s+observer\s+(?:state|country|member)\s+(?:to|of|in)|has\s+(?:\w+\s+){0,2}"
    r"(?:members|member\s+states|member\s+countries)\s*,?\s*(?:including|namely|which\s+are))\b",
    re.IGNORECASE)
COMPOSITION = Clue(COMPOSITION_RE, [
    "compris", "consist", "made up of", "membership", ("member", " are"),
    ("member", " include"), ("are ", "members"), ("are ", "observer"),
    ("are ", "dialogue partners"), "established", "founded", "formed", "launched",
    "created", "includes", "included",
    ("groups ", "nations"), "observer", ("has ", "member")])
def is_attendance(sentence: str) -> bool:
    if COMPOSITION.search(sentence):
        return False
    return _says_who_came(sentence)


def _says_who_came(sentence: str) -> bool:
    return bool(ATTEND.search(sentence)) or bool(AMONG.search(sentence))


_ABOUT_ELSE = re.compile(r"\b(?:welcomed|noted|looked\s+forward|appreciated|commended|"
                         r"recalled|acknowledged|passes\s+from|handed\s+over|hand\s+over|"
                         r"joining\s+of|accession\s+of)\b", re.IGNORECASE)
ABOUT_ELSE = Clue(_ABOUT_ELSE, [
    "welcomed", "noted", "looked forward", "appreciated", "commended", "recalled",
    "acknowledged", "passes from", "handed over", "hand over", "joining of", "accession of"])


# A country said to be absent: `regretted that the Foreign Minister of Turkmenistan was
# unable to make it`, `Guinea's president would not attend`.
ABSENT_RE = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:unable|not\s+able)\s+to|could\s+not\s+(?:attend|come|"
    r"make|join|participate|travel|be\s+present)|(?:did|would|will)\s+not\s+(?:attend|come|"
    r"join|participate|take\s+part)|(?:was|were)\s+(?:absent|not\s+present|not\s+represented)|"
    r"declined\s+to\s+(?:attend|take\s+part)|boycotted|stayed\s+away)\b", re.IGNORECASE)
ABSENT = Clue(ABSENT_RE, ["unable to", "not able to", "could not", "did not", "would not",
                          "will not", "absent", "not present", "not represented",
                          "declined to", "boycotted", "stayed away"])
_CLAUSE_START = re.compile(r"[,;:]\s*|\b(?:that|while|but|whereas|although)\s+")


def _absent(text: str, start: int, end: int, found: list[Found]) -> list[Found]:
    """The countries of the clauses that say they stayed away."""
    out: list[Found] = []
    if not ABSENT.holds(text[start:end]):
        return out
    for m in ABSENT_RE.finditer(text, start, end):
        clause = start
        for c in _CLAUSE_START.finditer(text, start, m.start()):
            clause = c.end()
        out += [f for f in found if f.kind == COUNTRY and clause <= f.start < m.start()]
    return out


def took_part(sentence: str) -> bool:
    return not COMPOSITION.search(sentence) and _may_say_who_came(sentence)


def _may_say_who_came(sentence: str) -> bool:
    return not ABOUT_ELSE.search(sentence) and bool(TOOK_PART.search(sentence))


def _number(m: re.Match[str]) -> int:
    n = m["n"].lower()
    value = int(n) if n.isdigit() else NUMBER_WORDS[n]
    if m["n2"]:
        value += NUMBER_WORDS[m["n2"].lower()]
    return value


# What the meeting spoke of, listed: `Afghanistan, Belarus, Ukraine and Russia among topics`.
TOPICS_RE = re.compile(r"\bamong\s+(?:the\s+)?(?:main\s+)?(?:topics|subjects|issues)\b|"
                       r"\b(?:topics|subjects|issues)\s+(?:discussed|included|were)\b",
                       re.IGNORECASE)
TOPICS = Clue(TOPICS_RE, [*(("among", w) for w in ("topics", "subjects", "issues")),
                          *each(["topics", "subjects", "issues"],
                                [" discussed", " included", " were"])])


def read_sentence(text: str, start: int, end: int, on: date | None, result: Attendance, *,
                  listing: bool, skip: list[tuple[int, int]] | None = None) -> bool:
    """Add what sentence text[start:end] says about participants; True if it said any."""
    sentence = text[start:end]
    if OTHER_MEETING.search(sentence) or TOPICS.search(sentence):
        return False  # `X also held a meeting presided over by the UAE ...`
    chairs = find_chairs(text, start, end) or named_chairs(text, start, end)
    if not chairs:  # `chaired by Director General in the Office of ...`, named elsewhere
        chairs = [c for c in (post_chair(text, start, end),) if c is not None]
    if bodies.may_name_an_officer(text, start, end):  # (most sentences: not asked further)
        result.found += bodies.officers(text, start, end, present=_may_say_who_came(sentence)
                                        or _says_who_came(sentence),
                                        skip=[(c.start, c.end) for c in chairs])
    if head := bodies.unnamed_head(text, start, end):
        # `the Secretary-General addressed the meeting`: the head of the one body whose
        # members the text has said came (`SAARC Foreign Ministers met ...`).
        if _may_say_who_came(sentence) or _says_who_came(sentence):
            result.found += bodies.of_the_group(head, result.found)
    earlier = list(result.chairs)
    result.chairs.extend(c for c in chairs if not _named_before(c, earlier))
    opener = None if chairs else find_opener(text, start, end)
    if opener is not None:
        result.openers.append(opener)
    result.found += _chairs_bodies(text, chairs)
    if COMPOSITION.search(sentence) or invited_only(sentence):
        return bool(chairs)
    # (Not a group's make-up: the rest of is_attendance and took_part.)
    if not listing and not _says_who_came(sentence):
        if _may_say_who_came(sentence):
            _known_only(text, start, end, on, result,
                        [*(skip or []), *((c.start, c.end) for c in chairs)])
        return bool(chairs)
    skip = [*(skip or []), *((c.start, c.end) for c in chairs)]
    # The host's agencies: `Among the Japanese participants, officials of A, B and C ...`
    agency_span = None
    among = AMONG.search(sentence)
    if among:
        dem = among["dem"] or among["dem2"]
        cty = ref.find_country(among["cty"] or "")
        hosts = _by_demonym(dem) if dem else ([cty.name] if cty else [])
        if hosts:
            result.demonym_host = (tuple(hosts), start + among.start(), start + among.end())
        a0 = start + among.end()
        stop = AGENCY_CLAUSE_END.search(text, a0, end)
        agency_span = (a0, stop.start() if stop else end)
    found: list[Found] = []
    found += groups.groups(text, start, end, on) or groups.counted(text, start, end, on)
    skip += [(f.start, f.end) for f in found]
    if agency_span:
        ag = names.with_acronyms(text, *agency_span, skip, agency_context=True)
        ag += [f for f in names.gazetteer(text, *agency_span, skip + [(f.start, f.end)
                                                                      for f in ag])
               if f.kind != COUNTRY]
        for f in ag:
            f.kind = AGENCY
        ag += _leftovers(text, *agency_span, skip + [(f.start, f.end) for f in ag], AGENCY)
        found += sorted(ag, key=lambda f: f.start)
        skip.append(agency_span)
    acr = names.with_acronyms(text, start, end, skip)
    skip += [(f.start, f.end) for f in acr]
    found += [f for f in acr if (not not_a_party(text, f) or listing and its_officer(text, f))
              and (listing or not a_subject(text, f, end))]
    gaz = names.gazetteer(text, start, end, skip)
    gaz += demonyms.demonyms(text, start, end, skip + [(f.start, f.end) for f in gaz])
    if not listing:
        dropped = places_and_adjectives(text, gaz, end)
        dropped += [f for f in gaz if not_a_party(text, f) or a_subject(text, f, end)]
        dropped += _absent(text, start, end, gaz)
    else:  # a list names its parties; a body's organ in it is still its organ, and
        # its matters still its matters: `the Commonwealth's values of: tolerance; ...`
        dropped = [f for f in gaz if (not_a_party(text, f) and not its_officer(text, f)) or (
            text[f.end:f.end + 2] in ("'s", "’s") and a_subject(text, f, end))]
    dropped += restated(text, gaz, dropped + group_words(found))
    gaz = [f for f in gaz if f not in dropped]
    skip += [(f.start, f.end) for f in dropped]
    found += gaz
    skip += [(f.start, f.end) for f in gaz]
    found += _leftovers(text, start, end, skip, None)
    found.sort(key=lambda f: f.start)
    result.found += found
    for m in COUNT.finditer(sentence):
        what = m["what"].lower()
        kind = COUNTRY if what in ("countries", "states", "nations", "economies",
                                   "governments") else ORGANIZATION
        if re.search(r"member\s+states\s+of|ASEAN", m.group()):
            continue  # `the ten ASEAN member states`: a group, counted by its members
        result.counts.append((kind, _number(m), start + m.start(), start + m.end()))
    _host_marks(text, start, end, found, result)
    return True


# The head of a body's secretariat: the body takes part through its officer (a chair's
# post is not read for participants otherwise).
_SECRETARIAT_HEAD = re.compile(
    r"\b(?:[Ss]ecretary[-\s]+[Gg]eneral|[Gg]eneral\s+[Ss]ecretary|[Ee]xecutive\s+[Ss]ecretary|"
    r"[Dd]irector[-\s]+[Gg]eneral)\s+of\s+(?:the\s+)?(?=[A-Z])")


def _chairs_bodies(text: str, chairs: list[Chair]) -> list[Found]:
    out: list[Found] = []
    for c in chairs:
        for m in _SECRETARIAT_HEAD.finditer(text, c.start, c.end):
            found = names.gazetteer(text, m.end(), c.end, [])
            if found and found[0].start == m.end() and found[0].kind == ORGANIZATION:
                found[0].note = f"{bodies.OFFICER_NOTE}: a chair's post"
                out.append(found[0])
    return out


def _named_before(chair: Chair, earlier: list[Chair]) -> bool:
    """The chair an earlier sentence named: `SAO Chair Aleksi Härkönen said ...` after
    `Ambassador Aleksi Härkönen, current Chair of the Senior Arctic Officials`."""
    words = _name_words(chair.name)
    # (Compared in C: a long text's chairs are many, and each new one meets them all.)
    theirs = list(map(_name_words, map(_NAME_OF, earlier)))
    return any(map(words.issubset, theirs)) or any(map(words.issuperset, theirs))


_NAME_OF = attrgetter("name")


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """A chair's words as lookup keys (each earlier chair is compared with each new
    one: its words are keyed once)."""
    return frozenset(ref.normalize(w) for w in name.split())


def _known_only(text: str, start: int, end: int, on: date | None, result: Attendance,
                skip: list[tuple[int, int]]) -> None:
    """A sentence that may say who took part: the groups, countries (by name or
    demonym) and organisations the reference lists know, none guessed."""
    found = groups.groups(text, start, end, on)
    skip = skip + [(f.start, f.end) for f in found]
    acr = [f for f in names.with_acronyms(text, start, end, skip) if f.confidence >= 0.9]
    skip += [(f.start, f.end) for f in acr]
    acr = [f for f in acr if f.kind != AGENCY and not not_a_party(text, f)
           and not a_subject(text, f, end)]
    gaz = [f for f in names.gazetteer(text, start, end, skip) if f.kind != AGENCY]
    gaz += demonyms.demonyms(text, start, end, skip + [(f.start, f.end) for f in gaz])
    dropped = places_and_adjectives(text, gaz, end)
    dropped += [f for f in gaz if not_a_party(text, f) or a_subject(text, f, end)]
    dropped += _absent(text, start, end, gaz)
    dropped += restated(text, gaz, dropped + group_words(found))
    found += acr + [f for f in gaz if f not in dropped]
    found.sort(key=lambda f: f.start)
    result.found += found
    _host_marks(text, start, end, found, result)


def _by_demonym(word: str) -> list[str]:
    """Countries with this demonym: `Dominican` is both Dominica's and the Dominican
    Republic's, so the caller picks the one the release lists."""
    return [c.name for c in ref.countries() if c.demonym == word]


def _host_marks(text: str, start: int, end: int, found: list[Found], result: Attendance
                ) -> None:
    for f in found:
        if f.kind == COUNTRY and HOST_AFTER_RE.match(text[f.end:end]):
            result.host = (f.name, f.start, f.end, 0.95, "named as the host")
    # (Most sentences say nothing of a host: the clue's words are found with the others.)
    hosted = HOSTED_BY_RE.finditer(text, start, end) if HOSTED_BY.holds(text[start:end]) \
        else ()
    for m in hosted:
        country = ref.find_country(re.split(r"[,.;]| and ", text[m.end():end])[0].strip())
        if country is not None:
            result.host = (country.name, m.start(), m.end(), 0.9, "hosted by")


def _ends_with_a_person(item: str) -> bool:
    """`Executive Committee Jumakhon Giyosov`: a body's words, then two that are not."""
    words = item.split()
    org_at = [i for i, w in enumerate(words) if ORG_WORDS.fullmatch(w)]
    return bool(org_at) and org_at[-1] <= len(words) - 3


def _leftovers(text: str, start: int, end: int, skip: list[tuple[int, int]],
               kind: str | None) -> list[Found]:
    """Items of a list that the reference lists do not know: kept as written, doubted."""
    out: list[Found] = []
    pieces: list[tuple[int, int]] = []
    pos = start
    for s, e in sorted(x for x in skip if x[0] < end and x[1] > start):
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        pieces.append((pos, end))
    for ps, pe in pieces:
        at = ps
        for part in _LEFTOVER_SPLIT.split(text[ps:pe]) + [""]:
            idx = text.find(part, at, pe) if part else pe
            if not part:
                break
            at = idx + len(part)
            item = part.strip(" .()“”\"")
            lead = _LEAD_WORDS.match(item)
            if lead:
                item = item[lead.end():]
            if not item or not _NAME_ONLY.match(item) or not item[0].isupper():
                continue
            if " " not in item and not item.isupper():
                continue  # `Secretariat` alone: a word left over from a name, not a body
            if len(item.split()) > 8 or item.split()[-1][0].islower():
                continue
            i0 = text.find(item, idx, at)
            if kind is None and (NOT_AN_ORG.search(item) or _ends_with_a_person(item)):
                continue
            is_org = bool(ORG_WORDS.search(item))
            k = kind or (ORGANIZATION if is_org else None)
            if k is None:
                continue  # a capitalised phrase that names no body: not guessed at
            out.append(Found(k, item, i0, i0 + len(item), 0.5,
                             note="not in the reference list: kept as written"))
    return out
