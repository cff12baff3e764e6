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

