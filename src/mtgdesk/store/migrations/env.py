"""Alembic environment: always run from code with a connection handed in
(mtgdesk.store.migrate); SQLite tables are altered in batch mode."""

from alembic import context
from sqlmodel import SQLModel

import mtgdesk.store.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
