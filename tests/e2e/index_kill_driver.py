"""Driver for the index kill tests: saves meetings through the desk, one at a time,
each with a word of its own (`wordN`), and prints "saved N" after each.

    python tests/e2e/index_kill_driver.py DB START COUNT [--die-before-index]

With --die-before-index the process kills itself (SIGKILL) right after the first
save's database commit, before the search index is given the journal entry: the
moment a power cut or a crash is worst for the index. Otherwise it runs until the
test kills it, wherever it is.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import date

from mtgdesk.desk import Desk
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord
from mtgdesk.services import indexing


def main() -> int:
    db, start, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if "--die-before-index" in sys.argv:
        indexing.follow = lambda *_a: os.kill(os.getpid(), signal.SIGKILL)  # type: ignore
    with Desk.open(db) as desk:
        desk.search("warm")  # the index opened (built) before the first save
        for n in range(start, start + count):
            desk.save(MeetingRecord(
                title=f"Kill drill {n}", held_on=date(2001, 1, 1 + n % 28),
                paragraphs=[ParagraphRecord(text=f"Common text and word{n}.")]))
            print(f"saved {n}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
