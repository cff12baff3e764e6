"""Countries, organisations and agencies named in running text, found through the
reference lists (mtgdesk.domain.reference) so that variants resolve to one name.

Three finders, each returning spans: names followed by an acronym in parentheses or
brackets (`the World Food Programme (WFP)`), names and variants the reference lists
know (`Vietnam`, `ROK`, `the U.S.`), and groups that stand for their members
(in releases.groups).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, chain, compress
from operator import itemgetter

from mtgdesk.domain import reference as ref
from mtgdesk.releases.spans import Taken

COUNTRY, ORGANIZATION, AGENCY = "country", "organization", "agency"


@dataclass
class Found:
    kind: str
    name: str  # the reference list's name, or the words as written when it is unknown
    start: int  # the words in the text (without a leading "the")
    end: int
    confidence: float
    acronym: str | None = None
    article: str | None = None
    note: str = ""
    host_country: str | None = None  # an agency's government, from the reference list


# --- the reference lists as one pattern --------------------------------------------

def _pattern(spelling: str) -> str:
    parts = []
    for ch in spelling:
        if ch in "'’":
            parts.append("['’]")
        elif ch == " ":
            parts.append(r"\s+")
        elif ch == "-":
            parts.append(r"[-‐–\s]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


@lru_cache(maxsize=4096)
def _written_last(spelling: str) -> re.Pattern[str]:
    """A spelling at the end of a text (before its acronym), compiled once: the re
    module's own cache of 512 patterns is too small for the reference lists."""
    return re.compile(_pattern(spelling) + r"\s*$", re.IGNORECASE)


@cache
def _gazetteer() -> tuple[dict[str, tuple[str, object, bool]], int]:
    """Every spelling of the reference lists by its lookup key, and the longest in words.

    A dictionary of keys, not one regular expression of a thousand alternatives: each
    capitalised word of a sentence is tried as the start of a name, longest first.
    """
    table: dict[str, tuple[str, object, bool]] = {}
    longest = 1

    def add(spelling: str, kind: str, entry: object) -> None:
        nonlocal longest
        key = ref.normalize(spelling)
        caps = spelling.replace(".", "").replace("-", "").isupper()
        if len(key) >= 2 and key not in table:
            table[key] = (kind, entry, caps)
            longest = max(longest, len(spelling.split()))

    for c in ref.countries():
        add(c.name, COUNTRY, c)
    for o in ref.organizations():
        add(o.name, ORGANIZATION, o)
    for a in ref.agencies():
        add(a.name, AGENCY, a)
    for c in ref.countries():
        for s in c.aliases:
            add(s, COUNTRY, c)
    for o in ref.organizations():
        for s in (*o.aliases, o.acronym):
            add(s, ORGANIZATION, o)
    for a in ref.agencies():
        for s in (*a.aliases, a.acronym):
            add(s, AGENCY, a)
    return table, longest


@cache
def _prefixes() -> frozenset[str]:
    """Every beginning of every key of the gazetteer: a run of words whose keys joined
    are no such beginning starts no name, and the longer runs need no looking up."""
    table, _ = _gazetteer()
    return frozenset(key[:n] for key in table for n in range(1, len(key) + 1))


@lru_cache(maxsize=65536)
def _key(token: str) -> str:
    """A token's lookup key; releases repeat their words, so each is normalised once."""
    return ref.normalize(token)


# A word (`U.S.`, `Guinea-Bissau`, `d’Ivoire`; not the `’s` after one), with the marks
# and spaces before it: no word starts at any of those (none is \w), so the words'
# offsets are summed from the lengths in C, with no match object made for each word.
_GAP_AND_WORD = re.compile(r"(\W*)((?:[A-Z]\.){2,}|\w[\w&-]*(?:['’](?!s\b)[\w&-]*)*)")


# Capitalised words that may stand before a name without being part of it.
_FREE_BEFORE = {"The", "And", "From", "Namely", "Including", "With", "Both", "Of", "In",
                "Among", "By", "For", "Also", "Representatives", "Delegations", "Officials",
                "Participants", "Countries", "Observers", "Members", "Delegates", "As",
                "Well", "Plus", "Such", "Member", "Associate", "Observer", "Guest",
                "Partner",
                # A post before its country, in a wire's short style: `Deputy Prime
                # Minister/ Foreign Minister Kazakhstan`, `Prime Minister Thailand`
                "Minister"}


