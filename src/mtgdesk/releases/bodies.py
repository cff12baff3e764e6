"""A body that takes part through its officer.

- An officer named at the meeting brings in the body: `EU High Representative X`,
  `X, Secretary General of NATO`, `Commonwealth Secretary-General, X`, `the Executive
  Director of the CICA Secretariat, X, informed the participants`. A post with no one
  in it (`the Secretary-General's message`, `a report by the Secretary General`) brings
  in nobody.
- The body whose meeting it is is no party by its name alone (`the G20 Sherpa Meeting`:
  not_parties' _BODY_BEFORE and _BODY_AFTER); the records list it where its officer or
  its delegation is there, and so does the reader.
"""

from __future__ import annotations

import re

from mtgdesk.domain import reference as ref
from mtgdesk.releases.clues import Clue
from mtgdesk.releases.names import ORGANIZATION, Found

OFFICER_NOTE = "its officer took part"

_TITLE = (r"(?:(?:Deputy|Assistant)\s+)?(?:[Ss]ecretary[-\s]+[Gg]eneral|[Gg]eneral\s+[Ss]ecretary|"
          r"[Ee]xecutive\s+(?:[Ss]ecretary|[Dd]irector)|[Dd]irector[-\s]+[Gg]eneral|"
          r"High\s+Representative|Chair(?:person|man)?[-\s]+in[-\s]+Office)")
# `High Representative for Common Foreign and Security Policy of the E.U.`: the post's
# field before the body.
_FIELD = r"(?:\s+(?:for|on)(?:\s+(?:the\s+)?(?:[A-Z][\w-]*|and)){1,6}?)?"
# The title, then its body: `Secretary General of NATO`, `Executive Director of the CICA
# Secretariat`.
_TITLE_OF = re.compile(rf"\b{_TITLE}{_FIELD}\s+of\s+(?:the\s+)?(?=[A-Z])"
                       # The head of a body's commission: `the President of the ECOWAS
                       # Commission`, `Chairperson of the African Union Commission`.
                       r"|\b(?:President|Chair(?:person|man)?)\s+of\s+(?:the\s+)?"
                       r"(?=(?:[A-Z][\w.&-]*\s+){1,6}Commission\b)")
# The body, then the title: `NATO Secretary General`, `Commonwealth Secretary-General`,
# `the EU's High Representative`, `ECO delegation was headed by Secretary General X`.
_TITLE_AFTER_BODY = re.compile(rf"(?<=[\w.])(?:['’]s)?(?:\s+delegation\s+(?:was\s+|is\s+)?"
                               rf"(?:headed|led)\s+by\s+(?:its\s+|the\s+)?|\s+){_TITLE}\b")
# The titles' words, for the clues of the two patterns: a sentence with a `Secretary of
# State` or a `Director of` passes OFFICER_CLUE and names none of these titles.
_TITLE_WORDS: list[str | tuple[str, ...]] = [
    ("secretary", "general"), ("director", "general"), "executive secretary",
    "executive director", "high representative", ("chair", "office")]
TITLE_OF = Clue(_TITLE_OF, [*_TITLE_WORDS, ("president", "commission"),
                            ("chair", "commission")])
TITLE_AFTER_BODY = Clue(_TITLE_AFTER_BODY, _TITLE_WORDS)
# `the African Union Commission (AUC) Chairperson`, `ECOWAS Commission President`.
_HEAD_AFTER_COMMISSION = re.compile(r"(?<=Commission)(?:\s*\([A-Z]{2,8}\))?['’]?s?\s+"
                                    r"(?:President|Chair(?:person|man)?)\b")
_OFFICER_CLUE = re.compile(r"(?i)secretary|director|high\s+representative|in[-\s]+office|"
                           r"commission")
# Its words, found with the other clues' in one pass over the sentence (which the
# attendance rules read first): most sentences have none and are not searched.
OFFICER_CLUE = Clue(_OFFICER_CLUE, ["secretary", "director", "high representative", "office",
                                    "commission"])
