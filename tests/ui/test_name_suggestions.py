"""Names already recorded reach the completer from a worker, and saves add theirs."""

from datetime import date

from mtgdesk.desk import Desk
from mtgdesk.domain.records import MeetingRecord, ParticipantRecord
from mtgdesk.services.interchange import import_files
from mtgdesk.services.meetings import save_meeting
from mtgdesk.ui.editor.name_suggestions import NameSuggestions


def test_read_in_the_background(qtbot, engine, seed_path):
    import_files(engine, [seed_path])
    names = NameSuggestions(Desk(engine))
    with qtbot.waitSignal(names.loaded) as blocker:
        names.reload()
    assert ("organization", "World Food Programme", "WFP") in blocker.args[0]
    assert ("person", "Koji Tsuruoka", None) in names.names()


def test_saved_names_are_added_without_reading(qtbot, engine):
    names = NameSuggestions(Desk(engine))
    with qtbot.waitSignal(names.loaded):
        names.reload()
    assert names.names() == []
    record = MeetingRecord(title="t", held_on=date(2020, 1, 1),
                           participants=[ParticipantRecord(kind="organization",
                                                           name="Mekong River Commission",
                                                           acronym="MRC")])
    save_meeting(engine, record)
    with qtbot.waitSignal(names.loaded):
        names.add(record.participants)
    assert names.names() == [("organization", "Mekong River Commission", "MRC")]
    with qtbot.assertNotEmitted(names.loaded):
        names.add(record.participants)  # nothing new: no signal


def test_window_completer_gets_database_names(qtbot, make_window, engine, seed_path):
    import_files(engine, [seed_path])
    window = make_window(engine)
    window.names.wait()
    qtbot.waitUntil(lambda: ("person", "Koji Tsuruoka", None) in window.names.names())
