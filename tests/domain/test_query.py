"""The query language: every form, and any string parses without an error."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from mtgdesk.domain.query import Filters, Query, Term, parse
from mtgdesk.domain.snippet import make_snippet, matcher
from mtgdesk.domain.textfold import fold, index_text


def words(q: Query) -> list[list[str]]:
    return [[t.text for t in g] for g in q.groups]


def test_words_must_all_match_in_any_order():
    assert words(parse("refugees  camp")) == [["refugees"], ["camp"]]


def test_exact_phrase():
    q = parse('"human security" Tokyo')
    assert q.groups == ((Term("human security"),), (Term("Tokyo"),))


def test_excluded_word_and_phrase():
    q = parse('security -draft -"working group"')
    assert words(q) == [["security"]]
    assert q.excluded == (Term("draft"), Term("working group"))


def test_not_keyword_excludes_too():
    assert parse("security NOT draft").excluded == (Term("draft"),)


def test_or_joins_the_words_beside_it():
    q = parse("UNHCR OR UNICEF refugees")
    assert words(q) == [["UNHCR", "UNICEF"], ["refugees"]]
    assert words(parse("a OR b OR c")) == [["a", "b", "c"]]


def test_lowercase_or_and_is_just_a_word():
    assert words(parse("war or peace")) == [["war"], ["or"], ["peace"]]
    assert words(parse("AND security")) == [["security"]]


def test_text_fields():
    q = parse('title:security participant:"World Food Programme" chair:Tanaka venue:Tokyo '
              "series:ASTOP")
    assert q.groups == (
        (Term("security", "title"),), (Term("World Food Programme", "participant"),),
        (Term("Tanaka", "chair"),), (Term("Tokyo", "venue"),), (Term("ASTOP", "series"),))


def test_facets_and_dates():
    q = parse("kind:decision status:final from:2007-01-01 to:2007-12-31")
    assert q.groups == ((Term("decision", "kind"),), (Term("final", "status"),))
    assert (q.date_from, q.date_to) == (date(2007, 1, 1), date(2007, 12, 31))
    assert not q.has_text


def test_year_and_month_dates_cover_the_whole_period():
    q = parse("from:2007 to:2008-02")
    assert (q.date_from, q.date_to) == (date(2007, 1, 1), date(2008, 2, 29))


def test_plural_kind_and_case():
    assert parse("kind:Decisions").groups == ((Term("decision", "kind"),),)


def test_bad_values_are_ignored_not_errors():
    q = parse("kind:lunch status:maybe from:2007-13-45 to:yesterday security")
    assert words(q) == [["security"]]
    assert q.date_from is None and q.date_to is None
    assert len(q.ignored) == 4


def test_unknown_field_is_text():
    assert words(parse("foo:bar")) == [["foo:bar"]]


def test_prefix_star():
    assert parse("refug*").groups == ((Term("refug", prefix=True),),)


def test_hostile_strings_are_text_or_ignored():
    assert words(parse('"')) == []
    assert words(parse("AND (")) == []
    assert words(parse("*")) == []
    assert words(parse("NEAR(")) == [["NEAR"]]
    assert words(parse("'; DROP")) == [["DROP"]]
    assert words(parse('human "security')) == [["human"], ["security"]]
    assert parse("").is_empty and parse("   ").is_empty


@given(st.text())
def test_any_text_parses(text):
    q = parse(text)
    assert isinstance(q, Query)


def test_filters_become_query_terms_and_survive_json():
    f = Filters(date_from=date(2007, 1, 1), participant="UNHCR", kinds=("decision",),
                status="final", series="ASTOP")
    q = f.as_query()
    assert (Term("UNHCR", "participant"),) in q.groups
    assert Filters.from_json(f.as_json()) == f
    assert Filters.from_json({"kinds": "x", "from": 3, "status": None}) == Filters()


def test_fold_removes_accents_case_and_width_but_keeps_japanese_voicing():
    assert fold("Gómez SØRENSEN Ｕｎ") == "gomez sørensen un"
    assert fold("が") != fold("か")


def test_japanese_is_cut_into_bigrams():
    assert index_text("国連難民") == " 国連 連難 難民 "


def test_snippet_highlights_matches_in_the_original_text():
    pattern = matcher(parse('gomez "human security"').highlight_terms())
    snip = make_snippet(["Nothing here.", "Mr. Gómez spoke on Human  Security."], pattern)
    marked = [snip.text[a:b] for a, b in snip.highlights]
    assert marked == ["Gómez", "Human  Security"]
    pattern = matcher(parse("難民").highlight_terms())
    snip = make_snippet(["国連難民高等弁務官"], pattern)
    assert [snip.text[a:b] for a, b in snip.highlights] == ["難民"]


def test_a_year_alone_is_the_word_or_the_year_held():
    q = parse("human security 2007")
    assert q.groups[-1] == (Term("2007"), Term("2007", "year"))
    assert q.has_text and Term("2007", "year") not in q.highlight_terms()
    assert parse("2006 OR 2007").groups == (
        (Term("2006"), Term("2006", "year"), Term("2007"), Term("2007", "year")),)
    # Quoted, in a field, excluded, a prefix, or not a year: the word only.
    for text in ('"2007"', "title:2007", "2007*", "1066", "20071", "3000"):
        assert all(t.field != "year" for g in parse(text).groups for t in g), text
    assert parse("-2007").excluded == (Term("2007"),) and not parse("-2007").groups
