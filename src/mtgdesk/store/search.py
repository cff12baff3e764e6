"""What the search index holds for a meeting, and what a search answers.

The index itself is mtgdesk.store.text_index (tantivy); this module is the part every
reader and writer of it shares: the folded words of each field of a meeting and the
pairs of neighbouring words (`document`; `built` from a meeting `packed` as plain
values, which a child process building them is sent), the tokens a text is cut
into (`tokens`, the same for the index and for a query, so they always agree), and
`SearchResult`. No SQL, no tantivy.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.summary import Hit
from mtgdesk.domain.textfold import fold, index_text
from mtgdesk.domain.vocab import Role

ORDERS = ("relevance", "newest", "oldest")
CHAIR_ROLES = frozenset((Role.CHAIR.value, Role.CO_CHAIR.value))
TEXT_FIELDS = ("title", "people", "chairs", "place", "body", "extra")
MAX_TOKEN = 60  # characters; a longer "word" (a pasted hash) is cut, on both sides alike
_WORD = re.compile(r"\w+")
# Each word's first MAX_TOKEN characters (the group), the rest of it passed over.
_WORD_CUT = re.compile(rf"(\w{{1,{MAX_TOKEN}}})\w*")


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[Hit, ...]
    total: int  # meetings matching, all pages together (at least that many if not exact)
    order: str  # the order actually used ("relevance" needs words to rank by)
    ignored: tuple[str, ...] = field(default=())  # parts of the query not understood
    exact: bool = True  # False: `total` is a lower bound
    suggestion: str = ""  # "did you mean": the query with a word put right, or ""

    def describe_total(self) -> str:
        n = f"{self.total:,}" if self.exact else f"more than {self.total:,}"
        return f"{n} meeting{'s' if self.total != 1 or not self.exact else ''}"


# An ASCII text's words without the regular expression, the very same ones: for an
# ASCII character \w is a letter, a digit or "_", and folding it is lower case, so each
# byte is lowered or made a space (bytes.translate) and the text split on spaces. Some
# three times quicker than findall, and paragraphs' words are most of what an import
# indexes (the reading of every other text follows the same path).
_ASCII_WORDS = bytes(ord(c.lower()) if c.isalnum() or c == "_" else 32
                     for c in map(chr, range(128))) + b" " * 128


def tokens(text: str) -> list[str]:
    """The index's words of a text: folded (case, accents, width), Chinese and Japanese
    as overlapping pairs of characters (mtgdesk.domain.textfold.index_text)."""
    if text.isascii():
        words = text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()
        if words and max(map(len, words)) > MAX_TOKEN:
            return [w[:MAX_TOKEN] for w in words]
        return words
    return _WORD_CUT.findall(index_text(text))


def joined(text: str) -> str:
    return " ".join(tokens(text))


@lru_cache(maxsize=4096)
def series_token(series: str) -> str:
    """One token standing for a series name: exact match, whatever its words."""
    digest = hashlib.blake2b(fold(series.strip()).encode(), digest_size=6).hexdigest()
    return f"ser{digest}"


@lru_cache(maxsize=20_000)
def expansions(name: str) -> tuple[str, ...]:
    """Other names of a participant from the reference lists: an acronym finds its
    organisation, the organisation's name finds the acronym, a variant finds both."""
    from mtgdesk.domain import reference

    found: list[str] = []
    for look in (reference.find_organization, reference.find_agency):
        entry = look(name)
        if entry is not None:
            found += [entry.name, entry.acronym, *entry.aliases]
    country = reference.find_country(name)
    if country is not None:
        found += [country.name, *country.aliases]
    return tuple(f for f in dict.fromkeys(found) if f and f != name)


PAIR = "|"  # never in a token (word characters only)


def pairs(values: Iterable[str]) -> list[str]:
    """The pairs of neighbouring words of each value (its words joined by spaces),
    each once; none across two values (a name does not run into the next)."""
    out: dict[str, None] = {}
    for value in values:
        words = value.split()
        for a, b in pairwise(words):
            out[f"{a}{PAIR}{b}"] = None
    return list(out)


def _cut(text: str) -> tuple[str, str]:
    """A text's index words (`joined`) and the pairs of each two neighbours, both
    joined by spaces: the words cut once for both, and the pairs made by joins, not a
    string formatted each (a paragraph of 45 words has 44 of them). An ASCII text is
    cut as bytes (`tokens`), decoded once at the end."""
    if text.isascii():
        cut = text.encode("ascii").translate(_ASCII_WORDS).split()
        if cut and max(map(len, cut)) > MAX_TOKEN:
            cut = [w[:MAX_TOKEN] for w in cut]
        return (b" ".join(cut).decode("ascii"),
                b" ".join(map(b"|".join, pairwise(cut))).decode("ascii"))
    words = tokens(text)
    return " ".join(words), " ".join(map(PAIR.join, pairwise(words)))


@lru_cache(maxsize=50_000)
def _short(text: str) -> tuple[str, str]:
    """A short value's index words and their pairs (`_cut`). Cached: places, series,
    owners and classifications come back in meeting after meeting in a real archive
    too (a few hundred places and series for thousands of meetings)."""
    return _cut(text)


@lru_cache(maxsize=50_000)
def _participant(name: str, acronym: str | None, post: str | None,
                 delegation: str | None, honorific: str | None
                 ) -> tuple[tuple[str, ...], tuple[str, ...], str, str]:
    """(everything about a participant, what a chair: search matches, as index words
    one value each; its part of the result row; the pairs of the first, joined by
    spaces). Cached: the same names come back in meeting after meeting."""
    names = [x for x in (name, acronym) if x]
    more = [x for n in names for x in expansions(n)]
    cut = [_short(x) for x in names + [x for x in (post, delegation, honorific) if x]
           + more]
    label = ", ".join(x for x in (name, acronym and f"({acronym})", post) if x)
    return (tuple(v for v, _ in cut), tuple(_short(x)[0] for x in names + more), label,
            " ".join(p for _, p in cut if p))


