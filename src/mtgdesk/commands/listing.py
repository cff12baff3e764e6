"""`mtgdesk list [--json] [--limit N]`."""

from __future__ import annotations

import argparse
import json

from mtgdesk.commands._common import non_negative_int


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="list meetings, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=non_negative_int, metavar="N", help="at most N meetings")
    p.set_defaults(run=run_list)


def run_list(args: argparse.Namespace) -> int:
    from mtgdesk.commands._common import desk_for

    with desk_for(args) as desk:
        rows = desk.list_meetings(limit=args.limit)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        where = ", ".join(x for x in (r.venue, r.city) if x)
        print(f"{r.id:>6}  {r.held_on.isoformat()}  {r.status:<5}  {r.title}"
              + (f"  ({where})" if where else ""))
    return 0
