"""Report use cases (mtgdesk.services.reports): which meetings an index of a period
holds, and a report file written whole or not at all."""

from __future__ import annotations

from datetime import date

import pytest

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.reports import model
from mtgdesk.services import reports
from mtgdesk.services.meetings import save_meeting
from mtgdesk.services.trash import trash_many
from mtgdesk.settings import Settings


def meeting(engine, title: str, held_on: date, ends_on: date | None = None) -> int:
    record = MeetingRecord(title=title, held_on=held_on, ends_on=ends_on, venue="Tokyo")
    return save_meeting(engine, record).id


@pytest.fixture
def three(engine) -> dict[str, int]:
    return {"march": meeting(engine, "March talks", date(2007, 3, 23)),
            "across": meeting(engine, "Across the month", date(2007, 3, 30),
                              date(2007, 4, 2)),
            "may": meeting(engine, "May talks", date(2007, 5, 4))}


def test_an_index_of_a_period_holds_the_meetings_with_a_day_in_it(engine, three):
    april = reports.index_ids(engine, date_from=date(2007, 4, 1), date_to=date(2007, 4, 30))
    assert april == [three["across"]]  # it began in March but ran into April
    march = reports.index_ids(engine, date_from=date(2007, 3, 1), date_to=date(2007, 3, 31))
    assert march == [three["march"], three["across"]]  # oldest first
    assert reports.index_ids(engine) == [three["march"], three["across"], three["may"]]
    assert reports.index_ids(engine, date_from=date(2007, 5, 5)) == []


def test_meetings_in_the_trash_are_left_out_of_an_index(engine, three):
    trash_many(engine, [three["march"]])
    assert reports.index_ids(engine, date_to=date(2007, 3, 31)) == [three["across"]]


def test_a_period_that_ends_before_it_starts_is_refused(engine):
    with pytest.raises(UserError, match="start of the period is after its end"):
        reports.index_ids(engine, date_from=date(2008, 1, 1), date_to=date(2007, 1, 1))


def test_a_report_is_written_whole_under_its_name(engine, three, tmp_path):
    settings = Settings(office_name="Global Issues Division")
    out = tmp_path / "out"
    out.mkdir()
    dest = reports.render_report(engine, three["march"], "minutes", "txt", out / "m.txt",
                                 settings=settings)
    text = dest.read_text(encoding="utf-8")
    assert "March talks" in text
    assert [p.name for p in out.iterdir()] == ["m.txt"]  # no .partial left beside it


def test_a_failed_write_leaves_neither_the_file_nor_a_partial_one(engine, three, tmp_path):
    folder = tmp_path / "no-such-folder"
    with pytest.raises(UserError, match="cannot write"):
        reports.render_index(engine, "txt", folder / "i.txt")
    assert not folder.exists()


def test_a_failing_pdf_writer_leaves_nothing_behind(engine, three, tmp_path):
    def broken(report: model.Report) -> bytes:
        raise UserError("the printer caught fire")

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError, match="caught fire"):
        reports.render_report(engine, three["may"], "press-release", "pdf", out / "r.pdf",
                              pdf=broken)
    assert list(out.iterdir()) == []


def test_an_index_of_one_meeting_and_a_format_that_is_not_one(engine, three, tmp_path):
    dest = reports.render_report(engine, three["may"], "index", "html", tmp_path / "i.html")
    assert "May talks" in dest.read_text(encoding="utf-8")
    assert "March talks" not in dest.read_text(encoding="utf-8")
    with pytest.raises(UserError, match="unknown report format 'odt'"):
        reports.write_report(reports.index_report(engine), "odt", tmp_path / "i.odt")
    assert not (tmp_path / "i.odt").exists()
