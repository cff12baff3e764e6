"""Starting the window: the list shows before the database stack is loaded, the rest
follows once a worker thread has opened the database (ui.window.startup)."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QProgressBar

from mtgdesk.desk import Desk
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import interchange
from mtgdesk.store.first_page import read_first_page
from mtgdesk.ui.window import startup
from mtgdesk.ui.window.main_window import MainWindow
from mtgdesk.ui.window.meeting_list import TITLE

N = 130  # more than one page


@pytest.fixture
def stored(engine, db_path):
    start = date(2010, 1, 1)
    records = [MeetingRecord(title=f"Meeting {i:03d}", held_on=start + timedelta(days=i))
               for i in range(N)]
    interchange.import_records(engine, records)
    engine.dispose()
    return db_path


def titles(window: MainWindow) -> list[str]:
    model = window.list_model
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def test_before_attach_the_list_shows_the_first_page_and_editing_waits(
        qtbot, stored, engine, keep_window):
    window = keep_window(MainWindow(None, first_page=read_first_page(stored, 100)))
    window.show()
    qtbot.waitExposed(window)
    assert not window.is_attached()
    assert titles(window) == [f"Meeting {i:03d}" for i in range(N - 1, N - 101, -1)]
    assert window.count_label.text().strip() == f"{N} meetings"
    # Nothing that needs the database can be used yet.
    assert not window.editor.isEnabled() and not window.search_field.isEnabled()
    assert not window.new_action.isEnabled() and not window.save_action.isEnabled()
    assert not window.list_model.canFetchMore(QModelIndex())  # no store to page from
    # A click on the header is remembered, not a crash.
    window.meeting_list.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)

    with qtbot.waitSignal(window.attached):
        window.attach(Desk(engine))
    assert window.editor.isEnabled() and window.new_action.isEnabled()
    assert window.list_model.canFetchMore(QModelIndex())
    assert titles(window)[:2] == ["Meeting 000", "Meeting 001"]  # the order asked for
    assert window.editor.form.title.text() == "Meeting 000"  # the first row, opened
    assert hasattr(window, "search_panel") and hasattr(window, "safety")


def test_a_meeting_chosen_before_attach_is_the_one_opened(qtbot, stored, engine, keep_window):
    window = keep_window(MainWindow(None, first_page=read_first_page(stored, 100)))
    window.show()
    qtbot.waitExposed(window)
    window.meeting_list.setCurrentIndex(window.list_model.index(5, 0))
    window.attach(Desk(engine))
    assert window.editor.form.title.text() == f"Meeting {N - 6:03d}"
    assert window.meeting_list.currentIndex().row() == 5


def test_open_window_shows_the_list_then_opens_the_database(qtbot, stored, keep_window):
    window = keep_window(startup.open_window(str(stored)))
    # Returned before the database stack is used: the first page is already there.
    assert window.isVisible() and not window.is_attached()
    assert window.list_model.rowCount() == 100 and window.list_model.total() == N
    assert "Opening" in window.statusBar().currentMessage()
    busy = window.findChild(QProgressBar, "openingProgress")
    assert busy is not None and busy.isVisible() and busy.maximum() == 0  # moving
    threads = []
    window.attached.connect(lambda: threads.append(threading.current_thread()))
    with qtbot.waitSignal(window.attached, timeout=30_000):
        pass
    assert threads == [threading.main_thread()]  # widgets are touched on the GUI thread
    assert window.is_attached()
    assert window.editor.form.title.text() == f"Meeting {N - 1:03d}"
    assert window.list_model.rowCount() == 100 and window.list_model.canFetchMore()
    assert window.statusBar().currentMessage() != f"Opening {stored} …"
    qtbot.waitUntil(lambda: window.findChild(QProgressBar, "openingProgress") is None)


def test_a_new_database_starts_empty_and_is_created_by_the_store(qtbot, tmp_path, keep_window):
    path = tmp_path / "first-day.sqlite3"
    window = keep_window(startup.open_window(str(path)))
    assert window.list_model.rowCount() == 0 and not path.exists()
    with qtbot.waitSignal(window.attached, timeout=30_000):
        pass
    assert path.exists() and window.editor.meeting_id is None


def test_a_database_that_cannot_be_opened_is_told_and_ends_the_program(
        qtbot, tmp_path, keep_window, fake_dialogs, monkeypatch):
    bad = tmp_path / "minutes.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    window = keep_window(startup.open_window(str(bad)))
    assert window.list_model.rowCount() == 0
    qtbot.waitUntil(lambda: codes == [1], timeout=30_000)
    [(_parent, title, text)] = fake_dialogs.called("error")
    assert "cannot open" in title and "minutes.sqlite3" in text
    assert not window.is_attached() and not window.isVisible()


def test_closing_before_attach_keeps_the_saved_dock_layout(qtbot, stored, keep_window):
    window = keep_window(MainWindow(None, first_page=read_first_page(stored, 100)))
    settings = window.settings()
    settings.setValue("window/state", b"kept")
    settings.sync()
    window.show()
    window.close()
    assert MainWindow.settings().value("window/state") == b"kept"


def test_a_failure_while_attaching_is_told_and_ends_the_program(
        qtbot, stored, keep_window, fake_dialogs, monkeypatch):
    from mtgdesk.domain.errors import UserError

    def broken(self, desk):
        self.desk = desk
        raise UserError("the meeting list could not be read: disk I/O error")

    monkeypatch.setattr(MainWindow, "attach", broken)
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    window = keep_window(startup.open_window(str(stored)))
    qtbot.waitUntil(lambda: codes == [1], timeout=30_000)
    [(_parent, title, text)] = fake_dialogs.called("error")
    assert "cannot open" in title and "disk I/O error" in text
    assert not window.is_attached()
