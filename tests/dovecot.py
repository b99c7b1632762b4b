"""A throwaway Dovecot IMAP server on loopback, for the mailbox tests.

Everything lives in one ``tempfile.mkdtemp()`` directory made world-traversable:
Dovecot's login and mail processes run as other users and cannot enter pytest's
0700 ``tmp_path``. Each user gets a passwd-file of its own, so every test can
have a fresh, empty mailbox at once (Dovecot re-reads a changed passwd-file at
most once a second, but reads a new one straight away).
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from imapclient import IMAPClient

from inboxwatch.config import MailboxConfig
from tlscerts import ServerTls

HOST = "127.0.0.1"
SEARCH_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/usr/local/sbin"])

# Folder name -> SPECIAL-USE flag; every new user gets these folders.
STANDARD_FOLDERS = {
    "Drafts": r"\Drafts",
    "Sent": r"\Sent",
    "Trash": r"\Trash",
    "Junk": r"\Junk",
    "Archive": r"\Archive",
}

CONFIG = """\
protocols = imap
listen = {host}
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
{ssl}
disable_plaintext_auth = no
# A wrong password is answered at once instead of after the default 2 s.
auth_failure_delay = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
mail_uid = {mail_user}
mail_gid = {mail_group}
first_valid_uid = 1
mail_home = {dir}/mail/%u
mail_location = maildir:~/Maildir
mail_fsync = never
mail_max_userip_connections = 100
passdb {{
  driver = passwd-file
  args = {dir}/users/%u
}}
userdb {{
  driver = passwd-file
  args = {dir}/users/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {ssl_port}
  }}
  chroot =
}}
service anvil {{
  chroot =
  # No growing delay for an address after failed logins: tests try wrong passwords.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
namespace inbox {{
  inbox = yes
{folders}
}}
{settings}
"""

FOLDER = """\
  mailbox "{name}" {{
    special_use = {flag}
    auto = subscribe
  }}"""


@dataclass(frozen=True)
class ImapAccount:
    """A user on a test Dovecot, with its password also in a mode-600 file."""

    host: str
    port: int
    username: str
    password: str
    password_file: Path

    def client(self) -> IMAPClient:
        """A logged-in plain-text client for setting up and inspecting mail; call logout() after."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        try:
            client.login(self.username, self.password)
        except BaseException:
            client.shutdown()
            raise
        return client

    def config(self, **changes: Any) -> MailboxConfig:
        """A MailboxConfig for this account (plain IMAP on loopback), with any field replaced."""
        cfg = MailboxConfig(
            backend="imap",
            host=self.host,
            port=self.port,
            username=self.username,
            tls="none",
            password_command=None,
            password_file=self.password_file,
            password_env=None,
            path=None,
            timeout=10.0,
        )
        return replace(cfg, **changes)


def binary() -> str | None:
    """The dovecot executable, or None when Dovecot is not installed."""
    return shutil.which("dovecot", path=SEARCH_PATH)


def free_port() -> int:
    """A loopback port nobody listens on (at the moment of asking)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _can_bind(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


class Dovecot:
    """One Dovecot master in the foreground; ``stop()`` then ``start()`` reuses the port.

    With ``tls``, it offers STARTTLS on ``port`` and implicit TLS on ``ssl_port``; without, neither.
    ``settings`` are more lines of configuration.
    """

    def __init__(
        self,
        folders: Mapping[str, str] = STANDARD_FOLDERS,
        tls: ServerTls | None = None,
        settings: str = "",
    ) -> None:
        self.host = HOST
        self.port = free_port()
        self.tls = tls
        self.ssl_port = free_port() if tls else 0
        self.dir = Path(tempfile.mkdtemp(prefix="inboxwatch-dovecot-"))
        self.dir.chmod(0o755)
        self.config = self.dir / "dovecot.conf"
        self._users = self.dir / "users"
        self._process: subprocess.Popen[bytes] | None = None
        self._write_config(folders, settings)

    def _write_config(self, folders: Mapping[str, str], settings: str) -> None:
        if os.geteuid() == 0:
            # Dovecot refuses to run logins or mail access as root.
            login, internal, internal_group, mail_user, mail_group = (
                "dovenull",
                "dovecot",
                "dovecot",
                "nobody",
                "nogroup",
            )
        else:
            me, my_group = pwd.getpwuid(os.geteuid()).pw_name, grp.getgrgid(os.getegid()).gr_name
            login, internal, internal_group, mail_user, mail_group = me, me, my_group, me, my_group
        mail = self.dir / "mail"
        mail.mkdir()
        shutil.chown(mail, mail_user, mail_group)
        self._users.mkdir(mode=0o755)
        self._users.chmod(0o755)  # the auth process reads it as the internal user
        self.config.write_text(
            CONFIG.format(
                ssl=f"ssl = yes\nssl_cert = <{self.tls.cert_file}\nssl_key = <{self.tls.key_file}"
                if self.tls
                else "ssl = no",
                ssl_port=self.ssl_port,
                host=self.host,
                port=self.port,
                dir=self.dir,
                login_user=login,
                internal_user=internal,
                internal_group=internal_group,
                mail_user=mail_user,
                mail_group=mail_group,
                folders="\n".join(FOLDER.format(name=name, flag=flag) for name, flag in folders.items()),
                settings=settings,
            ),
            encoding="utf-8",
        )

    def start(self) -> None:
        """Run the master in the foreground and wait until the IMAP port answers."""
        executable = binary()
        if executable is None:
            raise RuntimeError("dovecot is not installed")
        with (self.dir / "stderr.log").open("ab") as stderr:
            self._process = subprocess.Popen(
                [executable, "-F", "-c", str(self.config)],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
            )
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection((self.host, self.port), timeout=1):
                    return
            except OSError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"dovecot did not start; see {self.dir}/dovecot.log") from None
                time.sleep(0.01)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        """SIGTERM every Dovecot process, so open sessions drop too; the mail stays for ``start()``."""
        if self._process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._process.pid, signal.SIGTERM)
        try:
            self._process.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            # The master sometimes lingers a second over its children; nothing is left to save.
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait(timeout=30)
        self._process = None
        # A login process may hold the listening socket a moment longer than the master.
        deadline = time.monotonic() + 10
        while not _can_bind(self.host, self.port):
            if time.monotonic() > deadline:
                raise RuntimeError(f"port {self.port} still busy after stopping dovecot")
            time.sleep(0.01)

    def close(self) -> None:
        """Stop and remove every trace."""
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def add_user(self, name: str) -> str:
        """Create a user with an empty mailbox; returns a fresh password.

        Dovecot lowercases login names, so ``name`` must be lowercase.
        """
        password = secrets.token_hex(12)
        entry = self._users / name
        entry.write_text(f"{name}:{{PLAIN}}{password}:::::\n", encoding="utf-8")
        entry.chmod(0o644)
        return password

    def account(self, secrets_dir: Path) -> ImapAccount:
        """A new user with an empty mailbox; its password file goes into ``secrets_dir``."""
        username = f"{uuid.uuid4().hex[:12]}@example.org"
        password = self.add_user(username)
        password_file = secrets_dir / f"{username}.password"
        password_file.touch(mode=0o600)
        password_file.write_text(password, encoding="utf-8")
        return ImapAccount(self.host, self.port, username, password, password_file)

    def mail_dir(self, user: str) -> Path:
        """The user's Maildir on disk (it exists after the first login)."""
        return self.dir / "mail" / user / "Maildir"

    def doveadm(self, *args: str) -> str:
        """Run a doveadm command against this instance; returns its output."""
        done = subprocess.run(
            ["doveadm", "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
            env={**os.environ, "PATH": SEARCH_PATH},
        )
        return done.stdout
