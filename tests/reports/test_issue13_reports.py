"""Issue 13's report details: a line to sign for each co-chair, DOCX properties that
are the document's own, a report file named by its day."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from datetime import UTC, date, datetime

import docx

from mtgdesk.domain.records import ParticipantRecord
from mtgdesk.reports import model
from mtgdesk.reports.docx_writer import build_document


def test_a_co_chaired_draft_has_a_line_to_sign_for_each_chair(seed_record):
    one = model.minutes(seed_record)
    assert one.approval.startswith("Approved by the Chair:")
    co = dataclasses.replace(seed_record, participants=[
        *seed_record.participants,
        ParticipantRecord(kind="person", name="Ana Lima", role="co-chair")])
    report = model.minutes(co)
    assert report.approval.startswith("Approved by the Co-chairs:")
    assert report.approval.count("______________________") == 2  # one for each chair


def test_docx_properties_are_the_documents_own(seed_record):
    document = build_document(model.minutes(seed_record))
    props = document.core_properties
    assert props.created.year >= 2024 and props.created != datetime(2013, 12, 23, 23, 15,
                                                                    tzinfo=UTC)
    assert props.title
    out = io.BytesIO()
    document.save(out)
    names = zipfile.ZipFile(io.BytesIO(out.getvalue())).namelist()
    assert not [n for n in names if "thumbnail" in n]  # no blank preview
    assert docx.Document(io.BytesIO(out.getvalue())).core_properties.title == props.title


def test_a_report_file_is_named_by_its_day_and_title(seed_record):
    from mtgdesk.ui.reports.report_actions import report_file_name

    report = dataclasses.replace(model.minutes(seed_record), title="Officials’ Meeting")
    assert report_file_name(report, date(2007, 3, 23)) == \
        "2007-03-23-officials-meeting-minutes.pdf"
