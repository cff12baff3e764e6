"""The SQLite FTS5 search tables go: the search index is a tantivy folder kept beside
the database's data (mtgdesk.store.text_index), fed from the change journal. A
database upgraded from 0005 is indexed afresh when first searched.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
        conn.exec_driver_sql("DROP TABLE IF EXISTS search_doc")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        # The tables come back empty; 0005's program rebuilt a lagging index on open.
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, people, "
            "chairs, place, body, extra, facets, tokenize = 'unicode61 remove_diacritics 2')")
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS search_doc (meeting_id INTEGER PRIMARY KEY, "
            "doc_key INTEGER NOT NULL)")
