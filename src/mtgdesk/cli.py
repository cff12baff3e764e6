"""Command line: argument parsing only; each subcommand calls a service.

Subcommands live in mtgdesk.commands, one module each with `register(subparsers)`;
none of them imports Qt widgets unless it must (only opening the window does).
Exit statuses: 0 success; 1 anything a user or the environment can cause, as one line
`mtgdesk: error: ...`; 2 a command line argparse refuses (its usage and the problem).
packaging/cli-files writes the man page and shell completions from this parser.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from mtgdesk import __version__
from mtgdesk.commands._common import CommandParser, database_arg, names_file
from mtgdesk.domain.errors import UserError

# Each module registers its subcommand(s); keep this list in the order `--help` shows.
COMMAND_MODULES = (
    "mtgdesk.commands.interchange",
    "mtgdesk.commands.listing",
    "mtgdesk.commands.history",
    "mtgdesk.commands.parse",
    "mtgdesk.commands.aliases",
    "mtgdesk.commands.backup",
    "mtgdesk.commands.report",
    "mtgdesk.commands.search",
    "mtgdesk.commands.admin",
)

log = logging.getLogger("mtgdesk")
BATCH_BUSY_TIMEOUT_MS = 60 * 60 * 1000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtgdesk",
        description="Record formal meetings and print their summaries and minutes. "
        "Without a command, opens the window.",
        epilog="Exit status: 0 success; 1 an error the user or the environment caused "
        "(one line `mtgdesk: error: ...`); 2 a command line that cannot be understood. "
        "`mtgdesk COMMAND --help` describes a command, `man mtgdesk` all of them.",
    )
    parser.add_argument("--version", action="version", version=f"mtgdesk {__version__}")
    names_file(parser.add_argument(
        "--db",
        metavar="D",
        default=None,
        help="database file or SQLAlchemy URL (default: $MTGDESK_DB, else the user-data "
        "folder's mtgdesk.sqlite3)",
    ))
    sub = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND",
                                parser_class=CommandParser,
                                help="what to do (none: open the window)")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from mtgdesk.commands.terminal import safe_streams

    with safe_streams():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from mtgdesk import display

            display.check()  # no screen or no Qt libraries: one line, before Qt aborts
            from mtgdesk.app import run_gui  # Qt is loaded only to open the window

            return run_gui(database_arg(args))
        # A command run from a terminal or a script waits its turn behind other writers
        # as long as they need (another import of thousands of meetings), where the
        # window gives up after 30 s to tell the clerk.
        from mtgdesk.desk import Desk

        Desk.wait_behind_writers(BATCH_BUSY_TIMEOUT_MS)
        result = args.run(args)
        for db in Desk.left_in_wal():
            print(f"mtgdesk: warning: another program kept reading {db}, so what was "
                  f"just saved is only in {db}-wal until that program stops reading; do "
                  "not delete or move that file meanwhile",
                  file=sys.stderr)
        return int(result or 0)
    except UserError as exc:
        print(f"mtgdesk: error: {exc}", file=sys.stderr)
        return 1
    except ImportError as exc:
        if not _is_missing_system_library(exc):
            raise
        from mtgdesk import display

        print(f"mtgdesk: error: {display.qt_import_message(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mtgdesk: error: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `mtgdesk export | head`: the reader went away; not an error of ours.
        sys.stderr.close()
        return 0


def _is_missing_system_library(exc: ImportError) -> bool:
    """Qt's import failing on a shared library the system lacks (libglib, libEGL...)."""
    return ".so" in str(exc) and "cannot open shared object file" in str(exc)
