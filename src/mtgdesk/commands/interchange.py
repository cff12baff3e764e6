"""`mtgdesk import FILE...` and `mtgdesk export [--id ID ...] [-o FILE]`."""

from __future__ import annotations

import argparse
import sys

from mtgdesk.commands._common import engine_for, names_file, terminal_progress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import interchange JSON files (all or nothing) "
                       "or releases (.txt, .html, .docx) as drafts")
    names_file(p.add_argument("files", nargs="+", metavar="FILE",
                              help="interchange .json files, or releases (.txt, .html, "
                              ".docx)"))
    p.set_defaults(run=run_import)

    p = sub.add_parser("export", help="export meetings as interchange JSON")
    p.add_argument("--id", dest="ids", type=int, action="append", metavar="ID",
                   help="a meeting to export (repeatable; default: all)")
    names_file(p.add_argument("-o", "--output", metavar="FILE",
                              help="write here instead of stdout"))
    p.set_defaults(run=run_export)


def run_import(args: argparse.Namespace) -> int:
    engine = engine_for(args)
    # Releases (.txt, .html, .docx) are parsed into drafts; JSON stays all or nothing.
    from mtgdesk.commands.parse import import_releases
    from mtgdesk.services import interchange
    from mtgdesk.services.release_import import is_release

    releases = [f for f in args.files if is_release(f)]
    args.files = [f for f in args.files if not is_release(f)]
    if not args.files:
        return import_releases(engine, releases, terminal_progress("Reading"))
    result = interchange.import_files(engine, args.files,
                                      progress=terminal_progress("Importing"))
    n = len(result.ids)
    print(f"imported {n} meeting{'s' if n != 1 else ''} from {len(result.files)} file"
          f"{'s' if len(result.files) != 1 else ''}")
    return import_releases(engine, releases, terminal_progress("Reading")) if releases else 0


def run_export(args: argparse.Namespace) -> int:
    from mtgdesk.services import interchange

    engine = engine_for(args)
    if args.output:
        n = interchange.write_export(engine, args.output, args.ids)
        print(f"exported {n} meeting{'s' if n != 1 else ''} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(interchange.export_text(engine, args.ids))
    return 0
