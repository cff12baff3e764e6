"""Release aliases: the corrections a clerk made to what the release reader proposed
(a person that is a country, a name that is a reference entry, a wrong acronym), kept
to be applied to the releases read later.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "release_alias",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("from_kind", sa.String(), nullable=False),
        sa.Column("from_key", sa.String(), nullable=False),
        sa.Column("from_name", sa.String(), nullable=False),
        sa.Column("to_kind", sa.String(), nullable=False),
        sa.Column("to_name", sa.String(), nullable=False),
        sa.Column("to_acronym", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_release_alias_from", "release_alias", ["from_kind", "from_key"],
                    unique=True)


def downgrade() -> None:
    op.drop_index("ix_release_alias_from", "release_alias")
    op.drop_table("release_alias")
