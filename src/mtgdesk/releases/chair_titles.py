"""Chairs named by a post or a title rather than by a sentence saying who chaired:
`SAO Chair X`, `X, Chair of the Senior Arctic Officials`, `the OSCE Chairman-in-Office,
X`, `X, who is the chairman of ACD`, `China and Senegal, co-chairs of the FOCAC`, `the
Uzbekistan-chaired meeting`, `under the Moldovan chairmanship`. Read when no sentence
of the kinds releases.people reads names a chair (releases.attendance asks in that order).
"""

from __future__ import annotations

import dataclasses
import re

from mtgdesk.domain import reference as ref
from mtgdesk.releases import chair_words as cw
from mtgdesk.releases import demonyms
from mtgdesk.releases.chair_person import (
    HONORIFIC_RE,
    NAME_RE,
    Chair,
    read_person,
    split_chairs,
    title_first,
)
from mtgdesk.releases.clues import Clue
from mtgdesk.releases.people import CHAIR_HINT, _lead_name

# `SAO Chair Aleksi Härkönen said`, `Ambassador David Balton, Chair of the Senior Arctic
# Officials, ...`: a chair named by the post in apposition.
TITLED_RE = re.compile(r"\b(?:[A-Z]{2,5}|Forum|Council|Committee|Meeting)\s+(?P<co>[Cc]o-)?"
                       r"[Cc]hair(?:man|person|woman)?\s+(?=[A-Z][a-zʻ])")
# (Each pattern here has its clue: many sentences pass CHAIR_HINT by a `President` or
# a `host` alone, and most of these patterns cannot match without a `chair`.)
TITLED = Clue(TITLED_RE, ["chair"])
_THIS_MEETING = (r"(?:the|this|this\s+year['’]s)\s+(?:meeting|session|summit|conference|"
                 r"talks)\b")
APPOSITION_RE = re.compile(
    r",\s+(?:and\s+)?(?:[^,.;()]{0,80}?(?:,\s*|\s+and\s+))?(?:the\s+)?(?:current\s+|incoming\s+|"
    r"incumbent\s+)?(?:(?P<co>[Cc]o-)?Chair(?:man|person|woman)?\s+of\s+(?:the\s+)?[A-Z]"
    # `X, Peru's Foreign Minister and chair of the meeting, said`: this meeting's chair.
    r"|(?P<own>(?P<co2>[Cc]o-)?[Cc]hair(?:man|person|woman)?\s+of\s+" + _THIS_MEETING + r"))")
APPOSITION = Clue(APPOSITION_RE, ["chair"])
# `the Uzbekistan-chaired meeting`, `under the Moldovan chairmanship`, `under Thailand's
# ASEAN Chairmanship`, `the role of the Republic of Korea as the chair country`.
_COUNTRY_WORDS = r"(?:[A-Z][\w’'-]*\s+(?:(?:of|and)\s+(?:the\s+)?)?){0,4}[A-Z][\w’'-]*"
COUNTRY_CHAIRED_RE = re.compile(
    r"\b(?P<c>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})-(?P<co>co-)?chaired\b"
    r"|\b(?:under|as\s+(?:a\s+)?part\s+of)\s+(?:the\s+)?(?P<d>[A-Z][a-z]+)\s+(?:[A-Z][A-Za-z]?\d{1,2}\s+)?(?P<co2>co-)?"
    r"(?:[Cc]hairmanship|[Cc]hairpersonship|chair|[Pp]residency)\b"
    r"|\bunder\s+(?P<p>" + _COUNTRY_WORDS + r")['’]s\s+(?:[A-Z][\w-]*\s+){0,2}?(?P<co3>[Cc]o-)?"
    r"(?:[Cc]hairmanship|[Cc]hairpersonship|[Cc]hair|[Pp]residency)\b")
COUNTRY_CHAIRED = Clue(COUNTRY_CHAIRED_RE, ["chair", "presidency"])
# (`as the chair country` looked for first, the country's words before it then: a
# pattern starting with them would be tried at every capitalised word.)
AS_CHAIR_COUNTRY_RE = re.compile(r"\s+as\s+(?:the\s+)?(?:current\s+)?(?P<co>co-)?chair\s+"
                                 r"(?:country|nation|of\s+" + _THIS_MEETING + r")")
