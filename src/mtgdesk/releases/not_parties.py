"""Which countries and organisations named in a sentence of who came are no party to it:
a country that is a place or an adjective (`held in Bali, Indonesia`, `the Myanmar-
Bangladesh border region`), an organisation that is the meeting's own body, frame or
venue (`on the sidelines of the UN General Assembly`, `ASEAN centrality`), one only
invited, and the names a body was already read by. attendance.read_sentence drops them.
"""

from __future__ import annotations

import re

from mtgdesk.releases import bodies, groups
from mtgdesk.releases.names import COUNTRY, ORGANIZATION, Found
from mtgdesk.releases.subjects import a_national_council

# What may follow a country that takes part; another lower-case word makes it an
# adjective (`US social media company X`, `the Myanmar-Bangladesh border region`).
_AFTER_PARTICIPANT = {
    "and", "or", "as", "to", "in", "on", "at", "was", "were", "is", "are", "has", "have",
    "had", "also", "will", "would", "the", "for", "with", "by", "from", "that", "which",
    "who", "delegation", "delegations", "side", "government", "team", "officials",
    "representatives", "participants", "ministers", "minister", "co-chaired", "chaired",
    "hosted", "attended", "participated", "joined", "met", "held", "took", "signed",
    "agreed", "expressed", "said", "represented", "led", "being", "respectively", "both",
    "each", "jointly", "presented", "made", "gave", "delivered", "welcomed", "noted",
    "shared", "stressed", "highlighted", "reiterated", "reaffirmed", "proposed", "offered",
    "announced", "briefed", "thanked", "explained", "stated", "discussed", "exchanged",
    "conducted", "organized", "organised", "hold", "holds", "chairs", "currently", "now",
    "should", "could", "may", "did", "does", "do", "of", "attending", "participating",
    "represent", "represents", "sent", "co-hosted", "co-chair", "co-chairs", "host",
    "along", "updated", "informed", "attends", "together", "came", "come", "arrived",
    # A joint statement's present: `we, the Ministers of A, B and C reaffirm our ...`
    "reaffirm", "reiterate", "express", "agree", "welcome", "note", "stress", "underline",
    "condemn", "declare", "commit", "recognise", "recognize", "affirm"}
# Before a country, words that make it a place, not a party: `held in Bali, Indonesia`,
# `Ambassador to Australia and Vanuatu`, `the conference in Luxembourg`.
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|to|towards|visit(?:ed|ing)?)\s+(?:the\s+)?"
                           r"(?:[a-z]+-[a-z]+\s+)?|"
                           # What the meeting is about: `the neighbours of Afghanistan`,
                           # `the crisis with Iran`, `the Committee on Syria`, `the summit
                           # scheduled for Tunisia`.
                           r"\b(?:neighbou?rs?|neighbou?ring\s+countries|situation|crisis|"
                           r"conflict|war|tensions?|dispute|developments|aggression|sanctions|"
                           r"pressure|interference|intervention|occupation|envoy|Envoy|"
                           r"Committee|Commission|Conference|Group|Meeting)\s+(?:of|with|in|on|"
                           r"against|over|for|to)\s+(?:the\s+)?|"
                           # `stability between A and B`, `in Central Asia and neighbouring
                           # Afghanistan`: what it spoke of, and a neighbour of the region
                           r"\b(?:stability|peace|relations|ties|tensions?|disputes?|conflicts?|"
                           r"border|rapprochement|reconciliation)\s+between\s+(?:the\s+)?|"
                           r"\bneighbou?ring\s+(?:the\s+)?|"
                           # `will call on the United States government to lift`: one
                           # addressed, not one present
                           r"\bcall(?:s|ed|ing)?\s+(?:up)?on\s+(?:the\s+)?|"
                           # `the war Russia has been waging`: the war's party, a subject
                           r"\b(?:war|aggression|invasion|attacks?)\s+(?:that\s+|which\s+)?|"
                           r"\b(?:scheduled|planned|set|slated|due)\s+(?:to\s+be\s+held\s+)?"
                           r"(?:for|in)\s+(?:the\s+)?|"
                           r"\bin\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s*)$")


