"""Who chaired: `X chaired the meeting`, `chaired by X`, `X acted as the Chair`,
`co-chaired by X and Y`, `under the chairmanship of X`, `Chair: X`, `X, Chair of the
Senior Arctic Officials`, `SAO Chair X`, `the Uzbekistan-chaired meeting`,
`under the Moldovan chairmanship`, `Indonesia and Australia co-chaired ...`.

A person is an honorific, a name and a post: `Mr. Koji Tsuruoka, Director-General
for Global Issues, Foreign Ministry`. News style puts the post first and no honorific:
`Chinese State Councilor and Foreign Minister Wang Yi`, `the Forum Chair and Prime
Minister of the Cook Islands Mark Brown`: the name is then the capitalised words after
the last word of a post, a body or a country, which is a weaker guess and is marked so.
A chair may also be a country (`chaired by Cook Islands`): such a chair has no person.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from mtgdesk.domain import reference as ref
from mtgdesk.releases import chair_words as cw
from mtgdesk.releases import names
from mtgdesk.releases.clues import Clue, each

# (`Dr. the Honourable X`, `the Rt. Honourable X`: the Caribbean's style.)
HONORIFIC = (r"(?:(?:H\.\s?E\.?|HE(?=\s+[A-Z][a-z])|His\s+Excellency,?|Her\s+Excellency,?|"
             r"(?:Dr\.?\s+)?(?:[Tt]he\s+)?(?:(?:Rt\.?|Right|Most)\s+)?Honou?rable|Hon\.)\s*"
             r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+|Ambassador\s+|Professor\s+|Senator\s+)?"
             r"(?:Sheikh\s+|Shaikh\s+)?"
             r"|(?:Mr|Ms|Mrs|Miss|Dr|Prof|Amb)\.?\s+|(?:Ambassador|Professor|Sir|Dame|Madame|"
             r"Dato['’]?\s+Sri|Dato['’]?|Datuk|Tan\s+Sri|Sheikh|Shaikh)\s+)")
HONORIFIC_RE = re.compile(r"(?<![\w.])" + HONORIFIC + r"(?=[A-Z])")
_NAME_WORD = (r"(?:[A-Zʻ][\w’'ʻ\-]*(?:\.[A-Z][\w’'ʻ\-]*)*\.?|"
              r"(?:de|da|van|von|der|bin|binti|al|el|le|la|dos|du)"
              r"(?=\s+[A-Z]))")
NAME_RE = re.compile(_NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,5}")

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
                           + _OBJECT + r"\b", re.IGNORECASE)
# `X led the meeting of the Council`: not `led the delegation to the meeting`.
LED_RE = re.compile(r"\s*,?\s+(?:also\s+|jointly\s+)?(?P<verb>led)\s+the\s+(?:(?!delegation|team|"
                    r"side|group)[\w-]+\s+){0,3}?(?:meeting|session|proceedings|talks|"
                    r"discussions|deliberations)\b(?!\s+(?:delegation|team))", re.IGNORECASE)
ACTED_AS_RE = re.compile(r"\s*,?\s+(?:acted|served|sat|presided|participated)\s+as\s+"
                         r"(?:the\s+)?(?P<co>co-)?chair(?:man|person|woman)?s?\b",
                         re.IGNORECASE)
# The words up to a later part of the sentence: no clause ends, an initial's or an
# honorific's period does not (`opened by Ms. X, ..., Chair of ...`).
_WORDS_ON = r"(?:[^.;]|\.(?=\s?[A-Z]))*?"
BY_RE = re.compile(
    r"\b(?P<verb>co-chaired|chaired|presided(?:\s+over)?|moderated)\s+(?P<jointly>jointly\s+)?by\s+"
    r"|\bunder\s+the\s+(?P<co>co-)?(?:chair(?:man|woman|person)?ship|presidency)\s+of\s+"
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
                 "opened by", ("led by", "chair"), ("led by", "presid"),
                 # (The words as they stand together: `chair` and `of the` apart are in
                 # most sentences that mention a chair, and the pattern is costly.)
                 *each(["chair", "chairman", "chairperson", "chairwoman"], [" of the"]),
                 "hosted by", "host of the", *cw.CALLED.words])
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
                         # `, and Arab foreign ministers take part`, `, as the ROK is ...`
                         r"|,\s+and\s+(?:[A-Z][\w-]*\s+)?(?!of\b|de\b)[a-z]{2,}\s+[a-z]{2,}\b"
                         r"|,\s+as\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:is|was|has|holds)\b")
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
# Words of a post, a body or a place: the name comes after the last of them.
_POST_WORDS = {
    "Minister", "Ministers", "Deputy", "Vice", "Prime", "Foreign", "Secretary", "General",
    "Secretary-General", "Director", "Director-General", "Under-Secretary", "Assistant",
    "Ambassador", "President", "Vice-President", "State", "Councilor", "Councillor", "Chair",
    "Chairman", "Chairperson", "Co-Chair", "Chief", "Executive", "Senior", "Special",
    "Envoy", "Representative", "Permanent", "High", "Commissioner", "Head", "Crown",
    "Prince", "Princess", "King", "Queen", "Sultan", "Senator", "Hon", "Honourable",
    "Honorable", "Excellency", "Union", "Acting", "First", "Second", "Third", "Affairs",
    "External", "Trade", "Defence", "Defense", "Home", "Interior", "Finance", "Cabinet",
    "Parliamentary", "Member", "Council", "Committee", "Ministry", "Department", "Office",
    "Forum", "Counsellor", "Spokesperson", "Spokesman", "Governor", "Mayor", "Premier",
    "Chancellor", "Leader", "Incoming", "Outgoing", "Incumbent", "Current", "Former",
    "Officer", "Coordinator", "Adviser", "Advisor", "Republic", "Kingdom", "Federal",
    "National", "Democratic", "People's", "People’s", "Islamic", "Socialist", "Commonwealth",
    "Government", "Cooperation", "Development", "International", "Global", "Issues",
    "Political", "Economic", "Regional", "Bureau", "Division", "Section", "Policy",
    "Planning", "Relations", "Security", "Administration", "Agency", "Organization",
    "Organisation", "Secretariat", "Programme", "Program", "Fund", "Bank", "Commission",
    "Authority", "Services", "Service", "Operations", "Islands", "Presidency", "Board",
    "Mission", "Delegation", "Legal", "Consular", "Multilateral", "Bilateral", "Asia",
    "Europe", "Africa", "Pacific", "Americas", "Cum", "Staff", "Justice", "Party",
    "Communist", "Central", "Politburo", "Congress", "Assembly", "Parliament", "Senate",
    "Court", "Army",
}
_PARENS = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)?\)")


@dataclass(frozen=True)
class Chair:
    start: int
    end: int
    co: bool
    honorific: str | None
    name: str
    post: str | None
    confidence: float
    name_span: tuple[int, int]
    country: bool = False  # the chair is a country (`chaired by Cook Islands`)
    # Named by a post in apposition only (`X, Chair of the SAO`, `SAO Chair X`), not by
    # a sentence saying who chaired: the head of a body, perhaps not this meeting's chair.
    by_title: bool = False


def _country_chair(text: str, start: int, end: int, co: bool) -> Chair | None:
    seg = text[start:end]
    words = re.sub(r"^[\s,]*(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?", "", seg)
    words = words.rstrip(" ,.")
    country = ref.find_country(words)
    if country is None:  # `under the chairmanship of Sri Lanka discussed ways to ...`
        lead = re.match(r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)(?=\s+[a-z])", words)
        country = ref.find_country(lead.group(1)) if lead else None
        if country is None or lead is None:
            return None
        words = lead.group(1)
    s = start + seg.index(words)
    return Chair(s, s + len(words), co, None, country.name, None, 0.85, (s, s + len(words)),
                 country=True)


def _is_post_word(word: str) -> bool:
    bare = re.sub(r"['’]s$", "", word.rstrip(".,"))
    # `Chairman-in-Office`, `Vice-Chair`: a post joined by hyphens (not `Okonjo-Iweala`).
    return (bare in _POST_WORDS or bare.split("-", 1)[0] in _POST_WORDS
            or (bare.isupper() and len(bare) <= 5 and bare.isalpha())
            or ref.find_country(bare) is not None or bare in _demonym_words()
            or "." in bare[:-1])


def _demonym_words() -> set[str]:
    return set(names.demonym_table())


def _title_first(text: str, start: int, end: int, co: bool) -> Chair | None:
    """`Foreign Minister of the Kyrgyz Republic Chingiz Aidarbekov`: the name is the run of
    capitalised words after the last word of a post, a body or a country."""
    seg = _PARENS.sub(lambda m: " " * len(m.group()), text[start:end])
    # `... of Trinidad and Tobago Hugo Vela`: the country's words after `and` are a post's.
    country_end = max((cw.in_a_country(text, start + m.start(), start + m.end())
                       for m in re.finditer(r"\band\s+(?=(?:the\s+)?[A-Z])", seg)), default=0)
    for run in re.finditer(r"(?:[A-Zʻ][\w’'ʻ.\-]*)(?:[ \t]+[A-Zʻ][\w’'ʻ.\-]*)*", seg):
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", run.group())]
        last_post = -1
        for i, (at, w) in enumerate(words):
            if _is_post_word(w) or start + run.start() + at < country_end:
                last_post = i
        name_words = words[last_post + 1:]
        if not name_words or len(name_words) > 5:
            continue
        if len(name_words) == 1 and last_post < 0:
            continue  # one capitalised word with no post before it: not a name
        if any(_is_post_word(w) or w.rstrip(",.") in cw.WHEN_WORDS for _, w in name_words):
            continue
        s0 = start + run.start() + name_words[0][0]
        s1 = start + run.start() + name_words[-1][0] + len(name_words[-1][1])
        name = text[s0:s1].rstrip(".,")
        post_text = (text[start:s0] + text[s1:end]).strip(" ,")
        post = re.sub(r"\s+", " ", _PARENS.sub("", post_text)).strip(" ,") or None
        if post:
            post = re.sub(r"^(?:the|and|as)\s+", "", post).strip(" ,")
        return Chair(start, end, co, None, re.sub(r"\s+", " ", name), post or None, 0.6,
                     (s0, s0 + len(name)))
    return None


_STYLE_FIRST = re.compile(r"(?:(?:President|Vice|Prime|Minister|Foreign|Deputy|Chairman|"
                          r"Chairperson|Premier|Governor|Senator|Sultan|Emir|King|Queen|Crown|"
                          r"Prince|Princess)\s+)+")


def _person(text: str, start: int, end: int, co: bool) -> Chair | None:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip(" ,"))
    start += lead
    seg = text[start:end]
    while end > start and text[end - 1] in " ,.":
        end -= 1
        seg = text[start:end]
    hon = HONORIFIC_RE.match(seg)
    if not hon:
        return _country_chair(text, start, end, co) or _title_first(text, start, end, co)
    hon_text = re.sub(r"\s+", " ", hon.group()).strip()
    pos = hon.end()
    name = NAME_RE.match(seg, pos)
    if not name:
        return None
    words = name.group()
    if all(_is_post_word(w) for w in words.split()):  # `H.E. President of Peru X Y`
        return _title_first(text, start + pos, end, co)
    # `H.E. President Joko Widodo`: the style after the honorific is a post, not a name.
    style = _STYLE_FIRST.match(words)
    title = None
    if style and len(words[style.end():].split()) >= 2:
        title = style.group().strip()
        pos += style.end()
        words = words[style.end():]
    # `Madame Ana Torres Chairperson of the Council`: the name stops at a post's word.
    cut = next((m.start() for k, m in enumerate(re.finditer(r"\S+", words))
                if k >= 2 and m.group().rstrip(".,") in _POST_WORDS), None)
    words = words[:cut].rstrip() if cut else words
    # `Mr. Taro Yamada of the Foreign Ministry`: the name stops before a lower-case word.
    nend = pos + len(words.rstrip("."))
    if words.endswith(".") and not re.search(r"\b[A-Z]\.$", words):
        words = words[:-1]
    rest = seg[nend:].strip()
    rest = re.sub(r"^(?:,|\(|\bof\b|[–—])\s*", "", rest)
    rest = re.sub(r"\s+[–—]\s+", ", ", rest)  # `Dr. X – WTO Director-General`
    rest = re.sub(r"[\s,)]*(?:\b(?:and|respectively))?[\s,]*$", "", rest).strip()
    post = ", ".join(x for x in (title, re.sub(r"\s+", " ", rest)) if x) or None
    return Chair(start, start + len(seg.rstrip(" ,.")), co, hon_text,
                 re.sub(r"\s+", " ", words.strip()), post,
                 0.9, (start + pos, start + pos + len(words.strip())))


def _split(text: str, start: int, end: int, co: bool) -> list[Chair]:
    """One or more persons (or countries) in text[start:end]: split at each honorific,
    else at commas and `and`, a part that names nobody being the post of its person."""
    marks = [start + m.start() for m in HONORIFIC_RE.finditer(text[start:end])]
    people: list[Chair] = []
    if marks:
        if marks[0] - start > 2:
            marks = [start, *marks]
        for i, at in enumerate(marks):
            stop = marks[i + 1] if i + 1 < len(marks) else end
            seg_end = stop
            alone = cw.POST_OF_COUNTRY.match(text, at, stop) if i == 0 else None
            if alone and i + 1 < len(marks) and ref.find_country(alone["c"]):
                continue  # `the Prime Minister of St. Kitts and Nevis, Dr. X`: X's post
            # Drop the `, and ` joining two persons.
            tail = re.search(r"(?:,?\s*\band\b|,)\s*$", text[at:stop])
            if tail and i + 1 < len(marks):
                seg_end = at + tail.start()
            person = _person(text, at, seg_end, co)
            if person:
                people.append(person)
        return people
    masked = _PARENS.sub(lambda m: " " * len(m.group()), text[start:end])
    cuts = [start] + [start + m.end() for m in re.finditer(r",\s*(?:and\s+)?|\s+and\s+", masked)]
    pieces = [(cuts[i], cuts[i + 1] if i + 1 < len(cuts) else end) for i in range(len(cuts))]
    begin = pieces[0][0]
    for s, e in pieces:
        stop = e
        while stop > s and text[stop - 1] in " ,":
            stop -= 1
        stop = s + len(re.sub(r"\s+and$", "", text[s:stop]))
        if begin == s and _names_nobody(text[s:stop]):
            begin = e  # `On September 20, 2017 local time, Minister X`: when, not who
            continue
        if people and begin == s and _LOWER_POST.match(text, s, stop):
            break  # `X, chairperson of the SADC Organ on Politics, ...`: X's post, to the end
        person = _person(text, begin, stop, co)
        if person is not None:
            people.append(person)
            begin = e
    if begin < end and people and not people[-1].country:  # a post after the last name
        last = people[-1]
        extra = re.sub(r"\s+", " ", text[begin:end]).strip(" ,.")
        post = ", ".join(p for p in (last.post, extra) if p) or None
        people[-1] = Chair(last.start, end, last.co, last.honorific, last.name, post,
                           last.confidence, last.name_span)
    return people


# A post in lower case after a person's name: `chairperson of`, `current chair of`,
# `deputy prime minister of`, `ambassador to` (a name is capitalised: no person starts here).
_LOWER_POST = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|to|for)\b")


def _names_nobody(piece: str) -> bool:
    """A part of a subject that says when, not who: `On September 20`, `2017 local time`."""
    if not re.search(r"\d", piece):
        return False
    words = re.findall(r"[A-Za-z’'-]+", piece)
    return all(w in cw.WHEN_WORDS or w in ("local", "time") for w in words)


_BODY_JUST_BEFORE = re.compile(r"\([A-Z][\w–-]{1,12}\)\s*,\s*$")
# Every pattern below needs one of these words: most sentences have none.
_CHAIR_HINT = re.compile(r"chair|presid|moderat|host|\bled\s+the\b|\b(?:called|convened)\s+by\b",
                         re.IGNORECASE)
CHAIR_HINT = Clue(_CHAIR_HINT, ["chair", "presid", "moderat", "host", "led the", "called by",
                               "convened by"])


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
        person = _person(text, s, (hon.end() if hon else s) + stop.start() if stop else end,
                         False)
    elif m:
        s = start + m.end()
        verb = re.search(r"\s+(?!(?:of|and|the|for|de|da|bin|al|el|van|von|der)\b)(?=[a-z])",
                         text[s:end])
        person = _person(text, s, s + verb.start() if verb else end, False)
    elif (by := cw.OPENED_BY.search(sentence)) and (
            hon := HONORIFIC_RE.search(text, start + by.end(), end)):
        # `will be opened by the Minister of ... and Chair of the IOC, Mr X`: the holder
        stop = re.search(r"[,;](?:\s|$)|\.(?:\s|$)", text[hon.end():end])
        person = _person(text, hon.start(), hon.end() + stop.start() if stop else end, False)
    else:
        m = cw.OPENED.search(sentence)
        if m is None or ANOTHER_MEETING.search(sentence[:m.start()]):
            return None
        before = start + m.start()
        subject = _subject_start(text, start, before, False)
        found = _split(text, subject, before, False)
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
        return _split(text, start + label.end(), end, bool(label["co"] or label["co2"]))
    label = cw.CO_CHAIRS.search(sentence)  # `The co-chairs, X of Chile and Y of Peru, opened`
    if label:
        found = _split(text, start + label.start("who"), start + label.end("who"), True)
        if len(found) >= 2:
            return found
    m = cw.CHAIRING_WAS.search(sentence)  # `Co-chairing the meeting were X and Y.`
    if m:
        stop = _CLAUSE_END.search(text, start + m.end(), end)
        found = _split(text, start + m.end(), stop.start() if stop else end, bool(m["co"]))
        if found:
            return found
    m = cw.CO_CHAIRING_OF.search(sentence)  # `of the co-chairing countries X from A and Y`
    if m:
        stop = _CLAUSE_END.search(text, start + m.end(), end)
        found = _split(text, start + m.end(), stop.start() if stop else end, True)
        if len(found) >= 2 and not any(c.country for c in found):
            return found
    m = cw.CHAIRING.search(sentence)  # `Chairing the meeting, Foreign Minister X said ...`
    if m:
        verb = cw.VERB.search(text, start + m.end(), end)
        found = _split(text, start + m.end(), verb.start() if verb else end, bool(m["co"]))
        if len(found) == 1 and not found[0].country:
            return found
    m = BY.search(sentence)
    if m and m["verb"] and _BODY_JUST_BEFORE.search(sentence[:m.start()]):
        m = None  # `East African Community (EAC), Chaired by President X`: its chair
    if m and cw.SIDE_EVENT_BEFORE.search(sentence, max(0, m.start() - 120), m.start()):
        m = None  # `A working lunch was chaired by X`: not the meeting
    if m and not ANOTHER_MEETING.search(sentence[:m.start()]):
        co = bool(m["co"] or m["co2"] or m["co3"] or m["co4"] or m["jointly"]) or \
            (m["verb"] or "").lower().startswith("co")
        s = start + m.end()
        stop = _CLAUSE_END.search(text, s, end)
        e = stop.start() if stop else end
        while e > s and text[e - 1] in " .,":
            e -= 1
        hand = cw.HANDS_OVER.search(text, s, e)
        if hand:  # `chaired by X who will hand over to incoming chairman Y`: Y chairs
            s = hand.end()
        found = _split(text, s, e, co)
        if m["hosted"] or m["host"] or m["called"]:
            found = [c for c in found if not c.country]  # a host country does not chair
        if found:
            return found
    m = cw.ELECTED_BY.search(sentence)
    if m and not ANOTHER_MEETING.search(sentence[:m.start()]):
        found = _split(text, start + m.start("who"), start + m.end("who"), False)
        if len(found) == 1 and not found[0].country:
            return found
    searches: tuple[Callable[[str], re.Match[str] | None], ...] = (
        VERB_AFTER.search, ACTED_AS.search, cw.ELECTED.search, LED.search, cw.PRESIDED.search,
        cw.TOOK_CHAIR.search)
    for search in searches:
        m = search(sentence)
        if not m or ANOTHER_MEETING.search(sentence[:m.start()]):
            continue
        if _A_PART_OF_IT.match(sentence, m.end()) or _A_PART_OF_IT.search(m.group()) \
                or cw.EARLIER_ONE_RE.search(m.group()):
            continue  # `presided over the closing session`: a part, not the meeting
        co = bool(m.groupdict().get("co")) or "co-" in m.group().lower()
        before_end = start + m.start()
        along = re.search(r",\s+(?:along|together)\s+with\s+[^;]*$",
                          text[start:before_end])
        if along:  # `X, along with Y, led the meeting`: X leads
            before_end = start + along.start()
        subject = _subject_start(text, start, before_end, co)
        found = _split(text, subject, before_end, co) or _before_apposition(
            text, start, subject, before_end, co)
        side = re.search(r"\b[Ff]rom\s+(?:the\s+)?([A-Z][\w’' -]+?),\s*$", text[start:subject])
        if side and ref.find_country(side.group(1)) and len(found) == 1 and not found[0].country:
            # `From Japan, Mr. X, Director-General, ..., chaired the meeting`
            c = found[0]
            post = ", ".join(x for x in (c.post, f"of {side.group(1)}") if x)
            found = [Chair(c.start, c.end, c.co, c.honorific, c.name, post, c.confidence,
                           c.name_span)]
        with_ = re.match(r"\s+with\s+", text[start + m.end():end])
        if with_:  # `X co-chaired the meeting with Thai Foreign Minister Y.`
            s = start + m.end() + with_.end()
            stop = _CLAUSE_END.search(text, s, end)
            e = stop.start() if stop else end
            other = _split(text, s, e, True)
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
                _is_post_word(w) for w in (c.post or "").split()) or (
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


def _before_apposition(text: str, start: int, subject: int, end: int, co: bool
                       ) -> list[Chair]:
    """`..., Wang Yi, member of the Political Bureau ..., will co-chair`: the subject's
    clause is a post (`member of ...`); the name is the piece before it, between commas."""
    comma = text.rfind(",", start, subject)
    if comma <= start:
        return []
    piece = text.rfind(",", start, comma) + 1 or start
    word = text[piece:comma].strip()
    person = _person(text, piece, comma, co) if " " in word else _named_in_full(text, piece,
                                                                                word, co)
    if person is None or person.country or len(person.name.split()) < 2:
        return []
    post = re.sub(r"\s+", " ", text[subject:end]).strip(" ,")
    return [dataclasses.replace(person, end=end, post=", ".join(
        x for x in (person.post, post) if x) or None)]


def _named_in_full(text: str, at: int, word: str, co: bool) -> Chair | None:
    """`Wang, also a member of ..., co-chaired the meeting`: the surname alone, of a
    person named in full (with a post) in the sentences before: `Foreign Minister Wang Yi`."""
    if not re.fullmatch(r"[A-Z][\w’'-]+", word) or _is_post_word(word):
        return None
    w = re.escape(word)
    runs = list(re.finditer(r"(?:[A-Z][\w’'-]*\s+){0,4}" + w + r"\b(?:\s+[A-Z][\w’'-]*){0,2}|"
                            r"\b" + w + r"\b", text[max(0, at - 3000):at]))
    for run in reversed(runs):
        s = max(0, at - 3000) + run.start()
        found = _title_first(text, s, s + len(run.group()), co)
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
        person = None if found else _title_first(text, at, end if comma < 0 else comma, co)
        return found or ([person] if person and len(person.name.split()) >= 2 else [])
    verb = re.search(r",\s+(?=[a-z])|\s+(?=(?:attended|opened|welcomed|said|noted|addressed|"
                     r"took|was|is|has|had)\b)", text[hon.start():end])
    stop = hon.start() + verb.start() if verb else end
    person = _person(text, hon.start(), stop, co)
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
    if len(capitals) < 2 or any(_is_post_word(w) for w in capitals) \
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