@dataclass(frozen=True)
class Document:
    """One meeting as the index holds it: each text field as index words."""

    meeting_id: int
    day: int  # date held, as an ordinal
    # TEXT_FIELDS -> values, each its words joined by spaces. The index leaves a gap
    # between two values: a phrase does not run from one name into the next.
    text: dict[str, list[str]]
    title_exact: str  # the whole title's words: an exact title match ranks first
    facets: list[str]  # all, s<status>, k<kind>..., ser<series>
    year: str
    series: str  # as typed, for the filter panel's counts
    chairs: list[str]
    participants: list[str]
    kinds: list[str]
    row: bytes = b""  # what a result row shows and its snippet is cut from (`row`)
    # Each two neighbouring words of a value (`pairs`), joined by spaces: of the title,
    # once each, and of the other fields, as often as they stand together there. The
    # index is only asked whether a meeting holds a pair (a phrase's bonus and count,
    # text_query: constant scores, document frequencies), which a pair given twice
    # does not change; its fields keep no frequencies (index_option "basic").
    title_pairs: str = ""
    pairs: str = ""


# A meeting as plain values (str, int, None and tuples of them), what a child process
# building the index's documents is sent (store.index_apart): unpickled there at a
# fraction of the cost of records. In order: id, title, held_on and ends_on as
# ordinals, venue, city, host_country, series, reference, classification, status,
# version, uuid, the participants (name, acronym, post, delegation, honorific, role)
# and the paragraphs (text, kind, owner).
Packed = tuple[Any, ...]


def packed(meeting_id: int, record: MeetingRecord) -> Packed:
    """What `built` makes the meeting's document from: only what the document reads,
    as plain values (a vocabulary's member as its string)."""
    assert record.held_on is not None
    return (meeting_id, record.title, record.held_on.toordinal(),
            record.ends_on.toordinal() if record.ends_on else None, record.venue,
            record.city, record.host_country, record.series, record.reference,
            record.classification, str(record.status), record.version, record.uuid,
            tuple((p.name, p.acronym, p.post, p.delegation, p.honorific, str(p.role))
                  for p in record.participants),
            tuple((g.text, str(g.kind), g.owner) for g in record.paragraphs))


def built(meeting: Packed) -> Document:
    """The index's document of a meeting `packed`."""
    (meeting_id, title, day, ends, venue, city, host, series, reference, classification,
     status, version, uuid, participants, paragraphs) = meeting
    people: list[str] = []
    chairs: list[str] = []
    chair_names: list[str] = []
    labels: list[str] = []
    # The pairs of the fields other than the title, in their order (people, chairs,
    # place, body, extra), each value's joined by spaces: a chair's values are among
    # the people's, and add none.
    rest: list[str] = []
    for name, acronym, post, delegation, honorific, role in participants:
        everything, named, label, its_pairs = _participant(name, acronym, post,
                                                           delegation, honorific)
        people.extend(everything)
        labels.append(label)
        rest.append(its_pairs)
        if role in CHAIR_ROLES:
            chairs.extend(named)
            chair_names.append(name)
    place = []
    for x in (venue, city, host):
        if x:
            value, its_pairs = _short(x)
            place.append(value)
            rest.append(its_pairs)
    body = []
    for text, _, owner in paragraphs:
        value, its_pairs = _cut(text)
        body.append(value)
        rest.append(its_pairs)
        if owner:
            value, its_pairs = _short(owner)
            body.append(value)
            rest.append(its_pairs)
    extra = []
    for x, short in ((series, True), (reference, False), (classification, True)):
        if x:
            # A reference is most often one meeting's own: not kept in the cache.
            value, its_pairs = _short(x) if short else _cut(x)
            extra.append(value)
            rest.append(its_pairs)
    kinds = sorted({kind for _, kind, _ in paragraphs})
    facets = ["all", f"s{status}", *(f"k{k}" for k in kinds)]
    if series and series.strip():
        facets.append(series_token(series))
    words, title_pairs = _cut(title)
    where = ", ".join(x for x in (venue, city, host) if x)
    refs = " ".join(x for x in (series, reference) if x)
    # What the result list shows of the meeting, kept in the index beside its words,
    # so that a page of hits is read from the index alone: the summary's columns, then
    # the texts a snippet is cut from (the paragraphs first, then the participants,
    # title, place and references). Read back by mtgdesk.store.search_hits.
    row = json.dumps([
        meeting_id, title, day, ends, venue, city, status, series, version or 0, uuid,
        [g[0] for g in paragraphs], ["; ".join(labels), title, where, refs],
    ], ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    return Document(
        meeting_id=meeting_id,
        day=day,
        text={"title": [words], "people": people, "chairs": chairs, "place": place,
              "body": body, "extra": extra},
        title_exact=words,
        facets=facets,
        year=str(date.fromordinal(day).year),
        series=(series or "").strip(),
        chairs=list(dict.fromkeys(chair_names)),
        participants=list(dict.fromkeys(p[0] for p in participants if p[0])),
        kinds=kinds,
        row=row,
        title_pairs=" ".join(dict.fromkeys(title_pairs.split())),
        pairs=" ".join(filter(None, rest)),
    )


def document(meeting_id: int, record: MeetingRecord) -> Document:
    return built(packed(meeting_id, record))
