"""Run `inboxwatch run` as a real process, with its lock file in a state directory of the test's own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


class Daemon(subprocess.Popen[str]):
    """`inboxwatch run` as a process, logging to a file: a chatty daemon never blocks on a full pipe."""

    def __init__(self, config: Path, state: Path, env: dict[str, str], options: tuple[str, ...] = ()) -> None:
        self.log = tempfile.TemporaryFile("w+")  # noqa: SIM115 - closed by running()
        super().__init__(
            [sys.executable, "-m", "inboxwatch", "--config", str(config), *options, "run"],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "STATE_DIRECTORY": str(state), **env},
        )

    def output(self) -> str:
        """Everything it logged so far."""
        self.log.seek(0)
        return self.log.read()


@contextmanager
def running(config: Path, state: Path, options: tuple[str, ...] = (), **env: str) -> Iterator[Daemon]:
    """The daemon on ``config``; ``options`` go before `run` (such as -vv), ``env`` adds variables
    such as NOTIFY_SOCKET. Killed if still alive after."""
    proc = Daemon(config, state, env, options)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.log.close()


def stop(proc: Daemon, signum: int = signal.SIGTERM) -> str:
    """Signal the daemon once its handlers are in place, wait for it to exit, and return what it logged."""
    wait_for(lambda: proc.poll() is not None or "inboxwatch running" in proc.output(), 60)
    proc.send_signal(signum)
    proc.wait(timeout=30)
    return proc.output()


def wait_for(condition: Callable[[], object], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False
