"""Report use cases: one meeting's press release or minutes, an index of meetings.

Qt-free: a PDF (the only output that needs Qt) is made by the page painter the caller
hands in as `pdf` (mtgdesk.printing.pdf.pdf_bytes); nothing here imports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from mtgdesk.domain.errors import UserError
from mtgdesk.reports import model
from mtgdesk.reports.model import Report
from mtgdesk.reports.render import FORMATS, PdfWriter, render
from mtgdesk.services.meetings import get_meeting, get_meetings, list_meetings
from mtgdesk.settings import Settings, load_settings
from mtgdesk.store.session import Engine
from mtgdesk.userfiles import check_output, write_output

TEMPLATES = (*model.TEMPLATES, "index")


def meeting_report(engine: Engine, meeting_id: int, template: str = "press-release",
                   settings: Settings | None = None) -> Report:
    record = get_meeting(engine, meeting_id)
    return model.build(record, template, settings or load_settings())


def index_ids(engine: Engine, *, date_from: date | None = None,
              date_to: date | None = None) -> list[int]:
    """Meetings (not in the Trash) held in the period, oldest first.

    A meeting of several days belongs to the period when any of its days does.
    """
    if date_from and date_to and date_from > date_to:
        raise UserError("the start of the period is after its end")
    rows = list_meetings(engine, order="held_on", descending=False)
    out = []
    for row in rows:
        last = row.ends_on or row.held_on
        if date_from and last < date_from:
            continue
        if date_to and row.held_on > date_to:
            continue
        out.append(row.id)
    return out


def index_report(engine: Engine, *, ids: Sequence[int] | None = None,
                 date_from: date | None = None, date_to: date | None = None,
                 settings: Settings | None = None) -> Report:
    """The index of the meetings given by id (a search, a selection), else of a period."""
    if ids is None:
        ids = index_ids(engine, date_from=date_from, date_to=date_to)
    records = get_meetings(engine, list(ids))
    return model.index(records, date_from=date_from, date_to=date_to,
                       settings=settings or load_settings())


def write_report(report: Report, fmt: str, dest: Path | str, *,
                 pdf: PdfWriter | None = None) -> Path:
    """Write beside the destination first, then move: never half a report under its name.
    A PDF is made by `pdf` (see mtgdesk.reports.render.render)."""
    if fmt not in FORMATS:
        raise UserError(f"unknown report format {fmt!r} (choose {', '.join(FORMATS)})")
    check_output(dest)  # before the work, not only after it
    return write_output(dest, render(report, fmt, pdf=pdf))


def render_report(engine: Engine, meeting_id: int, template: str, fmt: str,
                  dest: Path | str, *, settings: Settings | None = None,
                  pdf: PdfWriter | None = None) -> Path:
    if template == "index":
        report = index_report(engine, ids=[meeting_id], settings=settings)
    else:
        report = meeting_report(engine, meeting_id, template, settings)
    return write_report(report, fmt, dest, pdf=pdf)


def render_index(engine: Engine, fmt: str, dest: Path | str, *,
                 ids: Sequence[int] | None = None, date_from: date | None = None,
                 date_to: date | None = None, settings: Settings | None = None,
                 pdf: PdfWriter | None = None) -> Path:
    report = index_report(engine, ids=ids, date_from=date_from, date_to=date_to,
                          settings=settings)
    return write_report(report, fmt, dest, pdf=pdf)
