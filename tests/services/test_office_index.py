"""On an office server a search asks the server nothing: the clerk's local index is
caught up once, and then fed by this program's own writes and by the follower of the
server's journal (services.journal.follow). Each statement sent to the server is
counted here, on the engine itself."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from mtgdesk.desk import Desk
from mtgdesk.domain.records import MeetingRecord


@pytest.fixture
def clerks(pg_url) -> Iterator[tuple[Desk, Desk]]:
    # The colleague's URL is spelled otherwise: an index folder of its own, as on
    # another clerk's computer (one clerk's programs share theirs).
    a, b = Desk.open(pg_url), Desk.open(pg_url + "?application_name=colleague")
    yield a, b
    a.close()
    b.close()


def statements(desk: Desk) -> list[str]:
    sent: list[str] = []
    event.listen(desk._engine, "before_cursor_execute",
                 lambda _c, _cur, sql, *_a: sent.append(sql))
    return sent


def titled(seed: MeetingRecord, title: str) -> MeetingRecord:
    return dataclasses.replace(seed, id=None, uuid=None, version=None, title=title)


def found(desk: Desk, words: str) -> list[str]:
    return [h.summary.title for h in desk.search(words).hits]


def test_searches_on_a_server_send_no_statement_once_the_index_is_caught_up(
        clerks, seed_record):
    mine, colleague = clerks
    colleague.save(titled(seed_record, "Quinquennial review of fisheries"))
    assert found(mine, "quinquennial") == ["Quinquennial review of fisheries"]  # caught up
    sent = statements(mine)
    for words in ("quinquennial", "fisheries", "nothing-matches-this", "security"):
        mine.search(words)
        mine.matching_ids(words)
        mine.facets(words)
    assert sent == []


def test_a_clerks_own_save_shows_in_their_search_at_once(clerks, seed_record):
    mine, _ = clerks
    mine.search("anything")
    mine.save(titled(seed_record, "Septennial consultation on water"))
    sent = statements(mine)
    assert found(mine, "septennial") == ["Septennial consultation on water"]
    assert sent == []  # the write itself fed the index


def test_another_clerks_save_arrives_through_the_follower(clerks, seed_record):
    mine, colleague = clerks
    seq, _ = mine.follow(None)  # the window's first call: caught up
    colleague.save(titled(seed_record, "Decennial review of ports"))
    assert found(mine, "decennial") == []  # not yet followed: no round trip was made
    seq, changes = mine.follow(seq)  # the window's follower, every few seconds
    assert [r.id for r in changes.added] and found(mine, "decennial") == [
        "Decennial review of ports"]
    sent = statements(mine)
    assert found(mine, "decennial") == ["Decennial review of ports"] and sent == []


def test_a_write_made_while_another_thread_has_the_index_is_caught_up_by_the_next_search(
        clerks, seed_record):
    from mtgdesk.services import indexing

    mine, _ = clerks
    mine.search("anything")
    with indexing._guard:  # as if the follower were catching up on its worker
        import threading

        done = threading.Event()

        def save() -> None:
            mine.save(titled(seed_record, "Triennial survey of lighthouses"))
            done.set()

        worker = threading.Thread(target=save)
        worker.start()
        assert done.wait(30)  # a write never waits for the index
        worker.join()
    assert found(mine, "triennial") == ["Triennial survey of lighthouses"]
