"""The meeting list model: lazy paging, sorting, id lists; checked by qtmodeltester."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from mtgdesk.desk import Desk
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import interchange, meetings
from mtgdesk.ui.window.meeting_list import DATE, ID_ROLE, STATUS, TITLE, VENUE, MeetingListModel

N = 250


@pytest.fixture
def many(engine):
    start = date(2001, 1, 1)
    records = [
        MeetingRecord(title=f"Meeting {i:03d}", held_on=start + timedelta(days=i),
                      venue="the Ministry" if i % 2 else None, city="Tokyo")
        for i in range(N)
    ]
    return list(interchange.import_records(engine, records))


def test_model_tester_and_lazy_pages(qtmodeltester, engine, many):
    model = MeetingListModel(Desk(engine))
    assert model.total() == N
    assert model.rowCount() == MeetingListModel.PAGE  # only the first page is read
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * MeetingListModel.PAGE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == N
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    # The tester itself pages through a fresh model with canFetchMore/fetchMore.
    qtmodeltester.check(MeetingListModel(Desk(engine)))


def test_newest_first_and_columns(engine, many):
    model = MeetingListModel(Desk(engine))
    assert model.index(0, TITLE).data() == "Meeting 249"
    assert model.index(0, DATE).data() == (date(2001, 1, 1) + timedelta(days=249)).isoformat()
    assert model.index(0, VENUE).data() == "the Ministry, Tokyo"
    assert model.index(1, VENUE).data() == "Tokyo"
    assert model.index(0, STATUS).data() == "Draft"
    assert model.index(0, TITLE).data(ID_ROLE) == many[-1]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Date", "Title", "Venue", "Status"]


def test_sort_by_title_and_date(qtmodeltester, engine, many):
    model = MeetingListModel(Desk(engine))
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, TITLE).data() == "Meeting 000"
    assert model.rowCount() == MeetingListModel.PAGE
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, TITLE).data() == "Meeting 249"
    model.sort(VENUE, Qt.SortOrder.AscendingOrder)  # not sortable: order kept
    assert model.index(0, TITLE).data() == "Meeting 249"
    qtmodeltester.check(model)


def test_id_list_for_search_results(qtmodeltester, engine, many):
    model = MeetingListModel(Desk(engine))
    chosen = many[10:20] + many[200:] + [987654] + many[:5]  # 987654: no such meeting
    model.set_ids(chosen)
    assert model.total() == len(chosen)
    assert model.rowCount() == len(chosen) - 1  # one page; the missing id is skipped
    assert model.meeting_id(0) == many[10]
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, TITLE).data() == "Meeting 000"
    model.set_ids(chosen)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == len(chosen) - 1  # a meeting gone since the search: skipped
    # The tester is attached last: its checks on a reset would page a lazy model while
    # the reset is still in flight, which it then reports against the model.
    qtmodeltester.check(model)


def test_reset_to_all_after_delete(engine, many):
    model = MeetingListModel(Desk(engine))
    model.set_ids(many[:3])
    meetings.delete_meeting(engine, many[1])
    model.reset_to_all()
    assert model.total() == N - 1
    assert many[1] not in [model.meeting_id(r) for r in range(model.rowCount())]


def test_row_of_fetches_pages_to_find(engine, many):
    model = MeetingListModel(Desk(engine))
    assert model.row_of(many[0]) is None
    assert model.row_of(many[0], fetch_pages=5) == N - 1


def test_empty_database(qtmodeltester, engine):
    model = MeetingListModel(Desk(engine))
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_the_header_arrow_follows_the_rows_order(qtbot, engine, many):
    from mtgdesk.ui.window.meeting_list import MeetingListView

    model = MeetingListModel(Desk(engine))
    view = MeetingListView()
    qtbot.addWidget(view)
    view.setModel(model)
    header = view.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        DATE, Qt.SortOrder.DescendingOrder)

    # A search ranked by relevance: no column's order, so no arrow.
    ranked = [many[7], many[3], many[200]]
    model.set_ids(ranked)
    assert model.sort_state() is None and not header.isSortIndicatorShown()
    assert [model.meeting_id(r) for r in range(3)] == ranked

    # A click on Date sorts the result, even in the direction the arrow last showed.
    view.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    assert [model.meeting_id(r) for r in range(3)] == [many[200], many[7], many[3]]
    assert header.isSortIndicatorShown()

    # A result already in date order (the search's own Date order) shows it.
    model.set_ids([many[1], many[2], many[5]], order="oldest")
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        DATE, Qt.SortOrder.AscendingOrder)

    model.reset_to_all()
    assert header.isSortIndicatorShown() and model.sort_state() == (
        DATE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, TITLE).data() == "Meeting 000"


@pytest.fixture
def shown_view(qtbot, engine, many):
    """The list's view of `many` meetings, 520x300 and on screen."""
    from mtgdesk.ui.window.meeting_list import MeetingListView

    view = MeetingListView()
    qtbot.addWidget(view)
    view.setModel(MeetingListModel(Desk(engine)))
    view.resize(520, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_narrow_list_gives_up_the_venue_column_first(qtbot, shown_view):
    view = shown_view
    assert not view.isColumnHidden(VENUE)
    venue_width = view.columnWidth(VENUE)

    view.resize(280, 300)  # the search dock opened beside it
    qtbot.waitUntil(lambda: view.isColumnHidden(VENUE))
    assert view.columnWidth(TITLE) >= 60  # about nothing with Venue still shown

    view.resize(520, 300)
    qtbot.waitUntil(lambda: not view.isColumnHidden(VENUE))
    assert view.columnWidth(VENUE) == venue_width


def test_a_list_too_narrow_for_its_columns_shows_the_title_with_the_date_above_it(
        qtbot, shown_view):
    # Issue 13: at 1.5x scale with the search filters open the list's column is about
    # 215 px; the Date column took it and left "Four..." of the title.
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = shown_view
    assert not view.is_compact() and not view.isColumnHidden(DATE)
    two_lines = view.rowHeight(0)

    view.resize(215, 300)
    qtbot.waitUntil(view.is_compact)
    assert all(view.isColumnHidden(c) for c in (DATE, VENUE, STATUS))
    assert view.columnWidth(TITLE) >= 180  # the title has the width
    assert view.rowHeight(0) > two_lines  # room for the title's lines and the date's
    index = view.model().index(0, TITLE)
    option = QStyleOptionViewItem()
    view.itemDelegateForColumn(TITLE).initStyleOption(option, index)
    when, title = option.text.split("\u2028")
    assert title == index.data()
    assert when == f"{view.model().index(0, DATE).data()} · {view.model().index(0, STATUS).data()}"

    view.resize(520, 300)
    qtbot.waitUntil(lambda: not view.is_compact())
    assert not view.isColumnHidden(DATE) and not view.isColumnHidden(STATUS)
    assert view.rowHeight(0) == two_lines
