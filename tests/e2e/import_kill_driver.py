"""Driver for the import kill test: imports an interchange file with the search index
open (so that the index is fed beside the import's transaction), and kills itself
(SIGKILL) right after the database committed, before the index's own commit.

    python tests/e2e/import_kill_driver.py DB FILE [--apart]

--apart: the index's documents built in a child process (store.index_apart), whatever
the file's size.
"""

from __future__ import annotations

import os
import signal
import sys

from mtgdesk.desk import Desk
from mtgdesk.services import indexing, interchange


def main() -> int:
    db, path = sys.argv[1], sys.argv[2]
    if "--apart" in sys.argv[3:]:
        interchange.APART_BYTES = 0
    taken: list[int] = []
    take = indexing.Beside.take

    def counted(self: indexing.Beside, session: object, known: object) -> None:
        take(self, session, known)  # type: ignore[arg-type]
        taken.append(int(self.on))

    def die(self: indexing.Beside) -> None:
        print(f"batches given to the index's writer: {sum(taken)}", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    indexing.Beside.take = counted  # type: ignore[method-assign]
    indexing.Beside.commit = die  # type: ignore[method-assign]
    with Desk.open(db) as desk:
        desk.search("warm")  # the index open before the import, as in the window
        desk.import_files([path])
    return 0


if __name__ == "__main__":
    sys.exit(main())
