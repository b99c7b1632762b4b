"""`inboxwatch status`: the daemon from its lock file, the rest from the database."""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from dovecot import ImapAccount
from inboxwatch.cli import cli
from inboxwatch.config import load_config
from inboxwatch.interviews import NewInterview, add_interview
from inboxwatch.lock import DaemonLock
from inboxwatch.store import open_store
from inboxwatch.store.models import Message, Review, SyncCursor
from mails import in_process, mail


def status(config: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--config", str(config), "status", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_status_reports_the_daemon_sync_reviews_and_drafts_due(
    maildir_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATE_DIRECTORY", str(tmp_path / "state"))
    cfg = load_config(maildir_config)
    now = datetime.now(UTC)
    store = open_store(cfg.database_url)
    with store.session() as session:
        interviews = [
            add_interview(session, NewInterview(company, "Engineer", now, (), (), None, 1, ""), now)
            for company in ("Acme", "Globex")
        ]
        message = Message(folder="inbox", validity="1", key="3", direction="in", seen_at=now)
        session.add(message)
        session.flush()
        session.add(
            Review(
                message_ref=message.id,
                interview_id=interviews[0],
                candidates=[],
                kind="rejection",
                confidence=0.4,
                match_score=0.6,
                reasons=[],
                replied_at=now,
                state="open",
                created_at=now,
            )
        )
        session.add(SyncCursor(account="maildir:x", folder="inbox", validity="1", position=3, updated_at=now))
        # Not a folder read: the version of Drafts, so waiting drafts are looked for only when it changes.
        session.add(
            SyncCursor(account="maildir:x", folder="drafts", validity="1 2 1", position=0, updated_at=now)
        )
    store.close()

    data = json.loads(status(maildir_config, "--json"))
    assert data["daemon"] == {
        "running": False,
        "pid": None,
        "since": None,
        "last_scan_ok": None,
        "last_error": None,
    }
    assert [(s["account"], s["folder"]) for s in data["synced"]] == [("maildir:x", "inbox")]
    assert [r["company"] for r in data["review"]] == ["Acme"]
    # Acme's follow-up waits until its message has been reviewed.
    assert {d["id"] for d in data["next_drafts"]} == {interviews[1]}
    first_step = data["next_drafts"][0]["step"]
    assert first_step  # which step is the playbook's business; that one is due is status's

    with DaemonLock(cfg.database_url) as lock:
        lock.scanned(None)
        lock.scanned("imap: cannot reach imap.example.org:993: timed out")
        data = json.loads(status(maildir_config, "--json"))
        text = status(maildir_config)
    assert data["daemon"]["running"]
    assert data["daemon"]["pid"] == os.getpid()
    assert data["daemon"]["last_scan_ok"] is not None
    assert data["daemon"]["last_error"] == "imap: cannot reach imap.example.org:993: timed out"
    assert f"daemon: running, pid {os.getpid()}" in text
    assert "last error: imap: cannot reach" in text
    assert "waiting for your review: 1\n  #1 Acme: Engineer" in text
    assert f": {first_step}" in text
    assert "daemon: not running" in status(maildir_config)


def test_status_on_a_new_database(
    maildir_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATE_DIRECTORY", str(tmp_path / "state"))
    out = status(maildir_config)
    assert out.splitlines() == [
        "daemon: not running",
        "synced: never",
        "waiting for your review: 0",
        "next drafts: none due",
    ]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_status_counts_the_backlog_on_the_server_or_gives_it_as_of_the_last_sync(
    imap_config: Path, imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATE_DIRECTORY", str(tmp_path / "state"))
    iw = in_process(imap_config)
    iw("scan", "--now", "2026-11-18 12:00")
    client = imap_account.client()
    for n in range(3):
        client.append("INBOX", mail(f"News {n}", sender="news@jobs.example", when=datetime.now(UTC)))
    client.logout()

    data = json.loads(status(imap_config, "--json"))
    backlog = {s["folder"]: s["backlog"] for s in data["synced"]}
    assert backlog == {"inbox": 3, "sent": 0}
    assert data["backlog_error"] is None
    assert all(s["backlog_as_of"] != s["at"] for s in data["synced"])  # counted now
    assert re.search(r" inbox: \S+, backlog 3$", status(imap_config), re.MULTILINE)

    iw("scan", "--now", "2026-11-18 12:00")  # the backlog is read...
    data = json.loads(status(imap_config, "--json"))
    assert {s["folder"]: s["backlog"] for s in data["synced"]} == {"inbox": 0, "sent": 0}

    client = imap_account.client()
    client.append("INBOX", mail("More news", sender="news@jobs.example", when=datetime.now(UTC)))
    client.logout()
    text = imap_config.read_text()
    port_line = next(line for line in text.splitlines() if line.startswith("port ="))
    imap_config.write_text(text.replace(port_line, "port = 1"))  # ...and the server cannot be reached
    data = json.loads(status(imap_config, "--json"))
    assert data["backlog_error"].startswith("imap: cannot reach 127.0.0.1:1")
    assert all(s["backlog"] == 0 and s["backlog_as_of"] == s["at"] for s in data["synced"])
    out = status(imap_config)
    assert ", backlog 0 as of then" in out
    assert "(mailbox not reachable for the backlog: imap: cannot reach" in out
