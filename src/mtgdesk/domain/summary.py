"""What one row of the meeting list shows: a few columns of a stored meeting; a search
hit is that summary and the snippet of the meeting around the words it matched."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from mtgdesk.domain.snippet import Snippet


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    title: str
    held_on: date
    ends_on: date | None
    venue: str | None
    city: str | None
    status: str
    series: str | None
    version: int
    uuid: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "held_on": self.held_on.isoformat(),
            "ends_on": self.ends_on.isoformat() if self.ends_on else None,
            "venue": self.venue, "city": self.city, "status": self.status,
            "series": self.series, "uuid": self.uuid,
        }


@dataclass(frozen=True)
class Hit:
    """One meeting a search found: its summary, as the meeting list shows it, and the
    snippet around the matched words."""

    summary: MeetingSummary
    # The snippet, or how to cut it: cut when first asked for, so that a page of a
    # hundred hits costs the snippets of the rows a list shows, not of all of them.
    snippet_of: Snippet | Callable[[], Snippet] = Snippet("")

    @cached_property
    def extract(self) -> Snippet:
        made = self.snippet_of
        return made if isinstance(made, Snippet) else made()

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def title(self) -> str:
        return self.summary.title

    @property
    def held_on(self) -> date:
        return self.summary.held_on

    @property
    def venue(self) -> str | None:
        return self.summary.venue

    @property
    def city(self) -> str | None:
        return self.summary.city

    @property
    def status(self) -> str:
        return self.summary.status

    @property
    def series(self) -> str | None:
        return self.summary.series

    @property
    def snippet(self) -> str:
        """The snippet's text (plain: whoever shows it escapes it)."""
        return self.extract.text

    @property
    def highlights(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each matched word in `snippet`, for highlighting."""
        return self.extract.highlights

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id, "title": self.title, "held_on": self.held_on.isoformat(),
            "venue": self.venue, "city": self.city, "status": self.status,
            "series": self.series, "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights],
        }


@dataclass(frozen=True)
class Facets:
    """How many of a search's matches fall in each year, series, chair, participant and
    kind of paragraph, for the filter panel."""

    total: int
    # field -> (value, meetings among the matches), commonest first (years: newest)
    counts: dict[str, tuple[tuple[str, int], ...]]
