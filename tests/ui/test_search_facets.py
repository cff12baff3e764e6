"""The search panel as a clerk types: the counts by year, chair... of the matches show
under the results once they are in, and a misspelt name gets a suggestion."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from mtgdesk.desk import Desk
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.ui.search.search_panel import SearchPanel


def save(desk, title, held_on, chair) -> int:
    return desk.save(MeetingRecord(
        title=title, held_on=held_on, paragraphs=[ParagraphRecord(text="Fisheries.")],
        participants=[ParticipantRecord(kind="person", name=chair, role="chair")]
    )).added[0].id


@pytest.fixture
def panel(qtbot, engine):
    desk = Desk(engine)
    save(desk, "Fisheries talks", date(2007, 3, 1), "Koji Tsuruoka")
    save(desk, "Fisheries talks II", date(2007, 9, 1), "Koji Tsuruoka")
    save(desk, "Fisheries review", date(2009, 1, 1), "Ana Silva")
    widget = SearchPanel(desk)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.wait_idle()


def test_counts_of_the_matches_show_under_the_results(qtbot, panel):
    with qtbot.waitSignal(panel.facets_counted, timeout=10_000):
        qtbot.keyClicks(panel.search_field, "fisheries")
    text = panel.facet_counts.text()
    assert "Years: 2009 (1), 2007 (2)" in text
    assert "Chaired by: Koji Tsuruoka (2), Ana Silva (1)" in text
    assert panel.facet_counts.isVisible()
    with qtbot.waitSignal(panel.facets_counted, timeout=10_000):
        qtbot.keyClicks(panel.search_field, " tsuruoka")
    assert "Years: 2007 (2)" in panel.facet_counts.text()
    assert "Ana Silva" not in panel.facet_counts.text()


def test_a_misspelt_name_gets_a_suggestion(qtbot, panel):
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        qtbot.keyClicks(panel.search_field, "Tsurouka")
    assert panel.status_label.text() == "Nothing found; did you mean: Tsuruoka?"
    qtbot.waitUntil(lambda: not panel.facet_counts.isVisible())


def test_a_count_clicked_filters_the_search_by_its_value(qtbot, panel):
    with qtbot.waitSignal(panel.facets_counted, timeout=10_000):
        qtbot.keyClicks(panel.search_field, "fisheries")
    assert panel.status_label.text() == "3 meetings found"
    year = panel.facet_counts.button("year", "2007")
    assert year is not None and year.text() == "2007 (2)"
    with qtbot.waitSignal(panel.facets_counted, timeout=10_000):
        qtbot.mouseClick(year, Qt.MouseButton.LeftButton)
    assert (panel.from_edit.text(), panel.to_edit.text()) == ("2007", "2007")
    assert panel.filters().date_from == date(2007, 1, 1)
    assert panel.filters().date_to == date(2007, 12, 31)
    assert panel.status_label.text() == "2 meetings found"
    assert "Years: 2007 (2)" in panel.facet_counts.text()

    panel.clear_filter("")
    qtbot.waitUntil(lambda: panel.facet_counts.button("chair", "Ana Silva") is not None,
                    timeout=10_000)
    chair = panel.facet_counts.button("chair", "Ana Silva")
    chair.setFocus()
    with qtbot.waitSignal(panel.facets_counted, timeout=10_000):
        qtbot.keyClick(chair, Qt.Key.Key_Space)  # reached by Tab, pressed with Space
    assert panel.chair_edit.text() == "Ana Silva"
    assert panel.status_label.text() == "1 meeting found"
    assert panel.facet_counts.button("chair", "Koji Tsuruoka") is None
    # The keys stay in the counts, made anew: on their first value.
    assert panel.window().focusWidget() is panel.facet_counts.buttons[0]


def test_a_count_of_a_kind_sets_the_paragraph_filter(qtbot, panel):
    with qtbot.waitSignal(panel.facets_counted, timeout=10_000):
        qtbot.keyClicks(panel.search_field, "fisheries")
    kinds = [b.property("facet")[1] for b in panel.facet_counts.buttons
             if b.property("facet")[0] == "kind"]
    assert kinds
    with qtbot.waitSignal(panel.facets_counted, timeout=10_000):
        qtbot.mouseClick(panel.facet_counts.button("kind", kinds[0]),
                         Qt.MouseButton.LeftButton)
    assert panel.filters().kinds == (kinds[0],)


def test_a_value_with_an_ampersand_or_markup_is_shown_as_typed(qtbot, engine):
    desk = Desk(engine)
    save(desk, "Fisheries", date(2007, 3, 1), "<b>Bold</b> & Co")
    widget = SearchPanel(desk)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.facets_counted, timeout=10_000):
        qtbot.keyClicks(widget.search_field, "fisheries")
    button = widget.facet_counts.button("chair", "<b>Bold</b> & Co")
    assert button is not None and button.text() == "<b>Bold</b> && Co (1)"
    with qtbot.waitSignal(widget.facets_counted, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert widget.chair_edit.text() == "<b>Bold</b> & Co"
    assert widget.status_label.text() == "1 meeting found"
    widget.wait_idle()
