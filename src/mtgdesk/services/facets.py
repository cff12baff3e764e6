"""What the filter panel shows beside a search: how many of the matches fall in each
year, series, chair, participant and kind of paragraph ("2007 (12)"), and, for a query
that finds little, a spelling of it that finds more ("did you mean Tsuruoka?"), taken
from the index's own words."""

from __future__ import annotations

from mtgdesk.domain.query import Filters, parse, with_filters
from mtgdesk.domain.summary import Facets
from mtgdesk.services import indexing
from mtgdesk.store.search import tokens
from mtgdesk.store.session import Engine
from mtgdesk.store.text_index import TextIndex
from mtgdesk.store.text_query import compile_query

FIELDS = ("year", "series", "chair", "participant", "kind")
FEW = 2  # a query finding this many meetings or fewer gets a suggestion
SPELLING_FIELDS = ("title", "people", "place", "body")


def facets(engine: Engine, query: str, filters: Filters | None = None, *,
           size: int = 10) -> Facets:
    parsed = with_filters(parse(query), filters)
    index = indexing.readable(engine)
    reading = index.reading()
    q = compile_query(index.schema, parsed, rank=False, held=reading.held)
    # One pass over the matches for all five (each its own pass took six times as
    # long on a broad query); the year first: one a meeting, the count of matches.
    total, found = index.counts(q, {name: 200 if name == "year" else size
                                    for name in FIELDS}, reading)
    counts = {name: tuple(sorted(found[name], reverse=True)[:size * 3] if name == "year"
                          else found[name]) for name in FIELDS}
    return Facets(total, counts)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), stopping above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        prev2, prev = prev, row
    return prev[-1]


def _best_spelling(index: TextIndex, word: str) -> str | None:
    if len(word) < 4 or not word.isalpha():
        return None
    limit = 1 if len(word) < 6 else 2
    candidates: dict[str, int] = {}
    for field in SPELLING_FIELDS:
        for term, n in index.terms(field, word[:1], 5000):
            if term != word and edit_distance(word, term, limit) <= limit:
                candidates[term] = candidates.get(term, 0) + n
    if not candidates:
        return None
    return max(candidates, key=lambda t: (candidates[t], -edit_distance(word, t), t))


def suggestion(engine: Engine, query: str, filters: Filters | None = None) -> str:
    """The query with its misspelt words put right, when that finds more; else ""."""
    parsed = with_filters(parse(query), filters)
    index = indexing.readable(engine)
    reading = index.reading()
    found = index.count(compile_query(index.schema, parsed, rank=False, held=reading.held),
                        reading)
    if found > FEW or not parsed.has_text:
        return ""
    text, changed = query, False
    for group in parsed.groups:
        for term in group:
            if term.field not in (None, "title", "participant", "chair", "venue") or \
                    term.prefix:
                continue
            for word in tokens(term.text):
                if _known(index, word):
                    continue
                better = _best_spelling(index, word)
                if better is not None:
                    text, changed = _replace_word(text, word, better), True
    if not changed:
        return ""
    again = with_filters(parse(text), filters)
    return text if index.count(compile_query(index.schema, again, rank=False)) > found else ""


def _known(index: TextIndex, word: str) -> bool:
    return any(index.doc_freq(f, word) for f in SPELLING_FIELDS)


def _replace_word(text: str, word: str, better: str) -> str:
    """`text` with the typed form of `word` (any case or accents) replaced."""
    import re

    from mtgdesk.domain.textfold import fold

    for m in re.finditer(r"\w+", text):
        typed = m.group()
        if fold(typed) == word:
            if typed.isupper() and len(typed) > 1:
                better = better.upper()
            elif typed[:1].isupper():
                better = better[:1].upper() + better[1:]
            return text[:m.start()] + better + text[m.end():]
    return text

