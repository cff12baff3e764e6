"""Where a meeting was held: `at the Ministry of Foreign Affairs`, `at Mita Kaigisho
(Mita Conference Hall) in Tokyo`, `in Bangkok, Thailand`, `held via video conference`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mtgdesk.domain import reference as ref

ONLINE_RE = re.compile(
    r"\b(?:via|by|through|in\s+the\s+form\s+of\s+an?|as\s+an?|in\s+an?)\s+"
    r"(?P<what>(?:online\s+)?(?:video|web|tele|virtual\s+)[ -]?conferenc(?:e|ing)(?:\s+format)?"
    r"|online\s+(?:format|meeting|conference)|virtual\s+(?:format|meeting))\b"
    r"|\b(?P<online>held\s+(?:virtually|online))\b", re.IGNORECASE)
ONLINE_VENUE = "video conference"

# `at X`, X running until a city, a date, a time or the end of the clause.
VENUE_RE = re.compile(
    r"\bat\s+(?P<venue>(?:the\s+)?[A-Z0-9“\"][^,.;:]*?(?:\([^)]*\)[^,.;:]*?)?)"
    r"(?=\s+in\s+[A-Z]|\s+on\s|\s+from\s|\s+between\s|\s+under\s|\s+with\s|\s+to\s|"
    r"\s+for\s|\s+and\s|\s*,\s*(?:on|from|with|and|which|where|under|in)\b|\s*[,.;:]|\s*$)")
CITY_RE = re.compile(r"\bin\s+(?P<city>[A-Z][a-zé’'\-]+(?:[ -][A-Z][a-zé’'\-]+){0,2})"
                     r"(?:,\s*(?P<country>[A-Z][\w ]+?))?(?=[\s,.;:)]|$)")
CITY_AFTER_VENUE_RE = re.compile(
    r"\s*,\s*(?P<city>[A-Z][a-zé’'\-]+(?:[ -][A-Z][a-zé’'\-]+){0,2})(?=\s*[,.;]|\s+on\s|$)")
_NOT_A_VENUE = re.compile(r"^(?:the\s+)?(?:invitation|initiative|request|level|time|end|"
                          r"beginning|start|margins?|occasion|suggestion|same)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    venue: str | None
    venue_span: tuple[int, int] | None
    city: str | None
    city_span: tuple[int, int] | None
    online: bool = False


def find_place(text: str, start: int, end: int) -> Place:
    venue = city = None
    vspan = cspan = None
    online = ONLINE_RE.search(text, start, end)
    if online:
        return Place(ONLINE_VENUE, online.span(), None, None, True)
    for m in VENUE_RE.finditer(text, start, end):
        words = m["venue"].strip()
        if _NOT_A_VENUE.match(words) or re.match(r"^\d", words):
            continue
        if ref.find_country(words):
            continue
        venue, vspan = words, (m.start("venue"), m.start("venue") + len(words))
        after = CITY_AFTER_VENUE_RE.match(text, vspan[1], end)
        if after and not ref.find_country(after["city"]):
            city, cspan = after["city"], after.span("city")
        break
    if city is None:
        for m in CITY_RE.finditer(text, vspan[1] if vspan else start, end):
            words = m["city"]
            if ref.find_country(words) or ref.find_organization(words):
                continue
            if re.match(r"(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Room|Hall)\b", words):
                continue
            city, cspan = words, m.span("city")
            break
    return Place(venue, vspan, city, cspan)
