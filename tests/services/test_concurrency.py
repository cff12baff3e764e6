"""Many clerks at once, each with a connection of their own: nothing is lost.

Threads stand for the clerks (each its own engine, as each program has); the load
benchmark (benchmarks/server_load.py) does the same with processes for a minute.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import date

from mtgdesk.domain.errors import ConflictError, NotFoundError
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord
from mtgdesk.services import history, interchange, journal, trash
from mtgdesk.services.meetings import count_meetings, get_meeting, save_meeting
from mtgdesk.store.database import open_database
from tests.conftest import db_arg

CLERKS = 20


def together(engine, work: Callable[[object, int], None], clerks: int = CLERKS) -> None:
    """Run work(engine_of_the_clerk, clerk) in `clerks` threads started at once."""
    url = db_arg(engine)
    start = threading.Barrier(clerks)
    failures: list[BaseException] = []

    def run(clerk: int) -> None:
        own = open_database(url)
        try:
            start.wait()
            work(own, clerk)
        except BaseException as exc:  # reported below, with the others
            failures.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(clerks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not failures, failures
    assert not any(t.is_alive() for t in threads)


def meeting(n: int) -> MeetingRecord:
    return MeetingRecord(title=f"Consultation {n}", held_on=date(2020, 1, 1 + n % 28),
                         uuid=str(uuid.UUID(int=n + 1)), version=1,
                         paragraphs=[ParagraphRecord(text=f"Item {n} was discussed.")])


def test_twenty_importers_of_overlapping_files_store_each_meeting_once(engine):
    # Clerk k imports meetings k .. k+9: every meeting is in several of the files.
    def work(own, clerk: int) -> None:
        interchange.import_records(own, [meeting(n) for n in range(clerk, clerk + 10)])

    together(engine, work)
    total = CLERKS + 9
    assert count_meetings(engine) == total
    imports = [e for e in journal.since(engine) if e.operation == "import"]
    assert len(imports) == total and len({e.meeting_uuid for e in imports}) == total
    assert [e.seq for e in journal.since(engine)] == sorted(e.seq for e in journal.since(engine))


def test_concurrent_saves_of_one_meeting_lose_no_update(engine):
    # Each clerk adds a paragraph to what they read; a stale save is refused, and the
    # clerk reloads and tries again (Reload in the window). Every accepted paragraph
    # must be in the final record: a lost update would drop one.
    mid = save_meeting(engine, meeting(0)).id
    accepted: list[str] = []
    refused = [0]

    def work(own, clerk: int) -> None:
        for round_ in range(3):
            mark = f"clerk {clerk} round {round_}"
            while True:
                record = get_meeting(own, mid)
                record.paragraphs.append(ParagraphRecord(text=mark))
                try:
                    save_meeting(own, record, author=f"clerk{clerk}")
                except ConflictError:
                    refused[0] += 1
                    continue
                accepted.append(mark)
                break

    together(engine, work, clerks=10)
    final = get_meeting(engine, mid)
    texts = [p.text for p in final.paragraphs]
    assert sorted(accepted) == sorted(t for t in texts if t.startswith("clerk"))
    assert len(accepted) == 30 and final.version == 31
    updates = [e for e in history.history(engine, mid) if e.action == "update"]
    assert len(updates) == 30
    assert {e.user for e in updates} == {f"clerk{i}" for i in range(10)}


def test_saves_and_trash_of_several_meetings_at_once_neither_fail_nor_lose(engine):
    # A save holds its meeting's row and takes the writers' turn at the end; moving
    # two meetings to the Trash takes the turn first, then the rows. Crossed, the
    # server breaks the deadlock and the write undone runs again: nobody sees it.
    x = save_meeting(engine, meeting(0)).id
    y = save_meeting(engine, meeting(1)).id
    accepted: list[str] = []

    def work(own, clerk: int) -> None:
        for round_ in range(3):
            if clerk == 0:  # one clerk empties and refills the Trash meanwhile
                trash.trash_many(own, [y, x])
                trash.restore_many(own, [x, y])
                continue
            mark = f"clerk {clerk} round {round_}"
            while True:
                try:
                    record = get_meeting(own, x)
                except NotFoundError:
                    continue  # in the Trash for a moment
                record.paragraphs.append(ParagraphRecord(text=mark))
                try:
                    save_meeting(own, record)
                except ConflictError:
                    continue
                accepted.append(mark)
                break

    together(engine, work, clerks=10)
    texts = [p.text for p in get_meeting(engine, x).paragraphs]
    assert sorted(accepted) == sorted(t for t in texts if t.startswith("clerk"))
    assert len(accepted) == 27
