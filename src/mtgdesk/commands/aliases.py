"""`mtgdesk aliases [list] [--json]` and `mtgdesk aliases remove ID`: the corrections
kept from import reviews (a participant the reader got wrong, as the clerk put it
right), which every later release import applies."""

from __future__ import annotations

import argparse
import json

from mtgdesk.commands._common import CommandParser


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("aliases", help="list or remove the corrections kept from release "
                       "import reviews, which later imports apply",
                       description="When a clerk corrects a participant in the import "
                       "review (a person that is a country, a name that is a reference "
                       "entry, a wrong acronym), mtgdesk keeps the correction and applies "
                       "it to every release imported later. Without a command: list them.")
    p.add_argument("--json", action="store_true",
                   help="list as a JSON array (id, from_kind, from_name, to_kind, "
                   "to_name, to_acronym)")
    p.set_defaults(run=run_list)
    cmds = p.add_subparsers(title="aliases commands", dest="aliases_command",
                            metavar="ALIASES_COMMAND", parser_class=CommandParser,
                            help="list (the default) or remove")
    q = cmds.add_parser("list", help="list the corrections kept, by the name they correct")
    q.add_argument("--json", action="store_true", help="as a JSON array")
    q.set_defaults(run=run_list)
    q = cmds.add_parser("remove", help="forget the correction number ID: later imports "
                        "read that name as the reader reads it")
    q.add_argument("id", type=int, metavar="ID", help="the correction's number (see "
                   "`mtgdesk aliases`)")
    q.set_defaults(run=run_remove)


def run_list(args: argparse.Namespace) -> int:
    from mtgdesk.commands._common import desk_for

    with desk_for(args) as desk:
        rows = desk.release_aliases()
    if args.json:
        print(json.dumps([{"id": c.id, "from_kind": c.from_kind, "from_name": c.from_name,
                           "to_kind": c.to_kind, "to_name": c.to_name,
                           "to_acronym": c.to_acronym} for c in rows],
                         ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no corrections kept (they are kept when you correct a participant in the "
              "import review)")
    for c in rows:
        print(f"{c.id:>4}  {c.describe()}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from mtgdesk.commands._common import desk_for

    with desk_for(args) as desk:
        desk.remove_release_alias(args.id)
    print(f"correction {args.id} removed: later imports read that name as written")
    return 0
