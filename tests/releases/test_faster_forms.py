"""The faster forms the reader uses for speed give what the plainer ones they replaced
gave, on any text (hypothesis), so the reader's output does not change."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtgdesk.releases import capitals, clues, demonyms, names, parser
from mtgdesk.releases.text import first_sentence, sentences

# Letters, capitals, digits, the marks the patterns look at, and characters outside
# ASCII that are letters (é, ß, İ), numbers (², Ⅷ) or neither (Ⓐ, ’).
TRICKY = st.lists(st.sampled_from(list("aZkq_1 -.'’“”é\u00dfİ²ⅧⒶ\n\t:;!?(")
                                  + ["Mr.", "U.S.", " The ", "H.E. ", "Japan", "ASEAN"]),
                  max_size=40).map("".join)
ANY = st.one_of(TRICKY, st.text(max_size=40))


@settings(max_examples=400, deadline=None)
@given(ANY)
def test_letters_are_counted_as_isalpha_counts_them(text):
    assert parser._letters(text) == sum(map(str.isalpha, text))


@settings(max_examples=400, deadline=None)
@given(ANY)
def test_capitalised_words_are_those_after_a_word_boundary(text):
    assert parser._CAPITALISED.findall(text) == re.findall(r"\b[A-Z][\w’'-]*", text)


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_the_first_sentence_is_the_first_of_all_of_them(text):
    every = sentences(text)
    first = first_sentence(text)
    assert first == (every[0] if every else None)


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_a_paragraph_in_capitals_is_told_as_before(text):
    def plain(block: str, least: int) -> bool:
        letters = [ch for ch in block if ch.isalpha()]
        return len(block.split()) >= least and \
            sum(ch.isupper() for ch in letters) >= 0.85 * len(letters)

    for least in (1, 3, 12):
        assert capitals._in_capitals(text, least) == plain(text, least)


# --- the names a sentence's words may start ------------------------------------------

NAMES = st.lists(st.sampled_from(
    ["Japan", "Republic of Korea", "the", "The", "United", "States", "U.S.", "US", "Us",
     "Viet", "Nam", "Guinea", "Bissau", "Guinea-Bissau", "Security Council", "Mediation and",
     "General Assembly", "of", "OAS", "UN", "ASEAN", "Secretariat", "International",
     "Agency", "South", "China", "Sea", "Côte", "d’Ivoire", "Ⅷ", "Ω", "東京", "&", "’s", " ",
     ", ", "\n", ".", "(", ")", "and", "World", "Food", "Programme", "WFP", "Lao", "PDR"]),
    max_size=30).map(" ".join)


_PLAIN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[\w](?:[\w&-]|['’](?!s\b))*")


@settings(max_examples=400, deadline=None)
@given(st.one_of(NAMES, ANY), st.integers(0, 12), st.integers(0, 12))
@example("U.S.A. U.S-Japan Japan’s Japan’Korea a--b ’s x’", 3, 1)
def test_a_texts_words_are_those_the_word_pattern_finds(text, a, b):
    start, end = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    found = list(_PLAIN_TOKEN.finditer(text, start, end))
    assert names._tokens(text, start, end) == (
        [m.start() for m in found], [m.end() for m in found], [m.group() for m in found])


def _plain_candidates(text: str, start: int, end: int):
    """names._candidates as it was: every capitalised word's run of words keyed."""
    table, longest = names._gazetteer()
    prefixes = names._prefixes()
    tokens = [m.span() for m in _PLAIN_TOKEN.finditer(text, start, end)]
    out = []
    for i, (s0, e0) in enumerate(tokens):
        if not text[s0].isupper() or text[s0:e0] == "The":
            continue
        hits = []
        joined = ""
        for j in range(i + 1, min(len(tokens), i + longest) + 1):
            a, b = tokens[j - 1]
            joined += names.ref.normalize(text[a:b])
            if joined and joined not in prefixes:
                break
            if (hit := table.get(joined)) is not None:
                hits.append((j, hit))
        kept = []
        for j, (kind, entry, caps) in reversed(hits):
            s1 = tokens[j - 1][1]
            words = text[s0:s1]
            if caps and not words.replace(".", "").replace("-", "").isupper():
                continue
            if not caps and words.isupper() and len(words) <= 4:
                continue
            if not names._standalone(text, s0, s1):
                continue
            if kind == names.ORGANIZATION and names._inside_a_longer_name(text, s0, words,
                                                                          entry):
                continue
            kept.append((j, s1, kind, entry, words))
        if kept:
            out.append((i, s0, tuple(kept)))
    return tuple(out)