# Someone in the post: a name after it (`, Mary Hale,`; ` Anna Berg`) or
# before it (`Carl Berg, High Representative ...`).
_NAME = (r"(?:(?:H\.?E\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Ambassador|Prof\.?)\s+)?"
         r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+)+")  # `Patrick I. Gomes`
_NAME_AFTER = re.compile(rf"(?:\s+for\s+(?:the\s+)?(?:[A-Z][\w-]*\s+|and\s+){{1,6}}?)?\s*,?\s*"
                         rf"{_NAME}")
_NAME_BEFORE = re.compile(rf"{_NAME}\s*,\s*(?:the\s+)?(?:[Dd]eputy\s+|[Aa]ssistant\s+)?$")
# Words of a post held by no one present: `on behalf of the Secretary-General`, `his
# message`, `his statement was read out`, `the late Secretary General` (not `of late`).
_NOT_THERE = re.compile(r"\b(?i:message|video|letter|on\s+behalf\s+of|written\s+statement|"
                        r"statement\s+of|read\s+out)\b|\b(?i:former|late)\s+(?=[A-Z])")
NOT_THERE = Clue(_NOT_THERE, ["message", "video", "letter", "on behalf of",
                              "written statement", "statement of", "read out", "former ",
                              "late "])
_SECRETARIAT = re.compile(r"\s+Secretariat\b")


def _not_there(text: str, start: int, end: int) -> bool:
    """text[start:end] speaks of a post held by no one present (its words looked for
    with the other clues' first: the pattern, ignoring case, is tried at every position)."""
    return NOT_THERE.holds(text[start:end]) and bool(_NOT_THERE.search(text, start, end))


def may_name_an_officer(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a title's words at all (the caller's `present`,
    dearer to find, is found only then)."""
    return bool(OFFICER_CLUE.search(text[start:end]))  # (no anchor: the slice is the same)


def officers(text: str, start: int, end: int, *, present: bool,
             skip: list[tuple[int, int]]) -> list[Found]:
    """The bodies whose officers text[start:end] names as there: with the officer's name,
    or in a sentence that says who came (`present`). Posts inside `skip` (the chairs',
    whose bodies the chair's reading decides) are passed over."""
    out: list[Found] = []
    if not _OFFICER_CLUE.search(text, start, end) or _not_there(text, start, end):
        return out
    sentence = text[start:end]
    for m in _TITLE_OF.finditer(text, start, end) if TITLE_OF.holds(sentence) else ():
        body = _body_at(text, m.end(), end)
        if body is None or _inside(m.start(), skip):
            continue
        after = body.end
        s = _SECRETARIAT.match(text, after)
        if s:
            after = s.end()
        if present or _named(text, m.start(), after, start, end):
            out.append(_as_officer(body, text[m.start():m.end()]))
    after_body = [*(_TITLE_AFTER_BODY.finditer(text, start, end)
                    if TITLE_AFTER_BODY.holds(sentence) else ()),
                  *_HEAD_AFTER_COMMISSION.finditer(text, start, end)]
    for t in sorted(after_body, key=lambda t: t.start()):
        body = body_before(text, max(start, t.start() - 80), t.start())
        if body is not None and not _inside(body.start, skip) and (
                present or _named(text, body.start, t.end(), start, end)):
            out.append(_as_officer(body, text[body.end:t.end()]))
    commissioners = _COMMISSIONER.finditer(text, start, end) \
        if text.find("Commissioner", start, end) >= 0 else ()
    for c in commissioners:
        body = _commission_of(text, c.start(), c.end() - len(" Commissioner"))
        if body is not None and not _inside(body.start, skip) and (
                present or _named(text, body.start, c.end(), start, end)):
            out.append(_as_officer(body, text[body.start:c.end()]))
    return out


# A commissioner of a commission the list knows: `the European Commissioner for
# Enlargement` (the European Commission), `the AU Commissioner for Political Affairs`.
_COMMISSIONER = re.compile(r"\b(?:[A-Z][\w-]*\s+){1,3}Commissioner\b")


def _commission_of(text: str, start: int, end: int) -> Found | None:
    words = list(re.finditer(r"[A-Z][\w-]*", text[start:end]))
    for i in range(max(0, len(words) - 3), len(words)):
        name = " ".join(text[start + words[i].start():end].split())
        body = ref.find_organization(f"{name} Commission")
        if body is not None:
            return Found(ORGANIZATION, body.name, start + words[i].start(), end, 0.85,
                         acronym=body.acronym)
    return None


def body_before(text: str, start: int, end: int) -> Found | None:
    """The body whose name ends at `end` (the longest the reference list knows):
    `NATO`, `the Commonwealth`, `the OSCE` before its officer's title."""
    words = list(re.finditer(r"[A-Z][\w.&-]*|of|and|for|the", text[start:end]))
    for i in range(max(0, len(words) - 8), len(words)):
        w0 = words[i]
        if not w0.group()[0].isupper():
            continue
        name = text[start + w0.start():start + words[-1].end()]
        body = ref.find_organization(" ".join(name.split()))
        if body is not None:
            return Found(ORGANIZATION, body.name, start + w0.start(), start + words[-1].end(),
                         0.85, acronym=body.acronym)
    return None


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in spans)


