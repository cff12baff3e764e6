"""The office server as an office meets it: the installed command on a private
PostgreSQL (an empty database gets its schema from the program), the same archive as on
SQLite, and one line when the server is away."""

from __future__ import annotations

import json
import time

from mtgdesk.store import dialect
from tests import pgserver
from tests.e2e.test_cli import assert_one_line_error, mtgdesk


def test_the_fixture_on_an_empty_server_is_the_archive_it_is_on_sqlite(
        pg_empty_url, seed_path, tmp_path):
    # The same records (the fixture has no uuid: the server's export gives them one).
    local, exported = tmp_path / "local.sqlite3", tmp_path / "from-server.json"
    done = mtgdesk("--db", pg_empty_url, "import", seed_path)
    assert done.returncode == 0, done.stderr
    assert mtgdesk("--db", pg_empty_url, "export", "-o", exported).returncode == 0
    assert mtgdesk("--db", local, "import", exported).returncode == 0
    exports = [mtgdesk("--db", db, "export").stdout for db in (pg_empty_url, local)]
    assert exports[0] == exports[1] and json.loads(exports[0])["meetings"]
    assert json.loads(exports[0]) == json.loads(exported.read_text("utf-8"))
    for query in ("human security", "UNHCR", "World Food Programme", "WFP",
                  "chair:Tsuruoka", "participant:JICA"):
        found = mtgdesk("--db", pg_empty_url, "search", query, "--json")
        assert [m["id"] for m in json.loads(found.stdout)] == [1], query
    assert json.loads(mtgdesk("--db", pg_empty_url, "search", "chair:UNHCR",
                              "--json").stdout) == []
    report = tmp_path / "release.txt"
    assert mtgdesk("--db", pg_empty_url, "report", "1", "--format", "txt", "-o",
                   report).returncode == 0
    assert "Senior Official-Level Meeting on Human Security" in report.read_text("utf-8")
    history = mtgdesk("--db", pg_empty_url, "history", "1", "--json")
    assert [e["user"] for e in json.loads(history.stdout)] == ["mtgdesk_test"]
    # A backup to a local file holds every meeting, and opens as any file does.
    backup = tmp_path / "abroad.sqlite3"
    made = mtgdesk("--db", pg_empty_url, "backup", backup)
    assert made.returncode == 0 and "abroad.sqlite3" in made.stdout, made.stderr
    assert mtgdesk("--db", backup, "export").stdout == exports[0]


def test_a_stopped_server_is_one_line_naming_it(tmp_path):
    server = pgserver.start_server()  # its own, to stop: the tests' server stays up
    try:
        url = server.url("postgres")
        assert mtgdesk("--db", url, "list").returncode == 0
        server.stop()
        started = time.monotonic()
        gone = mtgdesk("--db", url, "list")
        waited = time.monotonic() - started
    finally:
        pgserver.remove_server(server)
    assert_one_line_error(gone, f"cannot reach the office server at 127.0.0.1:{server.port}")
    assert server.password not in gone.stderr
    # libpq gives up by itself well within the 15 s a clerk may be kept waiting (the
    # figure is how long the command took here, not a promise of speed).
    assert dialect.CONNECT_TIMEOUT_S <= 10
    print(f"stopped server reported after {waited:.1f} s")


def test_libpq_parameters_pass_through_and_time_zone_is_utc():
    args = dialect.connect_args(dialect.normalise_url(
        "postgresql://clerk@db.example:6543/office?sslmode=verify-full&options=-c%20x=1"))
    assert args["connect_timeout"] == dialect.CONNECT_TIMEOUT_S
    assert args["options"] == "-c x=1 -c TimeZone=UTC"
    assert dialect.normalise_url("postgres://a@b/c") == "postgresql+psycopg://a@b/c"
    assert "connect_timeout" not in dialect.connect_args(
        "postgresql+psycopg://a@b/c?connect_timeout=3")


def test_a_missing_or_wrong_password_says_so_not_that_the_server_is_away(pg_server):
    import pytest

    from mtgdesk.desk import Desk
    from mtgdesk.domain.errors import UserError

    for url in (pg_server.url(password=""), pg_server.url(password="wrong")):
        url = url.replace(":@", "@")
        with pytest.raises(UserError, match="did not accept the login") as refused:
            Desk.open(url)
        assert "wrong" not in str(refused.value) and "~/.pgpass" in str(refused.value)
