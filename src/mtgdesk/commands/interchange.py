"""`mtgdesk import [--update] FILE...` and `mtgdesk export [--id ID ...] [-o FILE]`."""

from __future__ import annotations

import argparse
import sys

from mtgdesk.commands._common import desk_for, names_file, terminal_progress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import interchange JSON files (all or nothing) "
                       "or releases (.txt, .html, .docx, .pdf) as drafts")
    names_file(p.add_argument("files", nargs="+", metavar="FILE",
                              help="interchange .json files, or releases (.txt, .html, "
                              ".docx, .pdf)"))
    p.add_argument("--update", action="store_true",
                   help="a meeting already stored (same uuid) is replaced by the file's "
                   "version when that is newer, with a history entry (default: left as "
                   "it is)")
    p.set_defaults(run=run_import)

    p = sub.add_parser("export", help="export meetings as interchange JSON")
    p.add_argument("--id", dest="ids", type=int, action="append", metavar="ID",
                   help="a meeting to export (repeatable; default: all)")
    names_file(p.add_argument("-o", "--output", metavar="FILE",
                              help="write here instead of stdout"))
    p.set_defaults(run=run_export)


def run_import(args: argparse.Namespace) -> int:
    # Releases (.txt, .html, .docx, .pdf) are parsed into drafts; JSON stays all or nothing.
    from mtgdesk.commands.parse import import_releases

    with desk_for(args) as desk:
        releases = [f for f in args.files if desk.is_release(f)]
        files = [f for f in args.files if not desk.is_release(f)]
        if not files:
            return import_releases(desk, releases, terminal_progress("Reading"))
        result = desk.import_files(files, update=args.update,
                                   progress=terminal_progress("Importing"))
        for one in result.per_file:
            print(f"{one.path}: {one.describe()}")
        n = len(result.changes.added)
        total = (f"imported {n} meeting{'s' if n != 1 else ''} from {len(result.files)} "
                 f"file{'s' if len(result.files) != 1 else ''}")
        extra = [f"{len(result.changes.updated)} updated"] if result.changes.updated else []
        if result.changes.present:
            extra.append(f"{len(result.changes.present)} already present")
        print(total + (f" ({', '.join(extra)})" if extra else ""))
        return import_releases(desk, releases, terminal_progress("Reading")) if releases else 0


def run_export(args: argparse.Namespace) -> int:
    with desk_for(args) as desk:
        if args.output:
            n = desk.export_file(args.output, args.ids)
            print(f"exported {n} meeting{'s' if n != 1 else ''} to {args.output}",
                  file=sys.stderr)
        else:
            sys.stdout.write(desk.export_text(args.ids))
    return 0
