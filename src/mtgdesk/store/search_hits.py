"""Search hits as the result list shows them: each meeting's summary and a snippet of
its text around the words found, read for one page of ids at once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session

from mtgdesk.domain.query import Query
from mtgdesk.domain.snippet import make_snippet, matcher
from mtgdesk.domain.summary import Hit, MeetingSummary

# The ids are ints from our own index, written into the statement: no parameters to
# expand, no statement to compile on each search (a few milliseconds a page).
_MEETINGS = ("SELECT id, title, held_on, ends_on, venue, city, status, series, version, "
             "uuid, host_country, reference, deleted_at FROM meeting WHERE id IN ({})")
_PARAGRAPHS = ("SELECT meeting_id, text FROM paragraph WHERE meeting_id IN ({}) "
               "ORDER BY meeting_id, position")
_PEOPLE = ("SELECT meeting_id, name, acronym, post FROM participant WHERE meeting_id IN ({}) "
           "ORDER BY meeting_id, position")


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def hits(session: Session, ids: Sequence[int], query: Query) -> list[Hit]:
    """The hits of `ids`, in that order; an id no longer stored (deleted since the
    index was read) is left out."""
    if not ids:
        return []
    marks = ", ".join(str(int(i)) for i in ids)
    conn = session.connection()
    # Not "AND deleted_at IS NULL": SQLite would then walk that column's index.
    rows = {r[0]: r for r in conn.exec_driver_sql(_MEETINGS.format(marks)) if r[-1] is None}
    texts: dict[int, list[str]] = {i: [] for i in ids}
    for mid, body in conn.exec_driver_sql(_PARAGRAPHS.format(marks)):
        texts[mid].append(body)
    people: dict[int, list[tuple[str, str | None, str | None]]] = {i: [] for i in ids}
    for mid, name, acronym, post in conn.exec_driver_sql(_PEOPLE.format(marks)):
        people[mid].append((name, acronym, post))
    pattern = matcher(query.highlight_terms())
    out = []
    for i in ids:
        r = rows.get(i)
        if r is None:
            continue
        _, title, held_on, ends_on, venue, city, status, series, version, uuid, host, \
            reference, _deleted = r
        # The paragraphs first; only when the words are elsewhere, the other fields.
        snip = make_snippet(texts[i], pattern)
        if pattern is not None and not snip.highlights:
            others = [
                "; ".join(", ".join(x for x in (n, a and f"({a})", p) if x)
                          for n, a, p in people[i]),
                title, ", ".join(x for x in (venue, city, host) if x),
                " ".join(x for x in (series, reference) if x)]
            found = make_snippet(others, pattern)
            snip = found if found.highlights else snip
        summary = MeetingSummary(i, title, _day(held_on),
                                 _day(ends_on) if ends_on else None, venue, city, status,
                                 series, version, uuid)
        out.append(Hit(summary, snip))
    return out
