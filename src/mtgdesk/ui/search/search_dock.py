"""The search panel's place in the window: above the meeting list, in its column,
driven by the window's search field (see dock_search_panel)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QScrollArea, QSplitter, QVBoxLayout

from mtgdesk.ui.search.search_panel import SearchPanel

if TYPE_CHECKING:
    from mtgdesk.ui.host import WindowHost


def dock_search_panel(window: WindowHost) -> tuple[SearchPanel, QDockWidget]:
    """The panel above the window's meeting list, driven by its search field and
    narrowing the list; a chosen result is selected (and opened) in the list. The window
    keeps both (`search_panel`, `search_dock`).

    In the list's column, not a dock beside it: a dock beside the list squeezed the list
    to 270 px and the editor with it. The filters in force show above the list
    (ActiveFilters) whether the panel is open or not, each with its clear button."""
    from mtgdesk.ui.search.active_filters import ActiveFilters
    from mtgdesk.ui.window.window_layout import window_settings

    panel = SearchPanel(window.desk, search_field=window.search_field,
                        list_model=window.list_model, parent=window)
    dock = QDockWidget("Search filters", window)
    dock.setObjectName("searchDock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
    # The filters scroll inside their part of the column, and a splitter divides the
    # column between them and the list: opened at 1.5x scale on 1280x800 they made the
    # column taller and wider than the screen, the list below its foot.
    holder = QScrollArea()
    holder.setWidget(panel)
    holder.setWidgetResizable(True)
    holder.setFrameShape(QScrollArea.Shape.NoFrame)
    holder.setMinimumSize(0, 0)
    # The fields wrap under their labels and shrink to the column (1.5x scale): they
    # scroll up and down, never sideways.
    holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    dock.setWidget(holder)
    active = ActiveFilters(window)
    column = window.list_pane.parentWidget()
    layout = column.layout() if column is not None else None
    if isinstance(layout, QVBoxLayout):
        at = layout.indexOf(window.list_pane)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("searchSplitter")
        split.setChildrenCollapsible(False)
        layout.insertWidget(at, active)
        layout.insertWidget(at + 1, split, 1)
        split.addWidget(dock)
        split.addWidget(window.list_pane)  # moves it out of the layout, into the splitter
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.show()  # added to a shown window (attach comes after the first paint)
        def share() -> None:
            # Opened, the filters take at most half the column: the list keeps rows to
            # read (at 1.5x scale they left it one), the filters scroll.
            sizes = split.sizes()
            total = sum(sizes)
            if dock.isVisible() and total > 0 and sizes[1] < total // 2:
                split.setSizes([total // 2, total - total // 2])

        # After the splitter has laid the shown panel out.
        dock.visibilityChanged.connect(lambda _shown: QTimer.singleShot(0, share))
    visible = window_settings().value("window/search_visible", False)
    dock.setVisible(visible in (True, "true"))
    window.view_menu.addAction(dock.toggleViewAction())

    def show_active(_found: int = 0) -> None:
        active.show_filters(panel.filters(), [*panel.date_problems(), *panel.last_ignored])

    panel.searched.connect(show_active)
    active.cleared.connect(panel.clear_filter)
    # "Clear the Search" under an empty list clears the filters too, not the words only.
    window.list_pane.no_match.clear_button.clicked.connect(lambda: panel.clear_filter(""))
    panel.active_filters = active  # the window reaches it as search_panel.active_filters
    # Typing in the window's search field shows the panel with its results.
    window.search_field.textEdited.connect(lambda _text: dock.show())

    def select(meeting_id: int) -> None:
        row = window.list_model.row_of(meeting_id, fetch_pages=20)
        if row is not None:
            window.meeting_list.setCurrentIndex(window.list_model.index(row, 0))

    panel.meeting_chosen.connect(select)
    window.changes_applied.connect(panel.changes_applied)
    from mtgdesk.ui.search.reindex import install_reindex_action

    def rebuilt() -> None:
        if not panel.is_blank():
            panel.run_now()

    panel.reindex_action = install_reindex_action(window, rebuilt)  # Edit > Rebuild…
    return panel, dock
