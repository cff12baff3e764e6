"""`mtgdesk search QUERY [--json] [--limit N] [--order O]` and `mtgdesk reindex`.

Imports stay lean (no Qt, no report libraries): a search from a script should cost
little more than starting Python.
"""

from __future__ import annotations

import argparse
import sys

from mtgdesk.commands._common import non_negative_int

# The query language in short (docs/search.md in full); also the man page's section.
QUERY_SYNTAX = """\
  refugees camp      both words, in any order, anywhere in the record
  "human security"   the exact phrase
  -draft, NOT draft  meetings without the word (also -"working group")
  UNHCR OR UNICEF    either word (OR joins the words on each side)
  refug*             words starting with refug
  title:security     in one field: title: participant: chair: venue:
                     series:
  kind:decision      with a paragraph of that kind: discussion,
                     agreement, decision, action, note
  status:final       final records only (status:draft: drafts only)
  from:2007-01-01    held on or after (from:2007: from January 1)
  to:2007-12-31      held on or before (to:2007-06: to June 30)
  security 2007      a year alone: held that year, or the word 2007
Capitals and accents do not matter. Any text is a valid query. A word
that starts with - is query text, not an option:
  mtgdesk search human -draft --limit 3"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search meetings (`mtgdesk search --help`: the syntax)",
                       description="Find meetings: all the words of QUERY must match.\n"
                       "Quote it for the shell when it has quotes, brackets or *.",
                       epilog=f"the query language:\n{QUERY_SYNTAX}\n\nThe full "
                       "description: Help > User Guide in the window, or `man mtgdesk`.",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.dashed_words = True  # `search -draft`: see CommandParser
    p.add_argument("query", metavar="QUERY", nargs="+",
                   help="what to find, in the query language below (several words are "
                   "joined by spaces)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=non_negative_int, default=20, metavar="N",
                   help="at most N meetings (default 20)")
    p.add_argument("--order", choices=("relevance", "newest", "oldest"), default="relevance",
                   help="best matches first (default), or by date held")
    p.set_defaults(run=run_search)

    p = sub.add_parser("reindex", help="rebuild the search index from the stored meetings",
                       description="Build the search index afresh from the stored "
                       "meetings, with a progress bar on a terminal. Searches go on "
                       "meanwhile, in the old index, which the new one then replaces.")
    p.set_defaults(run=run_reindex)


def run_search(args: argparse.Namespace) -> int:
    from mtgdesk.commands._common import desk_for

    with desk_for(args) as desk:
        result = desk.search(" ".join(args.query), order=args.order, limit=args.limit)
    if result.ignored:
        from mtgdesk.domain.typed_dates import explain_ignored

        # Said, not silently dropped: `from:2007-02-30` searched every date.
        print("mtgdesk: note: not understood, left out of the search: "
              + "; ".join(explain_ignored(i) for i in result.ignored), file=sys.stderr)
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
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}")
    return 0


def run_reindex(args: argparse.Namespace) -> int:
    from mtgdesk.commands._common import desk_for, terminal_progress

    with desk_for(args) as desk:
        n = desk.reindex(terminal_progress("Indexing"))
    print(f"indexed {n} meeting{'s' if n != 1 else ''}")
    return 0
