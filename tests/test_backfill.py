"""Mail that came before its interview was logged: the next scan searches the server for it (Dovecot)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from imapclient.imapclient import SENT
from sqlalchemy import create_engine, text

from inboxwatch.cli import cli
from inboxwatch.service import Scan
from mails import ADD_ACME, JANE, mail, thanks_to_jane
from test_scan_imap import body_fetches, sent_commands

Run = Callable[..., Any]  # the `iw` fixture
GLOBEX = ("interview", "add", "--company", "Globex", "--role", "Data Engineer", "--at", "2026-11-16 14:00")
REJECTION = (
    "Dear Alex,\n\nThank you for your time. Unfortunately, we have decided to move forward "
    "with other candidates for this role.\n\nJane"
)


class Crash(Exception):
    """The process dies."""


def interview_json(iw: Run, interview_id: int) -> dict[str, Any]:
    return json.loads(iw("interview", "show", str(interview_id), "--json").output)


def replies(iw: Run, interview_id: int) -> list[str]:
    return [e["summary"] for e in interview_json(iw, interview_id)["timeline"] if e["kind"] == "reply"]


def marked(database_url: str) -> list[int]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        found = sorted(conn.execute(text("select interview_id from backfills")).scalars())
    engine.dispose()
    return found


def deliver_before_acme_is_logged(imap_account: Any) -> None:
    """Acme turns Alex down, and a newsletter names Acme's domain nowhere."""
    client = imap_account.client()
    client.append(
        "INBOX", mail("Your application", body=REJECTION, when=datetime(2026, 11, 18, 9, tzinfo=UTC))
    )
    client.append(
        "INBOX", mail("New jobs", sender="news@jobs.example", when=datetime(2026, 11, 18, 10, tzinfo=UTC))
    )
    client.logout()


def unseen(imap_account: Any) -> bool:
    client = imap_account.client()
    client.select_folder("INBOX", readonly=True)
    flags = client.get_flags(client.search("ALL"))
    client.logout()
    return bool(flags) and all(b"\\Seen" not in f for f in flags.values())


