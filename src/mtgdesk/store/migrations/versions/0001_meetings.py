"""Meetings, participants and paragraphs: the first release's schema.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("starts_at", sa.Time(), nullable=True),
        sa.Column("ends_at", sa.Time(), nullable=True),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("venue", sa.String(), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("host_country", sa.String(), nullable=True),
        sa.Column("series", sa.String(), nullable=True),
        sa.Column("reference", sa.String(), nullable=True),
        sa.Column("classification", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
    )
    op.create_index("ix_meeting_held_on", "meeting", ["held_on"])
    op.create_index("ix_meeting_series", "meeting", ["series"])
    op.create_index("ix_meeting_status", "meeting", ["status"])
    for name in ("participant", "paragraph"):
        columns = [
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("meeting_id", sa.Integer(),
                      sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
        ]
        if name == "participant":
            columns += [
                sa.Column("kind", sa.String(), nullable=False),
                sa.Column("name", sa.String(), nullable=False),
                sa.Column("acronym", sa.String(), nullable=True),
                sa.Column("article", sa.String(), nullable=True),
                sa.Column("role", sa.String(), nullable=False),
                sa.Column("attendance", sa.String(), nullable=False),
                sa.Column("honorific", sa.String(), nullable=True),
                sa.Column("post", sa.String(), nullable=True),
                sa.Column("delegation", sa.String(), nullable=True),
            ]
        else:
            columns += [
                sa.Column("text", sa.String(), nullable=False),
                sa.Column("kind", sa.String(), nullable=False),
                sa.Column("owner", sa.String(), nullable=True),
                sa.Column("due_on", sa.Date(), nullable=True),
            ]
        op.create_table(name, *columns)
        op.create_index(f"ix_{name}_meeting_position", name, ["meeting_id", "position"])
    op.create_index("ix_participant_name", "participant", ["name"])


def downgrade() -> None:
    op.drop_table("paragraph")
    op.drop_table("participant")
    op.drop_table("meeting")
