"""The search panel driven as a clerk would: typing narrows the meeting list, results
show escaped snippets with bold matches, filters, header order, saved searches, help."""

from datetime import date

import pytest

from mtgdesk.desk import Desk
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.services import meetings
from mtgdesk.services.search import saved_searches
from mtgdesk.ui.search.search_panel import SearchPanel
from mtgdesk.ui.search.search_results import HTML_ROLE, MEETING, snippet_html
from mtgdesk.ui.window.meeting_list import MeetingListModel


def save(engine, title, text, held_on=date(2010, 1, 1), **kw) -> int:
    return meetings.save_meeting(engine, MeetingRecord(
        title=title, held_on=held_on, paragraphs=[ParagraphRecord(text=text)], **kw)).id


@pytest.fixture
def archive(engine):
    ocean = [save(engine, f"Ocean Talks {i}", "The ocean agenda.", date(2001 + i, 1, 1))
             for i in range(6)]
    quill = [save(engine, "Ocean Quillwort Survey", "<script>quillwort</script> & co",
                  date(2012, 5, 1), status="final"),
             save(engine, "Quillwort Review", "Quillwort again.", date(2014, 5, 1))]
    other = [save(engine, "Budget", "Nothing to see.", date(2000, 1, 1))]
    return {"ocean": ocean, "quill": quill, "other": other}


@pytest.fixture
def panel(qtbot, engine, archive):
    model = MeetingListModel(Desk(engine))
    widget = SearchPanel(Desk(engine), list_model=model)
    widget.list_model = model
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.wait_idle()


def list_ids(model) -> set[int]:
    while model.canFetchMore():
        model.fetchMore()
    return {model.meeting_id(r) for r in range(model.rowCount())}


def type_and_wait(qtbot, panel, text):
    with qtbot.waitSignal(panel.searched, timeout=5000):
        qtbot.keyClicks(panel.search_field, text)


def test_typing_narrows_the_meeting_list(qtbot, panel, archive):
    model = panel.list_model
    assert model.showing_all and model.total() == 9
    type_and_wait(qtbot, panel, "ocean")
    qtbot.waitUntil(lambda: list_ids(model) == set(archive["ocean"]) | {archive["quill"][0]})
    type_and_wait(qtbot, panel, " quillwort")
    qtbot.waitUntil(lambda: list_ids(model) == {archive["quill"][0]})
    assert panel.results.total() == 1
    assert "1 meeting found" in panel.status_label.text()
    with qtbot.waitSignal(panel.searched, timeout=5000):
        panel.search_field.clear()
    assert model.showing_all and model.total() == 9


def test_a_word_in_k_meetings_lists_exactly_those(qtbot, panel, archive):
    type_and_wait(qtbot, panel, "quillwort")
    assert set(panel.results.ids()) == set(archive["quill"])
    assert list_ids(panel.list_model) == set(archive["quill"])


def test_snippet_is_escaped_then_highlighted(qtbot, panel, archive):
    type_and_wait(qtbot, panel, "quillwort")
    rows = {panel.results.hit(r).id: r for r in range(panel.results.rowCount())}
    html = panel.results.index(rows[archive["quill"][0]], MEETING).data(HTML_ROLE)
    assert "&lt;script&gt;<b>quillwort</b>&lt;/script&gt; &amp; co" in html
    assert "<script>" not in html
    panel.results_view.viewport().grab()  # the delegate paints without complaint


def test_hostile_text_is_harmless(qtbot, panel, fake_dialogs):
    for text in ('"', "AND (", "*", "NEAR(", "'; DROP TABLE meeting; --"):
        panel.search_field.clear()
        type_and_wait(qtbot, panel, text)
    assert fake_dialogs.called("error") == []


def test_date_header_orders_by_date_and_back(qtbot, panel, archive):
    type_and_wait(qtbot, panel, "ocean")
    header = panel.results_view.horizontalHeader()
    with qtbot.waitSignal(panel.searched, timeout=5000):
        header.sectionClicked.emit(1)
    dates = [panel.results.hit(r).held_on for r in range(panel.results.rowCount())]
    assert dates == sorted(dates, reverse=True)
    with qtbot.waitSignal(panel.searched, timeout=5000):
        header.sectionClicked.emit(1)
    dates = [panel.results.hit(r).held_on for r in range(panel.results.rowCount())]
    assert dates == sorted(dates)
    assert [panel.list_model.meeting_id(r) for r in range(panel.list_model.rowCount())] == \
        [panel.results.hit(r).id for r in range(panel.results.rowCount())]