def test_a_reply_that_came_before_its_interview_was_logged_is_found(
    iw: Run, imap_account: Any, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    globex = int(iw(*GLOBEX, "--domain", "globex.example").output)
    deliver_before_acme_is_logged(imap_account)
    # Only Globex is logged: the gate turns Acme's reply away, and the cursor passes it.
    assert "2 new message(s), 0 employer replies" in iw("scan", "--now", "2026-11-18 12:00").output
    acme = int(iw(*ADD_ACME, "--contact", JANE, "--domain", "acme.example").output)
    assert marked(database_url) == [acme]
    sent = sent_commands(monkeypatch)
    out = iw("scan", "--now", "2026-11-18 13:00").output
    assert f"interview {acme} (Acme): awaiting_reply -> rejected" in out
    assert interview_json(iw, acme)["last_reply_kind"] == "rejection"
    assert interview_json(iw, globex)["status"] == "awaiting_reply"
    # The server searched for Acme's mail: only its reply's header and body were read.
    searches = [line for line in sent if b" UID SEARCH " in line]
    assert any(b"acme.example" in line and b"SUBJECT acme" in line for line in searches)
    assert [line for line in sent if b"HEADER.FIELDS" in line and b"FETCH 1 " in line]
    assert not [line for line in sent if b"HEADER.FIELDS" in line and b"FETCH 2 " in line]
    assert len(body_fetches(sent)) == 1
    assert marked(database_url) == []
    # Done once: a third scan changes nothing.
    out = iw("scan", "--now", "2026-11-18 14:00").output
    assert "0 new message(s), 0 employer replies, 0 status change(s)" in out
    assert len(replies(iw, acme)) == 1
    assert unseen(imap_account)


def test_a_crash_during_the_search_searches_again_and_nothing_is_read_twice(
    iw: Run, imap_account: Any, imap_config: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    iw(*GLOBEX, "--domain", "globex.example")
    deliver_before_acme_is_logged(imap_account)
    iw("scan", "--now", "2026-11-18 12:00")
    acme = int(iw(*ADD_ACME, "--contact", JANE).output)
    ingest = Scan._ingest

    def ingest_then_die(*args: Any) -> None:
        ingest(*args)
        raise Crash  # the process dies before the search's transaction commits

    with monkeypatch.context() as patch:
        patch.setattr(Scan, "_ingest", ingest_then_die)
        with pytest.raises(Crash):
            CliRunner().invoke(
                cli,
                ["--config", str(imap_config), "scan", "--now", "2026-11-18 13:00"],
                catch_exceptions=False,
            )
    assert marked(database_url) == [acme]
    assert replies(iw, acme) == []
    assert "awaiting_reply -> rejected" in iw("scan", "--now", "2026-11-18 14:00").output
    # A change that searches again finds what it read already, and reads none of it twice.
    iw("interview", "update", str(acme), "--domain", "acme.example")
    assert marked(database_url) == [acme]
    out = iw("scan", "--now", "2026-11-18 15:00").output
    assert "0 employer replies, 0 status change(s)" in out
    assert marked(database_url) == []
    assert len(replies(iw, acme)) == 1


def test_only_a_change_to_what_matching_knows_or_an_earlier_time_searches_again(
    iw: Run, database_url: str
) -> None:
    acme = int(iw(*ADD_ACME).output)
    iw("scan", "--now", "2026-11-18 12:00")
    assert marked(database_url) == []
    iw("interview", "update", str(acme), "--notes", "liked the team", "--round", "2")
    assert marked(database_url) == []
    iw("interview", "update", str(acme), "--at", "2026-11-23 10:00")  # the next round
    assert marked(database_url) == []
    changes = (
        ("--company", "Acme Robotics"),
        ("--alias", "Roadrunner"),
        ("--job-id", "R-20417"),
        ("--contact", "Kim <kim@acme.example>"),
        ("--domain", "acme.example"),
        ("--at", "2026-11-02 10:00"),  # logged wrong: two weeks earlier
    )
    for change in changes:
        iw("interview", "update", str(acme), *change)
        assert marked(database_url) == [acme], change
        iw("scan", "--now", "2026-11-18 12:00")
        assert marked(database_url) == []


def test_confirming_a_review_finds_the_new_contacts_earlier_mail(
    iw: Run, imap_account: Any, database_url: str
) -> None:
    acme = int(iw(*ADD_ACME, "--domain", "acme.example").output)
    client = imap_account.client()
    # A recruiter writing from a private address: the company's name alone is only a suggestion...
    client.append(
        "INBOX",
        mail(
            "Acme - Backend Engineer",
            sender="Jane Roe <jane.roe@gmail.example>",
            body="Hi Alex, Acme would like to invite you to a second interview for the Backend Engineer "
            "role. Which times suit you next week?",
            when=datetime(2026, 11, 18, 9, tzinfo=UTC),
        ),
    )
    # ...and her next message names nothing the gate knows of.
    client.append(
        "INBOX",
        mail(
            "One more thing",
            sender="Jane Roe <jane.roe@gmail.example>",
            body="Hi Alex, could you please send us two references before the interview?\n\nJane",
            when=datetime(2026, 11, 18, 10, tzinfo=UTC),
        ),
    )
    client.logout()
    assert "2 new message(s), 1 employer reply" in iw("scan", "--now", "2026-11-18 12:00").output
    [waiting] = json.loads(iw("review", "--json").output)
    iw("review", "confirm", str(waiting["id"]))
    assert interview_json(iw, acme)["status"] == "next_round"
    assert marked(database_url) == [acme]
    out = iw("scan", "--now", "2026-11-18 13:00").output
    assert f"interview {acme} (Acme): next_round -> action_needed" in out
    assert [s.split(" (")[0] for s in replies(iw, acme)] == [
        "interview from jane.roe@gmail.example",
        "info_request from jane.roe@gmail.example",
    ]
    assert "0 new message(s)" in iw("scan", "--now", "2026-11-18 14:00").output
    assert unseen(imap_account)


def test_a_thank_you_sent_before_its_interview_was_logged_is_found_and_not_written_again(
    iw: Run, imap_account: Any
) -> None:
    iw(*GLOBEX, "--domain", "globex.example")
    client = imap_account.client()
    client.append(client.find_special_folder(SENT), thanks_to_jane(Message_ID="<thanks-1@example.org>"))
    client.logout()
    # Only Globex is logged: the gate turns the thank-you to Jane away.
    assert "1 new message(s)" in iw("scan", "--now", "2026-11-16 16:00").output
    acme = int(iw(*ADD_ACME, "--contact", JANE, "--domain", "acme.example").output)
    # The search finds it in Sent by its recipient, so no second thank-you is drafted.
    out = iw("scan", "--now", "2026-11-16 17:00").output
    assert "0 draft(s) written" in out, out
    # Still within the 24 hours: the thank-you is known now, not just skipped once.
    assert "0 draft(s) written" in iw("scan", "--now", "2026-11-17 09:30").output
    assert interview_json(iw, acme)["status"] == "awaiting_reply"
