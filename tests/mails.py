"""Build test messages: every test file makes its mail here."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

USER = "alex@example.org"
JANE = "Jane Doe <jane@acme.example>"


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
