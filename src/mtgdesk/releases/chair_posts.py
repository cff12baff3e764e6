"""A chair named by the post alone, the name given elsewhere in the release: `The
meeting, chaired by Director General in the Office of the Prime Minister of Vanuatu,
brought together ...` beside `Director General in the Office of the Prime Minister of
Vanuatu, George Maniuri, says ...`; named nowhere, the country of the post chairs."""

from __future__ import annotations

import re

from mtgdesk.domain import reference as ref
from mtgdesk.releases.chair_person import NAME_RE, Chair, is_post_word
from mtgdesk.releases.people import BY

_PIECE_END = re.compile(r"[,;.](?:\s|$)")
_NEAR = 6000  # characters either side of the sentence


def post_chair(text: str, start: int, end: int) -> Chair | None:
    """The chair a `chaired by <post>` in text[start:end] names, by the name that follows
    the same post, between commas, elsewhere in the text; None when the post has no name
    anywhere or the words after `chaired by` are not a post alone."""
    m = BY.search(text[start:end])
    if m is None or not (m["verb"] or "").lower().endswith("chaired"):
        return None
    s = start + m.end()
    stop = _PIECE_END.search(text, s, end)
    post = re.sub(r"^(?:the|its)\s+", "", text[s:stop.start() if stop else end].strip())
    capitals = re.findall(r"[A-Z][\w’'-]*", post)
    if len(capitals) < 2 or not all(is_post_word(w) for w in capitals) or len(post) > 120:
        return None
    named = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, post.split()))
                       + r"\s*,\s+")
    # Looked for near the sentence only: a release is short, and a text of many releases
    # read as one stays linear.
    for at in named.finditer(text, max(0, start - _NEAR), min(len(text), end + _NEAR)):
        if start <= at.start() < end:
            continue
        name = NAME_RE.match(text, at.end())
        if name is None or not text.startswith(",", name.end()):
            continue
        words = name.group().rstrip(".")
        if len(words.split()) >= 2 and not any(is_post_word(w) for w in words.split()):
            return Chair(s, s + len(post), False, None, words, post, 0.6,
                         (at.end(), at.end() + len(words)))
    # `chaired by the Foreign Minister of Peru`, named nowhere: the post's country chairs.
    of = re.search(r"\bof\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+(?:(?:of|and)\s+(?:the\s+)?)?){0,4}"
                   r"[A-Z][\w’'-]*)$", post)
    country = ref.find_country(of.group(1)) if of else None
    if of is not None and country is not None:
        at0 = s + of.start(1)
        return Chair(at0, at0 + len(of.group(1)), False, None, country.name, None, 0.5,
                     (at0, at0 + len(of.group(1))), country=True)
    return None
