"""End to end through the CLI against a real Dovecot: what a user of `inboxwatch scan` sees."""

from __future__ import annotations

import imaplib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from imapclient.imapclient import DRAFTS, SENT

from inboxwatch.service import Scan
from mails import JANE, USER, add_acme, forget_written_drafts, mail, thanks_to_jane

ACME_CONTACT = ("--contact", JANE, "--domain", "acme.example")

Run = Callable[..., Any]  # the `iw` fixture


def interview_json(iw: Run, interview_id: int) -> dict:
    return json.loads(iw("interview", "show", str(interview_id), "--json").output)


def folder_messages(client, role: bytes) -> dict:
    folder = client.find_special_folder(role)
    client.select_folder(folder, readonly=True)
    uids = client.search("ALL")
    return client.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}


def test_a_reply_sets_the_status_and_nothing_is_marked_read(iw: Run, imap_account) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    client = imap_account.client()
    client.append(
        "INBOX",
        mail(
            "Your application",
            body="Dear Alex,\n\nThank you for your time. Unfortunately, we have decided to move forward "
            "with other candidates for this role.\n\nJane",
            when=datetime(2026, 11, 18, 9, tzinfo=UTC),
        ),
    )
    client.append(
        "INBOX", mail("New jobs", sender="news@jobs.example", when=datetime(2026, 11, 18, tzinfo=UTC))
    )
    out = iw("scan", "--now", "2026-11-18 12:00").output
    assert "2 new message(s), 1 employer reply" in out
    data = interview_json(iw, interview_id)
    assert data["status"] == "rejected"
    assert data["last_reply_kind"] == "rejection"
    assert any(e["kind"] == "reply" for e in data["timeline"])
    client.select_folder("INBOX", readonly=True)
    flags = client.get_flags(client.search("ALL"))
    assert flags
    assert all(b"\\Seen" not in f for f in flags.values())
    client.logout()


