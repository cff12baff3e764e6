"""ui.background: work on a worker thread, answers on the GUI thread, in order."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject

from mtgdesk.domain.errors import UserError
from mtgdesk.ui.background import Background


def test_answers_come_on_the_gui_thread_in_order(qtbot):
    owner = QObject()
    worker = Background(owner, "test work")
    ran_on, answered = [], []

    def work(n):
        ran_on.append(threading.current_thread())
        return n * n

    for n in range(5):
        worker.submit(lambda n=n: work(n),
                      lambda answer: answered.append((answer, threading.current_thread())))
    qtbot.waitUntil(lambda: len(answered) == 5)
    assert [a for a, _ in answered] == [0, 1, 4, 9, 16]
    assert {t for _, t in answered} == {threading.main_thread()}
    assert threading.main_thread() not in ran_on


def test_errors_are_answers_and_bugs_are_logged(qtbot, caplog):
    owner = QObject()
    worker = Background(owner, "reading names")
    answers = []

    def refused():
        raise UserError("the database is locked by another program")

    def bug():
        raise KeyError("kind")

    with caplog.at_level(logging.ERROR, logger="mtgdesk.ui.background"):
        worker.submit(refused, answers.append)
        worker.submit(bug, answers.append)
        qtbot.waitUntil(lambda: len(answers) == 2)
    assert isinstance(answers[0], UserError) and "locked" in str(answers[0])
    assert isinstance(answers[1], KeyError)
    [record] = caplog.records  # the bug only, with its traceback
    assert record.getMessage() == "reading names failed" and record.exc_info


def test_an_owner_deleted_meanwhile_is_not_answered(qtbot):
    owner = QObject()
    worker = Background(owner, "slow work")
    started, release, answers = threading.Event(), threading.Event(), []

    def slow():
        started.set()
        release.wait(5)
        return "late"

    worker.submit(slow, answers.append)
    assert started.wait(5)
    worker.setParent(None)
    pool = worker._pool
    pool.setParent(None)  # keep the pool alive to wait on it below
    worker.deleteLater()
    qtbot.wait(20)
    release.set()
    pool.waitForDone()
    qtbot.wait(20)
    assert answers == []
