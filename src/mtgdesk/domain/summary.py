"""What one row of the meeting list shows: a few columns of a stored meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


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
