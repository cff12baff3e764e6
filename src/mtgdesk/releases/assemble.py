"""Turn what the attendance sentences said into participants: one entry per body in
the order of the release (countries, organisations, agencies, chairs), the host
country last among the countries, and the counts the release states checked.
"""

from __future__ import annotations

import re
from functools import cache

from mtgdesk.domain import reference as ref
from mtgdesk.domain.records import ParticipantRecord
from mtgdesk.domain.vocab import ParticipantKind, Role
from mtgdesk.releases import demonyms, names
from mtgdesk.releases.attendance import Attendance
from mtgdesk.releases.chair_person import Chair
from mtgdesk.releases.names import AGENCY, COUNTRY, ORGANIZATION, Found
from mtgdesk.releases.proposal import Findings

KINDS = (COUNTRY, ORGANIZATION, AGENCY)
PLURAL = {COUNTRY: "countries", ORGANIZATION: "organizations", AGENCY: "agencies"}


def _unique(found: list[Found]) -> dict[str, list[Found]]:
    by_kind: dict[str, list[Found]] = {k: [] for k in KINDS}
    seen: dict[tuple[str, str], tuple[str, int]] = {}
    for f in found:
        key = (f.kind if f.kind != AGENCY else ORGANIZATION, ref.normalize(f.name))
        if key in seen:
            kind, at = seen[key]
            first = by_kind[kind][at]
            if first.note.startswith("proposed from the group") and kind == f.kind \
                    and not f.note.startswith("proposed from the group"):
                # A member the release names itself: its own words are the evidence,
                # in the group's place (the first mention keeps its order).
                by_kind[kind][at] = f
            continue
        seen[key] = (f.kind, len(by_kind[f.kind]))
        by_kind[f.kind].append(f)
    return by_kind


def assemble(p: Findings, a: Attendance) -> None:
    by_kind = _unique(a.found)
    countries = by_kind[COUNTRY]
    # Counts first, on what the release names (before anything is added by inference).
    for kind in (COUNTRY, ORGANIZATION):
        stated = [c for c in a.counts if c[0] == kind]
        named = len(by_kind[kind])
        if kind == ORGANIZATION:
            named += 0
        if not stated:
            continue
        total = stated[0][1] if len(stated) == 1 else max(c[1] for c in stated)
        if named == 0:
            p.doubt("participants", f"the release counts {total} {PLURAL[kind]} but names "
                    "none: add them by hand")
        elif total != named:
            p.doubt("participants", f"the release says {total} {PLURAL[kind]}, but "
                    f"{named} {'is' if named == 1 else 'are'} named: check the list")
    host, host_span, host_conf, host_note = _host(a, countries)
    if host is not None and not any(f.name == host for f in countries) and countries:
        country = ref.find_country(host)
        countries.append(Found(COUNTRY, host, host_span[0], host_span[1], 0.6,
                               article=country.article if country and country.article
                               else None, note="host, not in the list: added"))
        p.doubt("participants", f"{host} hosted the meeting but is not in the list of "
                "countries: added it")
    if host is not None:
        # The host is listed last, as the report prints it.
        countries.sort(key=lambda f: f.name == host)
        p.record.host_country = host
        p.ev("host_country", host_span[0], host_span[1], host_conf, host_note)
    rows: list[tuple[ParticipantRecord, Found | None, float, str, tuple[int, int]]] = []
    for kind in KINDS:
        for f in by_kind[kind]:
            rec = ParticipantRecord(kind=kind, name=f.name, acronym=f.acronym)
            if kind == COUNTRY and f.article:
                rec.article = f.article
            rows.append((rec, f, f.confidence, f.note, (f.start, f.end)))
            if f.confidence < 0.6:
                p.doubt("participants", f"“{f.name}” is not in the reference lists: check "
                        "its name and kind")
    chair_countries: list[tuple[str, int, int]] = []
    chairs = a.chairs
    if any(not c.country and not c.by_title for c in chairs):
        # `The Summit was opened and chaired by X` beside `Y, ... and Chairperson of
        # SADC`: Y heads the body; X chaired.
        chairs = [c for c in chairs if not c.by_title]
    opener = _opener_in_chair(a, chairs, host if host_conf > 0.5 else None)
    if opener is not None:
        chairs = [*chairs, opener]
    if any(not c.country for c in chairs):
        # `Chaired by the State of Qatar, ...` beside `Sheikh Hamad ... presided over`,
        # `under the Polish presidency` beside `Zbigniew Rau, who hosted`: the person
        # in the chair is the chair, the country's chairmanship a frame.
        frames = [c for c in chairs if c.country]
        chairs = [c for c in chairs if not c.country]
        listed_now = {ref.normalize(f.name) for f in by_kind[COUNTRY]}
        for c in frames:  # the country still took part
            if ref.normalize(c.name) not in listed_now:
                country = ref.find_country(c.name)
                rows.insert(sum(1 for r in rows if r[0].kind == COUNTRY),
                            (ParticipantRecord(kind=COUNTRY, name=c.name,
                                               article=(country.article or None)
                                               if country else None),
                             None, c.confidence, "its chairmanship", (c.start, c.end)))
                listed_now.add(ref.normalize(c.name))
    for c in chairs:
        role = Role.CO_CHAIR if c.co or len(chairs) > 1 else Role.CHAIR
        target = _body_named(c, by_kind)
        if target is not None:  # `co-chaired by Japan and Australia`: the countries chair
            for rec, row_found, *_ in rows:
                if row_found is target:
                    rec.role = role.value
            continue
        if c.country:  # `chaired by Cook Islands`, not in the list: it took part
            country = ref.find_country(c.name)
            rec = ParticipantRecord(kind=COUNTRY, name=c.name, role=role.value,
                                    article=(country.article or None) if country else None)
            at = sum(1 for r in rows if r[0].kind == COUNTRY)
            rows.insert(at, (rec, None, c.confidence, "chair; a country", (c.start, c.end)))
            continue
        post, delegation, how = _delegation(c.post, host)
        if delegation and how in ("named in the post", "named after the name") \
                and ref.find_country(delegation):
            chair_countries.append((delegation, c.start, c.end))
        rec = ParticipantRecord(kind=ParticipantKind.PERSON.value, name=c.name,
                                role=role.value, honorific=c.honorific, post=post,
                                delegation=delegation)
        rows.append((rec, None, c.confidence, f"chair; delegation {how}", (c.start, c.end)))
    listed = {ref.normalize(r[0].name) for r in rows if r[0].kind == COUNTRY}
    missing = [(n, s, e) for n, s, e in dict((n, (n, s, e)) for n, s, e
                                            in chair_countries).values()
               if ref.normalize(n) not in listed]
    if missing:
        # `co-chaired by Ms. X, ... of Japan, and Mr. Y, ... of Australia`: the chairs'
        # countries took part, listed or not.
        added = []
        for name, s, e in missing:
            country = ref.find_country(name)
            added.append((ParticipantRecord(kind=COUNTRY, name=name,
                                            article=country.article or None if country
                                            else None),
                          None, 0.6, "a chair's country", (s, e)))
        at = sum(1 for r in rows if r[0].kind == COUNTRY) if listed else 0
        rows[at:at] = added
        p.doubt("participants", "the chairs' countries were added to the countries: "
                + ", ".join(n for n, _, _ in missing))
    for i, (rec, _f, conf, note, span) in enumerate(rows):
        p.record.participants.append(rec)
        p.ev(f"participants[{i}]", span[0], span[1], conf, note)
    if not rows:
        p.doubt("participants", "no participants found: add them by hand")
    if not chairs:
        p.doubt("participants", "no chair found")


