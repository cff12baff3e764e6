"""`mtgdesk history ID [--json]`: who did what to a meeting, and when, oldest first."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mtgdesk.desk import HistoryEntry


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("history", help="print a meeting's history: every change, who made "
                       "it and when, oldest first",
                       description="Print a meeting's history: each save, import, "
                       "finalising, amendment (with its reason) and move to or from the "
                       "Trash, with who made it, when (UTC) and the fields it changed. "
                       "The history stays after the meeting is deleted for good.")
    p.add_argument("id", type=int, metavar="ID",
                   help="the meeting's number (see `mtgdesk list`)")
    p.add_argument("--json", action="store_true",
                   help="print a JSON array of entries (at, user, action, label, reason, "
                   "changes) instead of lines")
    p.set_defaults(run=run_history)


def run_history(args: argparse.Namespace) -> int:
    from mtgdesk.commands._common import desk_for

    with desk_for(args) as desk:
        entries = desk.history(args.id)
        if not entries:
            desk.get(args.id)  # no such meeting: the usual error; else just no history
    if args.json:
        print(json.dumps([entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print(f"meeting {args.id}: no history recorded (stored before mtgdesk kept one)")
    for e in entries:
        print(f"{_utc(e.at)}  {e.user}  {e.label}")
        if e.reason:
            print(f"    reason: {e.reason}")
        for change in e.changes:
            print(f"    {change.describe()}")
    return 0


def _utc(at: datetime) -> str:
    aware = at if at.tzinfo else at.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def entry_json(e: HistoryEntry) -> dict[str, Any]:
    aware = e.at if e.at.tzinfo else e.at.replace(tzinfo=UTC)
    return {"at": aware.isoformat(), "user": e.user, "action": e.action, "label": e.label,
            "reason": e.reason, "changes": [c.as_json() for c in e.changes]}
