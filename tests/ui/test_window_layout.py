"""The window comes back as the clerk left it: size, splitter, docks (ui.window_layout).

Sizes stay within the offscreen platform's 800x800 screen: Qt fits a restored
geometry to the screen it lands on."""

from __future__ import annotations

from mtgdesk.store.first_page import read_first_page
from mtgdesk.ui.main_window import MainWindow


def test_size_and_splitter_come_back_before_and_after_attach(qtbot, make_window, engine,
                                                             db_path):
    window = make_window(engine)
    window.resize(760, 620)
    window.splitter.setSizes([250, 500])
    list_width = window.splitter.sizes()[0]
    assert window.close()

    again = make_window(engine)
    assert (again.width(), again.height()) == (760, 620)
    assert abs(again.splitter.sizes()[0] - list_width) <= 2

    # Built before the database is open, the window already has its size and splitter.
    early = MainWindow(None, first_page=read_first_page(db_path, 100))
    qtbot.addWidget(early)
    early.show()
    assert (early.width(), early.height()) == (760, 620)
    assert abs(early.splitter.sizes()[0] - list_width) <= 2


def test_docks_come_back_once_the_database_is_attached(qtbot, make_window, engine, db_path):
    window = make_window(engine)
    window.search_dock.show()
    window.history_dock.show()
    assert window.close()

    # The search dock is added by attach, after the layout was first restored.
    again = make_window(engine)
    assert again.search_dock.isVisible() and again.history_dock.isVisible()

    early = MainWindow(None, first_page=read_first_page(db_path, 100))
    qtbot.addWidget(early)
    early.show()
    assert not hasattr(early, "search_dock")
    with qtbot.waitSignal(early.attached):
        early.attach(engine)
    assert early.search_dock.isVisible() and early.history_dock.isVisible()
    early.close()


def test_defaults_without_saved_layout(make_window, engine):
    window = make_window(engine)
    assert not window.search_dock.isVisible() and not window.history_dock.isVisible()
    assert window.splitter.sizes()[0] < window.splitter.sizes()[1]
