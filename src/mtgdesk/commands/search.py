"""`mtgdesk search QUERY [--json] [--limit N]` and `mtgdesk reindex`.

Imports stay lean (no Qt, no report libraries): a search from a script should cost
little more than starting Python.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search meetings (see docs/search.md for the syntax)",
                       description='Words must all match; "exact phrase", -word, OR, '
                       "title:, participant:, chair:, venue:, series:, kind:decision, "
                       "status:final, from:YYYY-MM-DD, to:YYYY-MM-DD.")
    p.add_argument("query", metavar="QUERY", nargs="+", help="what to find")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=int, default=20, metavar="N",
                   help="at most N meetings (default 20)")
    p.add_argument("--order", choices=("relevance", "newest", "oldest"), default="relevance")
    p.set_defaults(run=run_search)

    p = sub.add_parser("reindex", help="rebuild the search index from the stored meetings")
    p.set_defaults(run=run_reindex)


def run_search(args: argparse.Namespace) -> int:
    from mtgdesk.commands._common import engine_for
    from mtgdesk.domain.errors import UserError
    from mtgdesk.services.search import search

    if args.limit < 0:
        raise UserError("--limit must be 0 or more")
    result = search(engine_for(args), " ".join(args.query), order=args.order,
                    limit=args.limit)
    if args.json:
        import json

        print(json.dumps([h.as_json() for h in result.hits], ensure_ascii=False, indent=2))
        return 0
    for h in result.hits:
        where = ", ".join(x for x in (h.venue, h.city) if x)
        print(f"{h.id:>6}  {h.held_on.isoformat()}  {h.status:<5}  {h.title}"
              + (f"  ({where})" if where else ""))
        if h.snippet:
            print(f"        {h.snippet}")
    shown = len(result.hits)
    if result.total > shown or not result.exact:
        print(f"({shown} of {result.describe_total()}; --limit N shows more)")
    return 0


def run_reindex(args: argparse.Namespace) -> int:
    from mtgdesk.commands._common import engine_for
    from mtgdesk.services.search import reindex

    n = reindex(engine_for(args))
    print(f"indexed {n} meeting{'s' if n != 1 else ''}")
    return 0