# An organisation that is the meeting's own body, its frame or a place, not a party:
# `Pacific Islands Forum (PIF) Foreign Ministers will meet`, `on the sidelines of the
# 68th Session of the UN General Assembly`, `the Chair of the Pacific Islands Forum`,
# `Foreign ministers of the Caribbean Community (CARICOM)`, `ASEAN centrality`.
_BODY_BEFORE = re.compile(
    r"(?:\b(?:sidelines|margins|wings|sessions?|[Ss]ession|resolutions?|[Rr]esolution|debate|"
    r"framework|auspices|aegis|[Cc]hair|[Cc]hairman|[Cc]hairperson|[Cc]hairmanship|[Pp]residency|"
    r"[Ss]ummits?|[Mm]eetings?|[Hh]eadquarters|ministers?|[Mm]inisters|leaders|officials|"
    # The members' people: `Member countries of the X`, `member nations of the X`, `the
    # National Coordinators of X` (each member's coordinator, not the body's staff).
    r"[Mm]ember\s+(?:[Ss]tates|[Cc]ountries|[Nn]ations)|[Mm]embers?|[Nn]ational\s+[Cc]oordinators|"
    r"[Cc]ouncil\s+of\s+(?:Foreign\s+)?"
    r"Ministers|[Aa]ffairs|"
    # An organ of the body: `the Conference of Heads of Government of the Caribbean
    # Community`, `the Council for Foreign and Community Relations (COFCOR) of CARICOM`.
    r"(?:Permanent|Executive|Ministerial)\s+Council|General\s+Assembly|"
    r"[Hh]eads\s+[Oo]f\s+(?:[Ss]tate\s+[Aa]nd\s+)?[Gg]overnment|(?:Council|Conference|Assembly|"
    r"Committee|Commission)\s+(?:for|on)\s+(?:[A-Z][\w-]*|and)(?:\s+(?:[A-Z][\w-]*|and)){0,5})"
    r"(?:\s*\([A-Z]{2,8}\)|\s*\((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\))?(?:\s*\*+)?\s+[Oo]f\s+(?:[Tt]he\s+)?(?:\d+\w*\s+|"
    r"[A-Z][a-z]+-[A-Z]?[a-z]+\s+|(?:regional\s+|sub-?regional\s+)?(?:grouping|bloc)\s+)?|"
    r"\bat\s+the\s+|"
    # A country's turn at the body's head: `the country currently presiding over the EU`.
    r"\bpresid(?:ing|es|ed)\s+over\s+(?:the\s+)?|"
    # The other meetings beside which it met: `on the sidelines of a series of annual
    # meetings involving ASEAN`.
    r"\b(?:sidelines|margins)\s+of\s+(?:[\w-]+\s+){0,6}?(?:involving|with)\s+(?:the\s+)?|"
    # What the meeting spoke of: `the activities of the OSCE special mission`.
    # So is its anniversary: `on the 30th anniversary of the CIS creation`.
    r"\b(?:activities|mandate|role|work|anniversary)\s+of\s+(?:the\s+)?|"
    # A post accredited to the body: `Special Envoy to MSG`, `Ambassador to ASEAN`,
    # `the Permanent Representative of Ukraine to UN`.
    r"\b(?:[Ee]nvoy|[Aa]mbassador|[Rr]epresentative|[Dd]elegate|[Ll]iaison)s?\s+"
    r"(?:of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+)?to\s+(?:the\s+)?|"
    # The body's membership told: `Brunei Darussalam joined ASEAN in 1984`.
    r"\b(?:joined|rejoined|left|withdrew\s+from|admitted\s+to|accession\s+to)\s+(?:the\s+)?|"
    # Who issued the release: `states a press release issued by the FAO`.
    r"\b(?:press\s+release|release|statement|communiqu[eé])\s+(?:issued|released|"
    r"published|distributed)\s+by\s+(?:the\s+)?|"
    # A place near it: `seven states in the immediate vicinity of the EU`.
    r"\b(?:vicinity|neighbou?rhood)\s+of\s+(?:the\s+)?)"
    # A hashtag of a post quoted in the release: `the Ministers of #CELAC`.
    r"#?$")
_BODY_AFTER = re.compile((r"""
    (?:_*\([A-Z][\w.&-]*(?:_+[A-Z][\w.&-]*){0,3}\))?['’]?s?_+(?:[A-Z][\w-]*_+){0,3}?
    (?:[Ff]oreign_+[Mm]inisters?|Ministers?|Senior_+(?:[A-Z]\w+_+)?Officials|Ministerial|Summit|
    Council|Meeting|Leaders|Sherpas?|Presidency|presidency|ministerial|[Mm]ember_+(?:[Ss]tates|[Cc]ountries|[Nn]ations)|members|
    Regional_+Forum|Peace_+and_+Security|chairmanship|Chairmanship|[Cc]hair\b|[Ii]nitiative|
    Partnership|centrality|countries|states|nations|Charter|Vision|Outlook|Concord|
    Community_+building|Plus|Dialogue|Forum|Headquarters|Secretariat_+Headquarters|Way\b|
    [Pp]rocess|Summits?|Anniversary|calendar|cooperation|Cooperation|family|region|Affairs|
    summit|meeting|leaders|ministers|foreign_+ministers|Matters|matters|
    # Its own conference: `the 26th Food and Agriculture Organisation (FAO) regional
    # conference for Asia and Pacific`
    (?:[Rr]egional_+|[Mm]inisterial_+)?[Cc]onference|[Rr]egional_+(?:[Mm]eeting|[Ss]ession)|
    [Hh]eads_+of_+(?:[Ss]tates?|[Gg]overnments?)|States|Countries|institutions|bodies|organs|special_+mission|
    # A text or a thing named after the body: `the Commonwealth (Latimer House)
    # Principles`, `the ASEAN Declaration`, `CARICOM Song` (an item of a site's menu).
    Principles|Declaration|Treaty|Convention|Protocol|Guidelines|Song|Anthem|Flag|Day|Games|
    Prize|Awards?)\b
    |_*-_*led\b|-(?:led|related|centred|centered)\b
    # The body the meeting is, described: `The Council of the Baltic Sea States (CBSS) -
    # consisting of the Ministers ...`.
    |(?:_*\([A-Z][\w.&-]*\))?_*[,–—-]_*(?:consisting|composed|made_+up)_+of\b
    """).replace("_", r"[ \t]"),
    re.VERBOSE)