def _opener_in_chair(a: Attendance, chairs: list[Chair], host: str | None) -> Chair | None:
    """`Under the chairmanship of Kazakhstan ...` then `Opening the meeting, the Foreign
    Minister of Kazakhstan X noted ...`: with no person in the chair, the one who opened
    the meeting of a chairing or hosting country chairs it (not one of another country)."""
    if not a.openers or any(not c.country for c in chairs):
        return None
    theirs = {ref.normalize(c.name) for c in chairs} | ({ref.normalize(host)} if host else set())
    opener = a.openers[0]
    if re.search(r"\b(?:Co-)?Chair(?:man|person|woman)?\b", opener.post or ""):
        return opener  # `Declaring the session open, the Chair of Council ... X`
    _, delegation, how = _delegation(opener.post, None)
    country = ref.find_country(delegation) if delegation else None
    if country is not None and how != "taken to be the host" and theirs \
            and ref.normalize(country.name) not in theirs:
        return None
    return opener


def _host(a: Attendance, countries: list[Found]
          ) -> tuple[str | None, tuple[int, int], float, str]:
    if a.host is not None:
        name, s, e, conf, how = a.host
        return name, (s, e), conf, how
    if a.demonym_host is not None:
        candidates, s, e = a.demonym_host
        listed = [f.name for f in countries if f.name in candidates]
        name = listed[0] if listed else candidates[0]
        return name, (s, e), 0.85, "its officials are named as the host's participants"
    if len(countries) >= 2:
        last = countries[-1]
        return last.name, (last.start, last.end), 0.5, "listed last"
    return None, (0, 0), 0.0, ""


def _body_named(c: Chair, by_kind: dict[str, list[Found]]) -> Found | None:
    if c.honorific:
        return None
    for kind in (COUNTRY, ORGANIZATION):
        for f in by_kind[kind]:
            if ref.normalize(f.name) == ref.normalize(c.name) or (
                    f.start <= c.name_span[0] < f.end):
                return f
    return None


@cache
def _demonyms() -> dict[str, str]:
    """The list's demonyms and the reader's usual others (`Kazakh Deputy Prime Minister`)."""
    return {**demonyms.demonym_table(), **{c.demonym: c.name for c in ref.countries()}}


def _delegation(post: str | None, host: str | None) -> tuple[str | None, str | None, str]:
    """Whom a chair represents, from the words of the post; the host when nothing says."""
    if not post:
        return None, host, "taken to be the host"
    only = ref.find_country(post) or ref.find_organization(post)
    if only is not None:  # `Dr. X of the Philippines`: not a post but a delegation
        return None, only.name, "named after the name"
    named = names.gazetteer(post, 0, len(post), [])
    for kind in (COUNTRY, ORGANIZATION):
        for f in named:
            if f.kind == kind:
                return post, f.name, "named in the post"
    for word in re.findall(r"[A-Z][a-z]+", post):
        country = _demonyms().get(word)
        if country:
            return post, country, "named in the post"
    for f in named:
        if f.kind == AGENCY and f.host_country and f.host_country in post:
            return post, f.host_country, "named in the post"  # `... of Japan`
        if f.kind == AGENCY and (host is None or host == f.host_country):
            return post, f.host_country, "by the ministry in the post"
    return post, host, "taken to be the host"
