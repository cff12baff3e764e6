"""The reader's clues (releases.clues) change no reading: wherever a clue's pattern
matches, the clue holds, so a sentence the clue passes over is one the pattern would
not have matched. Checked on every sentence of the releases the repository holds and
on text made of each pattern's own words, in any case and spacing."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mtgdesk.releases as package
from mtgdesk.releases import clues
from mtgdesk.releases.clues import Clue
from mtgdesk.releases.readers import normalise
from mtgdesk.releases.text import blocks, sentences

ROOT = Path(__file__).parents[2]


def _clues() -> list[tuple[str, Clue]]:
    out = []
    for module in pkgutil.iter_modules(package.__path__):
        mod = importlib.import_module(f"mtgdesk.releases.{module.name}")
        out += [(f"{module.name}.{name}", value) for name, value in vars(mod).items()
                if isinstance(value, Clue)]
    return out


CLUES = _clues()


def _corpus_sentences() -> list[str]:
    out = []
    for path in sorted((ROOT / "benchmarks" / "releases").rglob("*.txt")):
        text = normalise(path.read_text(encoding="utf-8"))
        for b in blocks(text):
            out += [s.text for s in sentences(text, b.start, b.end)]
    return out


SENTENCES = _corpus_sentences()


def test_the_reader_has_clues_and_the_corpus_has_sentences():
    assert len(CLUES) >= 8 and len(SENTENCES) > 500


@pytest.mark.parametrize("clue", [c for _, c in CLUES], ids=[n for n, _ in CLUES])
def test_a_clue_holds_wherever_its_pattern_matches_in_the_corpus(clue):
    matched = [s for s in SENTENCES if clue.pattern.search(s)]
    missed = [s for s in matched if not clue.holds(s)]
    assert missed == []


@pytest.mark.parametrize("clue", [c for _, c in CLUES], ids=[n for n, _ in CLUES])
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_clue_holds_in_any_text_its_pattern_matches(clue, data):
    """Text made from the pattern itself (hypothesis' from_regex: every alternative,
    any case, any white space): a clue that leaves out an alternative's words fails."""
    text = data.draw(st.from_regex(clue.pattern))
    assert clue.pattern.search(text)
    assert clue.holds(text), text


def _vocabulary(clue: Clue) -> list[str]:
    """The pattern's own words (`attended`, `by`, `among`), the clue's, and a few
    names and fillers: text made of them often matches the pattern."""
    words = set(re.findall(r"[A-Za-z]{2,}", clue.pattern.pattern))
    for w in clue.words:
        for part in (w,) if isinstance(w, str) else w:
            words.update(re.findall(r"[\w-]+", part))
    return sorted(words) + ["Japan", "the", "Mr.", "Kenji", "Hayashi", "and", "(UNDP)",
                            ",", "2019", "ten"]


SPACES = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", " \n  "])
CASES = st.sampled_from([str, str.lower, str.upper, str.title, str.capitalize])
ODD = st.sampled_from(["", "", "", "\u0130", "\u0131", "\u017f", "\u212a"])  # İ ı ſ K


@pytest.mark.parametrize("clue", [c for _, c in CLUES], ids=[n for n, _ in CLUES])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_clue_holds_wherever_its_pattern_matches_in_made_up_text(clue, data):
    vocab = _vocabulary(clue)
    words = data.draw(st.lists(st.sampled_from(vocab), min_size=1, max_size=10))
    text = ""
    for w in words:
        w = data.draw(CASES)(w)
        odd = data.draw(ODD)
        if odd in ("\u0130", "\u0131") and "i" in w.lower():
            w = w.replace("i", odd).replace("I", odd)
        elif odd == "\u017f" and "s" in w.lower():
            w = w.replace("s", odd)
        elif odd == "\u212a" and "k" in w.lower():
            w = w.replace("k", odd)
        text += w + data.draw(SPACES)
    if clue.pattern.search(text):
        assert clue.holds(text), text


