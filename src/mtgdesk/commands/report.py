"""`mtgdesk report ID [--template press-release|minutes] --format F -o OUT` and
`mtgdesk report --index [--from DATE] [--to DATE] --format F -o OUT`."""

from __future__ import annotations

import argparse
from datetime import date

from mtgdesk.domain.errors import UserError
from mtgdesk.reports.formats import FORMATS, format_for_path


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="print a meeting's press release or minutes, or an index of meetings",
        description="Write a meeting's report (press release or minutes), or with --index "
        "a list of meetings, as text, HTML, PDF or Word (DOCX).")
    p.add_argument("id", nargs="?", type=int, metavar="ID", help="the meeting's number")
    p.add_argument("--index", action="store_true",
                   help="an index of meetings (one line each) instead of one meeting")
    p.add_argument("--template", choices=("press-release", "minutes"), default="press-release",
                   help="report style for one meeting (default: press-release)")
    p.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE",
                   help="index: meetings held on or after DATE (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE",
                   help="index: meetings held on or before DATE")
    p.add_argument("--format", choices=FORMATS,
                   help="output format (default: from the file name's ending)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")
    p.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    from mtgdesk.commands._common import engine_for
    from mtgdesk.services.reports import render_index, render_report

    fmt = args.format or format_for_path(args.output)
    if fmt is None:
        raise UserError(f"say --format ({', '.join(FORMATS)}): {args.output!r} has no "
                        "ending that names one")
    if args.index:
        if args.id is not None:
            raise UserError("give either a meeting ID or --index, not both")
        render_index(engine_for(args), fmt, args.output, date_from=args.date_from,
                     date_to=args.date_to)
        return 0
    if args.id is None:
        raise UserError("which meeting? give its ID (see `mtgdesk list`), or --index")
    if args.date_from or args.date_to:
        raise UserError("--from and --to go with --index")
    render_report(engine_for(args), args.id, args.template, fmt, args.output)
    return 0