AS_CHAIR_COUNTRY = Clue(AS_CHAIR_COUNTRY_RE, ["chair"])
_COUNTRY_WORDS_END = re.compile(_COUNTRY_WORDS + r"$")
# `Ambassador X, Chairman of the National Development Planning Agency of Indonesia`,
# `X, Chairperson of the African Union Commission`, `X, Chairman of the Senate Foreign
# Relations Committee`: the head of a national body or of a body's executive, not the
# meeting's chair (`the Commission on Narcotic Drugs` meets: its chair may chair).
_NATIONAL_BODY = re.compile(r"[^,;]{0,60}?\b(?:Agency|Authority|Board|Bank|Corporation|"
                            r"Company|Party|Planning|Institute|University|Foundation|"
                            r"Commission(?!\s+(?:on|for)\b)|Senate|Parliament|Congress|"
                            r"Ministry|Department|Chiefs)\b")
# `the MSC Chairman-in-Office at the Ambassador level, Alhaji X`, `at the invitation of the
# 2015 OSCE Chairperson-in-Office, Serbia's First Deputy Prime Minister ... Ivica Dačić`.
# `The OSCE Chairperson-in-Office and German Foreign Minister X welcomed ...`: his other
# posts and the name follow, up to the verb.
IN_OFFICE_RE = re.compile(r"\bChair(?:man|person|woman)?-in-Office(?:\s+at\s+the\s+\w+\s+"
                          r"level)?(?:\s*,\s*|\s+(?P<and>and)\s+(?=[A-Z]))")
IN_OFFICE = Clue(IN_OFFICE_RE, ["-in-office"])
# `The meeting's chair, X, said ...`
# `The meeting's chair, X, said ...`, `The Chair, X, said ...`, `The Chairman of the
# meeting, X, ...`
OWN_CHAIR_RE = re.compile(r"(?:\b(?:meeting|session|summit|conference|talks)['’]s\s+|^\s*The\s+)"
                          r"(?:co-)?chair(?:man|person|woman)?(?:\s+of\s+" + _THIS_MEETING
                          + r")?\s*,\s*", re.IGNORECASE)
OWN_CHAIR = Clue(OWN_CHAIR_RE, ["chair"])
# `Hugo Vela, as Chair, welcomed ...`, `Peru, in its capacity as Chair, opened ...`,
# `X, the Chair, said`, `X, as Chair of the meeting, ...`: the one before, a person or a
# country.
AS_CHAIR_RE = re.compile(r",\s+(?:(?:in\s+(?:his|her|its)\s+capacity\s+)?as|the)\s+(?:the\s+)?"
                         r"(?:current\s+)?(?P<co>[Cc]o-)?[Cc]hair(?:man|person|woman)?"
                         r"(?:\s+of\s+" + _THIS_MEETING + r")?\s*,")
AS_CHAIR = Clue(AS_CHAIR_RE, ["chair"])
# `..., with Peru in the chair.`, `with H.E. Mr. X in the chair`
IN_THE_CHAIR_RE = re.compile(r"\bwith\s+(?P<w>(?:[A-Z][\w’'.-]*\s+(?:(?:of|and)\s+(?:the\s+)?)?)"
                             r"{0,5}[A-Z][\w’'.-]*)\s+in\s+the\s+chair\b")
IN_THE_CHAIR = Clue(IN_THE_CHAIR_RE, ["in the chair"])
# `Foreign Minister X of the Republic of Italy (Chair), Secretary of State Y ...`: the
# chair marked in a list of those who came.
MARKED_RE = re.compile(r"\s*\((?P<co>Co-)?Chair(?:man|person|woman)?\)", re.IGNORECASE)
MARKED = Clue(MARKED_RE, ["chair"])


def named_chairs(text: str, start: int, end: int) -> list[Chair]:
    """Chairs named by a title in one sentence text[start:end] (none when no chair word)."""
    if not CHAIR_HINT.holds(text[start:end]):
        return []
    return _named_chairs(text, start, end)


