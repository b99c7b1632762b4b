"""The systemd notify protocol, without dependencies: datagrams to ``$NOTIFY_SOCKET``.

Every call is silent when the variable is unset (not run by systemd, or
``Type=simple``), and a send that fails is logged at DEBUG and ignored: a
missing supervisor must never stop the daemon.
"""

from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger(__name__)


def notify(*fields: str) -> bool:
    """Send ``fields`` such as ``"READY=1"`` or ``"STATUS=..."``; True when a supervisor got them."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address or not fields:
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall("\n".join(fields).encode())
    except OSError as exc:
        log.debug("cannot notify systemd at %s: %s", address, exc)
        return False
    return True


def watchdog_seconds() -> float | None:
    """The watchdog timeout systemd set for this process (``WatchdogSec=``), or None."""
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec.isdigit() or int(usec) == 0 or (pid and pid != str(os.getpid())):
        return None
    return int(usec) / 1_000_000
