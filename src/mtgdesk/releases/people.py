"""Who chaired: `X chaired the meeting`, `chaired by X`, `X acted as the Chair`,
`co-chaired by X and Y`, `under the chairmanship of X`, `Chair: X`.

A person is an honorific, a name and a post: `Mr. Koji Tsuruoka, Director-General
for Global Issues, Foreign Ministry`. Without an honorific the name is the run of
capitalised words, which is a weaker guess and is marked so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HONORIFIC = (r"(?:(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|The\s+Honou?rable|Hon\.)\s*"
             r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+|Ambassador\s+|Professor\s+)?"
             r"|(?:Mr|Ms|Mrs|Miss|Dr|Prof|Amb)\.?\s+|(?:Ambassador|Professor|Sir|Dame)\s+)")
HONORIFIC_RE = re.compile(r"(?<![\w.])" + HONORIFIC + r"(?=[A-Z])")
_NAME_WORD = r"(?:[A-Z][\w’'\-]*\.?|(?:de|da|van|von|der|bin|binti|al|el|le|la|dos|du)(?=\s+[A-Z]))"
NAME_RE = re.compile(_NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,5}")

_OBJECT = (r"(?:the\s+)?(?:\w+[-\s]){0,3}?(?:meeting|session|conference|dialogue|"
           r"consultations?|talks|forum|workshop|seminar|symposium|discussions?|it|"
           r"round\s?table|panel|debate|proceedings)")
VERB_AFTER_RE = re.compile(r"\s*,?\s+(?:also\s+)?(?P<verb>co-chaired|chaired|presided\s+over|"
                           r"moderated)\s+" + _OBJECT + r"\b", re.IGNORECASE)
ACTED_AS_RE = re.compile(r"\s*,?\s+(?:acted|served|sat|presided|participated)\s+as\s+"
                         r"(?:the\s+)?(?P<co>co-)?chair(?:man|person|woman)?s?\b",
                         re.IGNORECASE)
BY_RE = re.compile(r"\b(?P<verb>co-chaired|chaired|presided(?:\s+over)?|moderated)\s+by\s+"
                   r"|\bunder\s+the\s+(?P<co>co-)?chair(?:man|woman|person)?ship\s+of\s+",
                   re.IGNORECASE)
LABEL_RE = re.compile(r"^\s*(?P<co>Co-)?Chair(?:s|person|man|woman)?\s*[:：]\s*",
                      re.IGNORECASE)
# Where a `chaired by ...` phrase ends: a new clause after a comma.
_CLAUSE_END = re.compile(r",\s+(?:and\s+)?(?:the|which|who|where|while|with|it|they|during|"
                         r"in\s+which|at\s+which|and\s+(?:the|was|were|it))\s|;|\s+and\s+"
                         r"(?:was|were|the\s+meeting|discussed|exchanged)\b")


@dataclass(frozen=True)
class Chair:
    start: int
    end: int
    co: bool
    honorific: str | None
    name: str
    post: str | None
    confidence: float
    name_span: tuple[int, int]


def _person(text: str, start: int, end: int, co: bool) -> Chair | None:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip(" ,"))
    start += lead
    seg = text[start:end]
    hon = HONORIFIC_RE.match(seg)
    hon_text = None
    pos = 0
    if hon:
        hon_text = re.sub(r"\s+", " ", hon.group()).strip()
        pos = hon.end()
    name = NAME_RE.match(seg, pos)
    if not name:
        return None
    words = name.group()
    # `Mr. Taro Yamada of the Foreign Ministry`: the name stops before a lower-case word.
    nend = pos + len(words.rstrip("."))
    if words.endswith(".") and not re.search(r"\b[A-Z]\.$", words):
        words = words[:-1]
    if not hon and len(words.split()) < 2:
        return None
    rest = seg[nend:].strip()
    rest = re.sub(r"^(?:,|\(|\bof\b)\s*", "", rest)
    rest = re.sub(r"[\s,)]*(?:\b(?:and|respectively))?[\s,]*$", "", rest).strip()
    post = re.sub(r"\s+", " ", rest) or None
    conf = 0.9 if hon else 0.6
    return Chair(start, start + len(seg.rstrip(" ,.")), co, hon_text,
                 re.sub(r"\s+", " ", words.strip()), post,
                 conf, (start + pos, start + pos + len(words.strip())))


def _split(text: str, start: int, end: int, co: bool) -> list[Chair]:
    """One or more persons in text[start:end], split at each honorific."""
    marks = [start + m.start() for m in HONORIFIC_RE.finditer(text[start:end])]
    if not marks or marks[0] - start > 2:
        marks = [start, *marks]
    people = []
    for i, at in enumerate(marks):
        stop = marks[i + 1] if i + 1 < len(marks) else end
        seg_end = stop
        # Drop the `, and ` joining two persons.
        tail = re.search(r"(?:,?\s*\band\b|,)\s*$", text[at:stop])
        if tail and i + 1 < len(marks):
            seg_end = at + tail.start()
        person = _person(text, at, seg_end, co)
        if person:
            people.append(person)
    if not people and " and " in text[start:end]:
        # `co-chaired by Koji Tsuruoka and Jane Smith`: names without honorifics.
        mid = text.index(" and ", start, end)
        for a, b in ((start, mid), (mid + 5, end)):
            person = _person(text, a, b, co)
            if person:
                people.append(person)
    return people


def find_chairs(text: str, start: int, end: int) -> list[Chair]:
    """Chairs named in one sentence text[start:end]."""
    sentence = text[start:end]
    label = LABEL_RE.match(sentence)
    if label:
        return _split(text, start + label.end(), end, bool(label["co"]))
    m = BY_RE.search(sentence)
    if m:
        co = bool(m["co"]) or (m["verb"] or "").lower().startswith("co")
        s = start + m.end()
        stop = _CLAUSE_END.search(text, s, end)
        e = stop.start() if stop else end
        while e > s and text[e - 1] in " .,":
            e -= 1
        return _split(text, s, e, co)
    for pattern in (VERB_AFTER_RE, ACTED_AS_RE):
        m = pattern.search(sentence)
        if not m:
            continue
        co = bool(m.groupdict().get("co")) or m.group().lower().lstrip(" ,").startswith(
            "co-") or "co-chaired" in m.group().lower()
        before_end = start + m.start()
        return _split(text, _subject_start(text, start, before_end, co), before_end, co)
    return []


def _subject_start(text: str, start: int, end: int, co: bool) -> int:
    """Where the person(s) before the verb begin: the last honorific (the last two for
    co-chairs joined by `and`), else the start of the last clause."""
    marks = [start + m.start() for m in HONORIFIC_RE.finditer(text[start:end])]
    if marks:
        first = marks[-1]
        if co:
            for at in reversed(marks[:-1]):
                between = text[at:first]
                if re.search(r"(?:,\s*and|\band)\s*$", text[at:first]) or "," in between:
                    first = at
                else:
                    break
        return first
    clause = [m.end() for m in re.finditer(r",\s+and\s+|;\s*|\band\s+", text[start:end])]
    return start + clause[-1] if clause else start
