"""Helpers shared by subcommands.

Every command module imports its services inside its run function, never at the top:
the parser is built from all of them, and `mtgdesk list` should not pay for the
release parser or the report templates.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine


def engine_for(args: argparse.Namespace) -> Engine:
    from mtgdesk.cli import database_arg
    from mtgdesk.store.database import open_database

    return open_database(database_arg(args))


def terminal_progress(label: str):
    """A progress line on stderr when it is a terminal; silent in pipes and tests."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] "
                         f"{done}/{total}{end}")
        sys.stderr.flush()

    return report
