"""Build test messages and log the interview they belong to: shared by the end-to-end tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Any

USER = "alex@example.org"
JANE = "Jane Doe <jane@acme.example>"
# Acme's Monday-morning interview that most end-to-end stories start from.
ADD_ACME = ("interview", "add", "--company", "Acme", "--role", "Backend Engineer", "--at", "2026-11-16 10:00")


def mail(
    subject: str,
    *,
    sender: str = JANE,
    to: str = USER,
    body: str = "Hello.",
    when: datetime | None = None,
    linesep: str = "\r\n",
    **headers: str,
) -> bytes:
    """A message, with CRLF line ends as IMAP stores and counts it; ``Message_ID=`` sets Message-ID."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    if when is not None:
        msg["Date"] = format_datetime(when)
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes(policy=SMTP.clone(linesep=linesep))


def add_acme(iw: Callable[..., Any], *extra: str) -> int:
    """Log Acme's interview through an `iw` fixture; ``extra`` adds options such as --contact."""
    return int(iw(*ADD_ACME, *extra).output)