# Words that make a country's name part of a longer one: `Japan International
# Cooperation Agency`, `South China Sea`, `Korea Foundation`, `Mekong-Japan Summit`.
_LONGER_NAME = re.compile(
    r"(?:Agency|International|Institute|University|Foundation|Bank|Fund|Council|Committee|"
    r"Ministry|Airlines?|Times|Post|News|Daily|Herald|Sea|Ocean|River|Strait|Peninsula|"
    r"Basin|Region|Forum|Dialogue|Initiative|Partnership|Cooperation|Co-operation|Centre|"
    r"Center|Association|Society|Trade|Business|Chamber|Corporation|Company|Development|"
    r"Summit|Meeting|Conference|Group|Program|Programme|Office|Embassy|Mission|Consulate|"
    r"Plus|Economic|Relations|Studies|Policy|Maritime|Coast|Navy|Army|Police|Customs|"
    r"Federation|Union|Process|Strategy|Declaration|Action|Plan|Vision|Framework|Cup|Games|"
    r"Prize|Award|National|Railway|Airport|Port|Harbour|Bay|Gulf|Islands?|Friendship|Year|"
    r"Exchange|Energy|Investment|Commission|Network|Academy|School|College|Museum|Hotel|"
    r"Hall|House|Tower|Square|Street|Road|Avenue|Park|Press|Radio|Television|TV|Agreement|"
    r"Treaty|Convention|Charter|Accord|Consultations?|Talks|Ministerial|Senior|Joint|"
    r"Organi[sz]ation|Service|Authority|Board|Corps|Force|Guard|Party)\b")


_WORD_BEFORE = re.compile(r"([A-Z][\w’'\-]*)[ \t]+$")
_WORDS_AFTER = re.compile(r"[ \t]+((?:[A-Z][\w’'\-]*[ \t]*){1,4})")


def _standalone(text: str, start: int, end: int) -> bool:
    """False when the match is only part of a longer proper name (`Latin America`,
    `Japan International Cooperation Agency`): a capitalised word stands before it, or
    the capitalised words after it name a body. A person's name after it is no such
    thing: `the Foreign Minister of Kazakhstan Yerlan Idrisov`."""
    window = text[max(0, start - 40):start]
    # (The pattern ends in spaces before the end, or before a line break ending it.)
    before = _WORD_BEFORE.search(window) if window.endswith((" ", "\t", " \n", "\t\n")) \
        else None
    if before and before.group(1) not in _FREE_BEFORE and not _a_dateline_word(before.group(1)):
        return False
    after = _WORDS_AFTER.match(text, end, end + 60) if text[end:end + 1] in (" ", "\t") \
        else None
    return not (after and _LONGER_NAME.search(after.group(1)))


def _a_dateline_word(word: str) -> bool:
    """A word in capitals the reference lists do not know, a dateline's city or news
    agency (`BAKU. KAZINFORM Kazakhstan’s delegation`), not a body's name before it."""
    return len(word) >= 5 and word.isupper() and ref.find_organization(word) is None \
        and ref.find_country(word) is None


_AND_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t]+(?:and|&)[ \t]+$")
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


def _inside_a_longer_name(text: str, start: int, words: str, entry: object) -> bool:
    """A short alias ending another body's name: `Security Council` in `the ECOWAS
    Mediation and Security Council`, not the UN's; `General Assembly` in `the General
    Assembly of the OAS`. (The name or acronym itself stands.)"""
    if not isinstance(entry, ref.Organization) or ref.normalize(words) in (
            ref.normalize(entry.name), ref.normalize(entry.acronym or "")):
        return False
    return bool(_AND_BEFORE.search(text[max(0, start - 40):start])
                or _OF_AFTER.match(text, start + len(words)))  # read in place, not copied


