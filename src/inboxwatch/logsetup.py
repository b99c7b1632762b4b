"""Configure logging for the command line; library modules only get loggers."""

from __future__ import annotations

import logging
import os
import sys


def setup_logging(level: int) -> None:
    # journald stamps each line itself.
    fmt = "%(levelname)s %(name)s: %(message)s"
    if "JOURNAL_STREAM" not in os.environ:
        fmt = "%(asctime)s " + fmt
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(fmt))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Library chatter stays out even at -vv: imapclient's DEBUG lines quote raw server
    # responses, message bodies included (tests/test_privacy.py fails if it is let through).
    for noisy in ("imapclient", "apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
