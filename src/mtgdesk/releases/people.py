"""Who chaired: `X chaired the meeting`, `chaired by X`, `X acted as the Chair`,
`co-chaired by X and Y`, `under the chairmanship of X`, `Chair: X`, `X, Chair of the
Senior Arctic Officials`, `SAO Chair X`, `the Uzbekistan-chaired meeting`,
`under the Moldovan chairmanship`, `Indonesia and Australia co-chaired ...`.

This module finds where a sentence says who chaired; releases.chair_person reads who
the words name (a person with honorific, name and post, or a country).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from mtgdesk.domain import reference as ref
from mtgdesk.releases import chair_words as cw
from mtgdesk.releases.chair_person import (
    HONORIFIC,
    HONORIFIC_RE,
    NAME_RE,
    Chair,
    is_post_word,
    read_person,
    split_chairs,
    title_first,
)
from mtgdesk.releases.clues import Clue, each

_OBJECT = (r"(?:(?:the|its|their|this|a)\s+)?(?:[\w.’'-]+\s+){0,10}?(?:meeting|session|"
           r"conference|dialogue|consultations?|talks|forum|workshop|seminar|symposium|"
           r"discussions?|it|round\s?table|panel|debate|proceedings|mechanism|council|"
           r"committee|summit|event|gathering|group|process|counterparts|colleagues|ministerial|"
           r"plenary|retreat|(?<=hosted\sthe\s)(?:presidents|leaders|heads|ministers)\b)")
# (Not after an article: `the Co-Chairs of the Minsk Group` is a noun, not a verb.)
VERB_AFTER_RE = re.compile(r"(?<!\bthe)(?<!\bits)(?<!\btheir)"
                           r"\s*,?\s+(?:also\s+|therefore\s+|(?:on\s+)?[A-Z][a-z]+day\s+|"
                           r"today\s+|yesterday\s+)?(?P<verb>co-chaired|chaired|co-chairing|"
                           r"chairing|presid(?:ed|es|ing)\s+over|(?:who\s+)?(?P<host>hosted|(?:will|to)\s+host)|"
                           r"moderated|(?:will|to)\s+(?:co-)?chair|(?:co-)?chairs)\s+"
                           # When and where between the verb and its object: `hosted on
                           # Friday, 27 September, in New York, the first meeting of`
                           r"(?:(?:on\s+)?[A-Z][a-z]+day,?\s+(?:\d{1,2}\s+[A-Z][a-z]+,?\s+)?"
                           r"(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s+)?)?"
                           + _OBJECT + r"\b", re.IGNORECASE)
# `X led the meeting of the Council`: not `led the delegation to the meeting`.
LED_RE = re.compile(r"\s*,?\s+(?:also\s+|jointly\s+)?(?P<verb>led)\s+the\s+(?:(?!delegation|team|"
                    r"side|group)[\w-]+\s+){0,3}?(?:meeting|session|proceedings|talks|"
                    r"discussions|deliberations|consultations)\b(?!\s+(?:delegation|team))",
                    re.IGNORECASE)
ACTED_AS_RE = re.compile(r"\s*,?\s+(?:acted|served|sat|presided|participated)\s+as\s+"
                         r"(?:the\s+)?(?P<co>co-)?chair(?:man|person|woman)?s?\b",
                         re.IGNORECASE)
# The words up to a later part of the sentence: no clause ends, an initial's or an
# honorific's period does not (`opened by Ms. X, ..., Chair of ...`).
_WORDS_ON = r"(?:[^.;]|\.(?=\s?[A-Z]))*?"
BY_RE = re.compile(
    r"\b(?P<verb>co-chaired|chaired|presided(?:\s+over)?|moderated)\s+(?P<jointly>jointly\s+)?"
    r"(?P<side>(?:on|from)\s+the\s+[A-Z][\w-]*\s+side\s+)?by\s+"
    r"|\bunder\s+the\s+(?P<co>co-)?(?:chair(?:man|woman|person)?ship|presidency)\s+of\s+"
    # in French and Spanish: `a été présidée par X`, `fue presidida por X`
    r"|\b(?:présidée?s?\s+par|presidid[ao]s?\s+por)\s+"
    r"|\bopened\s+by\s+(?:its|the)\s+(?P<co2>co-)?chair(?:s|persons?|men|man|woman)?\s*,?\s*"
    r"|\b(?:officially\s+)?(?:opened|led)\s+by\s+(?=" + _WORDS_ON
    + r"\bas\s+(?:the\s+)?(?:acting\s+)?(?:co-)?(?:chair|president\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:council|meeting|session|conference|summit|committee|assembly)\b))"
    # `the Meeting was opened by Ms. X, Minister ..., Chair of the SAARC Council ...`
    r"|\b(?:officially\s+)?opened\s+by\s+(?=" + _WORDS_ON
    + r",\s+(?:the\s+)?(?:outgoing\s+|current\s+)?(?:co-)?chair(?:man|person|woman)?\s+of\b)"
    r"|\b(?:the\s+)?(?P<co3>co-)?chair(?:man|person|woman)?\s+of\s+the\s+[\w\s]{2,40}?\s+"
    r"(?:is|was)\s+(?=(?:His|Her|H\.|Mr|Ms|Dr|[A-Z][a-z]+\s+[A-Z]))"
    r"|(?P<called>" + cw.CALLED_RE.pattern + r")"
    r"|\b(?P<hosted>hosted)\s+by\s+(?=" + HONORIFIC + r"|(?:[A-Z][\w’'-]*\s+){1,6}[A-Z])"
    r"|\b(?:current\s+)?(?P<co4>co-)?chair(?:man|person|woman)?\s+of\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:summit|meeting|conference|session)\s*,\s*(?=" + HONORIFIC + r"|(?:President|Prime|"
    r"Minister|Ambassador|Foreign)\b)"
    r"|\bthe\s+(?P<host>host)\s+of\s+the\s+(?:meeting|talks|session|conference)\b[^,;.]{0,80}?"
    r"\s+(?:is|was)\s+(?=" + HONORIFIC + r"|(?:[A-Z][\w’'-]*\s+){1,6}[A-Z]|[A-Z])",
    re.IGNORECASE)
# An event beside the meeting: `The Embassy hosted a reception on the sidelines of the
# Dialogue` (its host is no chair of the Dialogue).
_A_SIDE_EVENT = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:reception|dinner|"
                           r"lunch(?:eon)?|banquet|breakfast|gala|cocktail)\b", re.IGNORECASE)
# Each side's chair: `chaired from the Omani side by X, ..., and from the American side by Y`.
_OTHER_SIDE = re.compile(r"[\s,.]*\band\s+(?:on|from)\s+the\s+[A-Z][\w-]*\s+side\s+by\s+")
# A part of the meeting, not the meeting: `presided over the closing session`.
_A_PART_OF_IT = re.compile(r"\s*(?:the\s+)?(?:opening|closing|inaugural|final|first|second|"
                           r"afternoon|morning)\s+(?:session|ceremony|segment|part)\b|"
                           r"\b(?:opening|closing|inaugural)\s+(?:session|ceremony|segment)\b",
                           re.IGNORECASE)
# (The verb, then the white space before its object: `the Chair said` is passed over.)
VERB_AFTER = Clue(VERB_AFTER_RE, ["chaired ", "chairing ", "chairs ",
                                   *each(["will ", "to "], ["chair ", "co-chair "]),
                                   *each(["presided", "presides", "presiding"], [" over"]),
                                   "hosted", "will host", "to host", "moderated"])
LED = Clue(LED_RE, ["led the"])
BY = Clue(BY_RE, ["chaired by", "presided by", "presided over by", "moderated by",
                 ("under the ", "ship of"), ("under the ", "presidency of"),
                 *each(["chaired", "presided", "presided over", "moderated"], [" jointly by"]),
                 *((verb, " side by") for verb in ("chaired ", "presided ", "moderated ")),
                 "opened by", ("led by", "chair"), ("led by", "presid"),
                 # (The words as they stand together: `chair` and `of the` apart are in
                 # most sentences that mention a chair, and the pattern is costly.)
                 *each(["chair", "chairman", "chairperson", "chairwoman"], [" of the"]),
                 "hosted by", "host of the", *cw.CALLED.words, "présidé", "presidid"])
ACTED_AS = Clue(ACTED_AS_RE, each(["acted", "served", "sat", "presided", "participated"],
                                  [" as "]))
# `Chair: X`, `Chairpersons: Dr. X – post, and H.E. Dr. Y (Country) – post`.
LABEL_RE = re.compile(r"^\s*(?:(?P<co>Co-|Joint\s+)?Chair(?:s|persons?|m[ae]n|wom[ae]n)?|"
                      r"Co-Chairs?|(?P<co2>Co-)?Chaired\s+by)\s*[:：]\s*", re.IGNORECASE)
# Where a `chaired by ...` phrase ends: a new clause after a comma.
_CLAUSE_END = re.compile(r",\s+(?:and\s+)?(?:the|which|who|where|while|with|it|they|during|"
                         r"in\s+which|at\s+which|and\s+(?:the|was|were|it))\s|;|\s+and\s+"
                         r"(?:was|were|the\s+meeting|discussed|exchanged)\b|\s+and\s+(?:was\s+)?"
                         r"(?:participated|attended|joined|hosted)\s+(?:in\s+)?by\b|\s+(?:were|was)\s+"
                         r"also\b"
                         # `which will be chaired by Jordan, will be attended by X`: who
                         # comes is not who chairs
                         r"|,?\s+(?:will|would|shall|is\s+to)\s+(?:also\s+)?be\s+"
                         r"(?:attended|joined)\b|,\s+(?:was|were|is|are)\s+(?:also\s+)?attended\b"
                         # `, and Arab foreign ministers take part`, `, as the ROK is ...`
                         r"|,\s+and\s+(?:[A-Z][\w-]*\s+)?(?!of\b|de\b)[a-z]{2,}\s+[a-z]{2,}\b"
                         r"|,\s+as\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:is|was|has|holds)\b"
                         # `presided over by Egypt, commenced today in the presence of ...`:
                         # the sentence's own verb after the chair
                         r"|,\s+(?:opened|commenced|began|started|convened|concluded|ended|"
                         r"closed|discussed|reviewed|adopted|agreed|met)\s")
# A `chaired by` about another meeting: `The Council will be preceded by the meeting of
# Senior Officials, which will be chaired by ...`.
# A sentence about a meeting besides the one reported: `On the sidelines of the
# just-concluded meeting, the committee ... held a meeting under the chairmanship of ...`,
# `the Arab quartet ... also held a meeting presided over by ...`.
OTHER_MEETING_HELD = re.compile(r"\b(?:also|separately|likewise)\s+held\s+(?:a|an|its|their)\s+"
                                r"(?:[\w-]+\s+){0,2}meeting\b|\bon\s+the\s+other\s+hand\b|"
                                r"\bon\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?"
                                r"(?:just[-\s]concluded|above|said|same|this|that)\b|"
                                # `The Prime Minister held bilateral meetings with leaders
                                # from A, B and C`: meetings of two, besides this one (one
                                # `bilateral meeting` may be the one reported)
                                r"\bheld\s+(?:separate\s+)?bilateral\s+meetings\s+with\b",
                                re.IGNORECASE)
OTHER_MEETING = Clue(OTHER_MEETING_HELD, [
    *each(["also", "separately", "likewise"], [" held "], ["a", "its", "their"]),
    "on the other hand", "on the sidelines of", "on the margins of",
    "bilateral meetings with"])
ANOTHER_MEETING = re.compile(r"\b(?:preceded|followed)\s+by\b|\bnext\s+meeting\b|"
                             + OTHER_MEETING_HELD.pattern, re.IGNORECASE)
_BODY_JUST_BEFORE = re.compile(r"\([A-Z][\w–-]{1,12}\)\s*,\s*$")
# Every pattern below needs one of these words: most sentences have none.
_CHAIR_HINT = re.compile(r"chair|presid|présid|moderat|host|\bled\s+the\b|"
                         r"\b(?:called|convened)\s+by\b", re.IGNORECASE)
CHAIR_HINT = Clue(_CHAIR_HINT, ["chair", "presid", "présid", "moderat", "host", "led the",
                               "called by", "convened by"])


def find_chairs(text: str, start: int, end: int) -> list[Chair]:
    """Chairs named in one sentence text[start:end]."""
    return _posts_folded(text, _find_chairs(text, start, end))


def find_opener(text: str, start: int, end: int) -> Chair | None:
    """Who opened the meeting (`Opening the meeting, Minister X noted ...`, `H.E. X opened
    the session`): the chair when no sentence names one and a country hosts or holds
    the chair (releases.assemble decides)."""
    sentence = text[start:end]
    m = cw.OPENING.search(sentence) or cw.INVITED.search(sentence)
    if m and m.re is cw.INVITED_RE:
        s = start + m.end()
        hon = HONORIFIC_RE.match(text, s, end)  # (`H.E. Mr. X`: its periods end nothing)
        stop = re.search(r"[,;.](?:\s|$)", text[hon.end() if hon else s:end])
        person = read_person(text, s, (hon.end() if hon else s) + stop.start() if stop else end,
                         False)
    elif m:
        s = start + m.end()
        verb = re.search(r"\s+(?!(?:of|and|the|for|de|da|bin|al|el|van|von|der)\b)(?=[a-z])",
                         text[s:end])
        person = read_person(text, s, s + verb.start() if verb else end, False)
    elif (by := cw.OPENED_BY.search(sentence)) and (
            hon := HONORIFIC_RE.search(text, start + by.end(), end)):
        # `will be opened by the Minister of ... and Chair of the IOC, Mr X`: the holder
        stop = re.search(r"[,;](?:\s|$)|\.(?:\s|$)", text[hon.end():end])
        person = read_person(text, hon.start(), hon.end() + stop.start() if stop else end, False)
    else:
        m = cw.OPENED.search(sentence)
        if m is None or ANOTHER_MEETING.search(sentence[:m.start()]):
            return None
        before = start + m.start()
        subject = _subject_start(text, start, before, False)
        found = split_chairs(text, subject, before, False)
        person = found[0] if len(found) == 1 else None
    if person is None or person.country:
        return None
    return dataclasses.replace(person, confidence=0.5)


def _posts_folded(text: str, found: list[Chair]) -> list[Chair]:
    """`chaired by the Secretary-General of the Andean Community, Jorge Pedraza`: the
    body ends the post of the person named after it; it is no chair of its own."""
    out: list[Chair] = []
    for c in found:
        if out and re.fullmatch(r"\s*,\s*", text[out[-1].end:c.start]) \
                and not out[-1].country and ref.find_country(out[-1].name) is None \
                and ref.find_organization(out[-1].name) is not None and not c.country:
            body = out.pop()
            post = " ".join(x for x in (body.post, body.name) if x)
            c = dataclasses.replace(c, start=body.start, post=post, co=c.co or body.co)
        out.append(c)
    return out


def _find_chairs(text: str, start: int, end: int) -> list[Chair]:
    sentence = text[start:end]
    if not CHAIR_HINT.holds(sentence):
        return []
    label = LABEL_RE.match(sentence)
    if label:
        return split_chairs(text, start + label.end(), end, bool(label["co"] or label["co2"]))
    label = cw.CO_CHAIRS.search(sentence)  # `The co-chairs, X of Chile and Y of Peru, opened`
    if label:
        found = split_chairs(text, start + label.start("who"), start + label.end("who"), True)
        if len(found) >= 2:
            return found
    m = cw.CHAIRING_WAS.search(sentence)  # `Co-chairing the meeting were X and Y.`
    if m:
        stop = _CLAUSE_END.search(text, start + m.end(), end)
        found = split_chairs(text, start + m.end(), stop.start() if stop else end, bool(m["co"]))
        if found:
            return found
    m = cw.CO_CHAIRING_OF.search(sentence)  # `of the co-chairing countries X from A and Y`
    if m:
        stop = _CLAUSE_END.search(text, start + m.end(), end)
        found = split_chairs(text, start + m.end(), stop.start() if stop else end, True)
        if len(found) >= 2 and not any(c.country for c in found):
            return found
    m = cw.CHAIRING.search(sentence)  # `Chairing the meeting, Foreign Minister X said ...`
    if m:
        verb = cw.VERB.search(text, start + m.end(), end)
        found = split_chairs(text, start + m.end(), verb.start() if verb else end, bool(m["co"]))
        if len(found) == 1 and not found[0].country:
            return found
    found = _side_chairs(text, start, end)
    if found:
        return found
    m = cw.HANDED_TO.search(sentence)  # `the chairmanship of the meeting was handed to B`
    if m:
        stop = _CLAUSE_END.search(text, start + m.end(), end)
        e = stop.start() if stop else end
        while e > start + m.end() and text[e - 1] in " .,":
            e -= 1
        found = split_chairs(text, start + m.end(), e, False)
        if len(found) == 1:
            return found
    m = BY.search(sentence)
    if m and m["verb"] and _BODY_JUST_BEFORE.search(sentence[:m.start()]):
        m = None  # `East African Community (EAC), Chaired by President X`: its chair
    if m and cw.SIDE_EVENT_BEFORE.search(sentence, max(0, m.start() - 120), m.start()):
        m = None  # `A working lunch was chaired by X`: not the meeting
    if m and not ANOTHER_MEETING.search(sentence[:m.start()]):
        co = bool(m["co"] or m["co2"] or m["co3"] or m["co4"] or m["jointly"] or m["side"]) \
            or (m["verb"] or "").lower().startswith("co")
        s = start + m.end()
        stop = _CLAUSE_END.search(text, s, end)
        e = stop.start() if stop else end
        while e > s and text[e - 1] in " .,":
            e -= 1
        hand = cw.HANDS_OVER.search(text, s, e)
        if hand:  # `chaired by X who will hand over to incoming chairman Y`: Y chairs
            s = hand.end()
        found = split_chairs(text, s, e, co)
        if m["side"] and len(found) == 1:  # `..., and from the American side by Y`
            side = _OTHER_SIDE.match(text, e, end)
            if side:
                stop = _CLAUSE_END.search(text, side.end(), end)
                found += split_chairs(text, side.end(), stop.start() if stop else end, co)
        if m["hosted"] or m["host"] or m["called"]:
            found = [c for c in found if not c.country]  # a host country does not chair
        if found:
            return found
    m = cw.ELECTED_BY.search(sentence)
    if m and not ANOTHER_MEETING.search(sentence[:m.start()]):
        found = split_chairs(text, start + m.start("who"), start + m.end("who"), False)
        if len(found) == 1 and not found[0].country:
            return found
    searches: tuple[Callable[[str], re.Match[str] | None], ...] = (
        VERB_AFTER.search, ACTED_AS.search, cw.ELECTED.search, LED.search, cw.PRESIDED.search,
        cw.TOOK_CHAIR.search, cw.PRESIDIO.search)
    for search in searches:
        m = search(sentence)
        if not m or ANOTHER_MEETING.search(sentence[:m.start()]):
            continue
        if _A_PART_OF_IT.match(sentence, m.end()) or _A_PART_OF_IT.search(m.group()) \
                or cw.EARLIER_ONE_RE.search(m.group()) or (
                    m.groupdict().get("verb") and _A_SIDE_EVENT.match(sentence, m.end("verb"))):
            continue  # `presided over the closing session`: a part, not the meeting
        co = bool(m.groupdict().get("co")) or "co-" in m.group().lower()
        before_end = start + m.start()
        along = re.search(r",\s+(?:along|together)\s+with\s+[^;]*$",
                          text[start:before_end])
        if along:  # `X, along with Y, led the meeting`: X leads
            before_end = start + along.start()
        subject = _subject_start(text, start, before_end, co)
        found = split_chairs(text, subject, before_end, co) or _before_apposition(
            text, start, subject, before_end, co)
        side = re.search(r"\b[Ff]rom\s+(?:the\s+)?([A-Z][\w’' -]+?),\s*$", text[start:subject])
        if side and ref.find_country(side.group(1)) and len(found) == 1 and not found[0].country:
            # `From Japan, Mr. X, Director-General, ..., chaired the meeting`
            c = found[0]
            post = ", ".join(x for x in (c.post, f"of {side.group(1)}") if x)
            found = [Chair(c.start, c.end, c.co, c.honorific, c.name, post, c.confidence,
                           c.name_span)]
        if (co or search == LED.search) and len(found) < 2:
            # `X, post, and Y, post, co-chaired`, `X, post and Ambassador Y, post, led the
            # consultations`: both (one who leads `along with` another leads alone)
            found = _joined_co_chairs(text, start, start + m.start(), co) or found
        # (`X will co-chair the session, with Y, Minister of Z`: a co-chair's comma.)
        with_ = re.match(r",?\s+with\s+" if co else r"\s+with\s+", text[start + m.end():end])
        if with_:  # `X co-chaired the meeting with Thai Foreign Minister Y.`
            s = start + m.end() + with_.end()
            stop = _CLAUSE_END.search(text, s, end)
            e = stop.start() if stop else end
            other = split_chairs(text, s, e, True)
            word = re.match(r"[A-Z][\w’'-]+(?=\s*(?:,|\.|$))", text[s:e])
            if not other and word:  # `X, who co-chaired the meeting with Cho, said`:
                # the surname of one named in full before (`Foreign Minister Cho Hyun`)
                other = [c for c in (_named_in_full(text, s, word.group(), True),) if c]
            found += other
        if not found and subject > start:
            found = _lead_name(text, start, before_end, co)
        if m.groupdict().get("host"):
            # `Japan hosted ...`, `Tashkent hosted ...`: no chair; a person who hosted is
            # known by a post or an honorific, or by `X, who hosted` (a person's clause).
            who = re.match(r"\s*,\s*who\b", m.group())
            found = [c for c in found if not c.country and (c.honorific or any(
                is_post_word(w) for w in (c.post or "").split()) or (
                who and len(c.name.split()) >= 2 and ref.find_organization(c.name) is None
                and ref.find_agency(c.name) is None))]
        if found:
            return found
    serving = cw.SERVING.search(sentence)
    if serving and not ANOTHER_MEETING.search(sentence[:serving.start()]):
        found = _sentence_subject(text, start, start + serving.start(), bool(serving["co"]))
        if found:
            return found
    return []


# Two co-chairs before their verb, each named with a post: `X, Secretary (East), Ministry
# of External Affairs, India together with Dato' Y, Deputy Secretary-General, Malaysia
# co-chaired`, `X, Director-General of A, and Y, Deputy Minister of B, co-chaired`.
_JOINED = re.compile(r"(?:\s*,\s*|\s+)(?P<and>and|together\s+with|along\s+with)\s+(?=[A-Z])")


def _joined_co_chairs(text: str, start: int, end: int, co: bool) -> list[Chair]:
    """The two persons of a co-chairing verb's subject text[start:end], joined by the last
    `and` or `together with` that is no country's own (`Trinidad and Tobago`) and has a
    person after it: the first a name opening its clause with its posts after it, the
    second a person from the joining word on (its country in its post, as the first's).
    None unless both read as persons. A verb of one (`led`, not `co-chaired`) is joined
    by `and` only."""
    joins = [j for j in _JOINED.finditer(text, start, end)
             if not cw.in_a_country(text, j.start(), j.end()) and (co or j["and"] == "and")]
    for j in reversed(joins):  # (`Ministry of Foreign Affairs, Trade and Worship`: no joint)
        second = _one_named(text, j.end(), end)
        if len(second) != 1:
            continue
        clause = [c.end() for c in re.finditer(r";\s*|,\s+(?=[a-z])", text[start:j.start()])]
        first = _one_named(text, start + clause[-1] if clause else start, j.start())
        return [*first, *second] if len(first) == 1 else []
    return []


def _one_named(text: str, start: int, end: int) -> list[Chair]:
    """The person text[start:end] opens with (after a dateline), by the honorific, else by
    a name with its posts after a comma; no country."""
    line = _DATELINE.match(text, start, end)
    at = line.end() if line else start
    if HONORIFIC_RE.match(text, at, end):
        person = read_person(text, at, end, True)
        return [person] if person is not None and not person.country else []
    return _lead_name(text, start, end, True)


def _side_chairs(text: str, start: int, end: int) -> list[Chair]:
    """The chair of each side of a meeting of two (cw.SIDE_CHAIRED): one person named
    after each side's words, up to the next side's or the clause's end. Two sides at
    least, the first said to be chaired: `the X side, by Y` alone says nothing of a chair."""
    if not cw.SIDE_CHAIRED.holds(text[start:end]):
        return []
    sides = list(cw.SIDE_CHAIRED_RE.finditer(text, start, end))
    if len(sides) < 2 or "chaired" not in sides[0].group():
        return []
    found: list[Chair] = []
    for i, m in enumerate(sides):
        stop = sides[i + 1].start() if i + 1 < len(sides) else end
        clause = _CLAUSE_END.search(text, m.end(), stop)
        e = clause.start() if clause else stop
        said = re.search(r",\s+(?:according\s+to|said|says)\b", text[m.end():e])
        if said:  # `..., by Y, Director, according to a press release`
            e = m.end() + said.start()
        while e > m.end() and text[e - 1] in " .,":
            e -= 1
        people = split_chairs(text, m.end(), e, True)
        if people and not people[0].country:
            # The side's own word tells whom the chair stands for (`the Cambodian side`).
            side = f"the {m['side'] or m['side2']} side"
            found.append(dataclasses.replace(
                people[0], post=", ".join(x for x in (people[0].post, side) if x)))
    return found if len(found) >= 2 else []


def _before_apposition(text: str, start: int, subject: int, end: int, co: bool
                       ) -> list[Chair]:
    """`..., Wang Yi, member of the Political Bureau ..., will co-chair`: the subject's
    clause is a post (`member of ...`); the name is the piece before it, between commas."""
    comma = text.rfind(",", start, subject)
    if comma <= start:
        return []
    piece = text.rfind(",", start, comma) + 1 or start
    word = text[piece:comma].strip()
    person = read_person(text, piece, comma, co) if " " in word else _named_in_full(text, piece,
                                                                                word, co)
    if person is None or person.country or len(person.name.split()) < 2:
        return []
    post = re.sub(r"\s+", " ", text[subject:end]).strip(" ,")
    return [dataclasses.replace(person, end=end, post=", ".join(
        x for x in (person.post, post) if x) or None)]


def _named_in_full(text: str, at: int, word: str, co: bool) -> Chair | None:
    """`Wang, also a member of ..., co-chaired the meeting`: the surname alone, of a
    person named in full (with a post) in the sentences before: `Foreign Minister Wang Yi`."""
    if not re.fullmatch(r"[A-Z][\w’'-]+", word) or is_post_word(word):
        return None
    w = re.escape(word)
    runs = list(re.finditer(r"(?:[A-Z][\w’'-]*\s+){0,4}" + w + r"\b(?:\s+[A-Z][\w’'-]*){0,2}|"
                            r"\b" + w + r"\b", text[max(0, at - 3000):at]))
    for run in reversed(runs):
        s = max(0, at - 3000) + run.start()
        found = title_first(text, s, s + len(run.group()), co)
        if found is not None and word in found.name.split() and len(found.name.split()) >= 2:
            return dataclasses.replace(found, start=at, end=at + len(word), name_span=(
                at, at + len(word)))
    return None


def _sentence_subject(text: str, start: int, end: int, co: bool) -> list[Chair]:
    """The person a sentence opens with, up to its verb: `Mr. X, Minister for Foreign
    Affairs of Japan, attended ...` (the first honorific, else a leading name)."""
    hon = HONORIFIC_RE.search(text, start, end)
    if hon is None:
        found = _lead_name(text, start, end, co)
        line = _DATELINE.match(text, start, end)
        at = line.end() if line else start
        comma = text.find(",", at, end)
        # `Fiji's Minister for Trade X, officiating as chair ...`: the post comes first.
        person = None if found else title_first(text, at, end if comma < 0 else comma, co)
        return found or ([person] if person and len(person.name.split()) >= 2 else [])
    verb = re.search(r",\s+(?=[a-z])|\s+(?=(?:attended|opened|welcomed|said|noted|addressed|"
                     r"took|was|is|has|had)\b)", text[hon.start():end])
    stop = hon.start() + verb.start() if verb else end
    person = read_person(text, hon.start(), stop, co)
    return [person] if person is not None and not person.country else []


_DATELINE = re.compile(r"[A-Z][\w .,’'-]{0,40}?(?::|\s+[-–—]{1,2})\s+")


def _lead_name(text: str, start: int, end: int, co: bool) -> list[Chair]:
    """The name the sentence opens with, its posts between commas before the verb:
    `New York: Yusuf bin Alawi bin Abdallah, Minister ..., and Chairman of ..., chaired`."""
    at = start
    line = _DATELINE.match(text, start, end)
    if line:
        at = line.end()
    name = NAME_RE.match(text, at, end)
    if name is None or not text.startswith(",", name.end()):
        return []
    words = name.group().rstrip(".")
    capitals = [w for w in words.split() if w[0].isupper()]
    if len(capitals) < 2 or any(is_post_word(w) for w in capitals) \
            or ref.find_country(words) is not None:
        return []
    post = re.sub(r"\s+", " ", text[name.end():end]).strip(" ,") or None
    if post:
        post = re.sub(r"^(?:and\s+)", "", post)
    return [Chair(at, end, co, None, words, post, 0.6, (at, at + len(words)))]


def _subject_start(text: str, start: int, end: int, co: bool) -> int:
    """Where the person(s) before the verb begin: the last honorific (the last two for
    co-chairs joined by `and`), else the start of the last clause."""
    marks = [start + m.start() for m in HONORIFIC_RE.finditer(text[start:end])]
    if marks:
        first = marks[-1]
        if co:
            for at in reversed(marks[:-1]):
                between = text[at:first]
                if re.search(r"(?:,\s*and|\band)\s*$", text[at:first]) or "," in between:
                    first = at
                else:
                    break
        return first
    if co:  # `Indonesia and Australia co-chaired ...`: both
        clause = [m.end() for m in re.finditer(r";\s*|,\s+(?=[a-z])", text[start:end])]
    else:
        clause = [m.end() for m in re.finditer(r",\s+and\s+|;\s*|\band\s+", text[start:end])
                  if not cw.in_a_country(text, start + m.start(), start + m.end())]
    return start + clause[-1] if clause else start
