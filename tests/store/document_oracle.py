"""The search index's document of a meeting built the way it was before documents were
built from packed values (store.search.packed / built): straight from the record, as
store.search.document and store.text_index._tantivy_doc did (code of fcd2b4f), kept
here as the oracle the packed form's documents are compared with."""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from mtgdesk.domain.records import MeetingRecord
from mtgdesk.store.search import CHAIR_ROLES, expansions, joined, series_token


def _participant_text(name: str, acronym: str | None, post: str | None,
                      delegation: str | None, honorific: str | None
                      ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    names = [x for x in (name, acronym) if x]
    more = [x for n in names for x in expansions(n)]
    people = names + [x for x in (post, delegation, honorific) if x] + more
    return tuple(joined(x) for x in people), tuple(joined(x) for x in names + more)


def _row(meeting_id: int, record: MeetingRecord) -> bytes:
    assert record.held_on is not None
    people = "; ".join(", ".join(x for x in (p.name, p.acronym and f"({p.acronym})",
                                             p.post) if x)
                       for p in record.participants)
    place = ", ".join(x for x in (record.venue, record.city, record.host_country) if x)
    refs = " ".join(x for x in (record.series, record.reference) if x)
    return json.dumps([
        meeting_id, record.title, record.held_on.toordinal(),
        record.ends_on.toordinal() if record.ends_on else None, record.venue,
        record.city, record.status, record.series, record.version or 0, record.uuid,
        [g.text for g in record.paragraphs], [people, record.title, place, refs],
    ], ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def _pairs(values: Iterable[str]) -> list[str]:
    out: dict[str, None] = {}
    for value in values:
        for a, b in pairwise(value.split()):
            out[f"{a}|{b}"] = None
    return list(out)


def old_document(meeting_id: int, record: MeetingRecord) -> dict[str, Any]:
    """Every value the index was given for the meeting, by field, in order."""
    assert record.held_on is not None
    people: list[str] = []
    chairs: list[str] = []
    chair_names: list[str] = []
    for p in record.participants:
        everything, named = _participant_text(p.name, p.acronym, p.post, p.delegation,
                                              p.honorific)
        people.extend(everything)
        if p.role in CHAIR_ROLES:
            chairs.extend(named)
            chair_names.append(p.name)
    body = []
    for g in record.paragraphs:
        body.append(joined(g.text))
        if g.owner:
            body.append(joined(g.owner))
    place = (record.venue, record.city, record.host_country)
    extra = (record.series, record.reference, record.classification)
    text = {
        "title": [joined(record.title)],
        "people": people,
        "chairs": chairs,
        "place": [joined(x) for x in place if x],
        "body": body,
        "extra": [joined(x) for x in extra if x],
    }
    facets = ["all", f"s{record.status}"]
    facets += sorted({f"k{p.kind}" for p in record.paragraphs})
    if record.series and record.series.strip():
        facets.append(series_token(record.series))
    series = (record.series or "").strip()
    day = record.held_on.toordinal()
    return {
        "id": [meeting_id], "key": [(day << 32) | meeting_id], "day": [day],
        **{name: values for name, values in text.items() if values},
        "title_pairs": [" ".join(_pairs(text["title"]))],
        "pairs": [" ".join(_pairs(v for f, values in text.items() if f != "title"
                                  for v in values))],
        "facets": [" ".join(facets)],
        "title_exact": [joined(record.title)],
        "year": [str(record.held_on.year)],
        **({"series": [series]} if series else {}),
        **{name: values for name, values in (
            ("chair", list(dict.fromkeys(chair_names))),
            ("participant", list(dict.fromkeys(p.name for p in record.participants
                                               if p.name))),
            ("kind", sorted({p.kind for p in record.paragraphs}))) if values},
        "row": [_row(meeting_id, record)],
    }
