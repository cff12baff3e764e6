"""Who a chair is, from the words that name them: a person is an honorific, a name and a
post (`Mr. Koji Tsuruoka, Director-General for Global Issues`), or the post first and
no honorific (`Chinese State Councilor and Foreign Minister Wang Yi`: the name is the
capitalised words after the last word of a post, a body or a country, a weaker guess,
marked so); a chair may also be a country (`chaired by Cook Islands`). people finds
where a sentence says who chaired, and this module reads who it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mtgdesk.domain import reference as ref
from mtgdesk.releases import chair_words as cw
from mtgdesk.releases import demonyms

# (`Dr. the Honourable X`, `the Rt. Honourable X`: the Caribbean's style.)
HONORIFIC = (r"(?:(?:H\.\s?E\.?|HE(?=\s+[A-Z][a-z])|His\s+Excellency,?|Her\s+Excellency,?|"
             r"Son\s+Excellence,?|"  # French
             r"(?:Dr\.?\s+)?(?:[Tt]he\s+)?(?:(?:Rt\.?|Right|Most)\s+)?Honou?rable|Hon\.)\s*"
             r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+|Ambassador\s+|Professor\s+|Professeur\s+|"
             r"Senator\s+)?"
             r"(?:Sheikh\s+|Shaikh\s+)?"
             r"|(?:Mr|Ms|Mrs|Miss|Dr|Prof|Amb)\.?\s+|(?:Ambassador|Professor|Sir|Dame|Madame|Monsieur|"
             r"Dato['’]?\s+Sri|Dato['’]?|Datuk|Tan\s+Sri|Sheikh|Shaikh)\s+)")
HONORIFIC_RE = re.compile(r"(?<![\w.])" + HONORIFIC + r"(?=[A-Z])")
_NAME_WORD = (r"(?:[A-Zʻ][\w’'ʻ\-]*(?:\.[A-Z][\w’'ʻ\-]*)*\.?|"
              r"(?:de|da|van|von|der|bin|binti|al|el|le|la|dos|du)"
              r"(?=\s+[A-Z]))")
NAME_RE = re.compile(_NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,5}")
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
    # in Spanish and French: `El ministro ... de Relaciones Exteriores y de Cooperación`,
    # `Ministre des Affaires Etrangères`
    "Ministro", "Ministra", "Canciller", "Relaciones", "Exteriores", "Asuntos", "Cooperación",
    "Ministre", "Affaires", "Etrangères", "Étrangères", "Coopération", "Secretario",
    "Secretaria", "Viceministro", "Viceministra",
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


def is_post_word(word: str) -> bool:
    bare = re.sub(r"['’]s$", "", word.rstrip(".,"))
    # `Chairman-in-Office`, `Vice-Chair`: a post joined by hyphens (not `Okonjo-Iweala`).
    return (bare in _POST_WORDS or bare.split("-", 1)[0] in _POST_WORDS
            or (bare.isupper() and len(bare) <= 5 and bare.isalpha())
            or ref.find_country(bare) is not None or bare in _demonym_words()
            or ("." in bare[:-1] and not _INITIAL_NAME.fullmatch(bare)))


# A given name after the initial of a father's name, joined by its period (Mongolian
# names: `D.Gankhuyag`, `Ts.Elbegdorj`): a name, not an abbreviation like `U.S.`.
_INITIAL_NAME = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]{2,}")


def _demonym_words() -> set[str]:
    return set(demonyms.demonym_table())


def title_first(text: str, start: int, end: int, co: bool) -> Chair | None:
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
            if is_post_word(w) or start + run.start() + at < country_end:
                last_post = i
        name_words = words[last_post + 1:]
        if not name_words or len(name_words) > 5:
            continue
        if len(name_words) == 1 and last_post < 0 and not _INITIAL_NAME.fullmatch(
                name_words[0][1].rstrip(",.")):
            continue  # one capitalised word with no post before it: not a name
        if any(is_post_word(w) or w.rstrip(",.") in cw.WHEN_WORDS for _, w in name_words):
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


def read_person(text: str, start: int, end: int, co: bool) -> Chair | None:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip(" ,"))
    start += lead
    seg = text[start:end]
    while end > start and text[end - 1] in " ,.":
        end -= 1
        seg = text[start:end]
    hon = HONORIFIC_RE.match(seg)
    if not hon:
        return _country_chair(text, start, end, co) or title_first(text, start, end, co)
    hon_text = re.sub(r"\s+", " ", hon.group()).strip()
    pos = hon.end()
    name = NAME_RE.match(seg, pos)
    if not name:
        return None
    words = name.group()
    if all(is_post_word(w) for w in words.split()):  # `H.E. President of Peru X Y`
        return title_first(text, start + pos, end, co)
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


def split_chairs(text: str, start: int, end: int, co: bool) -> list[Chair]:
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
            person = read_person(text, at, seg_end, co)
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
        person = read_person(text, begin, stop, co)
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
