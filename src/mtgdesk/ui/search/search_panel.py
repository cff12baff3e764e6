"""The search panel: as-you-type search with filters, ranked results with highlighted
snippets, saved searches and a help popup. It narrows the window's meeting list.

Typing restarts a short timer; when it fires, the query runs on a worker thread and
the answer comes back as a signal, so the window never waits on the database. An
answer to an older query (the clerk kept typing) is dropped.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.desk import Desk, SearchResult
from mtgdesk.domain import typed_dates
from mtgdesk.domain.changes import Changes
from mtgdesk.domain.errors import UserError
from mtgdesk.domain.query import KINDS, Filters
from mtgdesk.domain.summary import MeetingSummary
from mtgdesk.domain.vocab import label
from mtgdesk.ui import dialogs
from mtgdesk.ui.background import Background
from mtgdesk.ui.editor.date_field import DateField
from mtgdesk.ui.search.facet_counts import FacetCounts
from mtgdesk.ui.search.filter_completions import FilterCompletions
from mtgdesk.ui.search.search_help import HELP_HTML
from mtgdesk.ui.search.search_results import DATE, MEETING, SearchResultsModel, SnippetDelegate


class _Answer(NamedTuple):
    """A search's first page, and every matching id when it narrows the list."""

    result: SearchResult
    ids: list[int] | None


DEBOUNCE_MS = 200
PAGE = 100


