"""Fetch the mailbox password from a command, a file or the environment."""

from __future__ import annotations

import os
import shlex
import stat
import subprocess

from inboxwatch.config import MailboxConfig
from inboxwatch.errors import ConfigError


def read_password(cfg: MailboxConfig) -> str:
    """The mailbox password, never logged; one-line errors name the key."""
    if cfg.password_env:
        value = os.environ.get(cfg.password_env)
        if not value:
            raise ConfigError(f"mailbox.password_env: ${cfg.password_env} is not set")
        return value
    if cfg.password_file:
        try:
            mode = cfg.password_file.stat().st_mode
            if mode & (stat.S_IRWXG | stat.S_IRWXO):
                raise ConfigError(
                    f"mailbox.password_file: {cfg.password_file} is readable by others; run chmod 600 on it"
                )
            return cfg.password_file.read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise ConfigError(
                f"mailbox.password_file: cannot read {cfg.password_file}: {exc.strerror}"
            ) from exc
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
