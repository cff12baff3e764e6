"""Shared fixtures: every test gets its own database, config and cache folders."""

from __future__ import annotations

import os
from pathlib import Path

# Qt tests run offscreen unless a test starts its own X server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# As the program does before it starts Qt: under LC_ALL=C, Qt's warning about the
# locale would fail whichever test made the application first.
from mtgdesk.qtlocale import prefer_utf8  # noqa: E402

prefer_utf8()

import pytest  # noqa: E402

from mtgdesk.domain import interchange  # noqa: E402
from mtgdesk.domain.records import MeetingRecord  # noqa: E402
from mtgdesk.store.database import open_database  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
SEED_JSON = FIXTURES / "human-security-2007.json"
SEED_TEXT = FIXTURES / "seed-press-release.txt"


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path_factory.mktemp("config")
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("MTGDESK_CONFIG_DIR", str(config))
    monkeypatch.setenv("MTGDESK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.delenv("MTGDESK_DB", raising=False)
    return config


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "meetings.sqlite3"


@pytest.fixture
def engine(db_path: Path):
    eng = open_database(db_path)
    yield eng
    eng.dispose()


@pytest.fixture
def seed_path() -> Path:
    return SEED_JSON


@pytest.fixture
def seed_record() -> MeetingRecord:
    return interchange.loads(SEED_JSON.read_text(encoding="utf-8"))[0]


@pytest.fixture
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")
