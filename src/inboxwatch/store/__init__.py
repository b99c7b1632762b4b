"""The database: SQLAlchemy models, migrations and sessions."""

from inboxwatch.store.db import Store, open_store

__all__ = ["Store", "open_store"]
