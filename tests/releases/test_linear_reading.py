"""Issue 12, class 9: reading a release takes time linear in its size, and a text far
longer than any release is refused in one line. Growth is measured in Python calls made
(doubling the input must about double them), never in seconds."""

from __future__ import annotations

import sys

import pytest

from mtgdesk.domain.errors import UserError
from mtgdesk.releases import parse_file, parse_text
from mtgdesk.releases.readers import RELEASE_TEXT_CAP, text_from_html


def calls(work) -> int:
    n = 0

    def count(frame, event, arg):
        nonlocal n
        if event == "call":
            n += 1

    sys.setprofile(count)
    try:
        work()
    finally:
        sys.setprofile(None)
    return n


def nested(depth: int) -> str:
    return ("<div>" * depth + "<p>The meeting was held in Tokyo on 1 May 2007.</p>"
            + "<span>x</span>" * depth + "</div>" * depth)


def test_deeply_nested_html_is_read_in_linear_time():
    assert "held in Tokyo" in text_from_html(nested(20_000))
    small, large = calls(lambda: text_from_html(nested(2_000))), \
        calls(lambda: text_from_html(nested(4_000)))
    assert large < 2.5 * small  # quadratic would be about 4 times


OPENING = "The Senior Official-Level Meeting was held in Tokyo on 23 March 2007.\n\n"
LISTS = {
    # issue 12: 8,000 of these took 28 s, quadratic (a country's name was unbounded)
    "governments": "the Government of Japan ",
    # a name looked for from the sentence's start for each acronym; spans read so far
    # scanned once for each candidate name
    "acronyms": "the United Nations Development Programme (UNDP), ",
    "unknown acronyms": "the Pacific Maritime Watch Network (PMWN), ",
    "demonyms": "the Congolese delegation, ",
}


@pytest.mark.parametrize("item", LISTS.values(), ids=LISTS.keys())
def test_a_long_attendance_list_is_read_in_linear_steps(item):
    def read(n: int):
        text = OPENING + "The meeting was attended by " + item * n + "and others.\n"
        return lambda: parse_text(text)

    small, large = calls(read(200)), calls(read(400))
    assert large < 2.3 * small  # quadratic would be near 4 times


def test_an_unclosed_list_inside_a_menu_still_ends_with_the_menu():
    page = "<nav>" + "<li>menu" * 5_000 + "</nav><p>The meeting was held in Tokyo.</p>"
    text = text_from_html(page)
    assert "held in Tokyo" in text and "menu" not in text


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_text_longer_than_any_release_is_refused_in_one_line(tmp_path, suffix):
    f = tmp_path / f"long{suffix}"
    sentence = "The participants discussed cooperation in the region. "
    body = sentence * (RELEASE_TEXT_CAP // len(sentence) + 10)
    f.write_text(f"<p>{body}</p>" if suffix == ".html" else body, encoding="utf-8")
    with pytest.raises(UserError, match="is not one meeting's release") as info:
        parse_file(f)
    assert len(str(info.value)) < 300


def _patterns():
    import importlib
    import pkgutil
    import re

    import mtgdesk.releases as package

    for module in pkgutil.iter_modules(package.__path__):
        mod = importlib.import_module(f"mtgdesk.releases.{module.name}")
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern):
                yield f"{module.name}.{name}", value


def _cpu(pattern, text: str) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        pattern.search(text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("item", LISTS.values(), ids=LISTS.keys())
def test_every_pattern_of_the_release_reader_searches_in_linear_time(item):
    """A backtracking pattern works in C, where no step can be counted: each pattern's
    CPU time (this process's own, not the clock's) on the same shape at 4 times the
    length must stay near 4 times, far from the 16 of a quadratic one. The margin
    (8 times, plus 2 ms for a timer's grain) is generous."""
    small, large = item * (12_000 // len(item)), item * (48_000 // len(item))
    slow = [(name, round(a, 4), round(b, 4)) for name, pattern in _patterns()
            if (b := _cpu(pattern, large)) > 8 * (a := _cpu(pattern, small)) + 0.002]
    assert slow == []


def test_a_country_named_after_the_government_of_is_a_few_words():
    """The bound that makes the pattern linear: from each `the Government of` it reads
    at most nine words (unbounded, it read to the sentence's end from each one)."""
    from mtgdesk.releases.attendance import AMONG_RE

    assert AMONG_RE.search("the Government of Japan was represented by")["cty"] == "Japan"
    assert AMONG_RE.search("the Government of " + "Japan " * 10 + "was represented by") \
        is None
