"""Alembic environment: runs on the connection the store hands over."""

from alembic import context

from inboxwatch.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("inboxwatch migrations run through inboxwatch.store.db.migrate")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
