"""Releases as the window's review dialog reads and saves them (services.release_import)."""

from __future__ import annotations

from mtgdesk.services import history
from mtgdesk.services.meetings import get_meeting
from mtgdesk.services.release_import import NOT_A_RELEASE, propose, save_reviewed
from tests.conftest import SEED_TEXT


def test_propose_reads_releases_and_says_why_a_file_is_not_one(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(b"%PDF")  # a release's format, but damaged
    odt = tmp_path / "notes.odt"
    odt.write_bytes(b"PK")
    seen: list[tuple[int, int]] = []
    good, bad, damaged, other = propose([SEED_TEXT, broken, pdf, odt],
                                        progress=lambda *a: seen.append(a))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert good.proposal is not None and good.problems == []
    assert "Human Security" in good.proposal.record.title
    assert bad.proposal is None and bad.problems and "broken.docx" in bad.problems[0]
    assert damaged.proposal is None and "not a PDF document" in damaged.problems[0]
    assert other.proposal is None and other.problems == [NOT_A_RELEASE]
    assert not any(r.stored for r in (good, bad, damaged, other))


def test_a_reviewed_proposal_is_stored_as_a_new_draft_with_history(engine):
    [result] = propose([SEED_TEXT])
    assert result.proposal is not None
    record = result.proposal.record.copy()
    record.status = "final"  # whatever the clerk set: a release comes in as a draft
    record.id, record.version, record.uuid = 7, 3, "0b7b8c4e-5f0c-4c43-9a43-2b6cbb0e0d2a"
    saved = save_reviewed(engine, record)
    stored = get_meeting(engine, saved.id)
    assert saved.created and stored.status == "draft" and stored.version == 1
    assert stored.uuid != "0b7b8c4e-5f0c-4c43-9a43-2b6cbb0e0d2a"
    assert stored.title == record.title and record.status == "final"  # given record kept
    assert [e.action for e in history.history(engine, saved.id)] == ["create"]
