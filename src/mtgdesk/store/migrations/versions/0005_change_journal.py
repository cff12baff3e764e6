"""The change journal: one row per committed change to a meeting, numbered in commit
order (a sequence number is never reused: AUTOINCREMENT).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_journal",
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("meeting_uuid", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_change_journal_meeting_uuid", "change_journal", ["meeting_uuid"])


def downgrade() -> None:
    op.drop_index("ix_change_journal_meeting_uuid", "change_journal")
    op.drop_table("change_journal")
