"""A scan with no new mail costs the same few SQL statements, however many interviews and replies,
and one IMAP command on Dovecot, however many drafts wait."""

from __future__ import annotations

import imaplib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from imapclient.imapclient import DRAFTS
from sqlalchemy import event

from dovecot import ImapAccount
from inboxwatch.config import load_config
from inboxwatch.mailbox import open_mailbox
from inboxwatch.secrets import read_password
from inboxwatch.service import run_scan
from inboxwatch.store import open_store
from mails import USER, mail

Run = Callable[..., Any]  # the `iw` fixture
QUIET = datetime(2026, 11, 23, 12, tzinfo=UTC)


def quiet_scan(config: Path, now: datetime = QUIET) -> tuple[str, list[str]]:
    """One scan on an open connection, as the daemon runs it: its summary and the SQL it sent."""
    cfg = load_config(config)
    store = open_store(cfg.database_url)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    with open_mailbox(cfg.mailbox, lambda: read_password(cfg.mailbox)) as box:
        report = run_scan(cfg, store, box, now)
    store.close()
    return report.lines()[0], statements


_COMMAND = re.compile(rb"[A-Z]+\d+ ([A-Z]+)")  # imaplib's tag, then the command's name


@contextmanager
def imap_commands() -> Iterator[list[str]]:
    """The names of the IMAP commands this process sends in the block, as they go on the wire."""
    sent: list[str] = []
    send = imaplib.IMAP4.send

    def recording(imap: imaplib.IMAP4, data: bytes) -> None:
        if command := _COMMAND.match(data):  # not a literal's bytes
            sent.append(command.group(1).decode())
        send(imap, data)

    imaplib.IMAP4.send = recording  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        imaplib.IMAP4.send = send  # type: ignore[method-assign]


def log_and_thank(iw: Run, account: ImapAccount, company: str) -> None:
    """A Monday interview the user thanked the recruiter for, with no answer since."""
    domain = f"{company.lower()}.example"
    recruiter = f"Pat Recruiter <pat@{domain}>"
    iw(
        *("interview", "add", "--company", company, "--role", "Engineer", "--at", "2026-11-16 10:00"),
        *("--contact", recruiter, "--domain", domain),
    )
    thanks = mail(
        "Thank you for today",
        sender=f"Alex Candidate <{USER}>",
        to=recruiter,
        when=datetime(2026, 11, 16, 15, tzinfo=UTC),
        Message_ID=f"<thanks@{domain}>",
    )
    client = account.client()
    client.append("Sent", thanks)
    client.logout()


def test_a_scan_with_no_new_mail_sends_the_same_sql_for_one_interview_or_many(
    iw: Run, imap_config: Path, imap_account: ImapAccount
) -> None:
    # A week of silence: each interview gets a follow-up draft, which later scans keep following.
    log_and_thank(iw, imap_account, "Acme")
    assert "1 draft(s) written" in iw("scan", "--now", "2026-11-23 09:00").output
    summary, one = quiet_scan(imap_config)
    assert summary.startswith("0 new message(s)")

    for company in ("Globex", "Initech", "Umbrella", "Hooli"):
        log_and_thank(iw, imap_account, company)
    assert "4 draft(s) written" in iw("scan", "--now", "2026-11-23 09:00").output
    summary, five = quiet_scan(imap_config)
    assert summary.startswith("0 new message(s)")
    assert len(five) == len(one), "\n".join(five)


def test_a_scan_with_no_new_mail_sends_one_imap_command_while_a_draft_waits(
    iw: Run, imap_config: Path, imap_account: ImapAccount
) -> None:
    log_and_thank(iw, imap_account, "Acme")
    assert "1 draft(s) written" in iw("scan", "--now", "2026-11-23 09:00").output
    # Drafts changed since the draft was last looked for (it was written): it is looked for once.
    with imap_commands() as sent:
        assert quiet_scan(imap_config)[0].startswith("0 new message(s)")
    assert "EXAMINE" in sent
    # Drafts unchanged: LIST-STATUS alone tells that nothing is new in Sent, INBOX or Drafts.
    with imap_commands() as sent:
        assert quiet_scan(imap_config)[0].startswith("0 new message(s)")
    assert sent == ["CAPABILITY", "LOGIN", "LIST", "LOGOUT"]  # connecting, the scan's one command, leaving

    # The user deletes the draft: the next scan looks, and an hour later it is dismissed.
    client = imap_account.client()
    client.select_folder(client.find_special_folder(DRAFTS))
    client.delete_messages(client.search("ALL"))
    client.expunge()
    client.logout()
    with imap_commands() as sent:
        quiet_scan(imap_config, QUIET)
    assert "EXAMINE" in sent
    with imap_commands() as sent:
        quiet_scan(imap_config, QUIET + timedelta(hours=1))
    assert sent == ["CAPABILITY", "LOGIN", "LIST", "LOGOUT"]  # connecting, the scan's one command, leaving
    [draft] = json.loads(iw("interview", "show", "1", "--json").output)["drafts"]
    assert draft["state"] == "dismissed"
