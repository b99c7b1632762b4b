"""One daemon per database: an flock on a file in the state directory, named after the database.

The kernel drops the lock when the process dies, even by SIGKILL, so a stale
file never blocks a restart. The file holds the owner's pid and start time for
``inboxwatch status``.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

import platformdirs

from inboxwatch.errors import InboxwatchError


class AlreadyRunning(InboxwatchError):
    """Another daemon holds the database."""


@dataclass(frozen=True)
class Owner:
    """The daemon holding the lock, and how its scans went."""

    pid: int
    since: datetime
    last_ok: datetime | None = None
    last_error: str | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat()


def state_dir() -> Path:
    """systemd's ``$STATE_DIRECTORY`` when set, else the user's state directory."""
    given = os.environ.get("STATE_DIRECTORY", "").split(":")[0]
    return Path(given) if given else Path(platformdirs.user_state_dir("inboxwatch"))


def lock_path(database_url: str) -> Path:
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return state_dir() / f"daemon-{digest}.lock"


class DaemonLock:
    """Held for the daemon's lifetime; a second holder of the same database gets AlreadyRunning."""

    def __init__(self, database_url: str) -> None:
        self.path = lock_path(database_url)
        self._fd: int | None = None

    def __enter__(self) -> Self:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            owner = read_owner(self.path)
            who = f" (pid {owner.pid})" if owner else ""
            raise AlreadyRunning(
                f"another inboxwatch daemon{who} is already running on this database; lock file {self.path}"
            ) from None
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        self._record: dict[str, str | int | None] = {"pid": os.getpid(), "since": _now()}
        self._write()
        return self

    def _write(self) -> None:
        """Overwrite in place, padded with blanks: a reader never sees the file empty."""
        if self._fd is not None:
            data = json.dumps(self._record).encode()
            os.pwrite(self._fd, data.ljust(os.fstat(self._fd).st_size), 0)

    def scanned(self, error: str | None) -> None:
        """Record the outcome of a scan: the time of the last good one, or the error of a bad one."""
        if error is None:
            self._record["last_ok"] = _now()
        self._record["last_error"] = error
        self._write()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing releases the flock
            self._fd = None


def read_owner(path: Path) -> Owner | None:
    """Who holds the lock at ``path``, or None when no daemon does."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            pass  # held: a daemon runs
        else:
            return None
        data = json.loads(os.read(fd, 65536) or b"{}")
        last_ok = data.get("last_ok")
        return Owner(
            pid=int(data["pid"]),
            since=datetime.fromisoformat(data["since"]),
            last_ok=datetime.fromisoformat(last_ok) if last_ok else None,
            last_error=data.get("last_error"),
        )
    except (ValueError, KeyError, TypeError):
        return None  # the owner is still writing its record
    finally:
        os.close(fd)
