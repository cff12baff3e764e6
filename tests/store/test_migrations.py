"""Migrations and the table classes agree; older files are copied aside before upgrade."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from mtgdesk.domain.errors import UserError
from mtgdesk.store.database import open_database
from mtgdesk.store.migrate import current_revision, head_revision


def test_migrated_schema_matches_the_table_classes(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    # FTS and other dialect-specific objects are not in the metadata; tables are.
    assert [d for d in diff if d[0] in ("add_table", "add_column", "remove_column")] == []


def test_new_database_is_at_head(engine):
    assert current_revision(engine) == head_revision()


def test_head_read_off_file_names_is_alembics_head():
    from alembic.script import ScriptDirectory

    from mtgdesk.store.migrate import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [head_revision()]


def test_newer_schema_is_refused_untouched(db_path):
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="newer mtgdesk"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(db_path):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE stuff (x)")
    con.commit()
    con.close()
    with pytest.raises(UserError, match="not mtgdesk's"):
        open_database(db_path)


def test_an_older_database_gets_a_uuid_for_each_meeting(db_path):
    import uuid

    from mtgdesk.services.meetings import get_meeting, save_as_copy
    from mtgdesk.services.search import search
    from mtgdesk.store.database import make_engine, resolve_url
    from mtgdesk.store.migrate import upgrade

    old = make_engine(resolve_url(db_path))
    upgrade(old, "0003")
    old.dispose()
    con = sqlite3.connect(db_path)
    with con:
        con.executemany(
            "INSERT INTO meeting (id, title, held_on, status, version) VALUES (?, ?, "
            "'2001-02-03', 'draft', 4)", [(3, "Old Gannet Talks"), (9, "Old Puffin Talks")])
    con.close()

    engine = open_database(db_path)
    try:
        assert current_revision(engine) == head_revision()
        a, b = get_meeting(engine, 3), get_meeting(engine, 9)
        assert a.uuid != b.uuid
        assert all(str(uuid.UUID(r.uuid)) == r.uuid for r in (a, b))
        assert (a.title, a.version) == ("Old Gannet Talks", 4)  # the rest as it was
        assert [h.id for h in search(engine, "gannet").hits] == [3]  # indexed at the head
        # New meetings follow the old ones; the journal starts empty.
        new = save_as_copy(engine, get_meeting(engine, 3))
        assert new.id == 10 and new.uuid not in (a.uuid, b.uuid)
    finally:
        engine.dispose()
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("SELECT count(*) FROM change_journal").fetchone() == (1,)
    finally:
        con.close()
