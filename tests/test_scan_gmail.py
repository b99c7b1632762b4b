"""End to end through the CLI on the Gmail API backend: the stories of test_scan_imap, on Gmail."""

from __future__ import annotations

import json
import os
import re
import signal
import threading
import urllib.request
import webbrowser
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.parser import BytesParser
from email.policy import default
from functools import partial
from pathlib import Path
from typing import Any

import google_auth_oauthlib.flow
import pytest
from sqlalchemy import create_engine, text

from daemons import wait_for
from dovecot import free_port
from gmail_server import DROP, FakeGmail, running
from inboxwatch import gmail_auth
from inboxwatch.lock import lock_path, read_owner
from inboxwatch.mailbox import gmail as gmail_adapter
from inboxwatch.mailbox.gmail import ATTEMPTS
from mails import JANE, USER, Ran, add_acme, forget_written_drafts, in_process, mail, thanks_to_jane

ACME_CONTACT = ("--contact", JANE, "--domain", "acme.example")
TOM = "Tom Baker <tom@acme.example>"
GLOBEX = (
    "interview",
    "add",
    "--company",
    "Globex",
    "--role",
    "Data Engineer",
    "--at",
    "2026-11-16 14:00",
    "--domain",
    "globex.example",
)
REJECTION = (
    "Dear Alex,\n\nThank you for your time. Unfortunately, we have decided to move forward "
    "with other candidates for this role.\n\nJane"
)

Run = Callable[..., Ran]


@pytest.fixture
def gmail(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGmail]:
    with running(monkeypatch) as server:
        yield server


@pytest.fixture
def gmail_config(gmail: FakeGmail, tmp_path: Path, database_url: str) -> Path:
    """A config for this test's Gmail account and database, authorised already, in Berlin time."""
    token = gmail.authorized_user(tmp_path / "state" / "gmail-token.json")
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[mailbox]
backend = "gmail"
username = "{USER}"
token_file = "{token}"
api_endpoint = "{gmail.url}"
timeout = 10

[database]
url = "{database_url}"

[user]
name = "Alex Candidate"
email = "{USER}"
timezone = "Europe/Berlin"
"""
    )
    return config


@pytest.fixture
def iw(gmail_config: Path) -> Run:
    """Run an inboxwatch command in this process."""
    return in_process(gmail_config)


def interview_json(iw: Run, interview_id: int) -> dict[str, Any]:
    return json.loads(iw("interview", "show", str(interview_id), "--json").output)


def at(when: datetime) -> float:
    return when.timestamp()


def draft_headers(gmail: FakeGmail) -> list[Any]:
    return [BytesParser(policy=default).parsebytes(m.raw) for m in gmail.draft_messages()]


def test_a_reply_sets_the_status_and_nothing_is_modified(iw: Run, gmail: FakeGmail) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    reply = gmail.deliver(
        mail(
            "Your application",
            body=REJECTION,
            when=datetime(2026, 11, 18, 9, tzinfo=UTC),
        ),
        when=at(datetime(2026, 11, 18, 9, tzinfo=UTC)),
    )
    gmail.deliver(
        mail("New jobs", sender="news@jobs.example", when=datetime(2026, 11, 18, tzinfo=UTC)),
        when=at(datetime(2026, 11, 18, tzinfo=UTC)),
    )
    out = iw("scan", "--now", "2026-11-18 12:00").output
    assert "2 new message(s), 1 employer reply" in out
    data = interview_json(iw, interview_id)
    assert data["status"] == "rejected"
    assert data["last_reply_kind"] == "rejection"
    assert any(e["kind"] == "reply" for e in data["timeline"])
    assert gmail.messages[reply].labels == {"INBOX", "UNREAD"}
    assert gmail.writes() == []
    # The body was downloaded for the one candidate reply only.
    raw_reads = [p for _m, p, q in gmail.requests if q.get("format") == ["raw"]]
    assert raw_reads == [f"/gmail/v1/users/me/messages/{reply}"]


def test_silence_writes_one_threaded_draft_exactly_once(iw: Run, gmail: FakeGmail) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    thanks = gmail.deliver(
        thanks_to_jane(Message_ID="<thanks-1@example.org>"),
        labels=["SENT"],
        when=at(datetime(2026, 11, 16, 15, tzinfo=UTC)),
    )
    # Friday: four business days after Monday's interview, nothing is due yet.
    assert "0 draft(s) written" in iw("scan", "--now", "2026-11-20 17:00").output
    assert gmail.drafts == {}
    # The next Monday at 09:00 the first follow-up is due, inside the thank-you's conversation.
    assert "1 draft(s) written" in iw("scan", "--now", "2026-11-23 09:00").output
    [draft] = gmail.draft_messages()
    assert draft.thread_id == gmail.messages[thanks].thread_id
    [headers] = draft_headers(gmail)
    assert headers["In-Reply-To"] == "<thanks-1@example.org>"
    assert headers["References"] == "<thanks-1@example.org>"
    assert headers["Subject"] == "Re: Thank you for today"
    assert headers["To"] == JANE
    assert headers["X-Inboxwatch-Draft"]
    # Scanning again, even much later, writes no second draft.
    iw("scan", "--now", "2026-11-24 09:00")
    iw("scan", "--now", "2026-12-24 09:00")
    assert len(gmail.drafts) == 1
    data = interview_json(iw, interview_id)
    assert [(d["kind"], d["state"]) for d in data["drafts"]] == [("follow_up_1", "waiting")]
    assert gmail.writes() == []


def test_a_crash_between_writing_and_recording_makes_no_second_draft(
    iw: Run, gmail: FakeGmail, database_url: str
) -> None:
    add_acme(iw, *ACME_CONTACT)
    iw("scan", "--now", "2026-11-23 09:00")
    forget_written_drafts(database_url)
    iw("scan", "--now", "2026-11-23 09:30")
    assert len(gmail.drafts) == 1


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the adapter backs off for, without waiting them out."""
    slept: list[float] = []
    monkeypatch.setattr(
        gmail_adapter, "GmailMailbox", partial(gmail_adapter.GmailMailbox, sleep=slept.append)
    )
    return slept


