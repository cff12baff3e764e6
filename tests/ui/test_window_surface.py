"""The window's surface is what it declares: every typed attribute of MainWindow (and of
ui.host.WindowHost, the window as features see it) is built, with the declared type,
and MainWindow implements every method its features may call."""

from __future__ import annotations

import inspect
import typing

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from mtgdesk.ui.host import WindowHost
from mtgdesk.ui.window.main_window import MainWindow


def declared() -> dict[str, object]:
    """Every typed attribute of the window, resolved (they are strings in the source)."""
    names: dict[str, object] = {}
    for cls in (WindowHost, MainWindow):
        module = inspect.getmodule(cls)
        hints = typing.get_type_hints(cls, vars(module), localns=_late_names())
        names.update({k: v for k, v in hints.items() if k in cls.__annotations__})
    return names


def _late_names() -> dict[str, object]:
    """The types imported under TYPE_CHECKING (the window loads them at attach)."""
    from mtgdesk.desk import Desk
    from mtgdesk.domain.records import MeetingRecord
    from mtgdesk.first_look import FirstPage
    from mtgdesk.ui.background import LongWrite
    from mtgdesk.ui.editor.editor import MeetingEditor
    from mtgdesk.ui.editor.name_suggestions import NameSuggestions
    from mtgdesk.ui.releases.release_import import ReleaseImport
    from mtgdesk.ui.reports.report_actions import ReportActions
    from mtgdesk.ui.safety.safety import SafetyFeatures
    from mtgdesk.ui.search.search_panel import SearchPanel
    from mtgdesk.ui.window.list_pane import ListPane
    from mtgdesk.ui.window.meeting_list import MeetingListModel, MeetingListView

    return {t.__name__: t for t in (
        Desk, LongWrite, MeetingRecord, FirstPage, MeetingEditor, NameSuggestions, ReleaseImport,
        ReportActions, SafetyFeatures, SearchPanel, MeetingListModel, MeetingListView,
        ListPane)}


def test_every_declared_attribute_is_built_with_its_type(make_window, engine):
    window = make_window(engine)
    attributes = declared()
    assert {"new_action", "file_menu", "help_menu", "safety", "search_panel",
            "report_actions", "release_import"} <= set(attributes)
    for name, kind in attributes.items():
        assert isinstance(getattr(window, name), kind), name


def test_actions_and_menus_are_there_before_the_database(qtbot):
    window = MainWindow(None)
    qtbot.addWidget(window)
    for name, kind in declared().items():
        if kind in (QAction, QMenu):
            assert isinstance(getattr(window, name), kind), name


@pytest.mark.parametrize("method", [n for n, v in vars(WindowHost).items()
                                    if inspect.isfunction(v)])
def test_the_window_implements_what_features_call(method):
    assert getattr(MainWindow, method) is not getattr(WindowHost, method)
