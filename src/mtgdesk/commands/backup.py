"""`mtgdesk [--db D] backup DEST` and `mtgdesk [--db D] restore SRC`."""

from __future__ import annotations

import argparse

from mtgdesk.commands._common import database_arg, desk_for, names_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="copy the database to DEST (a file or a folder), "
                       "consistently, even while others write")
    names_file(p.add_argument("dest", metavar="DEST",
                              help="the copy to write, or a folder to write it in "
                              "(named for the database and the time)"))
    p.set_defaults(run=run_backup)

    p = sub.add_parser("restore", help="replace the database by the backup SRC (checked "
                       "first; the replaced database is kept beside it)")
    names_file(p.add_argument("src", metavar="SRC",
                              help="a backup written by `mtgdesk backup` or the window"))
    p.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    with desk_for(args) as desk:
        dest = desk.backup(args.dest)
        source = desk.database_file()
    print(f"backed up {source} to {dest}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from mtgdesk.desk import Desk

    # Not opened first: the database being replaced may be the damaged one.
    path, aside = Desk.restore_database(database_arg(args), args.src)
    print(f"restored {path} from {args.src}")
    if aside is not None:
        print(f"the replaced database was kept as {aside}")
    return 0