@settings(max_examples=400, deadline=None)
@given(st.one_of(NAMES, ANY), st.integers(0, 12), st.integers(0, 12))
@example("Talks with Ω Japan, the U.S. and The Gambia of the UN Security Council", 0, 0)
@example("The Republic of Korea and Guinea Bissau met the Japan’s", 4, 2)
def test_a_texts_candidate_names_are_those_every_capitalised_word_was_tried_for(text, a, b):
    start, end = min(a, len(text)), max(0, len(text) - b)
    for s, e in ((0, len(text)), (start, max(start, end))):
        assert names._candidates(text, s, e) == _plain_candidates(text, s, e)


DEMONYM_TEXTS = st.lists(st.sampled_from(
    ["Papua New Guinean", "Papua", "New", "Guinean", "South\n Sudanese", "South", "Sudanese",
     "Congolese", "Dominican", "Lao", "Japanese", "Korean", "Foreign Minister", "delegation",
     "side", "and", ",", "Minister", "Asia-Pacific", "Lao-Thai", "the", "Congo", "Dominica",
     "Dominican Republic", " ", "\n", "Chinese", "Russian", "envoys"]),
    max_size=24).map(" ".join)


def _plain_demonyms(text: str, start: int, end: int, skip: list[tuple[int, int]]):
    """demonyms.demonyms as it was: every capitalised word tried, the spans read so far
    sorted first."""
    table = demonyms.demonym_table()
    firsts = demonyms._demonym_firsts()
    done = names.Taken(skip)
    listed: list[set[str]] = []
    out = []
    words = list(re.finditer(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])",
                             text[start:end]))
    i = 0
    while i < len(words):
        taken = 1
        if words[i].group() not in firsts:
            i += 1
            continue
        for n in (3, 2, 1):
            run = words[i:i + n]
            if len(run) < n or any(not text[start + a.end():start + b.start()].isspace()
                                   for a, b in zip(run, run[1:], strict=False)):
                continue
            s0, s1 = start + run[0].start(), start + run[-1].end()
            written = " ".join(w.group() for w in run)
            name = table.get(written)
            if name is None or done.overlaps((s0, s1)) or not demonyms._title_follows(
                    text, s1, table):
                continue
            name = demonyms._listed_among(text, written, name, listed)
            country = names.ref.find_country(name)
            out.append(names.Found(names.COUNTRY, country.name if country else name, s0, s1,
                                   0.85, article=(country.article or None) if country else None,
                                   note=f"by its demonym (written “{written}”)"))
            taken = n
            break
        i += taken
    return out


@settings(max_examples=400, deadline=None)
@given(st.one_of(DEMONYM_TEXTS, ANY), st.integers(0, 6), st.integers(0, 6),
       st.lists(st.tuples(st.integers(0, 80), st.integers(0, 12)), max_size=3))
@example("the Papua New Guinean and South\n Sudanese delegations met the Congolese side",
         0, 0, [(60, 4)])
def test_demonyms_are_those_every_capitalised_word_was_tried_for(text, a, b, spans):
    start, end = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    skip = [(s, s + n) for s, n in spans]
    assert demonyms.demonyms(text, start, end, skip) == _plain_demonyms(text, start, end, skip)


CLUE_TEXTS = st.lists(st.sampled_from(
    ["among", "the", "topics", "subjects", "issues", "discussed", "included", "were",
     "Among", "TOPICS", "  ", "\n", "were discussed", "x"]), max_size=12).map(" ".join)


def _plain_holds(clue: clues.Clue, text: str) -> bool:
    found = clues._found(text)
    if not clue._any.isdisjoint(found):
        return True
    return bool(clue._all) and any(w <= found for w in clue._all)


