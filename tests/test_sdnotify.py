"""The systemd notify protocol, received on a real AF_UNIX datagram socket."""

from __future__ import annotations

import os
import socket
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from daemons import running, stop
from inboxwatch import sdnotify
from inboxwatch.demo import build_demo


class Supervisor:
    """Plays systemd: a datagram socket that collects what the daemon sends."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.messages: list[str] = []

    def receive(self, until: str, seconds: float) -> bool:
        """Collect messages until one holds the field ``until``."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                message = self.sock.recv(4096).decode()
            except TimeoutError:
                return False
            self.messages.append(message)
            if until in message.split("\n"):
                return True
        return False

    def fields(self) -> list[str]:
        return [field for message in self.messages for field in message.split("\n")]


@pytest.fixture
def supervisor() -> Iterator[Supervisor]:
    # AF_UNIX paths are short (108 bytes): pytest's tmp_path can be too long.
    with tempfile.TemporaryDirectory(prefix="iw-") as directory:
        server = Supervisor(os.path.join(directory, "notify"))
        try:
            yield server
        finally:
            server.sock.close()


def test_notify_sends_one_datagram(supervisor: Supervisor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", supervisor.path)
    assert sdnotify.notify("READY=1", "STATUS=watching")
    assert supervisor.receive("READY=1", 1)
    assert supervisor.messages == ["READY=1\nSTATUS=watching"]


def test_notify_reaches_an_abstract_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"inboxwatch-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert sdnotify.notify("WATCHDOG=1")
        assert sock.recv(100) == b"WATCHDOG=1"


def test_notify_is_silent_without_a_supervisor(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert not sdnotify.notify("READY=1")
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "nobody-listens"))
    assert not sdnotify.notify("READY=1")


@pytest.mark.parametrize(
    ("usec", "pid", "expected"),
    [("30000000", None, 30.0), ("0", None, None), ("", None, None), ("5000000", "1", None)],
)
def test_the_watchdog_timeout_comes_from_systemd(
    monkeypatch: pytest.MonkeyPatch, usec: str, pid: str | None, expected: float | None
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", usec)
    if pid is None:
        monkeypatch.delenv("WATCHDOG_PID", raising=False)
    else:
        monkeypatch.setenv("WATCHDOG_PID", pid)
    assert sdnotify.watchdog_seconds() == expected


@pytest.mark.slow
def test_the_daemon_speaks_the_protocol(supervisor: Supervisor, tmp_path: Path) -> None:
    config = build_demo(tmp_path, datetime.now(UTC))
    with running(config, tmp_path / "state", NOTIFY_SOCKET=supervisor.path, WATCHDOG_USEC="1500000") as proc:
        assert supervisor.receive("READY=1", 30), supervisor.messages
        assert supervisor.receive("WATCHDOG=1", 5), supervisor.messages
        assert supervisor.receive("WATCHDOG=1", 5), supervisor.messages
        err = stop(proc)
    assert proc.returncode == 0, err
    assert supervisor.receive("STOPPING=1", 5), supervisor.messages
    fields = supervisor.fields()
    assert fields.index("READY=1") < fields.index("STOPPING=1")
    assert fields.count("READY=1") == 1
    assert any(f.startswith("STATUS=last scan ") and f.endswith(": ok") for f in fields), fields
