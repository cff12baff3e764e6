"""The search language a clerk types, parsed into plain values. No Qt, no SQL.

    refugees camp            both words, in any order, anywhere in the meeting
    "human security"         the exact phrase
    -draft                   meetings without the word
    UNHCR OR UNICEF          either word (OR binds the words on each side of it)
    refug*                   words starting with "refug"
    title:security  participant:UNHCR  chair:Tanaka  venue:Tokyo  series:ASTOP
    kind:decision  status:final  from:2007-01-01  to:2007-12-31  (from:2007, to:2007-06)
    human security 2007      a year alone is the word or the year held (either matches)

Any string is a valid query. What cannot be understood (a stray quote, a bracket, `*`
alone, `AND`, an unknown field, a bad date) is searched as text or ignored, never an
error: `parse` does not raise.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from mtgdesk.domain.textfold import fold, searchable
from mtgdesk.domain.vocab import ParagraphKind, Status

# Fields searched as text, and the ones that filter.
TEXT_FIELDS = ("title", "participant", "chair", "venue", "series")
FILTER_FIELDS = ("kind", "status", "from", "to")
FIELDS = TEXT_FIELDS + FILTER_FIELDS
FIELD_ALIASES = {"participants": "participant", "who": "participant", "chaired": "chair",
                 "place": "venue", "where": "venue", "since": "from", "until": "to"}

KINDS = tuple(k.value for k in ParagraphKind)
STATUSES = tuple(s.value for s in Status)
# A year typed alone ("human security 2007"): a clerk means the year held as often as
# the word, which a meeting's text seldom holds (the seed's record does not).
_YEAR = re.compile(r"(1[5-9]|20)[0-9]{2}")
MAX_TERMS = 32  # more is noise; it also keeps a pasted page from becoming a huge query


@dataclass(frozen=True)
class Term:
    """One thing to find. field None: anywhere; "kind"/"status": a facet value;
    "year": the year held (a year typed alone, beside the word itself)."""

    text: str
    field: str | None = None
    prefix: bool = False

    @property
    def is_facet(self) -> bool:
        return self.field in ("kind", "status", "year")


@dataclass(frozen=True)
class Query:
    # Every group must match; within a group any term may (OR).
    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    ignored: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_empty(self) -> bool:
        return not (self.groups or self.excluded or self.date_from or self.date_to)

    @property
    def has_text(self) -> bool:
        """True when relevance can mean something (some word or phrase to find)."""
        return any(not t.is_facet for g in self.groups for t in g)

    def highlight_terms(self) -> list[Term]:
        """The words and phrases a result snippet should show in bold."""
        return [t for g in self.groups for t in g if not t.is_facet and t.field != "chair"]

    def combined(self, other: Query) -> Query:
        """Both queries at once (a typed query and the filters beside it)."""
        return Query(
            groups=self.groups + other.groups,
            excluded=self.excluded + other.excluded,
            date_from=max(filter(None, (self.date_from, other.date_from)), default=None),
            date_to=min(filter(None, (self.date_to, other.date_to)), default=None),
            ignored=self.ignored + other.ignored,
        )


_SPACE = re.compile(r"\s+")


def _tokens(text: str) -> list[tuple[bool, str | None, str, bool]]:
    """(negated, field, value, quoted) for each piece of the query text."""
    out = []
    i, n = 0, len(text)
    while i < n:
        m = _SPACE.match(text, i)
        if m:
            i = m.end()
            continue
        negated = False
        if text[i] == "-" and i + 1 < n and not text[i + 1].isspace():
            negated, i = True, i + 1
        name = None
        m = re.match(r"([A-Za-z]+):(?=\S)", text[i:])
        if m and (m.group(1).lower() in FIELDS or m.group(1).lower() in FIELD_ALIASES):
            key = m.group(1).lower()
            name = FIELD_ALIASES.get(key, key)
            i += m.end()
        if i < n and text[i] == '"':
            end = text.find('"', i + 1)
            end = n if end < 0 else end  # a stray quote runs to the end
            out.append((negated, name, text[i + 1:end], True))
            i = end + 1
            continue
        m = re.compile(r'[^\s"]+').match(text, i)
        value = m.group() if m else ""
        i = m.end() if m else i + 1
        out.append((negated, name, value, False))
    return out


def parse_date(value: str, *, end: bool) -> date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first or last day."""
    m = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", value.strip())
    if not m:
        return None
    try:
        year = int(m.group(1))
        month = int(m.group(2) or (12 if end else 1))
        if m.group(3):
            return date(year, month, int(m.group(3)))
        day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, day)
    except ValueError:
        return None


