"""MaildirMailbox over a real Maildir++ tree: reading leaves every file where and as it was."""

from __future__ import annotations

import mailbox
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from inboxwatch.config import MailboxConfig
from inboxwatch.errors import MailboxError
from inboxwatch.mailbox import Batch, FolderInfo, Role, maildir, open_mailbox
from inboxwatch.mailbox.maildir import CURSOR, MaildirMailbox
from mails import mail

NOW = datetime.now(UTC)
SINCE = (NOW - timedelta(days=7)).date()


def message(subject: str, when: datetime | None = None, **kwargs: str) -> bytes:
    return mail(subject, when=when, linesep="\n", **kwargs)  # Maildir files end lines with LF


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A Maildir++ tree as Dovecot leaves it: INBOX on top, .Sent, .Drafts and .Trash beside."""
    path = tmp_path / "Maildir"
    inbox = mailbox.Maildir(path, create=True)
    for name in ("Sent", "Drafts", "Trash"):
        inbox.add_folder(name)
    return path


def deliver(path: Path, raw: bytes, *, seen: bool = False) -> str:
    """Put a message in new/ as a delivery agent does, or in cur/ with \\Seen as a mail client leaves it."""
    msg = mailbox.MaildirMessage(raw)
    if seen:
        msg.set_subdir("cur")
        msg.set_flags("S")
    return mailbox.Maildir(path, create=False).add(msg)


def files(path: Path) -> dict[str, float]:
    """Every file under the tree with its mtime: a move, a rename (a flag) or a write shows here."""
    return {str(p.relative_to(path)): p.stat().st_mtime for p in path.rglob("*") if p.is_file()}


def scan(path: Path, role: Role = Role.INBOX) -> list[Batch]:
    with MaildirMailbox(path) as box:
        return list(box.changes(role, None, SINCE))


def test_a_scan_reads_the_window_by_date_then_arrival(root: Path) -> None:
    new = deliver(root, message("new", NOW - timedelta(days=2)))
    deliver(root, message("old", NOW - timedelta(days=30)))
    newest = deliver(root, message("newest", NOW - timedelta(days=1)), seen=True)
    undated_new = deliver(root, message("undated, arrived yesterday"))
    undated_old = deliver(root, message("undated, arrived long ago"))
    nonsense = deliver(root, b"Subject: nonsense date\nDate: Mon, 1 Jan 99999999999999 00:00 +0000\n\nHi\n")
    for key, age in (
        (undated_new, timedelta(hours=12)),
        (undated_old, timedelta(days=20)),
        (nonsense, timedelta(days=21)),
    ):
        [file] = root.glob(f"new/{key}*")
        stamp = (NOW - age).timestamp()
        os.utime(file, (stamp, stamp))
    batches = scan(root)
    assert [[raw.key for raw in batch.headers] for batch in batches] == [[new, newest, undated_new]]
    assert all(batch.cursor == CURSOR for batch in batches)


def test_counting_gives_the_window_by_arrival(root: Path) -> None:
    # A Maildir has no cursor: a scan looks at the whole window, so the count is of that.
    recent = [deliver(root, message("recent")), deliver(root, message("read"), seen=True)]
    [old] = root.glob(f"new/{deliver(root, message('old'))}*")
    stamp = (NOW - timedelta(days=30)).timestamp()
    os.utime(old, (stamp, stamp))
    with MaildirMailbox(root) as box:
        assert box.count_new(Role.INBOX, CURSOR, SINCE) == len(recent)
        assert box.count_new(Role.SENT, CURSOR, SINCE) == 0


def test_reading_moves_no_file_and_changes_no_flag(root: Path) -> None:
    fresh = deliver(root, message("fresh", NOW))
    deliver(root, message("read already", NOW), seen=True)
    deliver(root / ".Sent", message("sent", NOW))
    before = files(root)
    with MaildirMailbox(root) as box:
        for role in Role:
            for batch in box.changes(role, None, SINCE):
                for raw in batch.headers:
                    box.fetch(raw.folder, [raw.key], 1 << 20)
        box.has_draft("<nothing@example.org>")
        box.folders()
    assert files(root) == before
    assert [p.name for p in (root / "new").iterdir()] == [fresh]


def test_headers_end_at_the_blank_line_and_sizes_are_whole(root: Path) -> None:
    raw = message(
        "Re: Next steps",
        NOW,
        body="The body stays on disk.",
        Message_ID="<reply-1@acme.example>",
        In_Reply_To="<thanks-1@example.org>",
        Auto_Submitted="auto-replied",
    )
    key = deliver(root, raw)
    [batch] = scan(root)
    [header] = batch.headers
    assert (header.folder, header.key) == ("INBOX", key)
    assert header.header == raw[: raw.index(b"\n\n") + 2]
    assert b"Message-ID: <reply-1@acme.example>\n" in header.header
    assert b"body stays" not in header.header


def test_fetch_reads_at_most_max_bytes(root: Path) -> None:
    raw = message("hello", NOW, body="x" * 1000)
    key = deliver(root, raw)
    sent_raw = message("sent", NOW)
    sent_key = deliver(root / ".Sent", sent_raw)
    with MaildirMailbox(root) as box:
        assert box.fetch("INBOX", [key], 1 << 20) == {key: raw}
        assert box.fetch("INBOX", [key], 100) == {key: raw[:100]}
        assert box.fetch("Sent", [sent_key], 1 << 20) == {sent_key: sent_raw}
        with pytest.raises(MailboxError, match="no message nope in INBOX"):
            box.fetch("INBOX", [key, "nope"], 100)
        with pytest.raises(MailboxError, match="no Nowhere folder"):
            box.fetch("Nowhere", [key], 100)


def test_sent_mail_comes_from_the_sent_folder(root: Path) -> None:
    key = deliver(root / ".Sent", message("Thank you", NOW))
    deliver(root, message("inbox", NOW))
    [batch] = scan(root, Role.SENT)
    assert [(raw.folder, raw.key) for raw in batch.headers] == [("Sent", key)]


def test_an_empty_folder_records_the_cursor_once(root: Path) -> None:
    assert scan(root, Role.SENT) == [Batch([], CURSOR)]
    with MaildirMailbox(root) as box:
        assert list(box.changes(Role.SENT, CURSOR, SINCE)) == []


def test_batches_hold_at_most_the_batch_size(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(maildir, "BATCH_SIZE", 2)
    for day in range(5):
        deliver(root, message(f"day {day}", NOW - timedelta(days=5 - day)))
    batches = scan(root)
    assert [len(batch.headers) for batch in batches] == [2, 2, 1]
    subjects = [raw.header.split(b"Subject: ")[1].split(b"\n")[0] for b in batches for raw in b.headers]
    assert subjects == [f"day {day}".encode() for day in range(5)]


def test_a_draft_round_trip(root: Path) -> None:
    draft = message("Following up", NOW, Message_ID="<follow-up-1@example.org>")
    with MaildirMailbox(root) as box:
        assert box.has_draft("<follow-up-1@example.org>") is False
        box.add_draft(draft)
        assert box.has_draft("<follow-up-1@example.org>") is True
        assert box.has_draft("<follow-up-2@example.org>") is False
    [file] = (root / ".Drafts" / "cur").iterdir()
    assert file.name.endswith(":2,DS")
    assert file.read_bytes() == draft
    assert list((root / ".Drafts" / "new").iterdir()) == []


def test_a_missing_drafts_folder_is_created(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    mailbox.Maildir(root, create=True)
    with MaildirMailbox(root) as box:
        assert box.has_draft("<follow-up-1@example.org>") is False
        box.add_draft(message("Following up", NOW, Message_ID="<follow-up-1@example.org>"))
        assert box.has_draft("<follow-up-1@example.org>") is True
        assert FolderInfo("Drafts", Role.DRAFTS) in box.folders()
    assert (root / ".Drafts" / "maildirfolder").exists()


def test_folders_carry_their_roles(root: Path) -> None:
    with MaildirMailbox(root) as box:
        assert box.folders() == [
            FolderInfo("INBOX", Role.INBOX),
            FolderInfo("Drafts", Role.DRAFTS),
            FolderInfo("Sent", Role.SENT),
            FolderInfo("Trash", None),
        ]


def test_a_missing_maildir_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(MailboxError, match=f"^maildir: no Maildir at {missing}$"), MaildirMailbox(missing):
        pass


def test_a_missing_sent_folder_is_named(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    mailbox.Maildir(root, create=True)
    with MaildirMailbox(root) as box, pytest.raises(MailboxError, match="no Sent folder"):
        list(box.changes(Role.SENT, None, SINCE))


def test_open_mailbox_picks_maildir_without_asking_for_a_password(root: Path) -> None:
    def password() -> str:
        raise AssertionError("a Maildir needs no password")

    cfg = MailboxConfig(
        backend="maildir",
        host="",
        port=143,
        username="",
        tls="none",
        password_command=None,
        password_file=None,
        password_env=None,
        path=root,
        timeout=60.0,
    )
    with open_mailbox(cfg, password) as box:
        assert isinstance(box, MaildirMailbox)
        assert FolderInfo("INBOX", Role.INBOX) in box.folders()
