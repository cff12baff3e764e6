"""`mtgdesk parse FILE`: the record a release proposes, as interchange JSON; nothing stored.

Also the printing half of `mtgdesk import FILE.txt|.html|.docx|.pdf` (see
commands/interchange.py), which stores the proposals as drafts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mtgdesk.commands._common import names_file

if TYPE_CHECKING:
    from mtgdesk.desk import Desk
    from mtgdesk.releases import Proposal


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("parse", help="read a published release (.txt, .html, .docx, .pdf) "
                       "and "
                       "print the meeting it proposes as interchange JSON (stores nothing)")
    names_file(p.add_argument("file", metavar="FILE",
                              help="the release: a .txt, .html, .docx or .pdf file"))
    p.add_argument("--evidence", action="store_true",
                   help="print, instead, each field with the words it came from and a "
                   "confidence")
    p.set_defaults(run=run_parse)


def run_parse(args: argparse.Namespace) -> int:
    from mtgdesk.desk import Desk
    from mtgdesk.domain import interchange

    proposal = Desk.propose(args.file)
    if args.evidence:
        print(json.dumps(evidence_json(proposal), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(interchange.dumps([proposal.record]))
    for line in proposal.warnings:
        print(f"mtgdesk: doubt: {line}", file=sys.stderr)
    return 0


def evidence_json(proposal: Proposal) -> dict:
    return {
        "source": proposal.source,
        "fields": [{"path": e.path, "words": proposal.text[e.start:e.end],
                    "start": e.start, "end": e.end, "confidence": e.confidence,
                    "note": e.note} for e in proposal.evidence],
        "doubts": proposal.warnings,
    }


def import_releases(desk: Desk, files: Sequence[str], progress=None) -> int:
    """Store each release as a draft and say, per file, what was found and doubted."""
    results = desk.import_releases(files, progress=progress)
    for r in results:
        if r.proposal is not None:
            print(f"{r.path}: {r.proposal.summary()}")
            for line in r.proposal.warnings:
                print(f"  doubt: {line}")
        if r.stored:
            print(f"  stored as draft meeting {r.meeting_id}")
        else:
            for problem in r.problems:
                print(f"  not stored: {problem}")
    stored = sum(r.stored for r in results)
    print(f"imported {stored} of {len(results)} release{'s' if len(results) != 1 else ''} "
          "as drafts")
    if stored < len(results):
        from mtgdesk.domain.errors import UserError

        missed = len(results) - stored
        raise UserError(f"{missed} of {len(results)} release{'s' if len(results) != 1 else ''}"
                        " not stored (why is printed above)")
    return 0
