"""Bodies a sentence names without their taking part: a body spoken of (`UN reform`, `the
Commonwealth's fundamental political values`) and a country's own security council
taken for the UN's (attendance drops them; its other rules are not_parties' _BODY_BEFORE/_AFTER)."""

from __future__ import annotations

import re

from mtgdesk.domain import reference as ref
from mtgdesk.releases.demonyms import demonym_table
from mtgdesk.releases.names import ORGANIZATION, Found

# A country's own security council, not the UN's: `the Security Council of the Republic of
# Kazakhstan`, `the Security Council under the President of X`, `the Russian Security
# Council`.
_OF_WHOM = re.compile(r"\s+(?:of|under)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s*){1,5})")


def a_national_council(text: str, f: Found) -> bool:
    if text[f.start:f.end] != "Security Council":
        return False
    if re.match(r"\s+Secretar(?:y|ies)\b", text[f.end:f.end + 14]):
        return True  # `the Committee of Security Council Secretaries`: national councils'
    before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, f.start - 30):f.start])
    if before and (before.group(1) in demonym_table()
                   or ref.find_country(before.group(1)) is not None):
        return True  # `the Russian Security Council`, `the Myanmar Security Council`
    m = _OF_WHOM.match(text, f.end)
    if m is None:
        return False
    words = m.group(1).split()
    return words[0] == "President" or any(ref.find_country(" ".join(words[:n])) is not None
                                         for n in range(len(words), 0, -1))


# Lower-case words after a body that still speak of its people: `UNDP representatives`,
# `IOM's regional director`.
_BODY_PEOPLE = {"representative", "representatives", "secretariat", "secretary", "delegate",
                "delegates", "delegation", "delegations", "official", "officials", "envoy",
                "envoys", "chief", "head", "heads", "director", "directors", "staff", "expert",
                "experts", "observer", "observers", "mission", "office", "agencies", "team",
                "commissioner", "president", "chair", "chairman", "chairperson", "leaders",
                "members", "spokesperson", "executive", "coordinator", "adviser", "advisor",
                "officer", "officers", "side", "participants"}


# What a body is spoken of by: its reform, its resolutions, its role.
_SUBJECT_NOUNS = {"reform", "reforms", "resolution", "resolutions", "agenda", "convention",
                  "conventions", "charter", "framework", "principles", "mandate", "norms",
                  "standards", "sanctions", "role", "centrality", "architecture",
                  "accession", "membership", "practice", "practices", "values", "tradition",
                  "traditions"}


# Adjectives before such a word: `the Commonwealth's fundamental political values`.
_ADJECTIVE = re.compile(r"[a-z-]+(?:al|ic|ive|ous|ent|ant|ary|ed)")


def a_subject(text: str, f: Found, end: int) -> bool:
    """A body the sentence speaks of, not one that came: `UN reform`, `UN Security
    Council resolution 2254`, `the WTO's role` (a word of its matters after it, maybe
    after adjectives)."""
    if f.kind != ORGANIZATION:
        return False
    after = re.match(r"(?:['’]s?)?((?:\s+[a-z][a-z-]*){1,4})\b", text[f.end:min(end, f.end + 60)])
    if after is None:
        return False
    words = after.group(1).split()
    for i, w in enumerate(words[:3]):
        if w in _SUBJECT_NOUNS:
            return (i + 1 == len(words) or words[i + 1] not in _BODY_PEOPLE)
        if not _ADJECTIVE.fullmatch(w) or w in _BODY_PEOPLE:
            return False
    return False
