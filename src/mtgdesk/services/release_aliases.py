"""The corrections a clerk made in the import review, kept as aliases: listed, removed,
learnt from a reviewed proposal and applied to every release read later."""

from __future__ import annotations

from collections.abc import Sequence

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.records import ParticipantRecord
from mtgdesk.releases.corrections import Correction, fold, learn
from mtgdesk.releases.proposal import Proposal
from mtgdesk.store import release_aliases as rows
from mtgdesk.store.meetings import now
from mtgdesk.store.session import Engine, read_session, write_session

NAME_LIMIT = 500  # a participant's name is a line, not a document


def aliases(engine: Engine) -> list[Correction]:
    """Every correction kept, by the name it corrects."""
    with read_session(engine) as session:
        return [Correction(r.from_kind, r.from_name, r.to_kind, r.to_name, r.to_acronym,
                           id=r.id) for r in rows.all_rows(session)]


def remove(engine: Engine, alias_id: int) -> None:
    """Forget one correction: releases read from now on are read as the reader reads
    them. UserError when there is no correction of that number."""
    with write_session(engine) as session:
        if not rows.remove(session, alias_id):
            raise UserError(f"there is no release correction {alias_id} "
                            "(see `mtgdesk aliases`)")


def restore(engine: Engine, correction: Correction, *, author: str = "") -> int:
    """Keep a removed correction again (Undo in File > Release Corrections…); returns
    its new number. UserError when a correction of the same name was kept since: the
    newer one is not overwritten."""
    key = fold(correction.from_name)
    with write_session(engine) as session:
        if any(r.from_kind == correction.from_kind and r.from_key == key
               for r in rows.all_rows(session)):
            raise UserError(f"a newer correction of {correction.from_kind} "
                            f"“{correction.from_name}” is kept: the removed one was not "
                            "put back")
        return rows.put(session, from_kind=correction.from_kind, from_key=key,
                        from_name=correction.from_name, to_kind=correction.to_kind,
                        to_name=correction.to_name, to_acronym=correction.to_acronym,
                        at=now(), by=author)


def remember(engine: Engine, proposal: Proposal, reviewed: Sequence[ParticipantRecord], *,
             author: str = "") -> list[Correction]:
    """Keep the corrections the reviewed participants make to the proposal's (a
    correction of a name already corrected replaces the older one; one put back to
    what the reader read forgets it); returns those kept."""
    learnt = [c for c in learn(proposal, reviewed)
              if len(c.from_name) <= NAME_LIMIT and len(c.to_name) <= NAME_LIMIT]
    if not learnt:
        return []
    kept = []
    with write_session(engine) as session:
        at = now()
        for c in learnt:
            if c.to_kind == c.from_kind and fold(c.to_name) == fold(c.from_name) \
                    and not c.to_acronym:
                rows.remove_key(session, c.from_kind, fold(c.from_name))
                continue
            alias_id = rows.put(session, from_kind=c.from_kind, from_key=fold(c.from_name),
                                from_name=c.from_name, to_kind=c.to_kind, to_name=c.to_name,
                                to_acronym=c.to_acronym, at=at, by=author)
            kept.append(Correction(c.from_kind, c.from_name, c.to_kind, c.to_name,
                                   c.to_acronym, id=alias_id))
    return kept
