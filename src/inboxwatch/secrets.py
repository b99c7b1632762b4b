"""Fetch the mailbox password: from a command, a file, the environment, a systemd credential,
or inline (config.py has already refused an inline password in a file others can read)."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

from inboxwatch.config import PRIVATE, MailboxConfig
from inboxwatch.errors import ConfigError


def read_password(cfg: MailboxConfig) -> str:
    """The mailbox password, never logged; one-line errors name the key."""
    if cfg.password:
        return cfg.password
    if cfg.password_credential:
        # systemd guards that directory itself, sometimes with an ACL that shows as group bits.
        return _read_file("mailbox.password_credential", _credential_path(cfg.password_credential), False)
    if cfg.password_env:
        value = os.environ.get(cfg.password_env)
        if not value:
            raise ConfigError(f"mailbox.password_env: ${cfg.password_env} is not set")
        return value
    if cfg.password_file:
        return _read_file("mailbox.password_file", cfg.password_file)
    if cfg.password_command:
        try:
            done = subprocess.run(  # noqa: S603 - the user's own command from their config
                shlex.split(cfg.password_command),
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigError(f"mailbox.password_command: could not run it: {exc}") from exc
        if done.returncode != 0:
            raise ConfigError(f"mailbox.password_command: exited with status {done.returncode}")
        return done.stdout.strip("\r\n")
    raise ConfigError("mailbox.password_command: no password source configured")


def _credential_path(name: str) -> Path:
    """Where systemd put the credential: LoadCredential=NAME:... in the unit."""
    directory = os.environ.get("CREDENTIALS_DIRECTORY")
    if not directory:
        raise ConfigError(
            "mailbox.password_credential: $CREDENTIALS_DIRECTORY is not set; "
            f"run under systemd with LoadCredential={name}:/path/to/file"
        )
    return Path(directory) / name


def _read_file(key: str, path: Path, check_mode: bool = True) -> str:
    """A secret from a file that, with ``check_mode``, only its owner may read."""
    try:
        with path.open(encoding="utf-8") as file:
            if check_mode and os.fstat(file.fileno()).st_mode & PRIVATE:
                raise ConfigError(f"{key}: {path} is readable by others; run chmod 600 on it")
            return file.read().strip("\r\n")
    except OSError as exc:
        raise ConfigError(f"{key}: cannot read {path}: {exc.strerror}") from exc
