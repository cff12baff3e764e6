"""`mtgdesk report ID [--template press-release|minutes] --format F -o OUT` and
`mtgdesk report --index [--from DATE] [--to DATE] --format F -o OUT`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from mtgdesk.commands._common import names_file
from mtgdesk.domain.errors import UserError
from mtgdesk.reports.formats import FORMATS, format_for_path

if TYPE_CHECKING:
    from mtgdesk.reports.render import PdfWriter


def day(option: str, text: str | None, *, end: bool) -> date | None:
    """--from/--to as `from:`/`to:` in a search read them: 2007 or 2007-06 is its first
    day for --from, its last for --to. Not a date: a user error naming the value."""
    from mtgdesk.domain.query import parse_date

    if text is None:
        return None
    found = parse_date(text, end=end)
    if found is None:
        raise UserError(f"{option} {text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return found


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="print a meeting's press release or minutes, or an index of meetings",
        description="Write a meeting's report (press release or minutes), or with --index "
        "a list of meetings, as text, HTML, PDF or Word (DOCX).")
    p.add_argument("id", nargs="?", type=int, metavar="ID",
                   help="the meeting's number (see `mtgdesk list`)")
    p.add_argument("--index", action="store_true",
                   help="an index of meetings (one line each) instead of one meeting")
    p.add_argument("--template", choices=("press-release", "minutes"), default=None,
                   help="report style for one meeting (default: press-release)")
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="index: meetings held on or after DATE (YYYY-MM-DD; 2007 or "
                   "2007-06: from its first day)")
    p.add_argument("--to", dest="date_to", metavar="DATE",
                   help="index: meetings held on or before DATE (2007 or 2007-06: to its "
                   "last day)")
    p.add_argument("--format", choices=FORMATS,
                   help="output format (default: from the file name's ending)")
    names_file(p.add_argument("-o", "--output", required=True, metavar="OUT",
                              help="file to write"))
    # What the options say together is argparse's to refuse too: a usage error (2).
    p.set_defaults(run=run_report, usage_error=p.error)


def run_report(args: argparse.Namespace) -> int:
    from mtgdesk.commands._common import desk_for

    if args.index and args.id is not None:
        args.usage_error("give either a meeting ID or --index, not both")
    if args.index and args.template is not None:
        args.usage_error("--template is for one meeting's report, not for --index")
    if not args.index and args.id is None:
        args.usage_error("which meeting? give its ID (see `mtgdesk list`), or --index")
    if not args.index and (args.date_from or args.date_to):
        args.usage_error("--from and --to go with --index")
    date_from = day("--from", args.date_from, end=False)
    date_to = day("--to", args.date_to, end=True)
    fmt = args.format or format_for_path(args.output)
    if fmt is None:
        raise UserError(f"say --format ({', '.join(FORMATS)}): {args.output!r} has no "
                        "ending that names one")
    if args.index:
        with desk_for(args) as desk:
            desk.write_index(fmt, args.output, date_from=date_from, date_to=date_to,
                             pdf=_pdf_writer(fmt))
        _font_notes(fmt)
        return 0
    with desk_for(args) as desk:
        desk.write_report(args.id, args.template or "press-release", fmt, args.output,
                          pdf=_pdf_writer(fmt))
    _font_notes(fmt)
    return 0


def _pdf_writer(fmt: str) -> PdfWriter | None:
    """The page painter, for a PDF only: Qt loads when a PDF is asked for, not before."""
    if fmt != "pdf":
        return None
    from mtgdesk.printing.pdf import pdf_bytes

    return pdf_bytes


def _font_notes(fmt: str) -> None:
    """A PDF is set in the fonts installed here: say where they are not the report's."""
    if fmt == "pdf":
        from mtgdesk.printing.fonts import notes

        for note in notes():
            print(f"mtgdesk: note: {note}", file=sys.stderr)
