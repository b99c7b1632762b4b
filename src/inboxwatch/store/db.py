"""Open the database, bring its schema up to date, and hand out sessions."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from inboxwatch.errors import StoreError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^(down_)?revision(?:\s*:[^=]*)?\s*=\s*(?:None|[\"'](\w+)[\"'])", re.MULTILINE)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    # WAL lets the CLI read while the daemon writes; the timeout rides out short locks.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _create_private(database: Path) -> None:
    """Create the SQLite file for its owner alone: SQLite gives -wal and -shm the same mode."""
    try:
        database.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(database, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o600))
    except OSError as exc:
        raise StoreError(f"database: cannot create {database}: {exc.strerror}") from exc


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"database.url: not a database URL: {exc}") from exc
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        _create_private(Path(parsed.database).expanduser())
    try:
        engine = create_engine(parsed)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"database.url: cannot use {parsed.get_backend_name()}: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _head() -> str | None:
    """The newest revision, read from the migration files; None when they do not tell it plainly."""
    files = list((MIGRATIONS / "versions").glob("*.py"))
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in files:
        for down, revision in _REVISION.findall(path.read_text(encoding="utf-8")):
            (parents if down else revisions).add(revision)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and len(revisions) == len(files) else None


def _current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest revision; a no-op when it is current."""
    head = _head()
    if head is not None and _current(engine) == head:
        return  # Alembic costs 12 MB and 0.1 s to load: only when there is something to do
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """The database behind one config."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self, commit: bool = True) -> Iterator[Session]:
        """A session committed on success (unless ``commit`` is false) and rolled back on error."""
        session = self._sessions()
        try:
            yield session
            if commit:
                session.commit()
            else:
                session.rollback()
        except SQLAlchemyError as exc:
            session.rollback()
            raise StoreError(
                f"database: {exc.__class__.__name__}: {exc.args[0] if exc.args else exc}"
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str) -> Store:
    """Open the database at ``url`` and migrate it."""
    engine = _engine(url)
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"database: cannot open {engine.url.render_as_string()}: {exc.args[0]}") from exc
    return Store(engine)
