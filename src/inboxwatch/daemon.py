"""`inboxwatch run`: scan on a schedule until SIGTERM or SIGINT."""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from datetime import datetime
from types import FrameType

from apscheduler.schedulers.blocking import BlockingScheduler

from inboxwatch.config import Config
from inboxwatch.errors import InboxwatchError

log = logging.getLogger(__name__)


class Daemon:
    """Runs ``scan`` every ``scan_interval_minutes``; one failing scan never stops it."""

    def __init__(self, cfg: Config, scan: Callable[[], None]) -> None:
        self.cfg = cfg
        self.scan = scan
        self.scheduler = BlockingScheduler(timezone=cfg.user.timezone)
        self._last_problem: str | None = None

    def _scan_job(self) -> None:
        try:
            self.scan()
        except Exception as exc:
            # Log a problem once while it lasts, not at every interval.
            problem = f"{type(exc).__name__}: {exc}"
            if problem != self._last_problem:
                if isinstance(exc, InboxwatchError):
                    log.error("scan failed: %s", exc)
                else:
                    log.exception("scan failed unexpectedly; will try again at the next interval")
            self._last_problem = problem
        else:
            if self._last_problem is not None:
                log.info("scan works again")
            self._last_problem = None

    def _stop(self, signum: int, _frame: FrameType | None) -> None:
        log.info("received %s; finishing the current scan and stopping", signal.Signals(signum).name)
        # wait=True lets a running scan finish its transaction before we exit.
        self.scheduler.shutdown(wait=True)

    def run(self) -> None:
        self.scheduler.add_job(
            self._scan_job,
            "interval",
            minutes=self.cfg.daemon.scan_interval_minutes,
            next_run_time=datetime.now(self.cfg.user.timezone),
            coalesce=True,
            max_instances=1,
            misfire_grace_time=60,
            id="scan",
        )
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._stop)
        log.info("inboxwatch running; scanning every %s minute(s)", self.cfg.daemon.scan_interval_minutes)
        self.scheduler.start()
        log.info("inboxwatch stopped")
