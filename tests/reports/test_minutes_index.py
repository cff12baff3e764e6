"""The minutes style and the index report."""

from __future__ import annotations

from datetime import date, time

from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.printing.pdf import pdf_bytes
from mtgdesk.reports import model, render
from mtgdesk.services import reports as service
from mtgdesk.services.meetings import save_meeting
from tests.reports.readback import docx_document, docx_text, normalise, pdf_text


def minutes_record(status: str = "draft") -> MeetingRecord:
    return MeetingRecord(
        title="Budget Committee", held_on=date(2024, 3, 4), ends_on=date(2024, 3, 5),
        starts_at=time(9, 30), ends_at=time(17, 0), venue="the Council Chamber",
        city="Geneva", reference="BC/2024/3", classification="Internal", status=status,
        participants=[
            ParticipantRecord(kind="country", name="France"),
            ParticipantRecord(kind="country", name="Chile", attendance="absent"),
            ParticipantRecord(kind="organization", name="World Health Organization",
                              acronym="WHO", attendance="excused"),
            ParticipantRecord(kind="person", name="Anne Dupont", honorific="Ms.",
                              post="Ambassador", delegation="France", role="chair"),
            ParticipantRecord(kind="person", name="Jan Novak", honorific="Mr.",
                              delegation="France", role="secretary"),
        ],
        paragraphs=[
            ParagraphRecord(text="The committee reviewed the accounts."),
            ParagraphRecord(text="The budget was adopted.", kind="decision"),
            ParagraphRecord(text="Circulate the final figures.", kind="action",
                            owner="Mr. Novak", due_on=date(2024, 3, 15)),
        ],
    )


def test_minutes_text_has_every_part():
    text = render.text(model.build(minutes_record(), "minutes"))
    assert text.startswith("DRAFT\n")
    for part in ("MINUTES", "Budget Committee", "Monday, March 4, 2024 – Tuesday, March 5, 2024",
                 "09:30–17:00", "The Council Chamber, Geneva", "BC/2024/3", "Internal",
                 "PRESENT", "Countries", "France", "ABSENT", "Chile", "EXCUSED",
                 "World Health Organization (WHO)", "CHAIR",
                 "Ms. Anne Dupont, Ambassador", "Mr. Jan Novak of France (Secretary)",
                 "1.   The committee reviewed", "2.   Decision: The budget was adopted.",
                 "3.   Action — Mr. Novak, due March 15, 2024: Circulate",
                 "Approved by the Chair"):
        assert part in text, part
    present = text[text.index("PRESENT"):text.index("ABSENT")]
    assert "Chile" not in present and "World Health" not in present


def test_final_minutes_carry_no_draft_mark(tmp_path, qapp):
    report = model.build(minutes_record("final"), "minutes")
    assert "DRAFT" not in render.text(report)
    assert "DRAFT" not in render.html(report)
    assert "DRAFT" not in pdf_text(pdf_bytes(report), tmp_path)


def test_draft_mark_in_every_format(tmp_path, qapp):
    report = model.build(minutes_record(), "minutes")
    assert 'class="draft">DRAFT<' in render.html(report)
    assert "DRAFT" in docx_text(render.render(report, "docx"))
    assert "DRAFT" in pdf_text(pdf_bytes(report), tmp_path)


def test_minutes_docx_items_are_numbered_with_labels():
    document = docx_document(render.render(model.build(minutes_record(), "minutes"), "docx"))
    items = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in items] == [
        "The committee reviewed the accounts.",
        "Decision: The budget was adopted.",
        "Action — Mr. Novak, due March 15, 2024: Circulate the final figures.",
    ]
    assert items[1].runs[0].bold
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Budget Committee", "Present", "Absent", "Excused", "Chair",
                        "Proceedings"]


def test_index_of_a_period_from_the_database(engine, seed_record, tmp_path, qapp):
    inside = minutes_record()
    before = minutes_record()
    before.title, before.held_on, before.ends_on = "Old Meeting", date(2005, 1, 2), None
    for record in (seed_record, inside, before):
        save_meeting(engine, record)
    report = service.index_report(engine, date_from=date(2007, 1, 1),
                                  date_to=date(2024, 12, 31))
    assert [row.title for row in report.rows] == [
        "Senior Official-Level Meeting on Human Security", "Budget Committee"]
    assert report.date_line == "January 1, 2007 to December 31, 2024"
    text = render.text(report)
    assert "March 23, 2007" in text and "March 4–5, 2024" in text
    assert "Old Meeting" not in text
    for fmt in ("html", "docx", "pdf", "txt"):
        dest = service.write_report(report, fmt, tmp_path / f"index.{fmt}",
                                    pdf=pdf_bytes)
        assert dest.stat().st_size > 0
    table = docx_document((tmp_path / "index.docx").read_bytes()).tables[0]
    assert [c.text for c in table.rows[1].cells] == [
        "March 23, 2007", "Senior Official-Level Meeting on Human Security",
        "the Ministry of Foreign Affairs"]
    assert "Budget Committee" in normalise(pdf_text((tmp_path / "index.pdf").read_bytes(),
                                                    tmp_path))


def test_index_of_chosen_meetings(engine, seed_record):
    first = save_meeting(engine, seed_record).id
    second = save_meeting(engine, minutes_record()).id
    report = service.index_report(engine, ids=[second])
    assert [r.meeting_id for r in report.rows] == [second]
    assert first not in [r.meeting_id for r in report.rows]
    assert "Budget Committee" in docx_text(render.render(report, "docx"))
