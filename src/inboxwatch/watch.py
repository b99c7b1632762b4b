"""The INBOX watcher: a thread that waits for new mail with IMAP IDLE and asks for a scan.

Per connection: log in, EXAMINE the INBOX and enter IDLE, then run a catch-up
scan, so mail that came while disconnected is read and mail that comes later is
announced as EXISTS. IDLE is renewed before ``idle_renew_seconds``; a burst of
arrivals is debounced into one scan. Without IDLE on the server (or with
``daemon.idle = false``) the thread polls every ``poll_seconds`` instead.

Errors reconnect with exponential backoff and jitter, up to a cap. A refused
login is not retried soon: the daemon's reload (SIGHUP) starts a new watcher.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable

from inboxwatch.config import Config
from inboxwatch.errors import AuthError
from inboxwatch.mailbox.imap import ImapMailbox

log = logging.getLogger(__name__)

SLICE = 1.0  # longest single wait: how soon the thread notices a stop and beats its heart
BURST_SECONDS = 10.0  # a burst of arrivals delays its scan by at most this much
AUTH_RETRY_SECONDS = 3600.0  # after a refused login, try again this late unless reloaded


class Backoff:
    """Delays that double from ``first`` up to ``cap``, each a random point in its upper half."""

    def __init__(self, cap: float, first: float = 1.0) -> None:
        self.cap = cap
        self.first = first
        self.failures = 0

    def next(self) -> float:
        ceiling = min(self.cap, self.first * 2.0**self.failures)
        self.failures += 1
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not cryptography

    def reset(self) -> None:
        self.failures = 0


class Watcher(threading.Thread):
    """Calls ``scan`` after each connect and when new mail arrives; ``report`` gets each outcome."""

    def __init__(
        self,
        cfg: Config,
        connect: Callable[[], ImapMailbox],
        scan: Callable[[], None],
        report: Callable[[Exception | None], None],
    ) -> None:
        super().__init__(name="inbox-watcher", daemon=True)
        self.cfg = cfg.daemon
        self.connect = connect
        self.scan = scan
        self.report = report
        self.beat = time.monotonic()  # when the loop last went round; the daemon's watchdog reads it
        self._stop_event = threading.Event()
        self._backoff = Backoff(self.cfg.retry_max_seconds)

    def stop(self) -> None:
        """Ask the thread to end; a scan under way finishes first."""
        self._stop_event.set()

    @property
    def stopping(self) -> bool:
        return self._stop_event.is_set()

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.stopping and (left := deadline - time.monotonic()) > 0:
            self.beat = time.monotonic()
            self._stop_event.wait(min(left, SLICE))

    def run(self) -> None:
        while not self.stopping:
            try:
                self._session()
            except AuthError as exc:
                self.report(exc)
                self._sleep(AUTH_RETRY_SECONDS)
            except Exception as exc:  # any failure: report it, back off, reconnect
                self.report(exc)
                delay = self._backoff.next()
                log.debug("reconnecting in %.1f s", delay)
                self._sleep(delay)

    def _catch_up(self) -> None:
        self.scan()
        self.report(None)
        self._backoff.reset()

    def _session(self) -> None:
        with self.connect() as box:
            if self.cfg.idle and box.can_idle():
                box.idle_start()
                self._catch_up()  # after IDLE began: anything newer is announced
                self._idle(box)
                return
        log.info("the server has no IDLE or daemon.idle is off: polling every %g s", self.cfg.poll_seconds)
        self._catch_up()
        while not self.stopping:
            self._sleep(self.cfg.poll_seconds)
            if not self.stopping:
                self._catch_up()

    def _idle(self, box: ImapMailbox) -> None:
        """In IDLE on entry; returns out of IDLE when stopping."""
        while True:
            changed = False
            renew_at = time.monotonic() + self.cfg.idle_renew_seconds
            while not changed and not self.stopping and (left := renew_at - time.monotonic()) > 0:
                self.beat = time.monotonic()
                changed = box.idle_wait(min(left, SLICE))
            if changed:
                burst_end = time.monotonic() + BURST_SECONDS
                while time.monotonic() < burst_end and box.idle_wait(self.cfg.debounce_seconds):
                    self.beat = time.monotonic()
            changed = box.idle_end() or changed
            if self.stopping:
                return
            if changed:
                log.debug("new mail in the INBOX")
                self._catch_up()
            box.idle_start()
