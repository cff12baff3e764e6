"""Countries named by their people's adjective before a post or a delegation: `Cambodian
Deputy Prime Minister`, `the Finnish and Icelandic prime ministers`, `the Turkmen side`.
The names themselves are read by mtgdesk.releases.names."""

from __future__ import annotations

import re
from functools import cache
from itertools import compress

from mtgdesk.domain import reference as ref
from mtgdesk.releases.names import COUNTRY, Found, gazetteer
from mtgdesk.releases.spans import Taken

_WORD_OF = re.Match.group  # a match's whole text, as a function to map

# Demonyms the reference list does not carry, or carries in another form.
_MORE_DEMONYMS = {
    "Laotian": "Lao People's Democratic Republic", "Filipino": "Philippines",
    "South Korean": "Republic of Korea", "North Korean": "Democratic People's Republic of Korea",
    "Nepalese": "Nepal", "Emirati": "United Arab Emirates", "Bruneian": "Brunei Darussalam",
    "Timorese": "Timor-Leste", "Papua New Guinean": "Papua New Guinea", "US": "",
    "Vietnam": "", "Korean": "Republic of Korea", "Moldovan": "Republic of Moldova",
    # The usual short adjectives beside the list's own (`Bosnian Presidency members`,
    # `the Kazakh Foreign Minister`, `Burmese officials`)
    "Bosnian": "Bosnia and Herzegovina", "Macedonian": "North Macedonia",
    "Kazakh": "Kazakhstan", "Kyrgyz": "Kyrgyzstan", "Burmese": "Myanmar",
    "Azeri": "Azerbaijan", "Argentinian": "Argentina", "Salvadorean": "El Salvador",
    "Trinidadian": "Trinidad and Tobago", "Equatoguinean": "Equatorial Guinea",
    "Burkinabé": "Burkina Faso", "Motswana": "Botswana", "Vanuatuan": "Vanuatu",
}
_TITLE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:Deputy|Vice|Senior|First|Second|Acting|State|Prime|Foreign|Defence|"
    r"Defense|Trade|Union|Permanent|Chief|Special|Assistant|Under|Parliamentary|Crown|"
    r"External|Affairs|Cabinet|Executive|Minister|Secretary|General|Senior)\s+){0,4}"
    # (in lower case too: `the Finnish and Icelandic prime ministers met`)
    r"(?:(?:prime|deputy|vice|foreign|defen[cs]e|trade|finance|economy|interior)\s+){0,2}"
    r"(?:Minister|Ministers|presidents?|Secretary|Ambassador|President|Premier|Councilor|Councillor|"
    r"Counsellor|Envoy|Representative|Director|Prince|Princess|King|Queen|Chancellor|"
    r"Senator|Chair|Chairman|Chairmanship|Foreign|delegation|delegations|side|team|officials?|"
    r"counterparts?|participants?|representatives?|diplomats?|government|leaders?|"
    r"ministers?|envoys?|chairmanship|Ministry|National|Government|authorities|Commission|"
    r"Authority|Embassy|Mission|colleagues?|foreign\s+ministers?)\b")
# Demonyms joined before one post: `the Chinese and Russian envoys`, `his Brazilian and
# Paraguayan colleagues`, `Chinese, Japanese and Korean delegations`.
_JOINED_DEMONYM = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)"
                             r"(?P<next>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")


def _title_follows(text: str, at: int, table: dict[str, str], depth: int = 0) -> bool:
    """A post follows text[:at], at once or after more demonyms joined to this one."""
    if _TITLE_AFTER.match(text, at):
        return True
    joined = _JOINED_DEMONYM.match(text, at)
    if joined is None or depth >= 4:
        return False
    words = joined["next"].split()
    for n in range(len(words), 0, -1):  # `Papua New Guinean` before `Papua`
        if " ".join(words[:n]) in table:
            stop = joined.start("next") + len(" ".join(words[:n]))
            return _title_follows(text, stop, table, depth + 1)
    return False


@cache
def demonym_table() -> dict[str, str]:
    table = {c.demonym: c.name for c in ref.countries() if c.demonym and c.demonym != c.name}
    for word, country in _MORE_DEMONYMS.items():
        if country:
            table.setdefault(word, country)
    return table


@cache
def _demonym_firsts() -> frozenset[str]:
    return frozenset(key.split(" ")[0] for key in demonym_table())


@cache
def _sharing_demonym() -> dict[str, tuple[str, ...]]:
    """Demonyms of more than one country (`Congolese`: the Congo and the DR Congo)."""
    by_word: dict[str, list[str]] = {}
    for c in ref.countries():
        if c.demonym and c.demonym != c.name:
            by_word.setdefault(c.demonym, []).append(c.name)
    return {w: tuple(names) for w, names in by_word.items() if len(names) > 1}


def _listed_among(text: str, word: str, name: str, listed: list[set[str]]) -> str:
    """Of the countries sharing demonym `word`, the one the text names (else `name`)."""
    candidates = _sharing_demonym().get(word)
    if not candidates:
        return name
    if not listed:
        listed.append({f.name for f in gazetteer(text, 0, len(text), [])
                       if f.kind == COUNTRY})
    return next((c for c in candidates if c in listed[0]), name)


_DEMONYM_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")


def demonyms(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[Found]:
    """Countries named by their people's adjective before a post or a delegation:
    `Cambodian Deputy Prime Minister`, `Lao Foreign Minister`, `the Turkmen side`."""
    table = demonym_table()
    done: Taken | None = None  # made when a demonym is first found
    listed: list[set[str]] = []  # the countries the whole text names, when first needed
    out: list[Found] = []
    # (Of the text cut out: its start is not after a word, as the pattern first read it.)
    words = list(_DEMONYM_WORD.finditer(text[start:end]))
    i = 0  # the first word not yet taken by a demonym
    # Only the words a demonym starts with are looked at, picked out in C.
    for at in compress(range(len(words)), map(_demonym_firsts().__contains__,
                                              map(_WORD_OF, words))):
        if at < i:
            continue
        taken = 1
        for n in (3, 2, 1):  # `Papua New Guinean` before `Guinean`
            run = words[at:at + n]
            # A line may break inside the demonym ("South\n Sudanese"): any run of
            # spaces between its words, read as one space.
            if len(run) < n or any(not text[start + a.end():start + b.start()].isspace()
                                   for a, b in zip(run, run[1:], strict=False)):
                continue
            s0, s1 = start + run[0].start(), start + run[-1].end()
            written = " ".join(w.group() for w in run)
            name = table.get(written)
            if name is None:
                continue
            done = done or Taken(skip)
            if done.overlaps((s0, s1)) or not _title_follows(text, s1, table):
                continue
            name = _listed_among(text, written, name, listed)
            country = ref.find_country(name)
            out.append(Found(COUNTRY, country.name if country else name, s0, s1, 0.85,
                             article=(country.article or None) if country else None,
                             note=f"by its demonym (written “{written}”)"))
            taken = n
            break
        i = at + taken
    return out