def test_filters_narrow_too(qtbot, panel, archive):
    type_and_wait(qtbot, panel, "ocean")
    with qtbot.waitSignal(panel.searched, timeout=5000):
        panel.status_combo.setCurrentIndex(panel.status_combo.findData("final"))
    assert set(panel.results.ids()) == {archive["quill"][0]}
    with qtbot.waitSignal(panel.searched, timeout=5000):
        panel.status_combo.setCurrentIndex(0)
        qtbot.keyClicks(panel.to_edit, "2003")
    assert set(panel.results.ids()) == set(archive["ocean"][:3])  # 2001-2003


def test_participant_filter_with_completer(qtbot, engine, panel):
    mid = meetings.save_meeting(engine, MeetingRecord(
        title="Refugee Talks", held_on=date(2015, 1, 1), participants=[
            ParticipantRecord(kind="organization", name="UNHCR")])).id
    with qtbot.waitSignal(panel.completions_loaded, timeout=10000):
        panel.load_completions()
    assert "Office of the United Nations High Commissioner for Refugees" in \
        panel.name_completions()
    with qtbot.waitSignal(panel.searched, timeout=5000):
        qtbot.keyClicks(panel.participant_edit,
                        "Office of the United Nations High Commissioner for Refugees")
    assert panel.results.ids() == [mid]


def test_saved_search_is_kept_and_applied(qtbot, engine, panel, archive, fake_dialogs):
    type_and_wait(qtbot, panel, "quillwort")
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("final"))
    fake_dialogs.answer("ask_text", "Final quillworts")
    qtbot.mouseClick(panel.save_button, qtbot_button())
    [kept] = saved_searches(engine)
    assert (kept.name, kept.query, kept.filters.status) == ("Final quillworts", "quillwort",
                                                            "final")
    assert panel.saved_list.count() == 1
    panel.search_field.clear()
    panel.status_combo.setCurrentIndex(0)
    item = panel.saved_list.item(0)
    with qtbot.waitSignal(panel.searched, timeout=5000):
        panel.saved_list.itemClicked.emit(item)
    assert panel.search_field.text() == "quillwort"
    assert set(panel.results.ids()) == {archive["quill"][0]}
    panel.saved_list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, qtbot_button())
    assert panel.saved_list.count() == 0 and saved_searches(engine) == []


def test_help_popup_shows_the_syntax(qtbot, panel):
    qtbot.mouseClick(panel.help_button, qtbot_button())
    assert panel.help_popup is not None and panel.help_popup.isVisible()
    panel.help_popup.close()


def test_results_model_passes_the_model_tester(qtbot, qtmodeltester, panel):
    type_and_wait(qtbot, panel, "ocean")
    qtmodeltester.check(panel.results)


def test_snippet_html_escapes_title_too():
    from mtgdesk.domain.snippet import Snippet
    from mtgdesk.domain.summary import Hit, MeetingSummary

    summary = MeetingSummary(1, "<i>T</i>", date(2000, 1, 1), None, None, None, "draft", None, 1)
    hit = Hit(summary, Snippet("a <b> c", ((2, 5),)))
    assert snippet_html(hit) == ("<div><b>&lt;i&gt;T&lt;/i&gt;</b></div>"
                                 "<div>a <b>&lt;b&gt;</b> c</div>")


def test_installed_in_the_main_window(qtbot, make_window, engine, archive):
    window = make_window(engine)
    panel = window.search_panel
    with qtbot.waitSignal(panel.searched, timeout=5000):
        qtbot.keyClicks(window.search_field, "quillwort")
    qtbot.waitUntil(lambda: window.list_model.total() == 2)
    assert window.search_dock.isVisible()
    first = panel.results.hit(0).id
    with qtbot.waitSignal(panel.meeting_chosen):
        panel.results_view.clicked.emit(panel.results.index(0, MEETING))
    current = window.meeting_list.currentIndex()
    assert window.list_model.meeting_id(current.row()) == first
    with qtbot.waitSignal(panel.searched, timeout=5000):
        window.search_field.clear()
    assert window.list_model.showing_all
    panel.wait_idle()


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
