"""Shared fixtures: every test gets its own database, config and cache folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
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
from mtgdesk.store.session import Engine  # noqa: E402

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
    # No libpq setting of the machine's may point a test at a server it did not start.
    for name in [k for k in os.environ if k.startswith("PG")]:
        monkeypatch.delenv(name, raising=False)
    return config


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "meetings.sqlite3"


@pytest.fixture
def sqlite_engine(db_path: Path) -> Iterator[Engine]:
    """An engine on the file db_path (tests of what only a file has: its pages, its
    copies, reading it with sqlite3)."""
    eng = open_database(db_path)
    yield eng
    eng.dispose()


@pytest.fixture
def engine(sqlite_engine: Engine) -> Engine:
    """SQLite here; tests/store and tests/services make it each backend in turn."""
    return sqlite_engine


# --- the office server: one private PostgreSQL for the run, a database per test ------

@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server this run starts (tests/pgserver.py) and removes at the end."""
    from tests import pgserver

    server = pgserver.start_server()
    try:
        yield server
    finally:
        pgserver.remove_server(server)


@pytest.fixture(scope="session")
def pg_shared(pg_server) -> str:
    """The database the backend tests take turns on: its schema made once by the
    program's migrations, emptied after each test (faster than a database a test)."""
    import psycopg

    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE mtgdesk_tests")
    open_database(pg_server.url("mtgdesk_tests")).dispose()
    return "mtgdesk_tests"


@pytest.fixture
def pg_url(pg_server, pg_shared) -> Iterator[str]:
    """The URL of a database holding an empty mtgdesk schema (ids start at 1)."""
    import psycopg

    yield pg_server.url(pg_shared)
    with psycopg.connect(pg_server.url(pg_shared), autocommit=True) as conn:
        # What a test left connected would hold locks the emptying waits for.
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'alembic_version'")]
        conn.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables)
                     + " RESTART IDENTITY CASCADE")


_databases = iter(range(1, 1_000_000))


@pytest.fixture
def pg_empty_url(pg_server) -> Iterator[str]:
    """The URL of a new, empty database (no schema), dropped afterwards."""
    import psycopg

    name = f"mtgdesk_empty_{next(_databases)}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield pg_server.url(name)
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


OFFICE_PASSWORD = "s3cret-for-this-test"


@pytest.fixture
def office(pg_empty_url, pg_server, capsys) -> dict[str, str]:
    """An office server set up by the CLI (`admin init-server`, `admin grant`), with
    one login of each role: role -> that login's URL."""
    import psycopg
    from sqlalchemy import make_url

    from mtgdesk.cli import main

    assert main(["admin", "init-server", pg_empty_url]) == 0
    assert "ready" in capsys.readouterr().out
    urls = {}
    for role in ("reader", "clerk", "approver"):
        login = f"{role}_{make_url(pg_empty_url).database}"
        assert main(["admin", "grant", pg_empty_url, login, role]) == 0
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute(f"ALTER ROLE {login} PASSWORD '{OFFICE_PASSWORD}'")
        urls[role] = make_url(pg_empty_url).set(
            username=login, password=OFFICE_PASSWORD).render_as_string(hide_password=False)
    assert main(["admin", "init-server", pg_empty_url]) == 0  # again: changes nothing
    capsys.readouterr()
    return urls


def db_arg(engine: Engine) -> str:
    """What `--db` takes to open the database `engine` is on (a URL, password in it)."""
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_engine(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Engine]:
    """An engine on each backend in turn: a file of its own, a database of its own."""
    target = str(db_path) if request.param == "sqlite" else request.getfixturevalue("pg_url")
    eng = open_database(target)
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
