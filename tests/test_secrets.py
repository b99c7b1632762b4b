"""Where the password comes from, and the files inboxwatch creates: readable by the user alone."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from inboxwatch.config import load_config
from inboxwatch.errors import ConfigError
from inboxwatch.lock import DaemonLock
from inboxwatch.secrets import read_password
from inboxwatch.store import open_store
from mails import in_process

CONFIG = """
[mailbox]
backend = "imap"
host = "127.0.0.1"
username = "me"
tls = "none"
{secret}

[user]
name = "Me"
email = "me@example.org"
"""


def write_config(tmp_path: Path, secret: str, mode: int) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(secret=secret))
    path.chmod(mode)
    return path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("readable", [0o640, 0o604, 0o620])
def test_inline_password_in_a_file_others_can_read_is_refused(tmp_path: Path, readable: int) -> None:
    path = write_config(tmp_path, 'password = "correct-horse-4711"', readable)
    with pytest.raises(ConfigError, match=r"^mailbox\.password: .* chmod 600") as info:
        load_config(path)
    assert "correct-horse-4711" not in str(info.value)


def test_inline_password_in_a_private_file_is_used(tmp_path: Path) -> None:
    cfg = load_config(write_config(tmp_path, 'password = "correct-horse-4711"', 0o600))
    assert read_password(cfg.mailbox) == "correct-horse-4711"
    assert "correct-horse-4711" not in repr(cfg)  # a traceback showing the config shows no password


def test_password_from_the_systemd_credentials_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As systemd lays it out for LoadCredential=imap-password:...: a 0400 file in a private dir.
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o500)
    (credentials / "imap-password").write_text("from-systemd\n")
    (credentials / "imap-password").chmod(0o400)
    cfg = load_config(write_config(tmp_path, 'password_credential = "imap-password"', 0o644))
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    assert read_password(cfg.mailbox) == "from-systemd"
    # Granted to a service user by an ACL, the file shows group bits: systemd's directory still guards it.
    (credentials / "imap-password").chmod(0o440)
    assert read_password(cfg.mailbox) == "from-systemd"
    monkeypatch.delenv("CREDENTIALS_DIRECTORY")
    with pytest.raises(ConfigError, match=r"CREDENTIALS_DIRECTORY is not set.*LoadCredential=imap-password"):
        read_password(cfg.mailbox)


def test_missing_credential_and_path_as_credential_are_one_line_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    cfg = load_config(write_config(tmp_path, 'password_credential = "imap-password"', 0o600))
    with pytest.raises(ConfigError, match=r"^mailbox\.password_credential: cannot read .*imap-password"):
        read_password(cfg.mailbox)
    with pytest.raises(ConfigError, match="a credential name, not a path"):
        load_config(write_config(tmp_path, 'password_credential = "../etc/shadow"', 0o600))


def test_inline_password_counts_as_one_of_the_sources(tmp_path: Path) -> None:
    path = write_config(tmp_path, 'password = "x"\npassword_env = "HOME"', 0o600)
    with pytest.raises(ConfigError, match=r"exactly one of .*password_credential, password$"):
        load_config(path)


def test_database_lock_file_and_their_directories_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATE_DIRECTORY", str(tmp_path / "state"))
    database = tmp_path / "data" / "inboxwatch.db"
    url = f"sqlite:///{database}"
    store = open_store(url)
    try:
        with store.engine.connect() as conn:  # WAL mode: -wal and -shm exist while it is open
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            sidecars = [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")]
            assert all(path.exists() for path in sidecars)
            assert {mode(path) for path in [database, *sidecars]} == {0o600}
        with DaemonLock(url) as lock:
            assert mode(lock.path) == 0o600
            assert mode(lock.path.parent) == 0o700
    finally:
        store.close()
    assert mode(database.parent) == 0o700


def test_init_writes_a_private_config_even_over_a_readable_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))  # where the default database goes
    config = tmp_path / "conf" / "config.toml"
    config.parent.mkdir()
    config.write_text("old")
    config.chmod(0o644)
    in_process(config)("init", "--force")
    assert mode(config) == 0o600
    assert mode(tmp_path / "share" / "inboxwatch" / "inboxwatch.db") == 0o600