@lru_cache(maxsize=65536)
def _starts_a_name(word: str) -> bool:
    """A capitalised word but `The` whose key begins a key of the gazetteer (or is
    empty): the only words a name can start at. Asked of every word in C, from this
    cache (releases repeat their words): the others cost no step of Python."""
    key = _key(word)
    return word[0].isupper() and word != "The" and (not key or key in _prefixes())


_WORD_OF = re.Match.group


@lru_cache(maxsize=64)
def _tokens(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """The words of text[start:end]: their starts, ends and text, cut in C. A sentence
    is looked up several times (is it a list? who took part?), cut once. (The text's
    hash is computed once by Python and kept; a hit compares it by identity.)"""
    pairs = _GAP_AND_WORD.findall(text, start, end)
    at = list(accumulate(map(len, chain.from_iterable(pairs)), initial=start))
    return at[1::2], at[2::2], list(map(itemgetter(1), pairs))


@lru_cache(maxsize=64)
def _candidates(text: str, start: int, end: int
                ) -> tuple[tuple[int, int, tuple[tuple[int, int, str, object, str], ...]], ...]:
    """The names that may start at each word of text[start:end], longest first, with
    what does not depend on the spans already read checked (the written form, and that
    the name is not part of a longer one): a sentence is read for names several times
    (is it a list? who took part?), with other spans taken each time, and looked up once.
    Each: the word's number and start, and its candidates: the word after it, its end,
    kind, reference entry and words."""
    table, longest = _gazetteer()
    prefixes = _prefixes()
    starts, ends, words = _tokens(text, start, end)
    out = []
    for i in compress(range(len(words)), map(_starts_a_name, words)):
        # The runs of words from word i that are names, longest first (a key's every
        # beginning is in _prefixes, so the first run that is none ends the search).
        hits = []
        joined = ""
        for j in range(i + 1, min(len(words), i + longest) + 1):
            joined += _key(words[j - 1])
            if joined and joined not in prefixes:
                break
            hit = table.get(joined)
            if hit is not None:
                hits.append((j, hit))
        kept = []
        s0 = starts[i]
        for j, hit in reversed(hits):
            s1 = ends[j - 1]
            written = text[s0:s1]
            kind, entry, caps = hit
            if caps and not written.replace(".", "").replace("-", "").isupper():
                continue  # `Us` is not the United States
            if not caps and written.isupper() and len(written) <= 4:
                continue
            if not _standalone(text, s0, s1):
                continue
            if kind == ORGANIZATION and _inside_a_longer_name(text, s0, written, entry):
                continue
            kept.append((j, s1, kind, entry, written))
        if kept:
            out.append((i, s0, tuple(kept)))
    return tuple(out)


def gazetteer(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    candidates = _candidates(text, start, end)
    if not candidates:
        return out  # (most sentences: the spans read so far are not sorted for nothing)
    done = Taken(skip)
    i = 0  # the first word a name may start at (after the last name read)
    for at, s0, kept in candidates:
        if at < i:
            continue
        for j, s1, kind, entry, words in kept:
            if done.overlaps((s0, s1)):
                continue
            found = _found(kind, entry, words, s0, s1)
            if found is not None:
                out.append(found)
                i = j
                break
    return out


def _found(kind: str, entry: object, words: str, s0: int, s1: int) -> Found | None:
    if isinstance(entry, ref.Country):
        return Found(COUNTRY, entry.name, s0, s1, 0.95, article=entry.article or None,
                     note="reference list" + ("" if words == entry.name
                                              else f" (written “{words}”)"))
    if isinstance(entry, ref.Organization):
        # The acronym only when the release wrote it: the record keeps what it says.
        return Found(ORGANIZATION, entry.name, s0, s1, 0.9,
                     acronym=entry.acronym if words == entry.acronym else None,
                     note="reference list")
    if isinstance(entry, ref.Agency):
        return Found(AGENCY, entry.name, s0, s1, 0.85,
                     acronym=entry.acronym if words == entry.acronym else None,
                     note="reference list", host_country=entry.country)
    return None


# --- `Name (ACR)` --------------------------------------------------------------------

ACRONYM_RE = re.compile(r"[ \t]*[(\[](?P<acr>(?:[A-Z][A-Za-z0-9&.\-]*)(?:[\s-]+[A-Z][A-Za-z]*)?)"
                        r"[)\]]")
_CONNECT = {"of", "for", "on", "to", "in", "at", "de", "des", "du", "la", "and", "the",
            "&", "d’"}
_WORD = re.compile(r"[A-Za-z0-9][\w’'\-.&]*|[,;:“”\"]")


# Capitalised words that name a meeting, a programme, a unit, a room, a national body, a
# paper or a person's post, not an international organisation: `the Committee of Senior
# Officials (CSO)`, `IORA Sustainable Development Programme`, `Human Security Unit`, `JD
# Anthony Room`. Read for a name with an acronym here (agencies come from the reference
# list or from a sentence about the host's agencies) and for the items of a list the
# reference lists do not know (attendance._leftovers).
NOT_AN_ORG = re.compile(
    r"\b(?:Meeting|Conference|Summit|Session|Dialogue|Consultations?|Working\s+Group|Senior\s+"
    r"(?:[A-Z][a-z]+\s+)?Officials|Ministerial|Council\s+of\s+Ministers|Committee\s+of|Process|"
    r"Mechanism|Programme|Program|Initiative|Plan|Strategy|Room|Hall|Hotel|Unit|Division|"
    r"Section|Branch|Ministry|Department|Bureau|Special\s+Agency|Services|Declaration|"
    r"Statement|Resolution|Agenda|Report|Project|Partnership|Minister|Secretary|Director|"
    r"Ambassador|Councilor|Representative|Commissioner|President|Chairs?|Co-Chairs?|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|^\d|"
    # A count of bodies, not one: `Seven (7) Regional Economic Communities (RECs)`.
    r"^(?:(?:The|All|Both)\s+)?(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|"
    r"Twelve)\b")


def _is_acronym(acr: str) -> bool:
    caps = sum(ch.isupper() for ch in acr)
    return caps >= 2 or ref.find_organization(acr) is not None


# The longest name in the reference lists is under 100 characters; a written one with
# its article and a few lower-case words stays well under this.
NAME_REACH = 300


def _name_before(text: str, pos: int, floor: int) -> tuple[int, str] | None:
    """The capitalised name ending at pos: `the UN Office for the Coordination of
    Humanitarian Affairs` -> `UN Office ... Affairs` (a leading article is not kept).
    A name is looked for in the NAME_REACH characters before pos: reading back to the
    sentence's start for each acronym was quadratic in a long list."""
    words = [(m.start(), m.group())
             for m in _WORD.finditer(text, max(floor, pos - NAME_REACH), pos)]
    i = len(words) - 1
    begin = None
    while i >= 0:
        at, w = words[i]
        if w[0].isupper() or w[0].isdigit():
            begin = at
        elif w in ("of", "for", "on", "to", "in", "de", "des", "du", "la", "at", "against"):
            pass
        elif w == "and" and 0 < i < len(words) - 1 and words[i - 1][1][0].isupper() \
                and words[i + 1][1][0].isupper():
            pass  # `Piracy and Armed Robbery`; a listed name before `and` is cut later
        elif w == "the" and i > 0 and words[i - 1][1] in ("of", "for", "on", "to", "in", "at"):
            pass
        else:
            break
        i -= 1
    if begin is None or not _initial_fits(text[begin:pos], text[pos:pos + 20]):
        # `the ASEAN Coordinating Centre for ... on disaster management (AHA Centre)`:
        # a few lower-case words may end a name whose first word fits the acronym.
        longer = _lowercase_tail(words, len(words) - 1, text, pos)
        if longer is not None:
            begin = longer
    if begin is None:
        return None
    begin = _after_listed_and(text, begin, pos)
    name = text[begin:pos].strip()
    # Trailing or leading connectors are not part of a name.
    while True:
        first = name.split(" ", 1)
        if len(first) == 2 and first[0] in _CONNECT:
            begin += len(first[0]) + 1
            name = first[1]
            continue
        break
    return begin, name


def _initial_fits(name: str, after: str) -> bool:
    acr = re.match(r"\s*[(\[]\s*([A-Za-z])", after)
    return not acr or name.strip()[:1].lower() == acr.group(1).lower()


def _lowercase_tail(words: list[tuple[int, str]], i: int, text: str, pos: int) -> int | None:
    """Start of a name that ends in up to four lower-case words, if its first word
    begins with the acronym's first letter."""
    lower = 0
    while i >= 0 and words[i][1][0].islower() and words[i][1] not in ("the", "and") \
            and lower < 4:
        lower += 1
        i -= 1
    if lower == 0:
        return None
    found = _name_before(text, words[i + 1][0], words[0][0] if words else 0) \
        if i >= 0 else None
    if found is None:
        return None
    begin, _ = found
    return begin if _initial_fits(text[begin:pos], text[pos:pos + 20]) else None


def _after_listed_and(text: str, begin: int, pos: int) -> int:
    """`Thailand and the World Bank Institute (WBI)`: a name never starts with a country
    or organisation the lists know followed by `and`; cut after the last such `and`."""
    for m in list(re.finditer(r"\s+and\s+", text[begin:pos]))[::-1]:
        left_end = begin + m.start()
        known = gazetteer(text, begin, left_end, [])
        if known and known[-1].end == left_end:
            return begin + m.end()
    return begin


def _similar(a: str, b: str) -> bool:
    wa = {w for w in re.findall(r"\w+", a.lower()) if len(w) > 2}
    wb = {w for w in re.findall(r"\w+", b.lower()) if len(w) > 2}
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.5


def with_acronyms(text: str, start: int, end: int, skip: list[tuple[int, int]], *,
                  agency_context: bool = False) -> list[Found]:
    out: list[Found] = []
    if text.find("(", start, end) < 0 and text.find("[", start, end) < 0:
        return out  # no acronym without its bracket (most sentences: known in C)
    done = Taken(skip)
    for m in ACRONYM_RE.finditer(text, start, end):
        acr = re.sub(r"\s+", " ", m["acr"])
        if not _is_acronym(acr) or done.overlaps(m.span()):
            continue
        known = ref.find_organization(acr) or ref.find_agency(acr)
        found_at = None
        if known is not None:  # the name as the reference list spells it, if it is there
            spellings = [known.name, *known.aliases]
            for s in sorted(spellings, key=len, reverse=True):
                # Only the words just before the acronym can be its name: searching
                # the whole sentence for each acronym was quadratic in a long list.
                at = max(start, m.start() - 2 * len(s) - 40)
                before = text[at:m.start()]
                hit = _written_last(s).search(before)
                if hit:
                    found_at = (at + hit.start(), before[hit.start():].strip())
                    break
        if found_at is None:
            found_at = _name_before(text, m.start(), start)
        if found_at is None:
            continue
        begin, written = found_at
        written = re.sub(r"\s+", " ", written)
        if done.overlaps((begin, m.end())):
            continue
        country = ref.find_country(written)
        org = ref.find_organization(written)
        agency = ref.find_agency(written) or (ref.find_agency(acr) if known is None else None)
        if country is not None:
            out.append(Found(COUNTRY, country.name, begin, m.end(), 0.95,
                             article=country.article or None, note="reference list"))
            continue
        if org is None and agency is None and known is not None and _similar(written,
                                                                             known.name):
            if isinstance(known, ref.Agency):
                agency = known
            else:
                org = known
        if agency is not None and (agency_context or org is None):
            out.append(Found(AGENCY, agency.name, begin, m.end(), 0.9,
                             acronym=agency.acronym or acr, note="reference list",
                             host_country=agency.country))
        elif org is not None:
            out.append(Found(ORGANIZATION, org.name, begin, m.end(), 0.95,
                             acronym=org.acronym or acr, note="reference list"))
        else:
            kind = AGENCY if agency_context else ORGANIZATION
            if kind == ORGANIZATION and (NOT_AN_ORG.search(written) or any(
                    ref.find_organization(a) for a in re.findall(r"\(([A-Z]{2,8})\)", written))):
                continue  # `the Committee of Senior Officials (CSO)`, `the AU (AU) PSC`
            out.append(Found(kind, written, begin, m.end(), 0.75, acronym=acr,
                             note="not in the reference list: kept as written"))
    return out