def _facet(name: str, value: str) -> Term | None:
    v = fold(value).strip()
    if name == "kind":
        v = v[:-1] if v.endswith("s") and v[:-1] in KINDS else v
        return Term(v, "kind") if v in KINDS else None
    return Term(v, "status") if v in STATUSES else None


def parse(text: str) -> Query:
    """The query a clerk typed; never raises."""
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    ignored: list[str] = []
    date_from = date_to = None
    join_next = negate_next = False
    # NUL ends a string in SQL engines; a lone surrogate is not text at all.
    text = (text or "").encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")
    for negated, name, value, quoted in _tokens(text):
        if not quoted and name is None and not negated:
            if value == "OR":
                join_next = bool(groups)
                continue
            if value in ("AND", "&&"):
                continue
            if value == "NOT":
                negate_next = True
                continue
        negated = negated or negate_next
        negate_next = False
        if name in ("from", "to"):
            day = parse_date(value, end=name == "to")
            if day is None or negated:
                ignored.append(f"{name}:{value}")
            elif name == "from":
                date_from = day
            else:
                date_to = day
            join_next = False
            continue
        if name in ("kind", "status"):
            term = _facet(name, value)
            if term is None:
                ignored.append(f"{name}:{value}")
                join_next = False
                continue
        else:
            prefix = False
            if not quoted:
                value = value.strip("()[]{}")
                if value.endswith("*"):
                    value, prefix = value.rstrip("*"), True
            if not searchable(value):
                if value.strip():
                    ignored.append(value)
                continue
            term = Term(value, name, prefix)
        terms = [term]
        if (not quoted and name is None and not term.prefix
                and _YEAR.fullmatch(term.text)):
            terms.append(Term(term.text, "year"))
        if negated:
            excluded.append(term)  # "-2007": the word only (from:/to: leave a year out)
            join_next = False
        elif join_next:
            groups[-1].extend(terms)
            join_next = False
        else:
            groups.append(terms)
    if len(groups) > MAX_TERMS:
        ignored.append(f"(too many words: the first {MAX_TERMS} were used)")
    return Query(
        groups=tuple(tuple(dict.fromkeys(g)) for g in groups[:MAX_TERMS]),
        excluded=tuple(dict.fromkeys(excluded))[:MAX_TERMS],
        date_from=date_from,
        date_to=date_to,
        ignored=tuple(ignored),
    )


@dataclass(frozen=True)
class Filters:
    """What the boxes beside the search field ask, as plain values."""

    date_from: date | None = None
    date_to: date | None = None
    participant: str = ""
    chair: str = ""
    kinds: tuple[str, ...] = ()
    status: str = ""
    series: str = ""

    def as_query(self) -> Query:
        groups: list[tuple[Term, ...]] = []
        for name, value in (("participant", self.participant), ("chair", self.chair),
                            ("series", self.series)):
            if searchable(value):
                groups.append((Term(value.strip(), name),))
        kinds = tuple(Term(k, "kind") for k in self.kinds if k in KINDS)
        if kinds:
            groups.append(kinds)
        if self.status in STATUSES:
            groups.append((Term(self.status, "status"),))
        return Query(groups=tuple(groups), date_from=self.date_from, date_to=self.date_to)

    def as_json(self) -> dict[str, object]:
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "participant": self.participant, "chair": self.chair, "kinds": list(self.kinds),
            "status": self.status, "series": self.series,
        }

    @classmethod
    def from_json(cls, data: dict[str, object] | None) -> Filters:
        """Filters saved earlier; anything unexpected is dropped, never an error."""
        data = data if isinstance(data, dict) else {}

        def day(key: str) -> date | None:
            value = data.get(key)
            return parse_date(value, end=key == "to") if isinstance(value, str) else None

        def text(key: str) -> str:
            value = data.get(key)
            return value if isinstance(value, str) else ""

        kinds = data.get("kinds")
        return cls(
            date_from=day("from"), date_to=day("to"), participant=text("participant"),
            chair=text("chair"), status=text("status"), series=text("series"),
            kinds=tuple(k for k in kinds if k in KINDS) if isinstance(kinds, list) else (),
        )


def with_filters(query: Query, filters: Filters | None) -> Query:
    return query if filters is None else query.combined(filters.as_query())
