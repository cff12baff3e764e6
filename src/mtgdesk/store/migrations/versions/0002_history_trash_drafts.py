"""Versions for concurrent editing, the Trash, report overrides, audit log, drafts for
crash recovery and saved searches.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("report_overrides", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
        batch.create_index("ix_meeting_live_held_on", ["deleted_at", "held_on"])
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=True),
    )
    op.create_index("ix_audit_entry_meeting_id", "audit_entry", ["meeting_id"])
    op.create_table(
        "draft",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(), nullable=False, unique=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("data", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "saved_search",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("query", sa.String(), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("saved_search")
    op.drop_table("draft")
    op.drop_index("ix_audit_entry_meeting_id", "audit_entry")
    op.drop_table("audit_entry")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_index("ix_meeting_live_held_on")
        for col in ("deleted_at", "updated_at", "created_at", "version", "report_overrides"):
            batch.drop_column(col)
