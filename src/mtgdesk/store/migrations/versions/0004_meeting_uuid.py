"""A stable identity for every meeting: a uuid, created once, kept by export and import.

Meetings already stored get a fresh uuid each. Batch mode: SQLite rebuilds the table to
make the column NOT NULL, and rebuilds it with AUTOINCREMENT, so that the id of a
meeting deleted for good is never given to another (its history keeps that id).

Revision ID: 0004
Revises: 0003
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("uuid", sa.String(), nullable=True))
    conn = op.get_bind()
    meeting = sa.table("meeting", sa.column("id", sa.Integer()), sa.column("uuid", sa.String()))
    ids = list(conn.execute(sa.select(meeting.c.id).where(meeting.c.uuid.is_(None))).scalars())
    if ids:
        conn.execute(meeting.update().where(meeting.c.id == sa.bindparam("mid"))
                     .values(uuid=sa.bindparam("new_uuid")),
                     [{"mid": i, "new_uuid": str(uuid.uuid4())} for i in ids])
    if conn.dialect.name != "sqlite":
        # A server's SERIAL ids are never reused already; its tables change in place
        # (rebuilding one would break the foreign keys that point at it).
        op.alter_column("meeting", "uuid", existing_type=sa.String(), nullable=False)
        op.create_index("ix_meeting_uuid", "meeting", ["uuid"], unique=True)
        return
    with op.batch_alter_table("meeting", recreate="always",
                              table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.alter_column("uuid", existing_type=sa.String(), nullable=False)
        batch.create_index("ix_meeting_uuid", ["uuid"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_index("ix_meeting_uuid")
        batch.drop_column("uuid")
