"""The full-text search index of the time (SQLite FTS5), dropped again by 0006: the
index is a tantivy folder now (mtgdesk.store.text_index). The statements are kept as
they were so that an old database upgrades through the same steps.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, people, chairs, "
    "place, body, extra, facets, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TABLE IF NOT EXISTS search_doc (meeting_id INTEGER PRIMARY KEY, "
    "doc_key INTEGER NOT NULL)",
)
DROP = ("DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_doc")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    for sql in CREATE:
        conn.exec_driver_sql(sql)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for sql in DROP:
            conn.exec_driver_sql(sql)