def _as_officer(body: Found, title: str) -> Found:
    return Found(ORGANIZATION, body.name, body.start, body.end, 0.85, acronym=body.acronym,
                 note=f"{OFFICER_NOTE}: {' '.join(title.split())}")


def _named(text: str, post_start: int, post_end: int, start: int, end: int) -> bool:
    after = text[post_end:min(end, post_end + 60)]
    if re.match(r"['’]s\b", after):
        return False  # `the Secretary-General's report`
    return bool(_NAME_AFTER.match(after)) or bool(
        _NAME_BEFORE.search(text[max(start, post_start - 60):post_start]))


def _body_at(text: str, at: int, end: int) -> Found | None:
    """The body whose name starts at `at` (the longest the reference list knows):
    `NATO`, `the E.U.`, `the International Organization for Migration (IOM)`."""
    words = list(re.finditer(r"[A-Z][\w.&-]*|of|and|for|the|on|in", text[at:min(end, at + 120)]))
    run: list[re.Match[str]] = []
    for w in words:  # the words of the name, each after the last
        if run and text[at + run[-1].end():at + w.start()].strip():
            break
        run.append(w)
    for n in range(min(len(run), 10), 0, -1):
        last = run[n - 1]
        if not last.group()[0].isupper():
            continue
        name = " ".join(text[at:at + last.end()].split())
        body = ref.find_organization(name.rstrip(".")) or ref.find_organization(name)
        if body is not None:
            return Found(ORGANIZATION, body.name, at, at + last.end(), 0.85,
                         acronym=body.acronym)
    return None


# A head named by the post alone: `the Secretary-General reviewed the progress` (not `the
# Secretary-General of X`, `the Secretary-General's message`, `NATO Secretary General`).
_UNNAMED_HEAD = re.compile(r"(?<![A-Z][\w.&-]\s)(?<![A-Z][\w.&-][\w.&-]\s)\b[Tt]he\s+"
                           r"Secretary[-\s]+General\b(?!\s+of\b|['’]s|\s*,?\s*[A-Z])")
_FROM_THE_GROUP = "proposed from the group: a member of "


def unnamed_head(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a secretary-general named by the post alone in text[start:end]."""
    # (Most sentences hold no `Secretary`: found in place, the sentence not copied.)
    if text.find("Secretary", start, end) < 0 or _not_there(text, start, end):
        return None
    m = _UNNAMED_HEAD.search(text, start, end)
    return (m.start(), m.end()) if m else None


def of_the_group(post: tuple[int, int], found: list[Found]) -> list[Found]:
    """The body of the one group whose members were proposed before (a group that is an
    organisation of the reference list), as taking part through its head; none when no
    group, or more than one, was."""
    groups = {f.note[len(_FROM_THE_GROUP):] for f in found if f.note.startswith(_FROM_THE_GROUP)}
    if len(groups) != 1:
        return []
    body = ref.find_organization(groups.pop())
    if body is None:
        return []
    return [Found(ORGANIZATION, body.name, post[0], post[1], 0.7, acronym=body.acronym,
                  note=f"{OFFICER_NOTE}: the Secretary-General of the group whose members met")]
