"""What the participant-name completer offers: names already recorded, then the shipped
reference lists (UN member states, organisations, agencies).

Names this office has used come first, most frequent first, so its own spellings win;
a reference entry with the same kind and (normalised) name is not offered twice.
No widgets here: the participants editor owns its completer and is given this list.
"""

from __future__ import annotations

from sqlalchemy import Engine

from mtgdesk.domain import reference
from mtgdesk.services import meetings

NameSuggestion = tuple[str, str, str | None]  # (kind, name, acronym)


def name_suggestions(engine: Engine) -> list[NameSuggestion]:
    seen: set[tuple[str, str]] = set()
    out: list[NameSuggestion] = []

    def add(kind: str, name: str, acronym: str | None) -> None:
        key = (str(kind), reference.normalize(name))
        if name.strip() and key not in seen:
            seen.add(key)
            out.append((str(kind), name, acronym or None))

    for kind, name, acronym in meetings.known_participant_names(engine):
        add(kind, name, acronym)
    for s in reference.suggestions():
        add(s.kind.value, s.name, s.acronym)
    return out
