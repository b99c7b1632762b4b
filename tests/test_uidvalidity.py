"""A folder's UIDVALIDITY changes on a real Dovecot (as after a server migration or an index
rebuild): the next scan re-reads the window once, recognises known mail by Message-ID, adds
nothing twice, loses no new reply, and continues incrementally from the new baseline."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from imapclient.imapclient import DRAFTS, SENT
from sqlalchemy import create_engine, text

from dovecot import Dovecot, ImapAccount
from mails import JANE, Ran, add_acme, mail, thanks_to_jane

REJECTION = (
    "Dear Alex,\n\nThank you for your time. Unfortunately, we have decided to move forward "
    "with other candidates for this role.\n\nJane"
)


def interview_json(iw: Callable[..., Ran], interview_id: int) -> dict[str, Any]:
    return dict(json.loads(iw("interview", "show", str(interview_id), "--json").output))


def cursors(database_url: str) -> dict[str, str]:
    """The UIDVALIDITY of each folder read; the Drafts row holds that folder's version instead."""
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT folder, validity FROM sync_cursors WHERE folder IN ('inbox', 'sent')")
        ).all()
    engine.dispose()
    return {str(folder): str(validity) for folder, validity in rows}


def count_drafts(account: ImapAccount) -> int:
    client = account.client()
    try:
        client.select_folder(client.find_special_folder(DRAFTS), readonly=True)
        return len(client.search("ALL"))
    finally:
        client.logout()


def test_a_new_uidvalidity_re_reads_the_window_once_and_duplicates_nothing(
    iw: Callable[..., Ran], imap_account: ImapAccount, dovecot: Dovecot, database_url: str
) -> None:
    interview_id = add_acme(iw, "--contact", JANE, "--domain", "acme.example")
    client = imap_account.client()
    sent = client.find_special_folder(SENT)
    client.append(
        sent,
        thanks_to_jane(Message_ID="<thanks-1@example.org>"),
    )
    client.append(
        "INBOX",
        mail(
            "Scheduling",
            # From the company, not from Jane: a contact's note that reads as nothing would wait for review.
            sender="Acme Team <team@acme.example>",
            body="Dear Alex, thanks for coming in on Monday. Best, the Acme team",
            when=datetime(2026, 11, 17, 9, tzinfo=UTC),
            Message_ID="<note-1@acme.example>",
        ),
    )
    client.logout()
    first = iw("scan", "--now", "2026-11-23 09:00").output
    assert "2 new message(s)" in first
    assert "1 draft(s) written" in first
    before = interview_json(iw, interview_id)
    old = cursors(database_url)

    for folder in ("INBOX", sent):
        dovecot.doveadm("mailbox", "update", "-u", imap_account.username, "--uid-validity", "4711", folder)
    client = imap_account.client()
    client.append(
        "INBOX",
        mail(
            "Your application",
            body=REJECTION,
            when=datetime(2026, 11, 23, 10, tzinfo=UTC),
            Message_ID="<rejection-1@acme.example>",
        ),
    )
    client.logout()

    out = iw("scan", "--now", "2026-11-23 12:00").output
    assert "1 new message(s), 1 employer reply" in out  # the known two are recognised, not counted
    after = interview_json(iw, interview_id)
    assert after["status"] == "rejected"
    assert after["timeline"][: len(before["timeline"])] == before["timeline"]
    new = after["timeline"][len(before["timeline"]) :]
    # One reply event, for the new message: the known note was not read as a reply again.
    assert [e["summary"].split()[0] for e in new if e["kind"] == "reply"] == ["rejection"]
    assert [d["kind"] for d in after["drafts"]].count("follow_up_1") == 1
    assert count_drafts(imap_account) == len(after["drafts"])
    assert cursors(database_url) == dict.fromkeys(old, "4711")
    assert old != cursors(database_url)
    # From the new baseline on, scans are incremental again.
    assert "0 new message(s)" in iw("scan", "--now", "2026-11-23 13:00").output