@pytest.mark.parametrize("lost", [503, DROP], ids=["error-answer", "connection-dropped"])
def test_a_lost_answer_to_drafts_create_makes_no_second_draft(
    iw: Run, gmail: FakeGmail, sleeps: list[float], lost: int
) -> None:
    add_acme(iw, *ACME_CONTACT)
    # Gmail creates the draft, but its answer is lost, as after a timeout.
    gmail.fail(lost, path=r".*/drafts", method="POST", after=True)
    assert "1 draft(s) written" in iw("scan", "--now", "2026-11-23 09:00").output
    assert len(gmail.drafts) == 1
    assert len(sleeps) == 1


def test_an_outage_is_one_line_and_the_next_scan_catches_up(
    iw: Run, gmail: FakeGmail, sleeps: list[float]
) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    gmail.deliver(
        mail("Your application", body=REJECTION, when=datetime(2026, 11, 18, tzinfo=UTC)),
        when=at(datetime(2026, 11, 18, tzinfo=UTC)),
    )
    gmail.fail(503, path=r".*/messages/\w+", times=ATTEMPTS)
    result = iw("scan", "--now", "2026-11-18 12:00", expect=2)
    assert result.output.splitlines()[-1] == (
        "inboxwatch: gmail: Google answered 503 (The service is currently unavailable.); will retry"
    )
    assert len(sleeps) == ATTEMPTS - 1
    assert "1 employer reply" in iw("scan", "--now", "2026-11-18 12:15").output
    assert interview_json(iw, interview_id)["status"] == "rejected"


def test_the_users_own_mail_is_not_an_employer_reply(iw: Run, gmail: FakeGmail) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    # Mail to yourself carries both labels in Gmail: one message, SENT and INBOX.
    gmail.deliver(
        mail(
            "Re: Next steps",
            sender=f"Alex Candidate <{USER}>",
            to=f"jane@acme.example, {USER}",
            body="Unfortunately I cannot make Tuesday; we have decided to move the call.",
            when=datetime(2026, 11, 17, tzinfo=UTC),
            Message_ID="<own-1@example.org>",
        ),
        labels=["SENT", "INBOX"],
        when=at(datetime(2026, 11, 17, tzinfo=UTC)),
    )
    out = iw("scan", "--now", "2026-11-18 12:00").output
    assert "0 employer replies" in out
    data = interview_json(iw, interview_id)
    assert data["status"] == "awaiting_reply"
    assert data["last_reply_kind"] is None