def _named_chairs(text: str, start: int, end: int) -> list[Chair]:
    """`SAO Chair X`, `X, Chair of the ...`, `the Uzbekistan-chaired meeting`."""
    sentence = text[start:end]
    for m in TITLED.finditer(sentence):
        name = NAME_RE.match(sentence, m.end())
        if name and len(name.group().split()) >= 2:
            s0 = start + name.start()
            words = name.group().rstrip(".")
            return [Chair(start + m.start(), s0 + len(words), bool(m["co"]), None, words,
                          None, 0.7, (s0, s0 + len(words)), by_title=True)]
    for m in [*IN_OFFICE.finditer(sentence), *OWN_CHAIR.finditer(sentence)]:
        s = start + m.end()
        stop = re.search(r"[,;.]\s|[,;.]$|\s\(", text[s:end])
        e = s + stop.start() if stop else end
        verb = cw.VERB.search(text, s, e) if m.groupdict().get("and") else None
        e = verb.start() if verb else e
        person = read_person(text, s, e, False)
        if person is not None and not person.country:
            return [person]
    for m in APPOSITION.finditer(sentence):
        if not m["own"] and _NATIONAL_BODY.match(sentence, m.end() - 1):
            continue
        before = start + m.start()
        hon = list(HONORIFIC_RE.finditer(text, max(start, before - 90), before))
        s0 = hon[-1].start() if hon else _name_start(text, start, before)
        person = read_person(text, s0, before, bool(m["co"] or m["co2"]))
        if person is not None and not person.country:
            return [dataclasses.replace(person, by_title=not m["own"])]
    for m in cw.WHO_IS.finditer(sentence):
        before = start + m.start()
        hon = list(HONORIFIC_RE.finditer(text, max(start, before - 60), before))
        found = [read_person(text, hon[-1].start(), before, bool(m["co"]))] if hon else \
            _lead_name(text, start, before, bool(m["co"]))
        if not found and before - start <= 90:  # `Gabonese President X Y is the chair of`
            lead = title_first(text, start, before, bool(m["co"]))
            found = [lead] if lead and len(lead.name.split()) >= 2 and lead.post else []
        if found and found[0] is not None and not found[0].country:
            return [dataclasses.replace(found[0], by_title=True)]
    for m in cw.COUNTRIES_CO.finditer(sentence):
        parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["list"])
        countries = [ref.find_country(re.sub(r"^the\s+", "", x)) for x in parts]
        if len(countries) >= 2 and all(countries):
            s, e = start + m.start(), start + m.end()
            return [Chair(s, e, True, None, c.name, None, 0.75, (s, e), country=True,
                          by_title=True) for c in countries if c is not None]
    for m in IN_THE_CHAIR.finditer(sentence):
        s = start + m.start("w")
        person = read_person(text, s, s + len(m["w"]), False)
        if person is not None and (person.country or len(person.name.split()) >= 2):
            return [person]
    for m in [*AS_CHAIR.finditer(sentence), *MARKED.finditer(sentence)]:
        before = start + m.start()
        piece = re.search(r"[^,;:]{1,200}$", text[max(start, before - 200):before])
        if piece is None:
            continue
        person = read_person(text, before - len(piece.group()), before, bool(m["co"]))
        if person is not None and (person.country or len(person.name.split()) >= 2):
            return [person]
    for m in cw.ACRONYM_HEAD.finditer(sentence):
        before = start + m.start()
        hon = list(HONORIFIC_RE.finditer(text, max(start, before - 60), before))
        s0 = hon[-1].start() if hon else _name_start(text, start, before)
        person = read_person(text, s0, before, bool(m["co"]))
        if person is not None and not person.country and len(person.name.split()) >= 2:
            return [dataclasses.replace(person, by_title=True)]
    for m in cw.THE_HOST.finditer(sentence):
        s = start + m.end()
        stop = re.search(r",\s+(?=[a-z])|[;.](?:\s|$)", text[s:end])
        found = split_chairs(text, s, s + stop.start() if stop else end, False)
        if len(found) == 1 and not found[0].country and len(found[0].name.split()) >= 2:
            return found
    for m in COUNTRY_CHAIRED.finditer(sentence):
        words = m["c"] or ""
        country = ref.find_country(words) if words else None
        if m["d"]:
            by_demonym = demonyms.demonym_table().get(m["d"])
            country = ref.find_country(by_demonym) if by_demonym else None
        if m["p"]:
            country = _ending_country(m["p"])
        if country is not None:
            s, e = start + m.start(), start + m.end()
            return [Chair(s, e, any(m[g] for g in ("co", "co2", "co3")), None,
                          country.name, None, 0.8, (s, e), country=True)]
    for m in [*AS_CHAIR_COUNTRY.finditer(sentence), *cw.HOLDS.finditer(sentence)]:
        before = start + m.start()
        run = _COUNTRY_WORDS_END.search(text, max(start, before - 100), before)
        country = _ending_country(run.group()) if run else None
        if run is not None and country is not None:
            return [Chair(run.start(), start + m.end(), bool(m["co"]), None, country.name,
                          None, 0.8, (run.start(), start + m.end()), country=True)]
    return []


def _ending_country(words: str) -> ref.Country | None:
    """The country a run of capitalised words ends with: `the role of the Republic of
    Korea` -> the Republic of Korea."""
    run = words.split()
    return next((c for c in (ref.find_country(" ".join(run[k:])) for k in range(len(run)))
                 if c), None)


def _name_start(text: str, start: int, end: int) -> int:
    """The start of the capitalised run of words ending at `end`."""
    run = re.search(r"(?:[A-Zʻ][\w’'ʻ.\-]*[ \t]+){0,5}[A-Zʻ][\w’'ʻ.\-]*$", text[start:end])
    return start + run.start() if run else start
