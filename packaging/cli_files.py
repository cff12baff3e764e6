"""Write the man page and the shell completions of `mtgdesk`, from its argparse parser.

    python packaging/cli_files.py OUTDIR     (or packaging/cli-files OUTDIR)

writes OUTDIR/mtgdesk.1 (argparse-manpage), OUTDIR/mtgdesk.bash and OUTDIR/_mtgdesk
(shtab). Build time only: shtab and argparse-manpage are the `build` extra, never
imported by mtgdesk itself. Arguments the commands mark with `names_file` complete
file paths; those with choices complete their choices.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import shtab
from argparse_manpage.manpage import Manpage

from mtgdesk import __version__
from mtgdesk.cli import build_parser
from mtgdesk.commands.search import QUERY_SYNTAX

SUMMARY = "record formal meetings and print their summaries and minutes"

SYNOPSIS = r"""
.B mtgdesk
[\fB\-\-db\fR \fID\fR]
.br
.B mtgdesk
[\fB\-\-db\fR \fID\fR] \fICOMMAND\fR [\fIARGUMENTS\fR]
.br
.B mtgdesk
\fICOMMAND\fR \fB\-\-help\fR
.br
.B mtgdesk \-\-version
"""

EXIT_STATUS = (
    ("0", "Success."),
    ("1", "An error the user or the environment caused: a missing, unreadable or "
          "unwritable file, a file that is not what it should be, a damaged, locked or "
          "read-only database, a meeting that does not exist, a date that is not a date, "
          "a release that could not be stored, an interrupt. One line on standard error, "
          "starting \"mtgdesk: error:\", says what and where; never a traceback."),
    ("2", "A command line that cannot be understood: an unknown command or option, a "
          "missing argument, a value out of its list (--format, --template, --order) or "
          "--limit that is not a whole number 0 or more. The usage and the problem are "
          "printed on standard error."),
)

ENVIRONMENT = (
    ("MTGDESK_DB", "The database, a file or an SQLAlchemy URL, when --db is not given."),
    ("MTGDESK_CONFIG_DIR", "The settings folder, instead of $XDG_CONFIG_HOME/mtgdesk."),
    ("XDG_DATA_HOME", "Holds the data folder mtgdesk (default ~/.local/share)."),
    ("XDG_CONFIG_HOME", "Holds the settings folder mtgdesk (default ~/.config)."),
)

FILES = (
    ("~/.local/share/mtgdesk/", "The data folder ($XDG_DATA_HOME/mtgdesk)."),
    ("~/.local/share/mtgdesk/mtgdesk.sqlite3",
     "The database when neither --db nor MTGDESK_DB names one; created when first used."),
    ("~/.local/share/mtgdesk/backups/", "The automatic backups of the database."),
    ("~/.config/mtgdesk/settings.json",
     "The settings: office name and logo for reports, the name recorded in the history, "
     "backups to keep."),
    ("~/.config/mtgdesk/templates/",
     "Report templates that replace the shipped ones of the same name."),
)

EXAMPLES = """\
mtgdesk import archive.json release-2007-03-23.txt
mtgdesk search human security -draft from:2007 --limit 5
mtgdesk report 12 --template minutes -o minutes-12.pdf
mtgdesk report --index --from 2007 --to 2007 -o meetings-2007.docx
mtgdesk backup /media/usb/"""


def roff(text: str) -> str:
    """Plain text as roff: backslashes and hyphens escaped, no line read as a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join("\\&" + line if line[:1] in (".", "'") else line
                     for line in text.splitlines())


def definitions(items: tuple[tuple[str, str], ...]) -> str:
    return "\n".join(f".TP\n.B {roff(term)}\n{roff(what)}" for term, what in items)


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from parsers(sub)


def completion_parser() -> argparse.ArgumentParser:
    """The parser, its file arguments marked the way shtab reads them."""
    parser = build_parser()
    for p in parsers(parser):
        for action in p._actions:
            if getattr(action, "completes", None) == "file":
                action.complete = shtab.FILE  # type: ignore[attr-defined]
    return parser


def zsh_completion() -> str:
    # shtab writes a FILE... positional as "(*):...", which zsh reads as one argument
    # that then shuts out the rest: `mtgdesk import a.json <Tab>` offered no second
    # file. "*:..." is the zsh spelling of "this, as many times as given".
    return shtab.complete(completion_parser(), shell="zsh").replace('"(*):', '"*:')


def man_page() -> str:
    parser = build_parser()
    parser.epilog = None  # the man page's own sections say it at length
    page = Manpage(parser, format="single-commands-section")
    page.description = SUMMARY
    page.source = f"mtgdesk {__version__}"
    page.manual = "User Commands"
    page.add_section("synopsis", "=", SYNOPSIS.strip())
    page.add_section("query language", "=",
                     "What mtgdesk search and the search field in the window understand:\n"
                     ".PP\n.nf\n" + roff(textwrap.dedent(QUERY_SYNTAX)) + "\n.fi")
    page.add_section("exit status", "=", definitions(EXIT_STATUS))
    page.add_section("environment", "=", definitions(ENVIRONMENT))
    page.add_section("files", "=", definitions(FILES))
    page.add_section("examples", "=", ".nf\n" + roff(EXAMPLES) + "\n.fi")
    page.add_section("see also", "=",
                     "The User Guide: Help > User Guide in the window, which describes "
                     "the query language, the reports and the interchange format in full.")
    return str(page)


def write(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    files = {
        "mtgdesk.1": man_page(),
        "mtgdesk.bash": shtab.complete(completion_parser(), shell="bash"),
        "_mtgdesk": zsh_completion(),
    }
    written = []
    for name, text in files.items():
        path = outdir / name
        path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: packaging/cli-files OUTDIR", file=sys.stderr)
        return 2
    for path in write(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