def test_dry_run_changes_nothing(iw: Run, gmail: FakeGmail) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    out = iw("scan", "--now", "2026-11-23 09:00", "--dry-run").output
    assert "would write follow_up_1 for interview" in out
    assert gmail.drafts == {}
    assert interview_json(iw, interview_id)["drafts"] == []
    # The real scan afterwards still sees everything.
    assert "1 draft(s) written" in iw("scan", "--now", "2026-11-23 09:00").output


def test_an_expired_history_id_costs_a_resync_but_reads_nothing_twice(iw: Run, gmail: FakeGmail) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    gmail.deliver(
        mail(
            "Scheduling",
            body="Hi Alex, thanks for your time on Monday.",
            when=datetime(2026, 11, 17, tzinfo=UTC),
        ),
        when=at(datetime(2026, 11, 17, tzinfo=UTC)),
    )
    assert "1 new message(s)" in iw("scan", "--now", "2026-11-17 12:00").output
    gmail.deliver(
        mail(
            "Your application",
            body="Dear Alex, unfortunately we have decided not to move forward with your application.",
            when=datetime(2026, 11, 19, 9, tzinfo=UTC),
        ),
        when=at(datetime(2026, 11, 19, 9, tzinfo=UTC)),
    )
    gmail.expire_history()
    out = iw("scan", "--now", "2026-11-19 12:00").output
    assert "1 new message(s), 1 employer reply" in out
    assert interview_json(iw, interview_id)["status"] == "rejected"
    # Back on history: nothing new.
    assert "0 new message(s)" in iw("scan", "--now", "2026-11-19 13:00").output


@pytest.mark.parametrize("same_conversation", [True, False], ids=["same-threadId", "other-threadId"])
def test_a_reply_in_the_conversation_matches_without_references(
    iw: Run, gmail: FakeGmail, same_conversation: bool
) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    thanks = gmail.deliver(
        thanks_to_jane(),
        labels=["SENT"],
        when=at(datetime(2026, 11, 16, 15, tzinfo=UTC)),
    )
    assert "1 new message(s)" in iw("scan", "--now", "2026-11-16 18:00").output
    # Someone nobody logged answers from a private address, without In-Reply-To or References,
    # naming neither the company nor the role: only Gmail's conversation ties it to the interview.
    gmail.deliver(
        mail(
            "Re: Thank you for today",
            sender="Sam Lee <sam.lee@mail.example>",
            body=REJECTION,
            when=datetime(2026, 11, 18, 9, tzinfo=UTC),
        ),
        when=at(datetime(2026, 11, 18, 9, tzinfo=UTC)),
        thread=gmail.messages[thanks].thread_id if same_conversation else None,
    )
    out = iw("scan", "--now", "2026-11-18 12:00").output
    data = interview_json(iw, interview_id)
    if same_conversation:
        assert "1 employer reply" in out
        assert data["status"] == "rejected"
        [reply] = [e for e in data["timeline"] if e["kind"] == "reply"]
        assert "match 1.00" in reply["summary"]
    else:
        assert "0 employer replies" in out
        assert data["status"] == "awaiting_reply"


def test_a_database_with_the_former_account_key_goes_on_from_its_cursor(
    iw: Run, gmail: FakeGmail, database_url: str
) -> None:
    add_acme(iw, *ACME_CONTACT)
    gmail.deliver(
        mail("Scheduling", when=datetime(2026, 11, 17, tzinfo=UTC)),
        when=at(datetime(2026, 11, 17, tzinfo=UTC)),
    )
    assert "1 new message(s)" in iw("scan", "--now", "2026-11-17 12:00").output
    # Earlier versions keyed the cursors "gmail:<address>@", as if Gmail had an empty host.
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("update sync_cursors set account = account || '@'"))
    engine.dispose()
    gmail.deliver(
        mail("Your application", when=datetime(2026, 11, 19, tzinfo=UTC)),
        when=at(datetime(2026, 11, 19, tzinfo=UTC)),
    )
    gmail.requests.clear()
    assert "1 new message(s)" in iw("scan", "--now", "2026-11-19 12:00").output
    # It read the history since its cursor: no listing of the window again.
    assert not [p for _m, p, _q in gmail.requests if p == "/gmail/v1/users/me/messages"]
    synced = iw("status").output
    assert f"gmail:{USER} inbox" in synced
    assert f"gmail:{USER} sent" in synced
    assert f"{USER}@" not in synced


