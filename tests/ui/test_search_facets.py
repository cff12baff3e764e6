"""The search panel as a clerk types: the counts by year, chair... of the matches show
under the results once they are in, and a misspelt name gets a suggestion."""

from datetime import date

import pytest

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
