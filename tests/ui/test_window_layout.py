"""The window comes back as the clerk left it: size, splitter, docks (ui.window.window_layout).

Sizes are taken from the screen the window is on (offscreen: 800x800 unless configured,
smaller in logical pixels under QT_SCALE_FACTOR): Qt fits a restored geometry to the
screen it lands on."""

from __future__ import annotations

from mtgdesk.desk import Desk
from mtgdesk.store.first_page import read_first_page
from mtgdesk.ui.window.main_window import MainWindow


def fitting_size(window) -> tuple[int, int]:
    """A size between the window's least and its screen's room, frame included."""
    room = window.screen().availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    width = max(least.width(), (room.width() - frame.width()) * 9 // 10)
    height = max(least.height(), (room.height() - frame.height()) * 8 // 10)
    return width, height


def test_size_and_splitter_come_back_before_and_after_attach(qtbot, make_window, engine,
                                                             db_path):
    window = make_window(engine)
    size = fitting_size(window)
    assert size != (window.width(), window.height())  # a change to come back
    window.resize(*size)
    window.splitter.setSizes([250, 500])
    list_width = window.splitter.sizes()[0]
    assert window.close()

    again = make_window(engine)
    assert (again.width(), again.height()) == size
    assert abs(again.splitter.sizes()[0] - list_width) <= 2

    # Built before the database is open, the window already has its size and splitter.
    early = MainWindow(None, first_page=read_first_page(db_path, 100))
    qtbot.addWidget(early)
    early.show()
    assert (early.width(), early.height()) == size
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
        early.attach(Desk(engine))
    assert early.search_dock.isVisible() and early.history_dock.isVisible()
    early.close()


def test_defaults_without_saved_layout(make_window, engine):
    window = make_window(engine)
    assert not window.search_dock.isVisible() and not window.history_dock.isVisible()
    assert window.splitter.sizes()[0] < window.splitter.sizes()[1]


def test_a_geometry_from_a_larger_screen_is_shrunk_onto_this_one(qtbot, make_window, engine):
    # Issue 13: after a session on a larger screen the window reopened at 1920x1200 on
    # a 1280x800 screen at 1.5x, its status bar and right half off the screen.
    window = make_window(engine)
    window.resize(3000, 2000)
    window.move(700, 500)
    assert window.close()
    again = make_window(engine)
    room = again.screen().availableGeometry()
    qtbot.waitUntil(lambda: room.contains(again.frameGeometry()))


def test_participant_details_stay_out_of_the_table_after_an_old_layout(make_window, engine):
    from mtgdesk.ui.editor.participants import POST_COLUMN
    from mtgdesk.ui.window.window_layout import window_settings

    window = make_window(engine)
    window.editor.participants.table.setColumnHidden(POST_COLUMN, False)
    assert window.close()
    window_settings().remove("window/participant_layout")  # as saved before the fields
    again = make_window(engine)
    assert again.editor.participants.table.isColumnHidden(POST_COLUMN)
    # Shown by the clerk since, it stays shown.
    again.editor.participants.table.setColumnHidden(POST_COLUMN, False)
    assert again.close()
    third = make_window(engine)
    assert not third.editor.participants.table.isColumnHidden(POST_COLUMN)
