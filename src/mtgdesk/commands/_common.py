"""Helpers shared by subcommands.

Commands reach the data only through the desk (mtgdesk.desk.Desk), which they import
inside their run function, never at the top: the parser is built from all of them, and
building it should not load the database stack.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mtgdesk.desk import Desk


class CommandParser(argparse.ArgumentParser):
    """A subcommand's parser. With `dashed_words` (search), every word that is not one
    of the command's own options is its positional text, even one starting with `-`
    (the query language's NOT): `search -draft`, `search human -draft --limit 3`.
    `--` still ends the options, and an unknown `--word` is still a usage error."""

    dashed_words = False

    # typeshed overloads parse_known_args on `namespace`; one plain signature covers both.
    def parse_known_args(  # type: ignore[override]
            self, args: Sequence[str] | None = None,
            namespace: argparse.Namespace | None = None) -> Any:
        if self.dashed_words and args is not None:
            args = self._words_last(list(args))
        return super().parse_known_args(args, namespace)

    def _words_last(self, args: list[str]) -> list[str]:
        """The options as typed, then `--`, then the words in their order."""
        options: list[str] = []
        words: list[str] = []
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg == "--":
                words.extend(args[i:])
                break
            action = self._own_option(arg)
            if action is None:
                (options if arg.startswith("--") and len(arg) > 2 else words).append(arg)
                continue
            options.append(arg)
            if action.nargs != 0 and "=" not in arg and i < len(args):
                options.append(args[i])  # its value, whatever it looks like
                i += 1
        return [*options, "--", *words] if words else options

    def _own_option(self, arg: str) -> argparse.Action | None:
        """The option `arg` names exactly, or as `--name=value`, or as the unique
        start of a long option (as argparse allows); None for anything else."""
        name = arg.split("=", 1)[0] if arg.startswith("--") else arg
        if name in self._option_string_actions:
            return self._option_string_actions[name]
        if name.startswith("--") and len(name) > 2:
            found = {a for s, a in self._option_string_actions.items() if s.startswith(name)}
            if len(found) == 1:
                return found.pop()
        return None


def non_negative_int(text: str) -> int:
    """A whole number, 0 or more (--limit N); anything else is a usage error."""
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number 0 or more")
    return n


# Marks an argument that names a file, for the shell completion packaging/cli-files
# writes (shtab's own marker is not importable at run time: shtab is for builds only).
def names_file(action: argparse.Action) -> argparse.Action:
    action.completes = "file"  # type: ignore[attr-defined]
    return action


def database_arg(args: argparse.Namespace) -> str | None:
    """The database --db (or $MTGDESK_DB) names; None for the default."""
    return args.db or os.environ.get("MTGDESK_DB") or None


def desk_for(args: argparse.Namespace) -> Desk:
    """The desk on the database --db (or $MTGDESK_DB, or the default) names."""
    from mtgdesk.desk import Desk

    return Desk.open(database_arg(args))


def terminal_progress(label: str):
    """A progress line on stderr when it is a terminal; silent in pipes and tests.

    In per cent: the work may count meetings, or thousandths of several steps.
    """
    from mtgdesk.commands.terminal import raw

    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        end = "\n" if done >= total else ""
        raw(sys.stderr).write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] "
                              f"{100 * done // max(total, 1):3d}%{end}")
        sys.stderr.flush()

    return report
