from mtgdesk.services.meetings import get_meeting, save_meeting


def test_seed_saves_and_loads_exactly(engine, seed_record):
    saved = save_meeting(engine, seed_record)
    loaded = get_meeting(engine, saved.id)
    assert loaded.content_equals(seed_record)
    assert loaded.version == 1
