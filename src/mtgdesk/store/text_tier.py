"""A page ranked from the meetings with the words typed together in their title, when
those alone decide it: the same page as ranking every match, in less time.

Ranking reads every match (tantivy-py's search scores each: it collects the count
beside the best, so no block-max pruning happens), and a phrase of two words is found
in most of a large archive (`"human security"`: 711,157 of 1,000,000 generated
meetings). The title bonus (text_query.PHRASE_IN_TITLE) goes to far fewer (the words
together in the title: 5.7%), and every one of them outscores every other match: the
bonus is more than anything else a meeting without it can score (`ceiling`, an upper
bound of its BM25 from the words' document frequencies, with the other bonus and the
date range). So when at least a page of them match, the page is theirs, ties
included: ranking them alone, and counting every match apart with the pair terms
alone (text_query._pair_anywhere), gives the very page and total of ranking all.

Only for a query whose count is that cheap (`tier`): its groups two words together or
a filter. Otherwise the count would read the words' every field, and ranking all at
once, counting beside it, is quicker (measured: benchmarks/results README).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from tantivy import Occur, Schema
from tantivy import Query as Q

from mtgdesk.domain.query import Query
from mtgdesk.store.search import tokens
from mtgdesk.store.text_query import (
    EXACT_TITLE,
    FIELDS,
    PHRASE_ANYWHERE,
    PHRASE_IN_TITLE,
    WEIGHTS,
    bonus_parts,
)

K1 = 1.2  # tantivy's BM25: a term scores less than its weight, idf * (1 + K1)
DocFreq = Callable[[str, str], int]


@dataclass(frozen=True)
class Tier:
    """The meetings the title bonus goes to, and the query's own words per field."""

    first: Q  # the words together in the title, or the whole title
    words: tuple[str, ...]  # each searched over FIELDS[None] with its weight
    anywhere_bonus: bool  # the others may still have PHRASE_ANYWHERE
    dated: bool  # a from:/to: range, which scores 1.0 for every match

    def ceiling(self, doc_freq: DocFreq, docs: int) -> float:
        """More than a match outside `first` can score: each word's weighted BM25 at
        most (idf from the document frequencies, `docs` the index's documents with
        the deleted ones), the other bonus, the range; with a margin for rounding."""
        bm25 = 0.0
        for word in self.words:
            for name in FIELDS[None]:
                n = doc_freq(name, word)
                if n:
                    idf = math.log(1.0 + (max(docs, n) - n + 0.5) / (n + 0.5))
                    bm25 += WEIGHTS[name] * (1.0 + K1) * idf
        rest = (PHRASE_ANYWHERE if self.anywhere_bonus else 0.0) + (1.0 if self.dated else 0.0)
        return (bm25 + rest) * 1.001 + 1.0


def tier(schema: Schema, query: Query) -> Tier | None:
    """The tier of `query`, when it can decide a page: its groups each a phrase of two
    words searched anywhere or a facet (kind:, status:, series:), and its words given
    the title bonus. None otherwise."""
    words: list[str] = []
    for group in query.groups:
        if len(group) != 1:
            return None
        term = group[0]
        if term.field in ("kind", "status", "series"):
            continue
        pair = tokens(term.text)
        if term.field is not None or term.prefix or len(pair) != 2:
            return None
        words += pair
    given = dict(bonus_parts(schema, query))
    if PHRASE_IN_TITLE not in given:
        return None
    # The whole title typed gives EXACT_TITLE (its pairs are then the title's too).
    first = Q.boolean_query([(Occur.Should, given[s]) for s in (EXACT_TITLE, PHRASE_IN_TITLE)])
    # Each word as often as the query searches it: a word of two groups scores twice.
    return Tier(first, tuple(words), PHRASE_ANYWHERE in given,
                bool(query.date_from or query.date_to))
