"""GmailMailbox through the real Google client, over real HTTP to a loopback Gmail API."""

from __future__ import annotations

import base64
import json
import logging
import sys
import threading
import urllib.request
import webbrowser
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from googleapiclient.http import HttpMockSequence

from gmail_server import DROP, FakeGmail, error_body, running
from inboxwatch import gmail_auth
from inboxwatch.config import MailboxConfig, default_token_file, parse_config
from inboxwatch.core.model import SearchTerms
from inboxwatch.core.parse import parse_headers
from inboxwatch.errors import AuthError, ConfigError, MailboxError, TransientError
from inboxwatch.mailbox import Batch, Cursor, FolderInfo, Role, open_mailbox
from inboxwatch.mailbox.gmail import ATTEMPTS, LISTING, PAGE, GmailMailbox
from inboxwatch.mailbox.imap import _read_headers
from test_imap_adapter import message

NOW = datetime.now(UTC)
SINCE = (NOW - timedelta(days=7)).date()
USER = "alex@example.org"


@pytest.fixture
def gmail(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGmail]:
    with running(monkeypatch) as server:
        yield server


def config(gmail: FakeGmail, tmp_path: Path, **changes: Any) -> MailboxConfig:
    token = tmp_path / "token.json"
    if not token.exists():
        gmail.authorized_user(token)
    fields: dict[str, Any] = {
        "backend": "gmail",
        "host": "",
        "port": 443,
        "username": USER,
        "tls": "ssl",
        "password_command": None,
        "password_file": None,
        "password_env": None,
        "path": None,
        "timeout": 5.0,
        "token_file": token,
        "api_endpoint": gmail.url,
    }
    return MailboxConfig(**(fields | changes))


class Sleeps(list[float]):
    """Stands in for time.sleep and remembers each delay."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def box(gmail: FakeGmail, tmp_path: Path, sleeps: Sleeps | None = None, **changes: Any) -> GmailMailbox:
    return GmailMailbox(config(gmail, tmp_path, **changes), sleep=sleeps if sleeps is not None else Sleeps())


def scan(gmail: FakeGmail, tmp_path: Path, role: Role, cursor: Cursor | None, **changes: Any) -> list[Batch]:
    with box(gmail, tmp_path, **changes) as opened:
        return list(opened.changes(role, cursor, SINCE))


def subjects(gmail: FakeGmail, batches: list[Batch]) -> list[str]:
    return [str(gmail.messages[raw.key].headers["Subject"]) for batch in batches for raw in batch.headers]


def deliver(gmail: FakeGmail, subject: str, age: timedelta = timedelta(hours=1), **kwargs: Any) -> str:
    return gmail.deliver(message(subject), when=(NOW - age).timestamp(), **kwargs)


# --- signing in -------------------------------------------------------------


def test_the_token_is_renewed_and_saved_readable_by_the_user_alone(gmail: FakeGmail, tmp_path: Path) -> None:
    with box(gmail, tmp_path):
        pass
    saved = json.loads((tmp_path / "token.json").read_text())
    assert saved["token"] in gmail.access_tokens
    assert (tmp_path / "token.json").stat().st_mode & 0o777 == 0o600
    # A valid token is used as it is: no second renewal.
    with box(gmail, tmp_path):
        pass
    assert [p for _m, p, _q in gmail.requests].count("/token") == 1


def test_an_access_token_that_runs_out_during_a_scan_is_renewed(gmail: FakeGmail, tmp_path: Path) -> None:
    deliver(gmail, "one")
    with box(gmail, tmp_path) as opened:
        gmail.access_tokens.clear()  # Google answers 401 from now on
        assert [raw.key for batch in opened.changes(Role.INBOX, None, SINCE) for raw in batch.headers]


def test_a_revoked_token_says_to_authorise_again(gmail: FakeGmail, tmp_path: Path) -> None:
    config(gmail, tmp_path)
    gmail.revoke()
    with pytest.raises(AuthError, match=r"revoked.*7 days.*run `inboxwatch auth gmail` again$"):
        box(gmail, tmp_path).__enter__()


def test_without_a_token_it_says_to_authorise(gmail: FakeGmail, tmp_path: Path) -> None:
    cfg = config(gmail, tmp_path, token_file=tmp_path / "none.json")
    with pytest.raises(AuthError, match="not authorised yet; run `inboxwatch auth gmail`"):
        GmailMailbox(cfg).__enter__()


def test_a_token_readable_by_others_is_refused(gmail: FakeGmail, tmp_path: Path) -> None:
    cfg = config(gmail, tmp_path)
    cfg.token_file.chmod(0o644)
    with pytest.raises(ConfigError, match="readable by others"):
        GmailMailbox(cfg).__enter__()


def test_a_token_without_both_scopes_is_refused(gmail: FakeGmail, tmp_path: Path) -> None:
    gmail.authorized_user(tmp_path / "token.json", scopes=gmail_auth.SCOPES[:1])
    with pytest.raises(AuthError, match="lacks a permission"):
        box(gmail, tmp_path).__enter__()


def test_a_token_for_another_account_is_refused(gmail: FakeGmail, tmp_path: Path) -> None:
    with pytest.raises(AuthError, match=r"is for alex@example.org, not mailbox.username sam@example.org"):
        box(gmail, tmp_path, username="sam@example.org").__enter__()


class Browser:
    """Follows the consent link as a user's browser would: Google redirects it back to inboxwatch."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        def visit() -> None:
            with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 - a loopback URL
                answer.read()

        # The flow starts listening only after it opened the browser, so visit from a thread.
        thread = threading.Thread(target=visit)
        thread.start()
        self.threads.append(thread)
        return True


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Browser]:
    found = Browser()
    monkeypatch.setattr(webbrowser, "get", lambda using=None: found)
    # oauthlib allows plain http only when told to; the loopback server has no TLS.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    monkeypatch.setattr(gmail_auth, "FLOW_TIMEOUT", 10)  # a broken test fails instead of waiting
    yield found
    for thread in found.threads:
        thread.join()


