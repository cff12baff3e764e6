"""Drafts belong to a clerk: on an office server twenty clerks keep their unsaved
edits apart, two of them editing one meeting included. A draft is then known by its
owner and key (the key alone was unique). Drafts from before have no owner ("") and
stay with whoever opens the file.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _draft_without_unique_key() -> sa.Table:
    """The draft table as 0002 made it, but without its (unnamed) unique key, for
    SQLite's batch mode to copy from: the constraint has no name to drop it by."""
    return sa.Table(
        "draft", sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("data", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def upgrade() -> None:
    owner = sa.Column("owner", sa.String(), nullable=False, server_default="")
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("draft", copy_from=_draft_without_unique_key(),
                                  recreate="always") as batch:
            batch.add_column(owner)
            batch.create_index("ix_draft_owner_key", ["owner", "key"], unique=True)
        return
    op.drop_constraint("draft_key_key", "draft", type_="unique")
    op.add_column("draft", owner)
    op.create_index("ix_draft_owner_key", "draft", ["owner", "key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("draft") as batch:
        batch.drop_index("ix_draft_owner_key")
        batch.drop_column("owner")