def not_a_party(text: str, f: Found) -> bool:
    return f.kind == ORGANIZATION and bool(
        _BODY_BEFORE.search(text[max(0, f.start - 80):f.start])
        or _BODY_AFTER.match(text, f.end) or a_national_council(text, f)
        or _restates(text, f))


_RESTATED = re.compile(r"\s*,\s*$")


def _restates(text: str, f: Found) -> bool:
    """An acronym after its body's name, `the summit of Heads of State of the Economic
    Community of Central African States, ECCAS in acronym,`: read where the name is."""
    comma = _RESTATED.search(text, max(0, f.start - 3), f.start)
    if comma is None or not f.acronym or text[f.start:f.end] != f.acronym:
        return False
    name = bodies.body_before(text, max(0, comma.start() - 100), comma.start())
    return name is not None and name.name == f.name and name.end == comma.start() and bool(
        _BODY_BEFORE.search(text[max(0, name.start - 80):name.start]))


# Those asked to come, not said to have come: `..., the UN system and the EU are among the
# other invitees`, `the Foreign Ministers of A and B have been invited`.
_INVITEES = re.compile(r"\b(?:are|were|is|was)\s+(?:also\s+)?(?:among\s+)?(?:the\s+)?"
                       r"(?:other\s+)?invitees\b|\b(?:have|has|had)\s+(?:also\s+)?been\s+"
                       r"invited\b", re.IGNORECASE)


def restated(text: str, found: list[Found], dropped: list[Found]) -> list[Found]:
    """A body's other name in brackets after a name of it that was left out: `the member
    countries of the Cooperation Council of Turkic Speaking States (Turkic Council)`."""
    out = []
    for f in found:
        if f.kind == ORGANIZATION and f not in dropped and text[f.start - 1:f.start] == "(" \
                and any(d.name == f.name and re.fullmatch(r"\s*\(", text[d.end:f.start])
                        for d in dropped):
            out.append(f)
    return out


def group_words(found: list[Found]) -> list[Found]:
    """The words a group's members were proposed from, as the group's own name: they stand
    for its members, so its other name in brackets after them is no party either."""
    return [Found(ORGANIZATION, f.note.removeprefix(groups.FROM_GROUP), f.start, f.end,
                  f.confidence) for f in found if f.note.startswith(groups.FROM_GROUP)]


def invited_only(sentence: str) -> bool:
    return "invite" in sentence and bool(_INVITEES.search(sentence))


# In a list of who came, a body's officer brings the body in: `• Chairperson of the African
# Union Commission;` (in a sentence, `the Chair of the Forum` may be the meeting's own).
_OFFICER_OF = re.compile(r"\b(?:[Cc]hair(?:man|person|woman)?|[Pp]resident|[Ss]ecretary[-\s]"
                         r"[Gg]eneral|[Hh]ead)\s+of\s+(?:the\s+)?$")


def its_officer(text: str, f: Found) -> bool:
    return f.kind == ORGANIZATION and bool(_OFFICER_OF.search(text, max(0, f.start - 40),
                                                              f.start))


def places_and_adjectives(text: str, found: list[Found], end: int) -> list[Found]:
    """Countries that are a place or an adjective in the sentence, not a party to it."""
    out = []
    last_dropped = -1
    for f in sorted(found, key=lambda x: x.start):
        if f.kind != COUNTRY or f.note.startswith("by its demonym"):
            continue
        before = text[max(0, f.start - 60):f.start]
        joined = last_dropped >= 0 and re.fullmatch(r"\s*(?:,|and|or)\s*(?:the\s+)?",
                                                     text[last_dropped:f.start])
        after = re.match(r"(?:['’]s?)?\s+([a-z][a-z-]*)\b(?!\s+minist)",
                         text[f.end:min(end, f.end + 30)])
        if _PLACE_BEFORE.search(before) or joined or (
                after and after.group(1) not in _AFTER_PARTICIPANT):
            out.append(f)
            last_dropped = f.end
    return out
