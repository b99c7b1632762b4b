"""Shared by the end-to-end tests: build messages, run the CLI, log the interview they belong to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlalchemy import create_engine, text

from inboxwatch.cli import cli
from inboxwatch.core.model import Address, Headers, ParsedMessage

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


def thanks_to_jane(**headers: str) -> bytes:
    """The user's thank-you to Jane after Monday's Acme interview, as their Sent folder keeps it."""
    return mail(
        "Thank you for today",
        sender=f"Alex Candidate <{USER}>",
        to=JANE,
        body="Dear Jane, thank you.",
        when=datetime(2026, 11, 16, 15, tzinfo=UTC),
        **headers,
    )


def add_acme(iw: Callable[..., Any], *extra: str) -> int:
    """Log Acme's interview through an `iw` fixture; ``extra`` adds options such as --contact."""
    return int(iw(*ADD_ACME, *extra).output)


@dataclass(frozen=True)
class Ran:
    """What a command printed (stdout and stderr) and its exit status."""

    exit_code: int
    output: str


def in_process(config: Path) -> Callable[..., Ran]:
    """Run inboxwatch commands with ``config`` in this process, checking the exit status."""

    def run(*args: str, expect: int = 0) -> Ran:
        result = CliRunner().invoke(cli, ["--config", str(config), *args])
        assert result.exit_code == expect, result.output
        return Ran(result.exit_code, result.output)

    return run


def forget_written_drafts(database_url: str) -> None:
    """As if the process died after writing its drafts, before it recorded them as written."""
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("update drafts set state = 'pending'"))
    engine.dispose()


def jane_says(subject: str, text: str, *, markers: tuple[str, ...] = ()) -> ParsedMessage:
    """A parsed message from Acme's recruiter to the user, for the classifier."""
    return ParsedMessage(jane_headers(subject, markers=markers), text)


def jane_headers(subject: str = "", *, markers: tuple[str, ...] = ()) -> Headers:
    return Headers(
        message_id="<m1@acme.com>",
        in_reply_to=(),
        references=(),
        sender=Address("Jane Recruiter", "jane@acme.com"),
        to=(Address("", "sam@example.org"),),
        cc=(),
        subject=subject,
        date=None,
        auto_submitted=bool(markers),
        auto_markers=markers,
    )
