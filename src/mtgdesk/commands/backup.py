"""`mtgdesk [--db D] backup DEST`, `mtgdesk [--db D] restore SRC` and
`mtgdesk copy FROM TO`."""

from __future__ import annotations

import argparse

from mtgdesk.commands._common import database_arg, desk_for, names_file, terminal_progress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="copy the database to DEST (a file or a folder), "
                       "consistently, even while others write")
    names_file(p.add_argument("dest", metavar="DEST",
                              help="the copy to write, or a folder to write it in "
                              "(named for the database and the time)"))
    p.set_defaults(run=run_backup)

    p = sub.add_parser("restore", help="replace the database by the backup SRC (checked "
                       "first; the replaced database is kept beside it); an office "
                       "server must be empty, and only an approver may")
    names_file(p.add_argument("src", metavar="SRC",
                              help="a backup written by `mtgdesk backup` or the window"))
    p.set_defaults(run=run_restore)

    p = sub.add_parser("copy", help="copy every meeting, with its history, from the "
                       "database FROM into TO, a new file or an empty office server; "
                       "all or nothing")
    names_file(p.add_argument("source", metavar="FROM", help="a database file or URL"))
    names_file(p.add_argument("dest", metavar="TO", help="a new database file, or the "
                              "URL of an empty database"))
    p.set_defaults(run=run_copy)


def run_backup(args: argparse.Namespace) -> int:
    with desk_for(args) as desk:
        dest = desk.backup(args.dest, progress=terminal_progress("backup"))
        source = desk.location
    print(f"backed up {source} to {dest}")
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from mtgdesk.desk import Desk

    n = Desk.copy_database(args.source, args.dest, progress=terminal_progress("copy"))
    print(f"copied {n:,} meeting{'s' if n != 1 else ''} from {args.source} to {args.dest}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from mtgdesk.desk import Desk

    db = database_arg(args)
    if db is not None and Desk.names_server(db):
        n = Desk.restore_server(db, args.src, progress=terminal_progress("restore"))
        print(f"restored {n:,} meeting{'s' if n != 1 else ''} from {args.src} into "
              "the office server")
        return 0
    # Not opened first: the database being replaced may be the damaged one.
    path, aside = Desk.restore_database(database_arg(args), args.src)
    print(f"restored {path} from {args.src}")
    if aside is not None:
        print(f"the replaced database was kept as {aside}")
    return 0