def sent_commands(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """What this process sends to the IMAP server from now on, command lines and literals."""
    sent: list[bytes] = []
    send = imaplib.IMAP4.send

    def recording(self: imaplib.IMAP4, data: bytes) -> None:
        sent.append(data)
        send(self, data)

    monkeypatch.setattr(imaplib.IMAP4, "send", recording)
    return sent


def body_fetches(sent: list[bytes]) -> list[bytes]:
    return [line for line in sent if b"BODY.PEEK[]" in line]


def test_the_candidates_of_a_batch_are_read_with_one_command(
    iw: Run, imap_account, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_acme(iw, *ACME_CONTACT)
    client = imap_account.client()
    replies = [
        ("Thank you for applying", "Thank you for your application. We have received it.", 17),
        ("Next steps", "We would like to invite you to a second interview next week.", 18),
        ("Your application", "Unfortunately, we have decided to move forward with other candidates.", 19),
    ]
    for subject, body, day in replies:
        client.append(
            "INBOX",
            mail(subject, body=f"Dear Alex,\n\n{body}\n\nJane", when=datetime(2026, 11, day, 9, tzinfo=UTC)),
        )
    client.append(
        "INBOX", mail("New jobs", sender="news@jobs.example", when=datetime(2026, 11, 18, tzinfo=UTC))
    )
    sent = sent_commands(monkeypatch)
    out = iw("scan", "--now", "2026-11-20 12:00").output
    assert "4 new message(s), 3 employer replies" in out
    [command] = body_fetches(sent)
    assert b" UID FETCH 1,2,3 " in command
    client.select_folder("INBOX", readonly=True)
    flags = client.get_flags(client.search("ALL"))
    client.logout()
    assert len(flags) == 4
    assert all(b"\\Seen" not in f for f in flags.values())


def test_a_reply_in_the_thread_of_one_read_just_before_is_read_too(
    iw: Run, imap_account, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_acme(iw, *ACME_CONTACT)
    client = imap_account.client()
    invite = mail(
        "Next steps",
        body="Dear Alex,\n\nWe would like to invite you to a second interview next week.\n\nJane",
        when=datetime(2026, 11, 17, 9, tzinfo=UTC),
        Message_ID="<invite-1@acme.example>",
    )
    # Only the thread ties the agency's answer to Acme, and the thread is known once the invitation is read.
    answer = mail(
        "Re: Next steps",
        sender="Sam Agent <sam@staffing.example>",
        body="Dear Alex,\n\nUnfortunately, we have decided to move forward with other candidates.",
        when=datetime(2026, 11, 18, 9, tzinfo=UTC),
        In_Reply_To="<invite-1@acme.example>",
    )
    client.append("INBOX", invite)
    client.append("INBOX", answer)
    client.logout()
    sent = sent_commands(monkeypatch)
    out = iw("scan", "--now", "2026-11-20 12:00").output
    assert "2 new message(s), 2 employer replies" in out
    assert len(body_fetches(sent)) == 2


def test_silence_writes_one_threaded_draft_exactly_once(iw: Run, imap_account) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    client = imap_account.client()
    client.append(
        client.find_special_folder(SENT),
        thanks_to_jane(Message_ID="<thanks-1@example.org>"),
    )
    # Friday: four business days after Monday's interview, nothing is due yet.
    assert "0 draft(s) written" in iw("scan", "--now", "2026-11-20 17:00").output
    assert folder_messages(client, DRAFTS) == {}
    # The next Monday at 09:00 the first follow-up is due.
    out = iw("scan", "--now", "2026-11-23 09:00").output
    assert "1 draft(s) written" in out
    drafts = folder_messages(client, DRAFTS)
    assert len(drafts) == 1
    [(flags, raw)] = [(d[b"FLAGS"], d[b"BODY[]"]) for d in drafts.values()]
    assert b"\\Draft" in flags
    assert b"In-Reply-To: <thanks-1@example.org>" in raw
    assert b"Subject: Re: Thank you for today" in raw
    assert b"To: Jane Doe <jane@acme.example>" in raw
    # Scanning again, even much later, writes no second draft.
    iw("scan", "--now", "2026-11-24 09:00")
    iw("scan", "--now", "2026-12-24 09:00")
    assert len(folder_messages(client, DRAFTS)) == 1
    data = interview_json(iw, interview_id)
    assert [(d["kind"], d["state"]) for d in data["drafts"]] == [("follow_up_1", "waiting")]
    client.logout()


def test_a_crash_between_writing_and_recording_makes_no_second_draft(
    iw: Run, imap_account, database_url: str
) -> None:
    add_acme(iw, *ACME_CONTACT)
    iw("scan", "--now", "2026-11-23 09:00")
    forget_written_drafts(database_url)
    iw("scan", "--now", "2026-11-23 09:30")
    client = imap_account.client()
    assert len(folder_messages(client, DRAFTS)) == 1
    client.logout()


def test_the_users_own_mail_is_not_an_employer_reply(iw: Run, imap_account) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    client = imap_account.client()
    own = mail(
        "Re: Next steps",
        sender=f"Alex Candidate <{USER}>",
        to="jane@acme.example",
        body="Unfortunately I cannot make Tuesday; we have decided to move the call.",
        when=datetime(2026, 11, 17, tzinfo=UTC),
        Message_ID="<own-1@example.org>",
    )
    client.append(client.find_special_folder(SENT), own)
    client.append("INBOX", own)  # some servers file a copy of your own mail in INBOX too
    out = iw("scan", "--now", "2026-11-18 12:00").output
    assert "0 employer replies" in out
    data = interview_json(iw, interview_id)
    assert data["status"] == "awaiting_reply"
    assert data["last_reply_kind"] is None
    client.logout()


def test_dry_run_changes_nothing(iw: Run, imap_account) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    out = iw("scan", "--now", "2026-11-23 09:00", "--dry-run").output
    assert "would write follow_up_1 for interview" in out
    client = imap_account.client()
    assert folder_messages(client, DRAFTS) == {}
    client.logout()
    assert interview_json(iw, interview_id)["drafts"] == []
    # The real scan afterwards still sees everything.
    assert "1 draft(s) written" in iw("scan", "--now", "2026-11-23 09:00").output


def test_check_config_names_the_folders(iw: Run) -> None:
    out = iw("check-config").output
    assert "logged in" in out
    assert "[drafts]" in out
    assert "[sent]" in out


def test_wrong_password_is_one_line_and_status_2(iw: Run, imap_account) -> None:
    imap_account.password_file.write_text("wrong")
    result = iw("scan", expect=2)
    assert result.output.count("\n") == 1
    assert "login refused" in result.output
    assert "wrong" not in result.output


def test_unreachable_host_is_one_line_and_status_2(iw: Run, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    text = config.read_text()
    port_line = next(line for line in text.splitlines() if line.startswith("port ="))
    config.write_text(text.replace(port_line, "port = 1"))
    result = iw("scan", expect=2)
    assert result.output.count("\n") == 1
    assert "cannot reach" in result.output


def test_bad_config_is_one_line_and_status_2(iw: Run, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(config.read_text().replace('tls = "none"', 'tls = "sometimes"'))
    result = iw("interview", "list", expect=2)
    assert result.output == "inboxwatch: mailbox.tls: must be one of ssl, starttls, none, got 'sometimes'\n"


class Crash(Exception):
    """The process dies."""


def test_a_crash_midway_through_a_long_sync_reads_on_from_the_last_commit(
    iw: Run, imap_account, monkeypatch: pytest.MonkeyPatch
) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    client = imap_account.client()
    for n in range(24):
        client.append(
            "INBOX", mail(f"News {n}", sender="news@jobs.example", when=datetime(2026, 11, 18, tzinfo=UTC))
        )
    client.append(
        "INBOX",
        mail(
            "Your application",
            body="Dear Alex,\n\nUnfortunately, we have decided to move on with other candidates.\n\nJane",
            when=datetime(2026, 11, 18, 9, tzinfo=UTC),
        ),
    )
    client.logout()
    monkeypatch.setattr("inboxwatch.mailbox.imap.FETCH_CHUNK", 2)  # 13 batches of the INBOX
    ingest = Scan._ingest
    batches: list[list[str]] = []  # the keys of each batch read before the crash

    def ingest_then_die(self: Scan, session: Any, batch: Any, role: Any) -> None:
        if batch.headers and batch.headers[0].key == "25":
            raise Crash  # the process dies as it reads the reply, in the 13th batch
        batches.append([raw.key for raw in batch.headers])
        ingest(self, session, batch, role)

    with monkeypatch.context() as patch:
        patch.setattr(Scan, "_ingest", ingest_then_die)
        iw("scan", "--now", "2026-11-18 12:00", expect=1)
    assert len([keys for keys in batches if keys]) == 12
    assert interview_json(iw, interview_id)["status"] == "awaiting_reply"
    # The first 10 batches were committed with the cursor: the next scan reads the 5 messages after them.
    out = iw("scan", "--now", "2026-11-18 12:00").output
    assert "5 new message(s), 1 employer reply" in out
    assert interview_json(iw, interview_id)["status"] == "rejected"
    assert "0 new message(s)" in iw("scan", "--now", "2026-11-18 13:00").output
