"""The daemon's mailbox connection, kept open from one scan to the next.

A scan on a kept connection skips the connect, the TLS handshake and the
LOGIN, and the folder listing it already holds. A server may drop a
connection that waited between scans (Dovecot logs out an idle client after
30 minutes): a scan that fails with a network error on a kept connection runs
once more on a new one, which is safe because a scan is idempotent. Any other
failure, or a changed mailbox config, closes the connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from inboxwatch.config import MailboxConfig
from inboxwatch.errors import TransientError
from inboxwatch.mailbox.base import Mailbox

log = logging.getLogger(__name__)
T = TypeVar("T")


class KeptMailbox:
    """A connection opened on first use and kept until it fails, its config changes or ``close``."""

    def __init__(self, connect: Callable[[MailboxConfig], Mailbox]) -> None:
        self._connect = connect  # a mailbox for the config, not connected yet
        self._open: tuple[MailboxConfig, Mailbox] | None = None

    def use(self, cfg: MailboxConfig, work: Callable[[Mailbox], T]) -> T:
        """``work`` done on the connection for ``cfg``; once more on a new one if a kept one broke."""
        while True:
            kept = self._open is not None and self._open[0] == cfg
            try:
                return work(self._box(cfg))
            except TransientError:
                self.close()
                if not kept:
                    raise
                # Servers close idle connections: nothing to warn about, and the error would repeat
                # what the watcher's connection reports.
                log.info("the mailbox connection kept since the last scan is gone; connecting again")
            except BaseException:
                self.close()  # its state is unknown
                raise

    def close(self) -> None:
        """Log out, if connected."""
        if self._open is not None:
            box, self._open = self._open[1], None
            box.__exit__(None, None, None)

    def _box(self, cfg: MailboxConfig) -> Mailbox:
        if self._open is not None and self._open[0] == cfg:
            return self._open[1]
        self.close()
        box = self._connect(cfg).__enter__()
        self._open = (cfg, box)
        return box
