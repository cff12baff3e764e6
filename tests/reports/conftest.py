"""Report fixtures: the seed meeting and a meeting full of markup-looking text."""

from __future__ import annotations

from datetime import date

import pytest

from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.settings import Settings

HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


@pytest.fixture
def hostile_record() -> MeetingRecord:
    """Every kind of field holding text that looks like markup."""
    return MeetingRecord(
        title=f"Talks on {HOSTILE}",
        held_on=date(2024, 5, 6),
        venue="<b>Hall</b> & Annex",
        classification="Restricted & <i>internal</i>",
        reference="REF<1> & 2",
        status="draft",
        host_country="Japan",
        participants=[
            ParticipantRecord(kind="country", name="Japan"),
            ParticipantRecord(kind="country", name="<script>Freedonia</script>"),
            ParticipantRecord(kind="organization", name="Tom & Jerry <b>Fund</b>",
                              acronym="T&J"),
            ParticipantRecord(kind="person", name="<b>Ann</b> & Bob", role="chair",
                              honorific="Ms.", post="Head <of> Office"),
        ],
        paragraphs=[ParagraphRecord(text=f"We agreed: {HOSTILE} is text.", kind="decision"),
                    ParagraphRecord(text="Fix <br> & <p> handling", kind="action",
                                    owner="<b>Owner</b>", due_on=date(2024, 6, 1))],
    )


@pytest.fixture
def letterhead() -> Settings:
    return Settings(office_name="Global Issues Division & <Co>", page_size="A4",
                    margin_mm=20.0)
