"""Nothing secret or private leaves inboxwatch: at the most verbose logging, in a scan, a daemon
run and `status --json`, no password, token or phrase from a message body appears; and the
database keeps no body either."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from daemons import running, stop, wait_for
from dovecot import ImapAccount
from gmail_server import FakeGmail
from gmail_server import running as gmail_running
from mails import JANE, USER, Ran, add_acme, in_process, mail

ACME_CONTACT = ("--contact", JANE, "--domain", "acme.example")


@pytest.fixture
def phrase() -> str:
    """A phrase only the employer's message body holds."""
    return f"aubergine-{secrets.token_hex(6)}"


def rejection(phrase: str, when: datetime) -> bytes:
    return mail(
        "Your application",
        body="Dear Alex,\n\nThank you for your time. Unfortunately, we have decided to move forward "
        f"with other candidates for this role. Our reference: {phrase}.\n\nJane",
        when=when,
    )


def assert_private(text: str, *secret: str) -> None:
    for value in secret:
        assert value not in text, f"{value!r} leaked"


def database_bytes(tmp_path: Path) -> bytes:
    """The SQLite database with its write-ahead log, where the database_url fixture puts it."""
    return b"".join(p.read_bytes() for p in tmp_path.glob("inboxwatch.db*"))


def interview_status(iw: Callable[..., Ran], interview_id: int) -> str:
    return str(json.loads(iw("interview", "show", str(interview_id), "--json").output)["status"])


sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@sqlite_only
def test_a_scan_at_debug_level_leaks_no_password_or_body(
    iw: Callable[..., Ran], imap_account: ImapAccount, tmp_path: Path, phrase: str
) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    client = imap_account.client()
    client.append("INBOX", rejection(phrase, datetime(2026, 11, 18, 9, tzinfo=UTC)))
    client.logout()
    # CliRunner gives stdout and stderr together, so the output holds every log line too.
    out = iw("-vv", "scan", "--now", "2026-11-18 12:00").output
    assert "DEBUG" in out  # the capture does see debug logging
    assert interview_status(iw, interview_id) == "rejected"  # the body was read, and classified
    status = iw("-vv", "status", "--json").output
    assert_private(out + status, imap_account.password, phrase)
    assert_private(database_bytes(tmp_path).decode("utf-8", "replace"), imap_account.password, phrase)


def test_a_refused_password_is_not_echoed(
    iw: Callable[..., Ran], imap_account: ImapAccount, phrase: str
) -> None:
    imap_account.password_file.write_text(phrase)
    out = iw("-vv", "scan", expect=2).output
    assert f"login refused for {imap_account.username}" in out
    assert_private(out, phrase)


@pytest.mark.slow
@sqlite_only
def test_a_daemon_run_at_debug_level_leaks_no_password_or_body(
    iw: Callable[..., Ran], imap_config: Path, imap_account: ImapAccount, tmp_path: Path, phrase: str
) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    with imap_config.open("a") as f:
        f.write("\n[daemon]\nscan_interval_minutes = 60\ndebounce_seconds = 0.2\n")
    with running(imap_config, tmp_path / "state", options=("-vv",)) as proc:
        assert wait_for(lambda: json.loads(iw("status", "--json").output)["synced"], 30), proc.output()
        client = imap_account.client()
        client.append("INBOX", rejection(phrase, datetime.now(UTC)))
        client.logout()
        assert wait_for(lambda: interview_status(iw, interview_id) == "rejected", 30), proc.output()
        status = iw("-vv", "status", "--json").output
        log = stop(proc)
    assert proc.returncode == 0, log
    assert "DEBUG" in log
    assert_private(log + status, imap_account.password, phrase)


@pytest.fixture
def gmail(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGmail]:
    with gmail_running(monkeypatch) as server:
        yield server


def test_a_gmail_scan_at_debug_level_leaks_no_token_or_body(
    gmail: FakeGmail, tmp_path: Path, phrase: str
) -> None:
    token_file = gmail.authorized_user(tmp_path / "state" / "gmail-token.json")
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[mailbox]
backend = "gmail"
username = "{USER}"
token_file = "{token_file}"
api_endpoint = "{gmail.url}"

[database]
url = "sqlite:///{tmp_path}/inboxwatch.db"

[user]
name = "Alex Candidate"
email = "{USER}"
"""
    )
    iw = in_process(config)
    interview_id = add_acme(iw, *ACME_CONTACT)
    when = datetime(2026, 11, 18, 9, tzinfo=UTC)
    gmail.deliver(rejection(phrase, when), when=when.timestamp())
    out = iw("-vv", "scan", "--now", "2026-11-18 12:00").output
    assert interview_status(iw, interview_id) == "rejected"
    out += iw("-vv", "status", "--json").output
    token = json.loads(token_file.read_text())
    assert gmail.access_tokens  # the scan did get an access token
    assert_private(out, token["refresh_token"], token["client_secret"], *gmail.access_tokens, phrase)
    assert_private(database_bytes(tmp_path).decode("utf-8", "replace"), phrase)