def test_letters_a_pattern_ignoring_case_reads_as_ascii_are_folded():
    """`İ`, `ı`, `ſ` and the Kelvin sign match ASCII letters in a pattern ignoring case:
    the clues read them as those letters, else a clue would pass over a match."""
    odd = [chr(c) for c in range(0x80, 0x110000)
           if re.fullmatch("[a-z]", chr(c), re.IGNORECASE)]
    assert odd == ["\u0130", "\u0131", "\u017f", "\u212a"]
    for ch in odd:
        assert re.fullmatch("[a-z]", clues.folded(ch))


def test_a_clue_word_must_be_folded():
    with pytest.raises(ValueError):
        Clue(re.compile("x"), ["Took Part"])


def test_the_leading_words_of_a_pattern_are_those_every_match_starts_with():
    assert clues.leading_words(r"ASEAN|Association\s+of\s+Southeast\s+Asian\s+Nations") == \
        ("ASEAN", "Association")
    assert clues.leading_words(r"BRICS?|G-7") == ("BRIC", "G-7")
    assert clues.leading_words(r"Nordic[-‐–\s]+Baltic(?:\s+Eight)?|V4") == ("Nordic", "V4")
    assert clues.leading_words(r"a[|(]b|c(?:d|e)") == ("a", "c")
    assert clues.leading_words(r"\bX|Y") is None  # not a plain letter
    assert clues.leading_words(r"(?:A|B)") == ("A", "B")  # a group that must be there
    assert clues.leading_words(r"G7|(?:seven|7)\s+nations") == ("G7", "seven", "7")
    assert clues.leading_words(r"(?:(?:a|b)c|d)e") == ("a", "b", "d")
    assert clues.leading_words(r"(?:A|B)?C") is None  # a group that may be left out
    assert clues.leading_words(r"(?:A)*C") is None
    assert clues.leading_words(r"(?:A){0,2}C") is None
    assert clues.leading_words(r"(?:A|\bB)") is None
    # A look-behind reads no letter of the match: the words after it lead.
    assert clues.leading_words(r"(?<!Lancang-)(?<!Lancang\s)Mekong(?![-\s]+L)") == ("Mekong",)
    assert clues.leading_words(r"(?<=x)(?:A|B)") == ("A", "B")
    assert clues.leading_words(r"(?=A)A") is None  # (a look-ahead: not passed over)
    assert clues.leading_words(r"(?i)asean") is None  # a flag of its own


def _group_spellings() -> list[str]:
    from mtgdesk.releases.groups import reader_groups

    return [g.spellings for g in reader_groups()]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_group_whose_name_is_in_a_text_is_among_those_it_may_name(data):
    """releases.groups passes over a group none of whose leading words is in a
    sentence: text holding any spelling of any group keeps that group."""
    spellings = _group_spellings()
    i = data.draw(st.integers(0, len(spellings) - 1))
    text = data.draw(st.from_regex(rf"\b(?:{spellings[i]})"))
    match = re.search(rf"\b(?:{spellings[i]})", text)
    assert match
    assert i in clues.Leads(spellings).among(text, match.start(), match.end())


def test_split_cuts_at_the_white_space_a_pattern_calls_space():
    """The reader collapses white space with str.split (faster than re.sub(r"\\s+")),
    and the clues look for words with their spaces collapsed so: both must mean the
    same characters by white space."""
    space = re.compile(r"\s")
    assert [c for c in range(0x110000) if bool(space.match(chr(c))) != chr(c).isspace()] \
        == []


def test_the_groups_a_sentence_may_name_are_found_in_the_sentence_alone():
    """Leads.among reads text[start:end], not the text around it: given the whole text
    with bounds, the automaton copied all of it at each sentence (quadratic). The same
    window in a text 16 times longer takes about the same CPU time (this process's,
    with a wide margin), where the copy took 16 times as long."""
    import time

    leads = clues.Leads(_group_spellings())
    window = "Foreign Ministers of the ASEAN Member States met in Jakarta. "

    def cpu(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for _ in range(200):
                leads.among(text, 1000, 1000 + len(window))
            best = min(best, time.process_time() - started)
        return best

    short = "x" * 1000 + window + "é" * 250_000
    long = "x" * 1000 + window + "é" * 4_000_000
    assert cpu(long) < 4 * cpu(short) + 0.002
