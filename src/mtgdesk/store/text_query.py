"""A parsed query (mtgdesk.domain.query) as a tantivy query: every clerk's word is a
term looked up, never syntax, so any text is a valid query.

Every group of the query must match (AND), any term of a group may (OR); `-word`
excludes; kind:, status: and series: are exact tokens of the `facets` field and
from:/to: a range of the day held, all four without weight in the score. What ranks
is BM25 over the text fields, each with its weight (a word in the title counts more
than one in the body), plus two bonuses that put first what a clerk means when she
types a title or a phrase: the meeting whose whole title is the words typed, then the
meetings where the words stand together in that order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from tantivy import FieldType, Occur, Schema
from tantivy import Query as Q

from mtgdesk.domain.query import Query, Term
from mtgdesk.store.search import PAIR, series_token, tokens

# BM25 weight of each text field for a word searched anywhere.
WEIGHTS = {"title": 4.0, "people": 2.0, "place": 2.0, "extra": 2.0, "body": 1.0}
FIELDS: dict[str | None, tuple[str, ...]] = {
    None: tuple(WEIGHTS), "title": ("title",), "participant": ("people",),
    "chair": ("chairs",), "venue": ("place",)}
# Bonuses, far above any BM25 sum, so that they decide first and BM25 after.
EXACT_TITLE = 10_000.0
PHRASE_IN_TITLE = 2_000.0
PHRASE_ANYWHERE = 1_000.0
# Whether any document (a deleted one too) holds a word in a field: a clause on a
# word no document holds matches nothing and adds nothing to any score, and is left
# out. It is not free to keep: each is a scorer walked beside every match, and an
# optional one makes the whole query's matches be scored through a union (`the
# meeting` at 100,000 meetings: its two title bonuses, found in no title, cost 0.9 of
# its 4.9 ms). mtgdesk.store.text_index.Reading.held, from the searcher that then runs
# the query, so that the two agree.
Held = Callable[[str, str], bool]


def _in_field(schema: Schema, name: str, words: Sequence[str], prefix: bool) -> Q:
    if len(words) == 1:
        # A token is made of word characters only: nothing in it is regex syntax.
        return (Q.regex_query(schema, name, words[0] + ".*") if prefix
                else Q.term_query(schema, name, words[0]))
    phrase: list[str | tuple[int, str]] = list(words)
    if prefix:
        return Q.phrase_prefix_query(schema, name, phrase)
    return Q.phrase_query(schema, name, phrase)


def _facet(schema: Schema, token: str) -> Q:
    return Q.const_score_query(Q.term_query(schema, "facets", token), 0.0)


def term_query(schema: Schema, term: Term, *, rank: bool = True,
               held: Held | None = None) -> Q:
    """`rank` False: a query that finds the same meetings, its score left aside (an
    order by date, a count, an exclusion). `held`: see Held."""
    if term.field == "kind":
        return _facet(schema, f"k{term.text}")
    if term.field == "status":
        return _facet(schema, f"s{term.text}")
    if term.field == "series":
        return _facet(schema, series_token(term.text))
    if term.field == "year":  # the year held weighs as the year in the title would
        found = Q.term_query(schema, "year", term.text)
        return Q.boost_query(found, WEIGHTS["title"]) if rank else found
    words = tokens(term.text)
    if not words:
        return Q.empty_query()
    if len(words) == 2 and term.field is None and not term.prefix:
        return (_two_words_together(schema, words, held) if rank
                else _pair_anywhere(schema, words, held))
    return _weighted(schema, FIELDS.get(term.field, FIELDS[None]), words, term.prefix, held)


def _weighted(schema: Schema, fields: Sequence[str], words: Sequence[str],
              prefix: bool, held: Held | None = None) -> Q:
    if held is not None and not prefix:  # a prefix's words are not looked up
        fields = [f for f in fields if all(held(f, w) for w in words)]
    parts = [(Occur.Should, Q.boost_query(_in_field(schema, f, words, prefix),
                                          WEIGHTS.get(f, 1.0)))
             for f in fields]
    if not parts:
        return Q.empty_query()
    return parts[0][1] if len(parts) == 1 else Q.boolean_query(parts)


def _two_words_together(schema: Schema, words: Sequence[str],
                        held: Held | None = None) -> Q:
    """A phrase of two words searched anywhere: the meetings holding the pair term in
    the title or in the other fields (mtgdesk.store.search.pairs; the same
    meetings as a phrase query over the searched fields, since a value's words never
    run into the next), ranked as its two words are ranked, each over the weighted
    fields. A phrase query would read the positions of both words in every meeting
    holding them (13 ms for "human security" at 100,000 meetings, against 4 ms)."""
    return Q.boolean_query(
        [(Occur.Must, Q.const_score_query(_pair_anywhere(schema, words, held), 0.0))]
        + [(Occur.Must, _weighted(schema, FIELDS[None], [w], False, held)) for w in words])


def _pair_anywhere(schema: Schema, words: Sequence[str], held: Held | None = None) -> Q:
    """The meetings holding two words together in the title or another field: alone,
    the very meetings `_two_words_together` finds, since a pair of a field's value is
    two of its words (in the title; in people, chairs, place, body or extra, the
    fields a word searched anywhere is looked for in: a chair's names are among the
    people's). Counting them reads two terms, not the ten of the words' fields (6.5x
    quicker at 100,000 meetings for `"human security"`)."""
    found = [q for q in (_together(schema, f, words, held) for f in ("title_pairs", "pairs"))
             if q is not None]
    if not found:
        return Q.empty_query()
    return Q.boolean_query([(Occur.Should, q) for q in found])


def _typed_words(query: Query) -> list[str]:
    """The words of the plain groups (one word or phrase searched anywhere or in the
    title), in the order typed: what an exact title or a phrase is compared with."""
    words: list[str] = []
    for group in query.groups:
        typed = [t for t in group if t.field != "year"]  # a year: the word typed
        if len(typed) == 1 and typed[0].field in (None, "title") and not typed[0].prefix:
            words += tokens(typed[0].text)
    return words


def _together(schema: Schema, field: str, words: Sequence[str],
              held: Held | None = None) -> Q | None:
    """The meetings where the words stand together in that order: each two neighbours
    a pair of the field (mtgdesk.store.search.pairs). For three words or more that
    asks a little less than the phrase (each pair, not all at once in one place).
    None when `held` says a pair of them is in no document's field."""
    pairs = [f"{a}{PAIR}{b}" for a, b in pairwise(words)]
    if held is not None and not all(held(field, p) for p in pairs):
        return None
    terms = [Q.term_query(schema, field, p) for p in pairs]
    if len(terms) == 1:
        return terms[0]
    return Q.boolean_query([(Occur.Must, t) for t in terms])


def bonus_parts(schema: Schema, query: Query, held: Held | None = None
                ) -> list[tuple[float, Q]]:
    """Each bonus of the query: what it gives, and the meetings it goes to (with
    `held`, only those some document could get)."""
    words = _typed_words(query)
    if not words:
        return []
    title = " ".join(words)
    out: list[tuple[float, Q | None]] = [
        (EXACT_TITLE, Q.term_query(schema, "title_exact", title)
         if held is None or held("title_exact", title) else None)]
    # One quoted phrase: every match has it. Of three words or more, the main query's
    # weighted phrase fields already say where, and the bonuses would only search it
    # twice; one of two words is ranked as its words (`_two_words_together`), so the
    # phrase in the title comes first, as it does for the words typed unquoted.
    single_phrase = len(query.groups) == 1 and len(query.groups[0]) == 1
    if len(words) > 1 and (not single_phrase or len(words) == 2):
        out.append((PHRASE_IN_TITLE, _together(schema, "title_pairs", words, held)))
    if len(words) > 1 and not single_phrase:
        out.append((PHRASE_ANYWHERE, _together(schema, "pairs", words, held)))
    return [(score, q) for score, q in out if q is not None]


def bonuses(schema: Schema, query: Query, held: Held | None = None
            ) -> list[tuple[Occur, Q]]:
    return [(Occur.Should, Q.const_score_query(q, score))
            for score, q in bonus_parts(schema, query, held)]


def compile_query(schema: Schema, query: Query, *, rank: bool = True,
                  held: Held | None = None) -> Q:
    """The tantivy query for `query`; `rank` False leaves the bonuses out (an order
    by date, a count: they change no match, only the score). With `held` (Held), the
    clauses on words no document holds where they are looked for are left out: the
    same matches and scores, found with fewer scorers."""
    must: list[tuple[Occur, Q]] = []
    for group in query.groups:
        if len(group) == 1:
            must.append((Occur.Must, term_query(schema, group[0], rank=rank, held=held)))
        else:
            must.append((Occur.Must, Q.boolean_query(
                [(Occur.Should, term_query(schema, t, rank=rank, held=held))
                 for t in group])))
    if query.date_from or query.date_to:
        must.append((Occur.Must, Q.range_query(
            schema, "day", FieldType.Integer,
            query.date_from.toordinal() if query.date_from else None,
            query.date_to.toordinal() if query.date_to else None)))
    if not must:
        must.append((Occur.Must, Q.all_query()))
    clauses = must + [(Occur.MustNot, term_query(schema, t, rank=False, held=held))
                      for t in query.excluded]
    if rank and query.has_text:
        clauses += bonuses(schema, query, held)
    return Q.boolean_query(clauses)
