"""A scan with no new mail costs the same few SQL statements, however many interviews and replies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

from dovecot import ImapAccount
from inboxwatch.config import load_config
from inboxwatch.mailbox import open_mailbox
from inboxwatch.secrets import read_password
from inboxwatch.service import run_scan
from inboxwatch.store import open_store
from mails import USER, mail

Run = Callable[..., Any]  # the `iw` fixture
QUIET = datetime(2026, 11, 18, 12, tzinfo=UTC)


def quiet_scan(config: Path) -> tuple[str, list[str]]:
    """One scan on an open connection, as the daemon runs it: its summary and the SQL it sent."""
    cfg = load_config(config)
    store = open_store(cfg.database_url)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    with open_mailbox(cfg.mailbox, lambda: read_password(cfg.mailbox)) as box:
        report = run_scan(cfg, store, box, QUIET)
    store.close()
    return report.lines()[0], statements


def log_and_hear_from(iw: Run, account: ImapAccount, company: str) -> None:
    """An interview the user thanked the recruiter for, and the recruiter's acknowledgement."""
    domain = f"{company.lower()}.example"
    recruiter = f"Pat Recruiter <pat@{domain}>"
    iw(
        *("interview", "add", "--company", company, "--role", "Engineer", "--at", "2026-11-16 10:00"),
        *("--contact", recruiter, "--domain", domain),
    )
    client = account.client()
    sent = mail(
        "Thank you for today",
        sender=f"Alex Candidate <{USER}>",
        to=recruiter,
        when=datetime(2026, 11, 16, 15, tzinfo=UTC),
        Message_ID=f"<thanks@{domain}>",
    )
    client.append("Sent", sent)
    reply = mail(
        "Re: Thank you for today",
        sender=recruiter,
        body="Thanks Alex, we will get back to you next week.",
        when=datetime(2026, 11, 17, 9, tzinfo=UTC),
        In_Reply_To=f"<thanks@{domain}>",
    )
    client.append("INBOX", reply)
    client.logout()


def test_a_scan_with_no_new_mail_sends_the_same_sql_for_one_interview_or_many(
    iw: Run, imap_config: Path, imap_account: ImapAccount
) -> None:
    log_and_hear_from(iw, imap_account, "Acme")
    assert "1 employer reply" in iw("scan", "--now", "2026-11-17 12:00").output
    summary, one = quiet_scan(imap_config)
    assert summary.startswith("0 new message(s)")

    for company in ("Globex", "Initech", "Umbrella", "Hooli"):
        log_and_hear_from(iw, imap_account, company)
    assert "4 employer replies" in iw("scan", "--now", "2026-11-17 12:00").output
    summary, five = quiet_scan(imap_config)
    assert summary.startswith("0 new message(s)")
    assert len(five) == len(one), "\n".join(five)