def test_a_reply_in_spam_is_reported_and_left_there(iw: Run, gmail: FakeGmail) -> None:
    interview_id = add_acme(iw, *ACME_CONTACT)
    invite = gmail.deliver(
        mail(
            "Next steps",
            body="Hi Alex, we would like to invite you to a final round interview with our CTO.",
            when=datetime(2026, 11, 18, 9, tzinfo=UTC),
        ),
        labels=["SPAM"],
        when=at(datetime(2026, 11, 18, 9, tzinfo=UTC)),
    )
    out = iw("scan", "--now", "2026-11-18 12:00").output
    assert f"a reply to one of your interviews is in Spam (message {invite})" in out
    assert interview_json(iw, interview_id)["status"] == "next_round"
    assert gmail.messages[invite].labels == {"SPAM"}
    assert gmail.writes() == []


def test_drafts_are_followed_until_sent_or_deleted(iw: Run, gmail: FakeGmail) -> None:
    interview_id = add_acme(iw, "--contact", JANE, "--contact", TOM)
    assert "2 draft(s) written" in iw("scan", "--now", "2026-11-16 11:30").output
    [jane] = [d for d, m in gmail.drafts.items() if "jane@" in str(gmail.messages[m].headers["To"])]
    [tom] = [d for d in gmail.drafts if d != jane]
    gmail.send_draft(jane, when=at(datetime(2026, 11, 16, 12, tzinfo=UTC)))
    gmail.delete_draft(tom)
    iw("scan", "--now", "2026-11-16 13:00")
    iw("scan", "--now", "2026-11-16 14:30")
    states = [(d["kind"], d["to"], d["state"]) for d in interview_json(iw, interview_id)["drafts"]]
    assert states == [
        ("thank_you", "jane@acme.example", "sent"),
        ("thank_you", "tom@acme.example", "dismissed"),
    ]
    assert gmail.drafts == {}


def test_check_config_names_the_labels(iw: Run) -> None:
    out = iw("check-config").output
    assert "logged in to gmail" in out
    assert "DRAFT  [drafts]" in out
    assert "SENT  [sent]" in out


def test_a_revoked_authorisation_is_one_line_and_status_2(iw: Run, gmail: FakeGmail) -> None:
    gmail.revoke()
    result = iw("scan", expect=2)
    assert result.output.count("\n") == 1
    assert result.output.rstrip().endswith("run `inboxwatch auth gmail` again")