def test_authorising_asks_for_exactly_two_scopes_and_saves_a_refresh_token(
    gmail: FakeGmail, browser: Browser, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    token = tmp_path / "state" / "gmail-token.json"
    gmail_auth.authorize(gmail.client_secrets(tmp_path / "client.json"), token, 0, open_browser=True)
    [consent] = gmail.consents
    assert consent["scope"] == [
        "https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.compose"
    ]
    assert consent["access_type"] == ["offline"]
    assert consent["prompt"] == ["consent"]
    assert consent["redirect_uri"][0].startswith("http://localhost:")
    saved = json.loads(token.read_text())
    assert saved["refresh_token"] in gmail.refresh_tokens
    assert token.stat().st_mode & 0o777 == 0o600
    assert token.parent.stat().st_mode & 0o777 == 0o700
    assert "Open this address in a browser" in capsys.readouterr().out
    # The saved token works.
    with GmailMailbox(config(gmail, tmp_path, token_file=token)) as opened:
        assert opened.folders()


def test_authorising_with_a_scope_unticked_is_refused(
    gmail: FakeGmail, browser: Browser, tmp_path: Path
) -> None:
    gmail.grant = gmail_auth.SCOPES[:1]
    token = tmp_path / "token.json"
    with pytest.raises(AuthError, match="needs both permissions"):
        gmail_auth.authorize(gmail.client_secrets(tmp_path / "client.json"), token, 0, open_browser=True)
    assert not token.exists()


def test_a_bad_client_file_names_the_key(tmp_path: Path) -> None:
    (tmp_path / "client.json").write_text('{"web": {}}')
    with pytest.raises(ConfigError, match=r"mailbox\.client_secret_file"):
        gmail_auth.authorize(tmp_path / "client.json", tmp_path / "token.json", 0, open_browser=False)


# --- folders and the first sync ---------------------------------------------


def test_folders_are_labels_with_their_roles(gmail: FakeGmail, tmp_path: Path) -> None:
    with box(gmail, tmp_path) as opened:
        folders = opened.folders()
    assert FolderInfo("INBOX", Role.INBOX) in folders
    assert FolderInfo("SENT", Role.SENT) in folders
    assert FolderInfo("DRAFT", Role.DRAFTS) in folders
    assert FolderInfo("Jobs", None) in folders


def test_the_first_sync_reads_the_window_oldest_first_page_by_page(gmail: FakeGmail, tmp_path: Path) -> None:
    deliver(gmail, "too old", timedelta(days=30))
    for n in range(PAGE + 20):
        deliver(gmail, f"new {n}", timedelta(days=5, minutes=-n))
    batches = scan(gmail, tmp_path, Role.INBOX, None)
    assert subjects(gmail, batches) == [f"new {n}" for n in range(PAGE + 20)]
    # Until the listing is complete the cursor holds no historyId, so a crash starts it over.
    assert [b.cursor for b in batches] == [Cursor("gmail", LISTING), Cursor("gmail", gmail.history_id)]
    lists = [q for _m, p, q in gmail.requests if p == "/gmail/v1/users/me/messages"]
    assert len(lists) == 2
    assert lists[1]["pageToken"] == [str(PAGE)]


def test_a_search_finds_the_window_s_received_mail_from_or_naming_the_company(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    def arrives(subject: str, sender: str, age: timedelta = timedelta(hours=1), **kwargs: Any) -> None:
        gmail.deliver(message(subject, sender=sender), when=(NOW - age).timestamp(), **kwargs)

    arrives("Your application", "jane@hr.acme.example")
    arrives("New jobs", "news@jobs.example")
    arrives("Interview at Acme Robotics", "no-reply@greenhouse-mail.io")
    arrives("Next steps", "Acme Robotics Recruiting <jobs@ats.example>")
    arrives("Your application", "kim@acme.example", timedelta(days=30))
    arrives("Re: Your application", "jane@hr.acme.example", labels=["SENT"])
    arrives("Your application", "jane@hr.acme.example", labels=["TRASH", "INBOX"])
    terms = SearchTerms(("acme.example",), ("acme robotics",))
    up_to = Cursor("gmail", gmail.history_id)
    with box(gmail, tmp_path) as opened:
        found = list(opened.related(Role.INBOX, SINCE, up_to, terms))
        # While a listing is under way the next sync reads the whole window: nothing to search.
        assert list(opened.related(Role.INBOX, SINCE, Cursor("gmail", LISTING), terms)) == []
    assert subjects(gmail, found) == ["Your application", "Interview at Acme Robotics", "Next steps"]
    assert {batch.cursor for batch in found} == {up_to}
    [q] = [q["q"][0] for _m, _p, q in gmail.requests if "acme" in q.get("q", [""])[0]]
    assert q.endswith(' {from:acme.example from:"acme robotics" subject:"acme robotics"}')


def test_own_mail_drafts_chats_and_trash_are_not_received_mail(gmail: FakeGmail, tmp_path: Path) -> None:
    deliver(gmail, "in the inbox")
    deliver(gmail, "filtered past the inbox", labels=["Label_1"])
    deliver(gmail, "in spam", labels=["SPAM"])
    deliver(gmail, "to myself", labels=["SENT", "INBOX"])
    deliver(gmail, "sent", labels=["SENT"])
    deliver(gmail, "a draft", labels=["DRAFT"])
    deliver(gmail, "a chat", labels=["CHAT"])
    deliver(gmail, "trashed", labels=["TRASH", "INBOX"])
    received = scan(gmail, tmp_path, Role.INBOX, None)
    assert sorted(subjects(gmail, received)) == ["filtered past the inbox", "in spam", "in the inbox"]
    assert {raw.folder for batch in received for raw in batch.headers} == {"INBOX"}
    without_spam = scan(gmail, tmp_path, Role.INBOX, None, report_spam=False)
    assert sorted(subjects(gmail, without_spam)) == ["filtered past the inbox", "in the inbox"]
    sent = scan(gmail, tmp_path, Role.SENT, None)
    assert sorted(subjects(gmail, sent)) == ["sent", "to myself"]
    assert {raw.folder for batch in sent for raw in batch.headers} == {"SENT"}


def test_headers_and_conversation_come_from_metadata_and_survive_non_ascii(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    msg = EmailMessage()
    msg["From"] = "Zoë Müller <zoe@acme.example>"
    msg["Subject"] = "Absage für Ihre Bewerbung"
    msg["Message-ID"] = "<m1@acme.example>"
    msg.set_content("Leider ...")
    key = gmail.deliver(msg.as_bytes(), when=NOW.timestamp())
    [batch] = scan(gmail, tmp_path, Role.INBOX, None)
    [raw] = batch.headers
    assert raw.thread_id == gmail.messages[key].thread_id
    headers = parse_headers(raw.header)
    assert headers.subject == "Absage für Ihre Bewerbung"
    assert headers.sender is not None
    assert (headers.sender.name, headers.sender.email) == ("Zoë Müller", "zoe@acme.example")
    assert headers.message_id == "<m1@acme.example>"
    # Headers only: no message was downloaded whole while syncing.
    assert {q["format"][0] for _m, p, q in gmail.requests if "/messages/" in p} == {"metadata"}


# --- history ----------------------------------------------------------------


def test_next_sync_reads_only_the_history_since(gmail: FakeGmail, tmp_path: Path) -> None:
    old = deliver(gmail, "one")
    [first] = scan(gmail, tmp_path, Role.INBOX, None)
    deliver(gmail, "two")
    gmail.relabel(old, remove=["UNREAD"])  # read in Gmail: not new mail
    deliver(gmail, "three", timedelta(days=90))  # new, whatever its date says
    listed = len(gmail.requests)
    batches = scan(gmail, tmp_path, Role.INBOX, first.cursor)
    assert subjects(gmail, batches) == ["two", "three"]
    assert batches[-1].cursor == Cursor("gmail", gmail.history_id)
    assert subjects(gmail, scan(gmail, tmp_path, Role.INBOX, batches[-1].cursor)) == []
    assert not any(p == "/gmail/v1/users/me/messages" for _m, p, _q in gmail.requests[listed:])


def test_counting_what_is_new_reads_no_message(gmail: FakeGmail, tmp_path: Path) -> None:
    deliver(gmail, "one")
    [first] = scan(gmail, tmp_path, Role.INBOX, None)
    scanned = len(gmail.requests)
    with box(gmail, tmp_path) as opened:
        assert opened.count_new(Role.INBOX, first.cursor, SINCE) == 0
        deliver(gmail, "two")
        deliver(gmail, "three")
        assert opened.count_new(Role.INBOX, first.cursor, SINCE) == 2
        gmail.expire_history()
        assert opened.count_new(Role.INBOX, first.cursor, SINCE) == 3  # a scan lists the window again
    assert not any("/messages/" in p for _m, p, _q in gmail.requests[scanned:])


def test_history_pages_move_the_cursor_as_they_are_read(gmail: FakeGmail, tmp_path: Path) -> None:
    [first] = scan(gmail, tmp_path, Role.SENT, None)
    for n in range(PAGE + 5):
        deliver(gmail, f"sent {n}", labels=["SENT"])
    deliver(gmail, "received")
    batches = scan(gmail, tmp_path, Role.SENT, first.cursor)
    assert subjects(gmail, batches) == [f"sent {n}" for n in range(PAGE + 5)]
    positions = [b.cursor.position for b in batches]
    assert positions == sorted(positions)
    assert positions[-1] == gmail.history_id
    # The SENT history is asked for by label, so received mail costs no request.
    assert all(q.get("labelId") == ["SENT"] for _m, p, q in gmail.requests if p.endswith("/history"))


def test_a_message_back_from_spam_is_read_then(gmail: FakeGmail, tmp_path: Path) -> None:
    [first] = scan(gmail, tmp_path, Role.INBOX, None, report_spam=False)
    key = deliver(gmail, "thought to be spam", labels=["SPAM"])
    [second] = scan(gmail, tmp_path, Role.INBOX, first.cursor, report_spam=False)
    assert second.headers == []
    gmail.relabel(key, add=["INBOX"], remove=["SPAM"])
    batches = scan(gmail, tmp_path, Role.INBOX, second.cursor, report_spam=False)
    assert subjects(gmail, batches) == ["thought to be spam"]


def test_an_expired_history_id_reads_the_window_again(
    gmail: FakeGmail, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    deliver(gmail, "one")
    [first] = scan(gmail, tmp_path, Role.INBOX, None)
    deliver(gmail, "two")
    gmail.expire_history()
    batches = scan(gmail, tmp_path, Role.INBOX, first.cursor)
    # The same keys as before: the scan skips what it has seen, so nothing is read twice.
    assert [raw.key for b in batches for raw in b.headers] == sorted(gmail.messages)
    assert batches[-1].cursor == Cursor("gmail", gmail.history_id)
    assert "has expired" in caplog.text


def test_an_empty_history_page_with_more_to_come_waits_for_the_next_scan(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    [first] = scan(gmail, tmp_path, Role.INBOX, None)
    deliver(gmail, "one")
    gmail.empty_history_pages = 1
    assert scan(gmail, tmp_path, Role.INBOX, first.cursor) == []
    assert subjects(gmail, scan(gmail, tmp_path, Role.INBOX, first.cursor)) == ["one"]


# --- backing off --------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "reason"),
    [(429, None), (403, "userRateLimitExceeded"), (403, "rateLimitExceeded"), (500, None), (503, None)],
)
def test_rate_limits_and_server_errors_are_retried_with_backoff(
    gmail: FakeGmail, tmp_path: Path, status: int, reason: str | None
) -> None:
    deliver(gmail, "one")
    gmail.fail(status, path=r"/gmail/v1/users/me/messages/\w+", times=2, reason=reason)
    sleeps = Sleeps()
    with box(gmail, tmp_path, sleeps) as opened:
        batches = list(opened.changes(Role.INBOX, None, SINCE))
    assert subjects(gmail, batches) == ["one"]
    # Exponential with jitter: 2 s then 4 s, each scaled by a random factor between 0.5 and 1.
    assert 1 <= sleeps[0] <= 2
    assert 2 <= sleeps[1] <= 4
    assert len(sleeps) == 2


def test_retry_after_is_honoured(gmail: FakeGmail, tmp_path: Path) -> None:
    gmail.fail(429, path=r".*/labels", retry_after=30)
    sleeps = Sleeps()
    with box(gmail, tmp_path, sleeps) as opened:
        opened.folders()
    assert sleeps == [30]


def test_an_outage_that_lasts_is_a_transient_error(gmail: FakeGmail, tmp_path: Path) -> None:
    gmail.fail(503, path=r".*/labels", times=ATTEMPTS)
    sleeps = Sleeps()
    with box(gmail, tmp_path, sleeps) as opened, pytest.raises(TransientError, match="503"):
        opened.folders()
    assert len(sleeps) == ATTEMPTS - 1


def test_a_refusal_is_not_retried(gmail: FakeGmail, tmp_path: Path) -> None:
    gmail.fail(403, path=r".*/labels", reason="insufficientPermissions")
    sleeps = Sleeps()
    with box(gmail, tmp_path, sleeps) as opened, pytest.raises(AuthError, match="auth gmail"):
        opened.folders()
    assert sleeps == []


def test_an_unreachable_server_is_a_transient_error(gmail: FakeGmail, tmp_path: Path) -> None:
    cfg = config(gmail, tmp_path)
    with FakeGmail() as elsewhere:
        closed = elsewhere.url  # nobody listens there once it is closed
    sleeps = Sleeps()
    with pytest.raises(TransientError, match="cannot reach Google"):
        GmailMailbox(replace(cfg, api_endpoint=closed), sleep=sleeps).__enter__()
    assert len(sleeps) == ATTEMPTS - 1


class Replay(HttpMockSequence):  # type: ignore[misc]
    """Canned answers for the rare cases; the adapter closes its transport on exit."""

    def close(self) -> None:
        pass


def replay(tmp_path: Path, *answers: tuple[int, Any]) -> Replay:
    token = {
        "token": "t",
        "refresh_token": "r",
        "client_id": "c",
        "client_secret": "s",
        "scopes": list(gmail_auth.SCOPES),
        "expiry": (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    (tmp_path / "token.json").write_text(json.dumps(token))
    (tmp_path / "token.json").chmod(0o600)
    profile = {"emailAddress": USER, "historyId": "100"}
    return Replay(
        [({"status": "200"}, json.dumps(profile))]
        + [
            ({"status": str(status)}, body if isinstance(body, str) else json.dumps(body))
            for status, body in answers
        ]
    )


def replay_box(tmp_path: Path, http: Replay, sleeps: Sleeps) -> GmailMailbox:
    cfg = MailboxConfig(
        backend="gmail",
        host="",
        port=443,
        username=USER,
        tls="ssl",
        password_command=None,
        password_file=None,
        password_env=None,
        path=None,
        timeout=5.0,
        token_file=tmp_path / "token.json",
    )
    return GmailMailbox(cfg, sleep=sleeps, transport=http)


def test_a_message_gone_between_listing_and_reading_is_skipped(tmp_path: Path) -> None:
    http = replay(
        tmp_path,
        (200, {"emailAddress": USER, "historyId": "120"}),
        (200, {"messages": [{"id": "a1", "threadId": "a1"}, {"id": "b2", "threadId": "b2"}]}),
        (404, error_body(404)),
        (
            200,
            {"id": "a1", "labelIds": ["INBOX"], "payload": {"headers": [{"name": "Subject", "value": "x"}]}},
        ),
    )
    with replay_box(tmp_path, http, Sleeps()) as opened:
        [batch] = opened.changes(Role.INBOX, None, SINCE)
    # Listed newest first, read oldest first: b2 is gone by the time it is read.
    assert [raw.key for raw in batch.headers] == ["a1"]
    assert batch.cursor == Cursor("gmail", 120)


def test_an_html_error_page_from_a_proxy_is_retried(tmp_path: Path) -> None:
    http = replay(
        tmp_path,
        (502, "<html><body>Bad Gateway</body></html>"),
        (200, {"labels": [{"id": "INBOX", "name": "INBOX"}]}),
    )
    sleeps = Sleeps()
    with replay_box(tmp_path, http, sleeps) as opened:
        assert opened.folders() == [FolderInfo("INBOX", Role.INBOX)]
    assert len(sleeps) == 1


# --- reading a message --------------------------------------------------------


def test_fetch_reads_the_whole_message_up_to_the_limit(gmail: FakeGmail, tmp_path: Path) -> None:
    key = gmail.deliver(message("Hello", body="x" * 5000), when=NOW.timestamp())
    with box(gmail, tmp_path) as opened:
        whole = opened.fetch("INBOX", [key], 100_000)[key]
        assert whole == gmail.messages[key].raw
        assert opened.fetch("INBOX", [key], 100) == {key: whole[:100]}
        with pytest.raises(MailboxError, match="no message"):
            opened.fetch("INBOX", [key, "ffff"], 100)


def test_a_reply_in_spam_is_reported_and_left_there(
    gmail: FakeGmail, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    key = deliver(gmail, "We would like to invite you", labels=["SPAM"])
    with box(gmail, tmp_path) as opened, caplog.at_level(logging.WARNING):
        opened.fetch("INBOX", [key], 1000)
    assert f"in Spam (message {key}); it is left there" in caplog.text
    assert gmail.messages[key].labels == {"SPAM"}
    assert gmail.writes() == []


# --- drafts -------------------------------------------------------------------


def reply_draft(subject: str, answered: str = "<orig@acme.example>") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Alex Candidate <{USER}>"
    msg["To"] = "Jane Doe <jane@acme.example>"
    msg["Subject"] = subject
    msg["In-Reply-To"] = answered
    msg["References"] = answered
    msg["Message-ID"] = "<draft-1@example.org>"
    msg["X-Inboxwatch-Draft"] = "interview=1; step=follow_up_1"
    msg.set_content("Dear Jane, ...")
    return msg.as_bytes()


def test_a_draft_lands_in_the_conversation(gmail: FakeGmail, tmp_path: Path) -> None:
    original = gmail.deliver(message("Next steps", Message_ID="<orig@acme.example>"), when=NOW.timestamp())
    raw = reply_draft("Re: Next steps")
    with box(gmail, tmp_path) as opened:
        assert not opened.has_draft("<draft-1@example.org>")
        opened.add_draft(raw)
        assert opened.has_draft("<draft-1@example.org>")
    [draft] = gmail.draft_messages()
    assert draft.thread_id == gmail.messages[original].thread_id
    assert draft.labels == {"DRAFT"}
    assert draft.raw == raw


def test_a_draft_whose_subject_differs_starts_a_conversation_of_its_own(
    gmail: FakeGmail, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    original = gmail.deliver(message("Next steps", Message_ID="<orig@acme.example>"), when=NOW.timestamp())
    with box(gmail, tmp_path) as opened:
        opened.add_draft(reply_draft("Following up"))
    [draft] = gmail.draft_messages()
    assert draft.thread_id != gmail.messages[original].thread_id
    assert "subject differs" in caplog.text


def test_a_draft_answering_unknown_mail_starts_a_conversation(gmail: FakeGmail, tmp_path: Path) -> None:
    with box(gmail, tmp_path) as opened:
        opened.add_draft(reply_draft("Re: Next steps", answered="<gone@acme.example>"))
    [draft] = gmail.draft_messages()
    assert draft.thread_id == draft.id


def test_a_lost_answer_to_a_draft_creation_makes_no_second_draft(gmail: FakeGmail, tmp_path: Path) -> None:
    gmail.deliver(message("Next steps", Message_ID="<orig@acme.example>"), when=NOW.timestamp())
    # The draft is created, but the answer is lost, as after a timeout.
    gmail.fail(503, path=r".*/drafts", method="POST", after=True)
    sleeps = Sleeps()
    with box(gmail, tmp_path, sleeps) as opened:
        opened.add_draft(reply_draft("Re: Next steps"))
        opened.add_draft(reply_draft("Re: Next steps"))  # and a caller that tries again
    assert len(gmail.drafts) == 1
    assert len(sleeps) == 1
    assert [m for m, p, _q in gmail.requests if p.endswith("/drafts")].count("POST") == 1


def test_a_connection_dropped_after_a_draft_was_stored_makes_no_second_draft(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    gmail.deliver(message("Next steps", Message_ID="<orig@acme.example>"), when=NOW.timestamp())
    # Gmail stores the draft, then the connection breaks before the answer: httplib2 would send it again.
    gmail.fail(DROP, path=r".*/drafts", method="POST", after=True)
    sleeps = Sleeps()
    with box(gmail, tmp_path, sleeps) as opened:
        opened.add_draft(reply_draft("Re: Next steps"))
    assert len(gmail.drafts) == 1
    assert [m for m, p, _q in gmail.requests if p.endswith("/drafts")].count("POST") == 1
    assert len(sleeps) == 1


def test_a_draft_needs_a_message_id(gmail: FakeGmail, tmp_path: Path) -> None:
    raw = reply_draft("Re: Next steps").replace(b"Message-ID: <draft-1@example.org>\n", b"")
    with box(gmail, tmp_path) as opened, pytest.raises(MailboxError, match="needs a Message-ID"):
        opened.add_draft(raw)
    assert gmail.drafts == {}


def test_nothing_but_drafts_is_ever_written(gmail: FakeGmail, tmp_path: Path) -> None:
    key = deliver(gmail, "one")
    with box(gmail, tmp_path) as opened:
        for role in Role:
            list(opened.changes(role, None, SINCE))
        opened.fetch("INBOX", [key], 1000)
        opened.add_draft(reply_draft("Re: one"))
    assert gmail.writes() == []
    assert gmail.messages[key].labels == {"INBOX", "UNREAD"}


def test_the_window_starts_no_later_than_midnight_anywhere(gmail: FakeGmail, tmp_path: Path) -> None:
    scan(gmail, tmp_path, Role.INBOX, None)
    [query] = [q["q"][0] for _m, p, q in gmail.requests if p == "/gmail/v1/users/me/messages"]
    # 00:00 on SINCE in UTC+14 is 10:00 UTC the day before.
    day_before = datetime.combine(SINCE - timedelta(days=1), time(10), UTC)
    assert query.split()[0] == f"after:{int(day_before.timestamp())}"


# --- configuration ------------------------------------------------------------

GMAIL_CONFIG = """
[mailbox]
backend = "gmail"
username = "alex@example.org"
{extra}

[user]
name = "Alex"
email = "alex@example.org"
"""


def gmail_config(extra: str = "") -> MailboxConfig:
    return parse_config(
        GMAIL_CONFIG.format(extra=extra), Path("/home/alex/.config/inboxwatch/config.toml")
    ).mailbox


def test_gmail_config_defaults() -> None:
    cfg = gmail_config()
    assert cfg.client_secret_file == Path("/home/alex/.config/inboxwatch/client_secret.json")
    assert cfg.token_file == default_token_file()
    assert cfg.token_file.name == "gmail-token.json"
    assert cfg.api_endpoint is None
    assert cfg.report_spam is True


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        ('username = ""', "mailbox.username: missing"),
        ('api_endpoint = "http://gmail.example.com/"', "mailbox.api_endpoint: must be https://"),
        ('api_endpoint = "ftp://127.0.0.1/"', "mailbox.api_endpoint: must be https://"),
        ('report_spam = "yes"', "mailbox.report_spam: expected true or false"),
    ],
)
def test_gmail_config_errors_name_the_key(extra: str, error: str) -> None:
    text = GMAIL_CONFIG.format(extra=extra)
    if extra.startswith("username"):
        text = text.replace('username = "alex@example.org"\n', "")
    with pytest.raises(ConfigError, match=error):
        parse_config(text, Path("/tmp/config.toml"))


def test_gmail_config_allows_plain_http_on_loopback_only() -> None:
    assert gmail_config('api_endpoint = "http://127.0.0.1:8080/"').api_endpoint == "http://127.0.0.1:8080/"
    assert gmail_config('token_file = "state/token.json"').token_file == Path(
        "/home/alex/.config/inboxwatch/state/token.json"
    )


def test_without_the_gmail_extra_the_backend_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "inboxwatch.mailbox.gmail")
    monkeypatch.setitem(sys.modules, "googleapiclient.discovery", None)  # as if not installed
    with pytest.raises(ConfigError, match=r"pip install 'inboxwatch\[gmail\]'"):
        open_mailbox(gmail_config(), lambda: "")


def test_the_loopback_server_shows_a_draft_as_gmail_does(gmail: FakeGmail, tmp_path: Path) -> None:
    with box(gmail, tmp_path) as opened:
        opened.add_draft(reply_draft("Re: Next steps"))
        drafts = opened._api.drafts()
        [listed] = drafts.list(userId="me").execute()["drafts"]
        whole = drafts.get(userId="me", id=listed["id"]).execute()  # format=full by default
    payload = whole["message"]["payload"]
    assert payload["mimeType"] == "text/plain"
    assert {"name": "X-Inboxwatch-Draft", "value": "interview=1; step=follow_up_1"} in payload["headers"]
    assert b"Dear Jane" in base64.urlsafe_b64decode(payload["body"]["data"])
    assert whole["message"]["labelIds"] == ["DRAFT"]


# --- Gmail over IMAP -----------------------------------------------------------


def test_gmail_imap_conversation_id_is_read_as_the_api_writes_it() -> None:
    # Dovecot lacks X-GM-EXT-1, so Gmail's FETCH answer, as imaplib splits it, is read here.
    header = b"From: Jane Doe <jane@acme.example>\r\nSubject: Next steps\r\n\r\n"
    answer = [
        (
            b"1 (X-GM-THRID 1278455344230334865 UID 7 RFC822.SIZE 1234 "
            b"BODY[HEADER.FIELDS (FROM SUBJECT)] {%d}" % len(header),
            header,
        ),
        b")",
    ]
    # 11bdfc5cae0c8191: the threadId the Gmail API gives the same thread.
    assert _read_headers(answer) == {7: (header, "11bdfc5cae0c8191")}
    answer[0] = (answer[0][0].replace(b"RFC822.SIZE 1234 ", b""), header)  # the answer to what is asked
    assert _read_headers(answer) == {7: (header, "11bdfc5cae0c8191")}
