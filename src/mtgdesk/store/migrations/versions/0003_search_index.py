"""The full-text search index (SQLite FTS5). The meetings already stored are indexed
once the schema is at its head (mtgdesk.store.migrate.upgrade): indexing reads them
through the store, which knows only the newest schema.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return  # other products get their own index (see mtgdesk.store.search)
    from mtgdesk.store import search_sqlite

    search_sqlite.create_tables(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        from mtgdesk.store import search_sqlite

        search_sqlite.drop_tables(conn)