class Browser:
    """Visits the consent address as the user would, from a thread: the flow listens only afterwards."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []

    def visit(self, url: str) -> None:
        def go() -> None:
            with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 - a loopback URL
                answer.read()

        thread = threading.Thread(target=go)
        thread.start()
        self.threads.append(thread)


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Browser]:
    found = Browser()
    # oauthlib allows plain http only when told to; the loopback server has no TLS.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    monkeypatch.setattr(gmail_auth, "FLOW_TIMEOUT", 10)  # a broken test fails instead of waiting
    yield found
    for thread in found.threads:
        thread.join()


@pytest.mark.parametrize("no_browser", [False, True])
def test_auth_gmail_signs_in_on_the_given_port(
    iw: Run,
    gmail: FakeGmail,
    browser: Browser,
    gmail_config: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_browser: bool,
) -> None:
    gmail.client_secrets(gmail_config.parent / "client_secret.json")  # where the config looks by default
    token = gmail_config.parent / "state" / "gmail-token.json"
    token.unlink()
    port = free_port()

    class Opener:
        def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
            assert not no_browser, "--no-browser opened a browser"
            browser.visit(url)
            return True

    def shown(message: str) -> None:  # the flow prints the address; the user copies it to a browser
        if no_browser:
            browser.visit(re.findall(r"http://\S+", message)[0])

    monkeypatch.setattr(webbrowser, "get", lambda using=None: Opener())
    monkeypatch.setattr(google_auth_oauthlib.flow, "print", shown, raising=False)
    out = iw("auth", "gmail", "--port", str(port), *(["--no-browser"] if no_browser else [])).output
    assert f"authorised {USER}" in out
    [consent] = gmail.consents
    assert consent["redirect_uri"] == [f"http://localhost:{port}/"]
    assert token.stat().st_mode & 0o777 == 0o600
    assert "logged in to gmail" in iw("check-config").output


def test_auth_gmail_needs_the_gmail_backend(iw: Run, gmail_config: Path) -> None:
    gmail_config.write_text(
        gmail_config.read_text().replace('backend = "gmail"', 'backend = "maildir"\npath = "M"')
    )
    result = iw("auth", "gmail", expect=2)
    assert result.output == "inboxwatch: mailbox.backend: is 'maildir'; set it to \"gmail\" first\n"


@pytest.mark.slow
def test_the_daemon_asks_google_once_after_a_revocation_and_status_says_what_to_do(
    iw: Run, gmail: FakeGmail, gmail_config: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with gmail_config.open("a") as config:
        config.write("\n[daemon]\nscan_interval_minutes = 0.05\n")  # every 3 s
    monkeypatch.setenv("STATE_DIRECTORY", str(gmail_config.parent / "state"))
    gmail.revoke()
    seen: dict[str, str | None] = {}

    def last_error() -> str | None:
        """What `inboxwatch status` shows as the daemon's last error."""
        owner = read_owner(lock_path(database_url))
        return None if owner is None else owner.last_error

    def watch_then_stop() -> None:
        try:
            if wait_for(last_error, 20):
                seen["status"] = last_error()
                # Two more scheduled scans go by: a refused authorisation waits for a reload instead.
                threading.Event().wait(7)
        finally:
            os.kill(os.getpid(), signal.SIGTERM)  # the daemon stops on it, as under systemd

    helper = threading.Thread(target=watch_then_stop)
    helper.start()
    iw("run")
    helper.join()
    assert "run `inboxwatch auth gmail` again" in (seen.get("status") or "")
    assert sum(1 for _m, path, _q in gmail.requests if path == "/token") == 1


def test_a_reply_that_came_before_its_interview_was_logged_is_found(iw: Run, gmail: FakeGmail) -> None:
    globex = int(iw(*GLOBEX).output)
    when = datetime(2026, 11, 18, 9, tzinfo=UTC)
    reply = gmail.deliver(mail("Your application", body=REJECTION, when=when), when=at(when))
    gmail.deliver(mail("New jobs", sender="news@jobs.example", when=when), when=at(when))
    # Only Globex is logged: Acme's reply is turned away, and the history cursor passes it.
    assert "2 new message(s), 0 employer replies" in iw("scan", "--now", "2026-11-18 12:00").output
    acme = add_acme(iw, *ACME_CONTACT)
    gmail.requests.clear()
    out = iw("scan", "--now", "2026-11-18 13:00").output
    assert f"interview {acme} (Acme): awaiting_reply -> rejected" in out
    assert interview_json(iw, globex)["status"] == "awaiting_reply"
    # One search in Sent and one among received mail, for Acme's addresses and name.
    searches = [q["q"][0] for _m, _p, q in gmail.requests if "acme" in q.get("q", [""])[0]]
    assert len(searches) == 2
    # Sent is searched for the user's mail to them, the INBOX for theirs.
    assert sorted(s.rpartition(" {")[2] for s in searches) == [
        "from:acme.example from:acme subject:acme}",
        "to:acme.example cc:acme.example to:acme subject:acme}",
    ]
    raw_reads = [p for _m, p, q in gmail.requests if q.get("format") == ["raw"]]
    assert raw_reads == [f"/gmail/v1/users/me/messages/{reply}"]
    out = iw("scan", "--now", "2026-11-18 14:00").output
    assert "0 new message(s), 0 employer replies, 0 status change(s)" in out
    assert len([e for e in interview_json(iw, acme)["timeline"] if e["kind"] == "reply"]) == 1
    assert gmail.messages[reply].labels == {"INBOX", "UNREAD"}
    assert gmail.writes() == []
