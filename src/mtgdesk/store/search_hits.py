"""Search hits as the result list shows them: each meeting's summary and a snippet of
its text around the words found, made from what the index keeps of each meeting
(mtgdesk.store.search.built): a page of hits reads nothing from the database."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import partial

from mtgdesk.domain.query import Query
from mtgdesk.domain.snippet import Matcher, Snippet, make_snippet, matcher
from mtgdesk.domain.summary import Hit, MeetingSummary


def hits(rows: Sequence[bytes], query: Query) -> list[Hit]:
    """The hits of the index's `rows` (one page), in that order; each one's snippet is
    cut when it is first asked for."""
    pattern = matcher(query.highlight_terms()) if rows else None
    out = []
    for blob in rows:
        (meeting_id, title, held_on, ends_on, venue, city, status, series, version, uuid,
         paragraphs, others) = json.loads(blob.decode("utf-8", "surrogatepass"))
        summary = MeetingSummary(meeting_id, title, date.fromordinal(held_on),
                                 date.fromordinal(ends_on) if ends_on else None, venue,
                                 city, status, series, version, uuid)
        out.append(Hit(summary, partial(_snippet, paragraphs, others, pattern)))
    return out


def _snippet(paragraphs: list[str], others: list[str], pattern: Matcher | None
             ) -> Snippet:
    # The paragraphs first; only when the words are elsewhere, the other fields.
    snip = make_snippet(paragraphs, pattern)
    if pattern is not None and not snip.highlights:
        found = make_snippet(others, pattern)
        snip = found if found.highlights else snip
    return snip
