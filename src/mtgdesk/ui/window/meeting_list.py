"""The meeting list: a lazy table model over meeting ids, and its view.

The model never loads the whole archive. Showing every meeting, it asks the service
for one page of summaries at a time (canFetchMore/fetchMore, as the view scrolls).
Showing a given id list (a search result), it keeps the ids and fetches the summaries
of a page only when the view reaches it.

At start-up the model may have no desk yet: it then shows the first page read by
mtgdesk.first_look (without the database stack) until `attach` hands it the desk.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from mtgdesk.domain.summary import MeetingSummary
from mtgdesk.domain.vocab import label
from mtgdesk.ui.dialogs import plain_tip

if TYPE_CHECKING:
    from mtgdesk.desk import Desk
    from mtgdesk.first_look import FirstPage

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("Date", "Title", "Venue", "Status")
DATE, TITLE, VENUE, STATUS = range(len(COLUMNS))
# Columns the store can order by; the others keep the current order.
SORT_KEYS = {DATE: "held_on", TITLE: "title"}
ID_ROLE = Qt.ItemDataRole.UserRole
MIN_TITLE_WIDTH = 120  # px: below this the list hides Venue (see MeetingListView)
COMPACT_TITLE_WIDTH = 200  # px: below this, the title alone with the date under it


def date_text(s: MeetingSummary) -> str:
    text = s.held_on.isoformat()
    if s.ends_on and s.ends_on != s.held_on:
        # "2007-03-23 – 25" or "2007-03-30 – 04-02": the shortest unambiguous range.
        if s.ends_on.year != s.held_on.year:
            text += f" – {s.ends_on.isoformat()}"
        elif s.ends_on.month != s.held_on.month:
            text += f" – {s.ends_on:%m-%d}"
        else:
            text += f" – {s.ends_on:%d}"
    return text


def venue_text(s: MeetingSummary) -> str:
    return ", ".join(part for part in (s.venue, s.city) if part)


class MeetingListModel(QAbstractTableModel):
    PAGE = 100

    def __init__(self, desk: Desk | None, parent: QWidget | None = None, *,
                 first_page: FirstPage | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._order = "held_on"  # first_page's order too
        self._descending = True
        # None: every meeting, paged from the store in the chosen order.
        self._ids: list[int] | None = None
        self._given: dict[int, MeetingSummary] = {}  # rows of _ids in hand (set_ids)
        self._ranked = False  # showing a search's ids in relevance order, not a column's
        self._total = 0
        self._consumed = 0
        self._rows: list[MeetingSummary] = []
        # Before attach, with no first page read (a busy file), nothing is known yet.
        self._known = desk is not None or first_page is not None
        if desk is not None:
            self._load_first_page()
        elif first_page is not None:
            self._rows = list(first_page.rows)
            self._total = first_page.total
            self._consumed = len(self._rows)

    @property
    def attached(self) -> bool:
        return self._desk is not None

    @property
    def rows_known(self) -> bool:
        """False while no rows could be read yet: an empty list then says nothing."""
        return self._known

    def attach(self, desk: Desk) -> None:
        """Read through the desk from now on, starting again from the first page."""
        self._desk = desk
        self._known = True
        self.refresh()

    # --- what the window and search use -------------------------------------------

    @property
    def showing_all(self) -> bool:
        return self._ids is None

    def total(self) -> int:
        """Rows there are, loaded or not."""
        return self._total

    def set_ids(self, ids: Sequence[int], *, order: str = "relevance",
                rows: Mapping[int, MeetingSummary] | None = None) -> None:
        """Show these meetings, in this order: a search result, ranked by relevance or
        already in date order ("newest", "oldest"). `rows`: the summaries of some of
        them in hand (a search's page of hits), not read again."""
        self.beginResetModel()
        self._given = dict(rows or {})
        self._ids = list(dict.fromkeys(ids))
        self._ranked = order == "relevance"
        if not self._ranked:
            self._order, self._descending = "held_on", order == "newest"
        self._load_first_page()
        self.endResetModel()

    def reset_to_all(self) -> None:
        self.beginResetModel()
        self._ids = None
        self._given = {}
        self._ranked = False
        self._load_first_page()
        self.endResetModel()

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and direction the rows are in; None when ranked by relevance."""
        if self._ranked:
            return None
        column = next(c for c, key in SORT_KEYS.items() if key == self._order)
        return column, (Qt.SortOrder.DescendingOrder if self._descending
                        else Qt.SortOrder.AscendingOrder)

    @Slot()
    def refresh(self) -> None:
        """Read again what is shown (after a save, delete or import)."""
        self.beginResetModel()
        self._given = {}  # read again: they may have changed
        self._load_first_page()
        self.endResetModel()

    def meeting_id(self, row: int) -> int | None:
        if 0 <= row < len(self._rows):
            return self._rows[row].id
        return None

    def summary(self, row: int) -> MeetingSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int, *, fetch_pages: int = 0) -> int | None:
        """The row showing a meeting, fetching up to `fetch_pages` more pages to find it."""
        for _ in range(fetch_pages + 1):
            for row, s in enumerate(self._rows):
                if s.id == meeting_id:
                    return row
            if not self.canFetchMore(QModelIndex()):
                break
            self.fetchMore(QModelIndex())
        return None

    # --- lazy loading ---------------------------------------------------------------

    def _load_first_page(self) -> None:
        assert self._desk is not None, "attach() the desk first"
        if self._ids is None:
            self._total = self._desk.count()
        else:
            self._total = len(self._ids)
        self._consumed = 0  # ids (or store rows) read so far
        self._rows = self._next_page()

    def _next_page(self) -> list[MeetingSummary]:
        assert self._desk is not None
        start = self._consumed
        if start >= self._total:
            return []
        if self._ids is None:
            page = self._desk.list_meetings(limit=self.PAGE, offset=start,
                                            order=self._order, descending=self._descending)
            if not page:
                self._total = start  # fewer meetings than counted (deleted meanwhile)
            self._consumed = start + len(page)
            return page
        wanted = self._ids[start:start + self.PAGE]
        self._consumed = start + len(wanted)
        given = self._given
        missing = [i for i in wanted if i not in given]
        found = {**given, **self._desk.summaries(missing)} if missing else given
        # A meeting deleted since the search ran is simply not shown.
        return [found[i] for i in wanted if i in found]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._desk is not None
                and self._consumed < self._total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._next_page()
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TITLE:
                return plain_tip(s.title + (f"\nSeries: {s.series}" if s.series else ""))
            return plain_tip(self._text(s, col)) or None
        if role == ID_ROLE:
            return s.id
        return None

    @staticmethod
    def _text(s: MeetingSummary, col: int) -> str:
        if col == DATE:
            return date_text(s)
        if col == TITLE:
            return s.title
        if col == VENUE:
            return venue_text(s)
        return label(s.status)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if not self._ranked and (key, descending) == (self._order, self._descending):
            return
        if self._desk is None:
            # Not attached yet: `attach` reads the rows in this order.
            self._order, self._descending = key, descending
            return
        # Rows are read again from the first page in the new order: a reset, not a
        # layout change, because the number of loaded rows changes too.
        self.beginResetModel()
        self._order, self._descending = key, descending
        self._ranked = False
        if self._ids is not None:
            self._sort_ids()
        self._load_first_page()
        self.endResetModel()

    def _sort_ids(self) -> None:
        """A search result in date or title order: needs every row's summary once."""
        assert self._ids is not None and self._desk is not None
        found = self._desk.summaries(self._ids)
        rows = [found[i] for i in self._ids if i in found]

        def key(s: MeetingSummary) -> tuple:
            return (s.held_on, s.id) if self._order == "held_on" else (s.title.lower(), s.id)

        rows.sort(key=key, reverse=self._descending)
        self._ids = [s.id for s in rows]


class _TitleWithDate(QStyledItemDelegate):
    """The title cell of a narrow list: the date and status, and under them the title.
    At 1.5x scale with the search filters open the list's column is some 215 px wide:
    the Date column took most of it and left "Four..." of the title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = False

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if self.compact:
            row = index.row()
            when = index.model().index(row, DATE).data() or ""
            status = index.model().index(row, STATUS).data() or ""
            # The date first: a title of four lines would push it out of the row.
            option.text = f"{when} · {status}\u2028{option.text}"  # type: ignore[attr-defined]


class MeetingListView(QTableView):
    """The list pane's table: whole rows, several may be selected, date/title sort."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingList")
        self.setAccessibleName("Meetings")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        # Titles wrap onto a second line: "Fourth ASEAN-Japan ..." told one meeting from
        # the next by nothing (at 1.5x, "Four..."). Every row two lines tall, so the
        # lazily fetched rows need no measuring; the tooltip has the whole title.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setTabKeyNavigation(False)  # Tab leaves the list for the editor
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setStretchLastSection(False)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        self._sort_section = DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._venue_width = 0
        self._line = self.fontMetrics().lineSpacing()
        self._widths = {DATE: 0, STATUS: 0}
        self._titles = _TitleWithDate(self)
        self.setItemDelegateForColumn(TITLE, self._titles)

    def setModel(self, model: Any) -> None:  # noqa: N802 (Qt name)
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VENUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        metrics = self.fontMetrics()
        # Room for a date and a few days after it in the same month ("2007-03-23 – 25",
        # most meetings); a longer range shows in full in the tooltip.
        self.setColumnWidth(DATE, metrics.horizontalAdvance("2007-03-23 – 25") + 20)
        self.setColumnWidth(VENUE, metrics.horizontalAdvance("the Ministry of"))
        self._venue_width = self.columnWidth(VENUE)
        header.setSortIndicator(self._sort_section, self._sort_order)
        self.setSortingEnabled(True)
        if hasattr(model, "sort_state"):
            model.modelReset.connect(self._show_sort_state)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Narrowed (the search dock open beside it), the list gives up the Venue column
        before the title becomes unreadable; it comes back when there is room."""
        header = self.horizontalHeader()
        for column in (DATE, STATUS):  # their widths while shown (hidden, they are 0)
            if not header.isSectionHidden(column):
                self._widths[column] = header.sectionSize(column)
        others = self._widths[DATE] + self._widths[STATUS]
        venue = self._venue_width if header.isSectionHidden(VENUE) else header.sectionSize(VENUE)
        self._venue_width = venue
        room = self.viewport().width()
        compact = room < others + COMPACT_TITLE_WIDTH
        self.setColumnHidden(VENUE, compact or room < others + venue + MIN_TITLE_WIDTH)
        if compact != self._titles.compact:
            # Narrower still, the title alone: the date, then up to three lines of title.
            self._titles.compact = compact
            for column in (DATE, STATUS):
                self.setColumnHidden(column, compact)
            lines = 4 if compact else 2
            self.verticalHeader().setDefaultSectionSize(lines * self._line + 8)
            self.viewport().update()

    def is_compact(self) -> bool:
        """Whether the list shows the title alone, the date and status above it."""
        return self._titles.compact

    @Slot()
    def _show_sort_state(self) -> None:
        """The header's arrow says the rows' order; no arrow for a relevance ranking."""
        state = self.list_model().sort_state()
        header = self.horizontalHeader()
        header.setSortIndicatorShown(state is not None)
        if state is not None and state != (self._sort_section, self._sort_order):
            self._sort_section, self._sort_order = state
            header.blockSignals(True)  # the rows are in this order already
            header.setSortIndicator(*state)
            header.blockSignals(False)

    @Slot(int, Qt.SortOrder)
    def _keep_sortable_indicator(self, section: int, order: Qt.SortOrder) -> None:
        # Venue and Status cannot be ordered by the store: put the arrow back.
        if section not in SORT_KEYS:
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self._sort_section, self._sort_order)
            header.blockSignals(False)
            return
        self._sort_section, self._sort_order = section, order

    def list_model(self) -> MeetingListModel:
        model = self.model()
        assert isinstance(model, MeetingListModel), model
        return model

    def selected_ids(self) -> list[int]:
        model = self.list_model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [i for i in (model.meeting_id(r) for r in rows) if i is not None]
