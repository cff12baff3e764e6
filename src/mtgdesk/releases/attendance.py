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
from mtgdesk.releases import bodies, groups, names
from mtgdesk.releases.chair_posts import post_chair
from mtgdesk.releases.chair_titles import named_chairs
from mtgdesk.releases.clues import Clue, each
from mtgdesk.releases.names import AGENCY, COUNTRY, NOT_AN_ORG, ORGANIZATION, Found
from mtgdesk.releases.people import OTHER_MEETING, Chair, find_chairs, find_opener
from mtgdesk.releases.subjects import a_national_council, a_subject

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
    r"(?:arrived|reached)\s+(?:[\w’'-]+\s+){0,5}?to\s+(?:attend|participate|take\s+part))\b",
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


def _not_a_party(text: str, f: Found) -> bool:
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


def _restated(text: str, found: list[Found], dropped: list[Found]) -> list[Found]:
    """A body's other name in brackets after a name of it that was left out: `the member
    countries of the Cooperation Council of Turkic Speaking States (Turkic Council)`."""
    out = []
    for f in found:
        if f.kind == ORGANIZATION and f not in dropped and text[f.start - 1:f.start] == "(" \
                and any(d.name == f.name and re.fullmatch(r"\s*\(", text[d.end:f.start])
                        for d in dropped):
            out.append(f)
    return out


def _group_words(found: list[Found]) -> list[Found]:
    """The words a group's members were proposed from, as the group's own name: they stand
    for its members, so its other name in brackets after them is no party either."""
    return [Found(ORGANIZATION, f.note.removeprefix(groups.FROM_GROUP), f.start, f.end,
                  f.confidence) for f in found if f.note.startswith(groups.FROM_GROUP)]


def _invited_only(sentence: str) -> bool:
    return "invite" in sentence and bool(_INVITEES.search(sentence))


# In a list of who came, a body's officer brings the body in: `• Chairperson of the African
# Union Commission;` (in a sentence, `the Chair of the Forum` may be the meeting's own).
_OFFICER_OF = re.compile(r"\b(?:[Cc]hair(?:man|person|woman)?|[Pp]resident|[Ss]ecretary[-\s]"
                         r"[Gg]eneral|[Hh]ead)\s+of\s+(?:the\s+)?$")


def _its_officer(text: str, f: Found) -> bool:
    return f.kind == ORGANIZATION and bool(_OFFICER_OF.search(text, max(0, f.start - 40),
                                                              f.start))


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


def _places_and_adjectives(text: str, found: list[Found], end: int) -> list[Found]:
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
    if COMPOSITION.search(sentence) or _invited_only(sentence):
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
    found += [f for f in acr if (not _not_a_party(text, f) or listing and _its_officer(text, f))
              and (listing or not a_subject(text, f, end))]
    gaz = names.gazetteer(text, start, end, skip)
    gaz += names.demonyms(text, start, end, skip + [(f.start, f.end) for f in gaz])
    if not listing:
        dropped = _places_and_adjectives(text, gaz, end)
        dropped += [f for f in gaz if _not_a_party(text, f) or a_subject(text, f, end)]
        dropped += _absent(text, start, end, gaz)
    else:  # a list names its parties; a body's organ in it is still its organ, and
        # its matters still its matters: `the Commonwealth's values of: tolerance; ...`
        dropped = [f for f in gaz if (_not_a_party(text, f) and not _its_officer(text, f)) or (
            text[f.end:f.end + 2] in ("'s", "’s") and a_subject(text, f, end))]
    dropped += _restated(text, gaz, dropped + _group_words(found))
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
    acr = [f for f in acr if f.kind != AGENCY and not _not_a_party(text, f)
           and not a_subject(text, f, end)]
    gaz = [f for f in names.gazetteer(text, start, end, skip) if f.kind != AGENCY]
    gaz += names.demonyms(text, start, end, skip + [(f.start, f.end) for f in gaz])
    dropped = _places_and_adjectives(text, gaz, end)
    dropped += [f for f in gaz if _not_a_party(text, f) or a_subject(text, f, end)]
    dropped += _absent(text, start, end, gaz)
    dropped += _restated(text, gaz, dropped + _group_words(found))
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