class SearchPanel(QWidget):
    searched = Signal(int)  # meetings found (after the results and the list show them)
    completions_loaded = Signal()
    meeting_chosen = Signal(int)
    facets_counted = Signal()  # the counts beside the results are shown

    def __init__(self, desk: Desk, *, search_field: QLineEdit | None = None,
                 list_model: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._desk = desk
        self._list_model = list_model  # the window's meeting list: set_ids / reset_to_all
        self._order = "relevance"
        self._generation = 0
        self._worker = Background(self, "search")
        self._completions = FilterCompletions(desk, self)
        self._completions.loaded.connect(self.completions_loaded)
        self._names = self._completions.names
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        self.help_popup: QDialog | None = None
        self.reindex_action: QAction | None = None  # Edit > Rebuild Search Index
        self.last_ignored: list[str] = []  # what the last search did not understand
        self.active_filters: Any = None  # the line above the list (dock_search_panel)

        own_field = search_field is None
        self.search_field = search_field or QLineEdit()
        if own_field:
            self.search_field.setPlaceholderText("Search meetings")
            self.search_field.setClearButtonEnabled(True)
        self._build(own_field)
        self._completions.series_combo = self.series_combo
        self._completions.status = self.status_label
        self.search_field.textChanged.connect(self.schedule)
        self.search_field.returnPressed.connect(self.run_now)
        self.reload_saved()
        # The index opened and caught up before the first search, not by it (a failure
        # is told by the search that needs the index).
        QTimer.singleShot(0, lambda: self._worker.submit(desk.prepare_search,
                                                         lambda _answer: None))
        QTimer.singleShot(0, self.load_completions)

    # --- building -------------------------------------------------------------------

    def _build(self, own_field: bool) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        if own_field:
            top.addWidget(self.search_field, 1)
        self.status_label = QLabel("Type to search; ? shows how")
        self.status_label.setObjectName("searchStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)  # a narrow column (1.5x): two lines, not cut
        top.addWidget(self.status_label, 1)
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setToolTip("How to search")
        self.help_button.setAccessibleName("Search help")
        self.help_button.clicked.connect(self.show_help)
        top.addWidget(self.help_button)
        layout.addLayout(top)

        box = QGroupBox("Filters")
        form = QFormLayout(box)
        # In a narrow column (1.5x scale) a field goes under its label, not off the edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(4, 4, 4, 4)
        # The form's date field (one widget for every date): what it understood under
        # it, an unreadable date marked there and said in the filter line.
        self.from_field = DateField("Held from", period="first", compact=True)
        self.to_field = DateField("Held to", period="last", compact=True)
        self.from_edit, self.to_edit = self.from_field.line, self.to_field.line
        for field in (self.from_field, self.to_field):
            field.line.setToolTip("A day (2007-03-23, 23 Mar 2007), a month (2007-03) "
                                  "or a year (2007)")
            field.changed.connect(self.schedule)
        form.addRow("Held from", self.from_field)
        form.addRow("Held to", self.to_field)
        self.participant_edit, self.chair_edit = QLineEdit(), QLineEdit()
        for edit, text in ((self.participant_edit, "Participant"), (self.chair_edit, "Chaired by")):
            edit.setPlaceholderText("country, organisation or person")
            edit.setAccessibleName(text)
            completer = QCompleter(self._names, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
            edit.textChanged.connect(self.schedule)
            form.addRow(text, edit)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("Any paragraph", "")
        for kind in KINDS:
            word = label(kind).lower()
            self.kind_combo.addItem(f"Has {'an' if word[0] in 'aeiou' else 'a'} {word}", kind)
        self.status_combo = QComboBox()
        self.status_combo.addItem("Draft or final", "")
        self.status_combo.addItem("Draft", "draft")
        self.status_combo.addItem("Final", "final")
        self.series_combo = QComboBox()
        self.series_combo.setEditable(True)
        self.series_combo.addItem("")
        for combo, text in ((self.kind_combo, "Paragraphs"), (self.status_combo, "Status"),
                            (self.series_combo, "Series")):
            combo.setAccessibleName(text)
            form.addRow(text, combo)
        self.kind_combo.currentIndexChanged.connect(self.schedule)
        self.status_combo.currentIndexChanged.connect(self.schedule)
        self.series_combo.currentTextChanged.connect(self.schedule)
        for combo in box.findChildren(QComboBox):
            # Combos as narrow as the column lets them be (1.5x scale), not as wide
            # as their longest entry: "Has an agreement" is shown whole when it fits.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        layout.addWidget(box)

        self.results = SearchResultsModel(self)
        self.results_view = QTableView()
        self.results_view.setObjectName("searchResults")
        self.results_view.setModel(self.results)
        self.results_view.setItemDelegateForColumn(MEETING, SnippetDelegate(self.results_view))
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setWordWrap(True)
        self.results_view.verticalHeader().hide()
        # Each row as tall as its title and snippet (a page is at most PAGE rows).
        self.results_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(MEETING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._header_clicked)
        self.results_view.activated.connect(self._chosen)
        self.results_view.clicked.connect(self._chosen)
        # One list of results: the window's meeting list, which the search narrows (in
        # rank order). The ranked page stays as the model behind it, not a second list.
        self.results_view.hide()
        self.facet_counts = FacetCounts()
        self.facet_counts.chosen.connect(self.filter_by)
        layout.addWidget(self.facet_counts)

        saved = QGroupBox("Saved searches")
        saved_layout = QVBoxLayout(saved)
        self.saved_list = QListWidget()
        self.saved_list.setAccessibleName("Saved searches")
        self.saved_list.setMaximumHeight(5 * self.fontMetrics().height())
        self.saved_list.itemActivated.connect(self._apply_saved)
        self.saved_list.itemClicked.connect(self._apply_saved)
        saved_layout.addWidget(self.saved_list)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("Save search…")
        self.save_button.clicked.connect(self.save_current)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self.remove_selected_saved)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        for button in (self.save_button, self.remove_button):
            button.setMinimumWidth(40)  # the column may be narrow (1.5x): no side-scroll
        saved_layout.addLayout(buttons)
        layout.addWidget(saved)

    def name_completions(self) -> list[str]:
        """What the participant and chair filters complete from."""
        return self._completions.name_list()

    def follow_names(self, source: Any) -> None:
        """The names as the window's NameSuggestions reads them (FilterCompletions.follow)."""
        self._completions.follow(source)

    @Slot()
    def load_completions(self) -> None:
        """Names for the participant boxes and the series in use, read on a worker."""
        self._completions.load()

    # --- what is asked --------------------------------------------------------------

    def _filter_date(self, field: DateField) -> Any:
        return field.value()  # a year or a month: its first or last day (period)

    def _whole_name(self, edit: QLineEdit) -> str:
        """The name a partial one stands for when only one known name holds it
        ("Tsuru" is Koji Tsuruoka, who chaired); else the text as typed."""
        text = edit.text()
        typed = text.strip().casefold()
        if not typed:
            return text
        names = self._names.stringList()
        if any(n.casefold() == typed for n in names):
            return text
        holding = [n for n in names if typed in n.casefold()]
        return holding[0] if len(holding) == 1 else text

    def date_problems(self) -> list[str]:
        """The filter dates that could not be read, said for the clerk."""
        return [f"{field.name}: {problem}" for field in (self.from_field, self.to_field)
                if (problem := field.problem()) is not None]

    def clear_filter(self, field: str) -> None:
        """Clear one filter (a field name of Filters), or all of them for ""."""
        if field in ("", "date_from"):
            self.from_edit.clear()
        if field in ("", "date_to"):
            self.to_edit.clear()
        if field in ("", "participant"):
            self.participant_edit.clear()
        if field in ("", "chair"):
            self.chair_edit.clear()
        if field in ("", "kinds"):
            self.kind_combo.setCurrentIndex(0)
        if field in ("", "status"):
            self.status_combo.setCurrentIndex(0)
        if field in ("", "series"):
            self.series_combo.setCurrentText("")
        self.run_now()

    @Slot(str, str)
    def filter_by(self, field: str, value: str) -> None:
        """A value of the counts beside the results (a year, series, chair, participant,
        kind of paragraph) becomes its filter, and the search runs narrowed by it."""
        edits = {"year": (self.from_edit, self.to_edit), "chair": (self.chair_edit,),
                 "participant": (self.participant_edit,)}
        for edit in edits.get(field, ()):
            edit.setText(value)  # a year stands for its first (from) or last day (to)
        if field == "series":
            self.series_combo.setCurrentText(value)
        elif field == "kind":
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(value)))
        self.run_now()

    def filters(self) -> Filters:
        kind = self.kind_combo.currentData()
        return Filters(
            date_from=self._filter_date(self.from_field),
            date_to=self._filter_date(self.to_field),
            participant=self._whole_name(self.participant_edit),
            chair=self._whole_name(self.chair_edit),
            kinds=(kind,) if kind else (), status=self.status_combo.currentData() or "",
            series=self.series_combo.currentText(),
        )

    def set_filters(self, f: Filters) -> None:
        self.from_edit.setText(f.date_from.isoformat() if f.date_from else "")
        self.to_edit.setText(f.date_to.isoformat() if f.date_to else "")
        self.participant_edit.setText(f.participant)
        self.chair_edit.setText(f.chair)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(
            f.kinds[0] if f.kinds else "")))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(f.status)))
        self.series_combo.setCurrentText(f.series)

    def is_blank(self) -> bool:
        return not self.search_field.text().strip() and self.filters() == Filters()

    # --- running --------------------------------------------------------------------

    @Slot()
    def schedule(self) -> None:
        self._timer.start()

    @Slot()
    def run_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        text, filters, order = self.search_field.text(), self.filters(), self._order
        desk = self._desk
        generation = self._generation
        if self.is_blank():
            self._show(generation, None)
            return

        def work() -> _Answer:
            # The page first: the list's every id (all the matches, ranked) follows.
            return _Answer(desk.search(text, filters, order=order, limit=PAGE), None)

        self.status_label.setText("Searching…")
        self._worker.submit(work, lambda answer: self._show(generation, answer), first=True)

    def _show(self, generation: int, payload: object) -> None:
        if generation != self._generation:
            return  # the clerk typed on; a newer search is on its way
        self.facet_counts.show_facets(None)
        if payload is None:
            self.last_ignored = []
            self.results.clear()
            self.status_label.setText("Type to search; ? shows how")
            if self._list_model is not None and not self._list_model.showing_all:
                self._list_model.reset_to_all()
            self.searched.emit(0)
            return
        if isinstance(payload, Exception):
            self.results.clear()
            self.status_label.setText("The search failed")
            message = str(payload) if isinstance(payload, UserError) else (
                f"The search failed unexpectedly ({type(payload).__name__}); "
                "details were written to the log.")
            dialogs.error(self, "Search", message)
            self.searched.emit(0)
            return
        assert isinstance(payload, _Answer)
        result, ids = payload
        text, filters, order = self.search_field.text(), self.filters(), self._order
        found = result.total  # every match counted
        self.results.set_result(result, lambda offset: self._desk.search(
            text, filters, order=order, limit=PAGE, offset=offset),
            total=found if result.exact else 1 << 30)
        self._order_shown(result.order)
        status = "Nothing found" if not found else f"{result.describe_total()} found"
        self.last_ignored = [typed_dates.explain_ignored(item) for item in result.ignored]
        if result.ignored:
            status += " (ignored: " + ", ".join(result.ignored[:3]) + ")"
        if result.suggestion:
            status += f"; did you mean: {result.suggestion}?"
        self.status_label.setText(status)
        rows: dict[int, MeetingSummary] | None = None
        if self._list_model is None:
            self.searched.emit(found)
        else:
            # The first page at once, then every match when it is ranked.
            rows = {h.id: h.summary for h in result.hits}
            self._list_model.set_ids(list(rows), order=result.order, rows=rows)
        # Ranking every match and counting them start once the page is painted: the
        # worker holds the interpreter for most of its 100-200 ms at 100,000 meetings,
        # and each cell the list paints waited for it (a paint held up by a second).
        QTimer.singleShot(0, lambda: self._then(generation, text, filters, result.order,
                                                rows))

    def _then(self, generation: int, text: str, filters: Filters, order: str,
              rows: dict[int, MeetingSummary] | None) -> None:
        if generation != self._generation:
            return  # the clerk typed on
        if rows is not None:
            self._narrow_list(generation, text, filters, order, rows)
        self._count_facets(generation, text, filters)

    def _narrow_list(self, generation: int, text: str, filters: Filters, order: str,
                     rows: dict[int, MeetingSummary]) -> None:
        """The meeting list shows every match, in the results' order, once the first
        page is on screen; `searched` says when."""
        desk, model = self._desk, self._list_model

        def narrowed(ids: object) -> None:
            if generation != self._generation:
                return
            if isinstance(ids, Exception):
                self.searched.emit(0)
                return
            assert isinstance(ids, list)
            model.set_ids(ids, order=order, rows=rows)
            self.searched.emit(len(ids))

        self._worker.submit(lambda: desk.matching_ids(text, filters, order=order)
                            if generation == self._generation else [], narrowed)

    def _count_facets(self, generation: int, text: str, filters: Filters) -> None:
        """The counts by year, series, chair... of this search, once its results show."""
        desk = self._desk

        def shown(answer: object) -> None:
            if generation == self._generation and not isinstance(answer, Exception):
                self.facet_counts.show_facets(answer)  # type: ignore[arg-type]
                self.facets_counted.emit()

        self._worker.submit(lambda: desk.facets(text, filters)
                            if generation == self._generation else None, shown)

    def _order_shown(self, order: str) -> None:
        # Changed only when it changes: each change lays the results out again.
        header = self.results_view.horizontalHeader()
        if header.isSortIndicatorShown() != (order != "relevance"):
            header.setSortIndicatorShown(order != "relevance")
        wanted = (Qt.SortOrder.DescendingOrder if order == "newest"
                  else Qt.SortOrder.AscendingOrder)
        if order != "relevance" and (header.sortIndicatorSection(),
                                     header.sortIndicatorOrder()) != (DATE, wanted):
            header.setSortIndicator(DATE, wanted)

    @Slot(int)
    def _header_clicked(self, section: int) -> None:
        if section == DATE:
            self._order = "oldest" if self._order == "newest" else "newest"
        else:
            self._order = "relevance"
        self.run_now()

    def set_order(self, order: str) -> None:
        self._order = order
        self.run_now()

    @Slot()
    def _chosen(self, index: Any) -> None:
        hit = self.results.hit(index.row())
        if hit is not None:
            self.meeting_chosen.emit(hit.id)

    # --- saved searches and help ----------------------------------------------------

    def reload_saved(self) -> None:
        self.saved_list.clear()
        try:
            saved = self._desk.saved_searches()
        except UserError as exc:
            self.status_label.setText(str(exc))
            return
        for s in saved:
            item = QListWidgetItem(s.name)
            item.setData(Qt.ItemDataRole.UserRole, s)
            item.setToolTip(dialogs.plain_tip(s.query))
            self.saved_list.addItem(item)

    @Slot()
    def save_current(self) -> None:
        name = dialogs.ask_text(self, "Save Search", "Name of this search:",
                                self.search_field.text().strip()[:60], one_line=True)
        if name is None:
            return
        try:
            self._desk.save_search(name, self.search_field.text(), self.filters())
        except UserError as exc:
            dialogs.error(self, "Save Search", str(exc))
            return
        self.reload_saved()

    @Slot()
    def remove_selected_saved(self) -> None:
        item = self.saved_list.currentItem()
        if item is None:
            return
        try:
            self._desk.delete_saved_search(item.data(Qt.ItemDataRole.UserRole).id)
        except UserError as exc:
            dialogs.error(self, "Saved Searches", str(exc))
        self.reload_saved()

    @Slot(QListWidgetItem)
    def _apply_saved(self, item: QListWidgetItem) -> None:
        saved = item.data(Qt.ItemDataRole.UserRole)
        self.search_field.blockSignals(True)
        self.search_field.setText(saved.query)
        self.search_field.blockSignals(False)
        self.set_filters(saved.filters)
        self.run_now()

    @Slot()
    def show_help(self) -> None:
        if self.help_popup is None:
            self.help_popup = QDialog(self)
            self.help_popup.setWindowTitle("How to Search")
            text = QLabel(HELP_HTML)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            QVBoxLayout(self.help_popup).addWidget(text)
        self.help_popup.show()
        self.help_popup.raise_()

    @Slot(object)
    def changes_applied(self, changes: Changes) -> None:
        """A write changed meetings (a save, an import, a delete, the Trash): a search
        showing runs again, so that its results, their order and the list it narrows
        show the meetings as they are now."""
        if (changes.added or changes.removed or changes.updated) and not self.is_blank():
            self.run_now()
        if changes.added:
            self.load_completions()  # new names and series to complete

    def wait_idle(self) -> None:
        """Let a running search finish (closing, tests)."""
        self._worker.wait()
        self._completions.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self.wait_idle()
        super().closeEvent(event)

