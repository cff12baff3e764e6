"""What the search index holds for a meeting, and what a search answers.

The index itself is mtgdesk.store.text_index (tantivy); this module is the part every
reader and writer of it shares: the folded words of each field of a meeting
(`document`), the tokens a text is cut into (`tokens`, the same for the index and for
a query, so they always agree), and `SearchResult`. No SQL, no tantivy.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

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


def tokens(text: str) -> list[str]:
    """The index's words of a text: folded (case, accents, width), Chinese and Japanese
    as overlapping pairs of characters (mtgdesk.domain.textfold.index_text)."""
    return _WORD_CUT.findall(index_text(text))


def joined(text: str) -> str:
    return " ".join(tokens(text))


def series_token(series: str) -> str:
    """One token standing for a series name: exact match, whatever its words."""
    digest = hashlib.blake2b(fold(series.strip()).encode(), digest_size=6).hexdigest()
    return f"ser{digest}"


def facet_tokens(record: MeetingRecord) -> list[str]:
    out = ["all", f"s{record.status}"]
    out += sorted({f"k{p.kind}" for p in record.paragraphs})
    if record.series and record.series.strip():
        out.append(series_token(record.series))
    return out


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


@lru_cache(maxsize=50_000)
def _participant_text(name: str, acronym: str | None, post: str | None,
                      delegation: str | None, honorific: str | None
                      ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(everything about a participant, what a chair: search matches) as index words,
    one value each. Cached: the same names come back in meeting after meeting."""
    names = [x for x in (name, acronym) if x]
    more = [x for n in names for x in expansions(n)]
    people = names + [x for x in (post, delegation, honorific) if x] + more
    return tuple(joined(x) for x in people), tuple(joined(x) for x in names + more)


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


def row(meeting_id: int, record: MeetingRecord) -> bytes:
    """What the result list shows of a meeting, kept in the index beside its words, so
    that a page of hits is read from the index alone: the summary's columns, then the
    texts a snippet is cut from (the paragraphs first, then the participants, title,
    place and references). Read back by mtgdesk.store.search_hits."""
    assert record.held_on is not None
    people = "; ".join(", ".join(x for x in (p.name, p.acronym and f"({p.acronym})",
                                             p.post) if x)
                       for p in record.participants)
    place = ", ".join(x for x in (record.venue, record.city, record.host_country) if x)
    refs = " ".join(x for x in (record.series, record.reference) if x)
    return json.dumps([
        meeting_id, record.title, record.held_on.toordinal(),
        record.ends_on.toordinal() if record.ends_on else None, record.venue,
        record.city, record.status, record.series, record.version or 0, record.uuid,
        [g.text for g in record.paragraphs], [people, record.title, place, refs],
    ], ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def document(meeting_id: int, record: MeetingRecord) -> Document:
    assert record.held_on is not None
    people: list[str] = []
    chairs: list[str] = []
    chair_names: list[str] = []
    for p in record.participants:
        everything, named = _participant_text(p.name, p.acronym, p.post, p.delegation,
                                              p.honorific)
        people.extend(everything)
        if p.role in CHAIR_ROLES:
            chairs.extend(named)
            chair_names.append(p.name)
    body = []
    for g in record.paragraphs:
        body.append(joined(g.text))
        if g.owner:
            body.append(joined(g.owner))
    place = (record.venue, record.city, record.host_country)
    extra = (record.series, record.reference, record.classification)
    return Document(
        meeting_id=meeting_id,
        day=record.held_on.toordinal(),
        text={
            "title": [joined(record.title)],
            "people": people,
            "chairs": chairs,
            "place": [joined(x) for x in place if x],
            "body": body,
            "extra": [joined(x) for x in extra if x],
        },
        title_exact=joined(record.title),
        facets=facet_tokens(record),
        year=str(record.held_on.year),
        series=(record.series or "").strip(),
        chairs=list(dict.fromkeys(chair_names)),
        participants=list(dict.fromkeys(p.name for p in record.participants if p.name)),
        kinds=sorted({p.kind for p in record.paragraphs}),
        row=row(meeting_id, record),
    )
