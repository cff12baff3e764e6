import json

from mtgdesk.settings import Settings, config_dir, load_settings, save_settings


def test_defaults_when_missing_or_damaged(tmp_path):
    assert load_settings(tmp_path / "none.json") == Settings()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert load_settings(bad) == Settings()
    bad.write_text("[1, 2]", encoding="utf-8")
    assert load_settings(bad) == Settings()


def test_round_trip_and_lenient_numbers(tmp_path):
    s = Settings(office_name="Embassy <of> Japan & Co", margin_mm=25.5, backups_to_keep=3)
    save_settings(s)
    assert (config_dir() / "settings.json").is_file()
    assert load_settings() == s
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"margin_mm": 25, "backups_to_keep": "many", "x": 1,
                                "page_size": True}), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.margin_mm == 25.0
    assert loaded.backups_to_keep == Settings().backups_to_keep
    assert loaded.page_size == "A4"


def test_author_falls_back_to_os_user():
    assert Settings(user_name="  Clerk A ").author == "Clerk A"
    assert Settings().author
