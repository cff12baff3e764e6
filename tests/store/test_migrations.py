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
