"""The full-text search index (SQLite FTS5), filled from the meetings already stored.

Revision ID: 0003
Revises: 0002
"""

from alembic import op
from sqlmodel import Session

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
    session = Session(bind=conn)
    search_sqlite.SqliteSearchIndex().rebuild(session)
    session.flush()


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        from mtgdesk.store import search_sqlite

        search_sqlite.drop_tables(conn)
