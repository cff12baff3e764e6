"""Drafts (an editor's unsaved content, for crash recovery) as rows."""

from __future__ import annotations

from sqlalchemy import delete
from sqlmodel import Session

from mtgdesk.domain.tables import DRAFT_TABLE as D


def delete_of_meeting(session: Session, meeting_id: int) -> None:
    session.execute(delete(D).where(D.c.meeting_id == meeting_id))
