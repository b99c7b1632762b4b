"""Shared fixtures."""

from __future__ import annotations

import mailbox
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

import pg
from dovecot import Dovecot, ImapAccount, binary
from mails import USER, Ran, in_process
from tlscerts import make_server_tls

# --- IMAP: one Dovecot per test session, one empty mailbox per test ---------


def require_dovecot() -> None:
    """Skip the test when Dovecot is missing, unless INBOXWATCH_REQUIRE_DOVECOT=1."""
    if binary() is None:
        if os.environ.get("INBOXWATCH_REQUIRE_DOVECOT") == "1":
            pytest.fail("dovecot is not installed, and INBOXWATCH_REQUIRE_DOVECOT=1")
        pytest.skip("dovecot is not installed")


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A running Dovecot, without TLS."""
    require_dovecot()
    with Dovecot() as server:
        yield server


@pytest.fixture(scope="session")
def tls_dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    """A running Dovecot with STARTTLS and implicit TLS, its certificate signed by a throwaway CA."""
    require_dovecot()
    with Dovecot(tls=make_server_tls(tmp_path_factory.mktemp("tls"))) as server:
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


# --- The CLI on this test's IMAP mailbox and database ------------------------


@pytest.fixture
def imap_config(imap_account: ImapAccount, tmp_path: Path, database_url: str) -> Path:
    """A config file for this test's mailbox and database, in Berlin time."""
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[mailbox]
backend = "imap"
host = "{imap_account.host}"
port = {imap_account.port}
username = "{imap_account.username}"
tls = "none"
password_file = "{imap_account.password_file}"
timeout = 10

[database]
url = "{database_url}"

[user]
name = "Alex Candidate"
email = "{USER}"
timezone = "Europe/Berlin"
"""
    )
    return config


@pytest.fixture
def iw(imap_config: Path) -> Callable[..., Ran]:
    """Run an inboxwatch command in this process."""
    return in_process(imap_config)


@pytest.fixture
def iw_process(imap_config: Path) -> Callable[..., Ran]:
    """Run an inboxwatch command as a process of its own, as a restart would."""

    def run(*args: str, expect: int = 0) -> Ran:
        command = [sys.executable, "-m", "inboxwatch", "--config", str(imap_config), *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == expect, done.stdout + done.stderr
        return Ran(done.returncode, done.stdout + done.stderr)

    return run
