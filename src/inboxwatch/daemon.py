"""`inboxwatch run`: watch the INBOX and scan on a schedule until SIGTERM or SIGINT.

Threads: the main thread handles signals, reloads and the systemd watchdog; an
IMAP mailbox gets a watcher thread (IDLE, see ``watch.py``); APScheduler runs
the periodic reconciliation scan, which also writes the drafts that fall due.
One lock keeps scans from overlapping.
"""

from __future__ import annotations

import logging
import select
import signal
import socket
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from datetime import datetime
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler

from inboxwatch import sdnotify
from inboxwatch.config import Config
from inboxwatch.errors import AuthError, InboxwatchError
from inboxwatch.lock import DaemonLock
from inboxwatch.mailbox.imap import ImapMailbox
from inboxwatch.secrets import read_password
from inboxwatch.watch import AUTH_RETRY_SECONDS, Watcher

log = logging.getLogger(__name__)

TICK = 1.0  # the main thread's longest sleep between checks


class Daemon:
    """Runs ``scan`` on new mail and every ``scan_interval_minutes``; one failure never stops it."""

    def __init__(
        self,
        cfg: Config,
        scan: Callable[[Config], None],
        reload: Callable[[], Config],
        lock: DaemonLock,
    ) -> None:
        self.cfg = cfg
        self.scan = scan
        self.reload = reload
        self.lock = lock  # held; its record tells `inboxwatch status` how the scans go
        self.scheduler = BackgroundScheduler(timezone=cfg.user.timezone)
        self.watcher: Watcher | None = None
        self._scan_lock = threading.Lock()
        self._report_lock = threading.Lock()  # the watcher and the schedule both report
        self._scan_started: float | None = None
        self._problem: str | None = None
        self._auth_refused_at: float | None = None
        self._ready = False
        self._stop_signal: int | None = None
        self._reload_requested = False

    # --- scans and their outcomes ----------------------------------------------

    def _scan(self) -> None:
        """One scan, never two at once; raises what the scan raised."""
        with self._scan_lock:
            self._scan_started = time.monotonic()
            try:
                self.scan(self.cfg)
            finally:
                self._scan_started = None

    def _report(self, exc: Exception | None) -> None:
        """Log a problem once while it lasts, and tell systemd and `status` how things stand."""
        with self._report_lock:
            self._report_locked(exc)

    def _report_locked(self, exc: Exception | None) -> None:
        if exc is None:
            self.lock.scanned(None)
            if self._problem is not None:
                log.info("works again")
            self._problem = self._auth_refused_at = None
            fields = [] if self._ready else ["READY=1"]
            self._ready = True
            sdnotify.notify(*fields, f"STATUS=last scan {datetime.now(self.cfg.user.timezone):%H:%M:%S}: ok")
            return
        problem = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, AuthError):
            self._auth_refused_at = time.monotonic()
            status = f"{exc}; fix the credentials, then reload (systemctl reload, or SIGHUP)"
        else:
            status = str(exc)
        if problem != self._problem:
            if isinstance(exc, AuthError):
                log.error("%s", status)
            elif isinstance(exc, InboxwatchError):
                log.error("scan failed: %s", exc)
            else:
                log.error("scan failed unexpectedly; will try again", exc_info=exc)
        self._problem = problem
        self.lock.scanned(status)
        sdnotify.notify(f"STATUS=error: {status}")

    def _scheduled_scan(self) -> None:
        refused = self._auth_refused_at
        if refused is not None and time.monotonic() - refused < AUTH_RETRY_SECONDS:
            return  # a refused login waits for a reload, not for the next interval
        try:
            self._scan()
        except Exception as exc:  # reported; the schedule goes on
            self._report(exc)
        else:
            self._report(None)

    # --- the watcher --------------------------------------------------------------

    def _connect(self) -> ImapMailbox:
        cfg = self.cfg.mailbox
        return ImapMailbox(cfg, read_password(cfg))

    def _start_watcher(self) -> None:
        if self.cfg.mailbox.backend != "imap":
            return
        self.watcher = Watcher(self.cfg, self._connect, self._scan, self._report)
        self.watcher.start()

    def _stop_watcher(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.join()
            self.watcher = None

    def _healthy(self) -> bool:
        """Whether every loop went round lately: a hung scan or IDLE stops the watchdog pings."""
        limit = sdnotify.watchdog_seconds() or 0.0
        now = time.monotonic()
        started = self._scan_started
        if started is not None:  # the watcher may be waiting for this scan
            return now - started <= limit
        return self.watcher is None or now - self.watcher.beat <= limit

    # --- signals and reloads --------------------------------------------------------

    # The handlers only set flags: taking a lock in a handler (as Event.set does) deadlocks
    # when the signal lands while the main thread holds that lock. The wakeup fd wakes the loop.
    def _on_stop(self, signum: int, _frame: FrameType | None) -> None:
        self._stop_signal = signum

    def _on_hup(self, _signum: int, _frame: FrameType | None) -> None:
        self._reload_requested = True

    def _apply_reload(self) -> None:
        try:
            new = self.reload()
        except InboxwatchError as exc:
            log.error("config reload failed, keeping the running config: %s", exc)
            return
        if new.database_url != self.cfg.database_url:
            log.warning("database.url changed: restart inboxwatch to use the new database")
            new = replace(new, database_url=self.cfg.database_url)
        self._stop_watcher()
        self.cfg = new
        self._problem = self._auth_refused_at = None
        self.scheduler.reschedule_job("scan", trigger="interval", minutes=new.daemon.scan_interval_minutes)
        if new.mailbox.backend == "imap":
            self._start_watcher()
        else:
            self.scheduler.modify_job("scan", next_run_time=datetime.now(new.user.timezone))
        log.info("config reloaded from %s", new.path)

    # --- the main loop -------------------------------------------------------------------

    def run(self) -> None:
        watching = self.cfg.mailbox.backend == "imap"
        interval = self.cfg.daemon.scan_interval_minutes
        # With a watcher, its catch-up scan comes first; else the schedule starts at once.
        first = {} if watching else {"next_run_time": datetime.now(self.cfg.user.timezone)}
        self.scheduler.add_job(
            self._scheduled_scan,
            "interval",
            minutes=interval,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=60,
            id="scan",
            **first,
        )
        wake, wakeup = socket.socketpair()
        with wake, wakeup:
            for end in (wake, wakeup):
                end.setblocking(False)
            signal.set_wakeup_fd(wakeup.fileno(), warn_on_full_buffer=False)
            try:
                self._serve(wake)
            finally:
                signal.set_wakeup_fd(-1)

    def _serve(self, wake: socket.socket) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._on_stop)
        signal.signal(signal.SIGHUP, self._on_hup)
        self.scheduler.start()
        self._start_watcher()
        log.info("inboxwatch running; reconciling every %s minute(s)", self.cfg.daemon.scan_interval_minutes)
        watchdog = sdnotify.watchdog_seconds()
        pinged = 0.0
        while self._stop_signal is None:
            if select.select([wake], [], [], TICK)[0]:
                with suppress(BlockingIOError):
                    wake.recv(4096)
            if self._reload_requested:
                self._reload_requested = False
                self._apply_reload()
            if watchdog and time.monotonic() - pinged >= watchdog / 3 and self._healthy():
                sdnotify.notify("WATCHDOG=1")
                pinged = time.monotonic()
        log.info(
            "received %s; finishing the current scan and stopping", signal.Signals(self._stop_signal).name
        )
        sdnotify.notify("STOPPING=1")
        self._stop_watcher()
        self.scheduler.shutdown(wait=True)  # a running scan finishes its transaction
        log.info("inboxwatch stopped")