@settings(max_examples=300, deadline=None)
@given(st.one_of(CLUE_TEXTS, ANY))
@example("the subjects discussed were among the issues")
def test_a_clue_holds_where_it_held(text):
    from mtgdesk.releases import attendance, people

    for clue in (attendance.TOPICS, attendance.ABSENT, people.CHAIR_HINT,
                 clues.Clue(re.compile("x"), [("among", "issues"), ("topics", "were")])):
        assert clue.holds(text) == _plain_holds(clue, text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(CLUE_TEXTS, ANY))
@example("the subjects discussed were among the issues")
def test_a_clues_search_is_its_patterns_where_it_holds(text):
    from mtgdesk.releases import attendance

    for clue in (attendance.TOPICS, attendance.ABSENT, attendance.ABOUT_ELSE):
        plain = clue.pattern.search(text) if _plain_holds(clue, text) else None
        found = clue.search(text)
        assert (found and found.span()) == (plain and plain.span())


# --- the groups a text may name -----------------------------------------------------

GROUP_TEXTS = st.lists(st.sampled_from(
    ["ASEAN", "ASEAN+3", "the", "Association of Southeast Asian Nations", "G7", "G20",
     "Group of Seven", "European Union", "EU", "Pacific Islands Forum", "PIF", "BRICS",
     "BRIC", "Visegrad Group", "V4", "Nordic-Baltic Eight", "NB8", "Member States",
     "Foreign Ministers", "and", ",", " ", "\n", "Quad", "Mekong", "x", "é", "-"]),
    max_size=20).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(GROUP_TEXTS, ANY), st.integers(0, 12), st.integers(0, 12))
@example("Foreign Ministers of the Visegrad Group and the NB8 met ASEAN", 0, 0)
@example("the G20 and the Pacific Islands Forum", 4, 0)
def test_the_groups_a_text_may_name_are_those_whose_name_it_holds(text, a, b):
    """groups._may_name (the leads' groups only) names the groups a search of each
    group's name in turn found, in the list's order; and some group is named where the
    search for any group's name (one pattern of them all, which `counted` asked
    first) finds one."""
    from mtgdesk.releases import groups

    start, end = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    plain = [g for g, clue in groups._clues() if clue.search(text, start, end)]
    assert groups._may_name(text, start, end) == plain
    any_group = re.compile("|".join(clue.pattern for _, clue in groups._clues()))
    assert bool(plain) == bool(any_group.search(text, start, end))


def _plain_joined_group(text: str, at: int, stop: int, before: bool):
    """groups._joined_group as it was: every group's pattern tried."""
    from mtgdesk.releases import groups

    for other in groups.reader_groups():
        if other.name == "Pacific Islands Forum":
            continue
        g = rf"(?:{other.spellings})"
        if before:
            m = re.search(rf"\b{g}\s+and\s+(?:the\s+)?$", text[max(0, at - 80):at])
            if m:
                return other, max(0, at - 80) + m.start(), at
        else:
            m = re.compile(rf"\s+and\s+(?:the\s+)?{g}\b(?![-‐])").match(text, at, stop)
            if m:
                return other, at, m.end()
    return None


@settings(max_examples=300, deadline=None)
@given(st.one_of(GROUP_TEXTS, ANY), st.integers(0, 60), st.integers(0, 12))
@example("Foreign Ministers of the Visegrad Group and the NB8 met", 39, 0)
@example("the V4 and NB8 Foreign Ministers", 11, 0)
@example("the V4 and the\n", 15, 0)
def test_the_group_joined_to_another_is_the_one_every_group_was_tried_for(text, a, b):
    from mtgdesk.releases import groups

    at, stop = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    for before in (True, False):
        assert groups._joined_group(text, at, stop, before) == \
            _plain_joined_group(text, at, stop, before)


LINES = st.lists(st.sampled_from(["a", "Japan.", " ", "\t", "\n", "\n\n", "\n \n", " \n",
                                  "\r", "\x0b", "\u2028", "é", "1."]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(LINES, ANY))
@example("a\n \nb\nc\n\n\nd \n")
def test_a_texts_blocks_are_the_runs_of_lines_the_plain_pattern_found(text):
    from mtgdesk.releases import text as text_module

    plain = [m.span() for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text)]
    assert [m.span() for m in text_module._BLOCK.finditer(text)] == plain
