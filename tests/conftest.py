"""Shared fixtures."""

from __future__ import annotations

import mailbox
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

import pg
from dovecot import Dovecot, ImapAccount, binary

# --- IMAP: one Dovecot per test session, one empty mailbox per test ---------


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A running Dovecot; skips the test when Dovecot is missing, unless INBOXWATCH_REQUIRE_DOVECOT=1."""
    if binary() is None:
        if os.environ.get("INBOXWATCH_REQUIRE_DOVECOT") == "1":
            pytest.fail("dovecot is not installed, and INBOXWATCH_REQUIRE_DOVECOT=1")
        pytest.skip("dovecot is not installed")
    with Dovecot() as server:
        yield server


@pytest.fixture
def imap_account(dovecot: Dovecot, tmp_path: Path) -> ImapAccount:
    """A new user with an empty mailbox, and its password in a mode-600 file under tmp_path."""
    if not dovecot.running:  # a test stopped it and failed before starting it again
        dovecot.start()
    return dovecot.account(tmp_path)


# --- Databases: real SQLite files, and a throwaway PostgreSQL cluster --------


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg.PostgresCluster]:
    """A running PostgreSQL 15; skips without it, unless INBOXWATCH_REQUIRE_POSTGRES=1."""
    if not pg.available():
        if os.environ.get("INBOXWATCH_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL 15 is not installed, and INBOXWATCH_REQUIRE_POSTGRES=1")
        pytest.skip("PostgreSQL 15 is not installed")
    cluster = pg.PostgresCluster()
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind the store supports."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'inboxwatch.db'}"
        return
    cluster: pg.PostgresCluster = request.getfixturevalue("postgres")
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield cluster.url(name)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


# --- A local Maildir account ---------------------------------------------------


@pytest.fixture
def maildir_config(tmp_path: Path) -> Path:
    """A config on a local Maildir (INBOX and Sent) with an SQLite file beside it."""
    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    maildir.add_folder("Sent")
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
[mailbox]
backend = "maildir"
path = "Maildir"

[database]
url = "sqlite:///{tmp_path}/db.sqlite"

[user]
name = "Sam Example"
email = "sam@example.org"
timezone = "America/New_York"
"""
    )
    return path
