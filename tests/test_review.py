"""Honest about doubt: a reply inboxwatch is unsure of changes no status and waits in the review queue.

`inboxwatch review` lists it; confirming or picking an interview applies it as a
confident reply would, and teaches the matcher; dismissing changes nothing.
"""

from __future__ import annotations

import json
import mailbox
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from inboxwatch import review
from inboxwatch.cli import cli
from inboxwatch.service import Scan
from mails import ADD_ACME, in_process, mail


def deliver(config: Path, sender: str, subject: str, body: str, day: int = 18, **headers: str) -> str:
    """Put a message in the inbox; returns its Message-ID."""
    message_id = headers.pop("Message_ID", make_msgid(domain="mail.example"))
    raw = mail(
        subject,
        sender=sender,
        to="sam@example.org",
        body=body,
        when=datetime(2026, 11, day, 15, tzinfo=UTC),
        linesep="\n",
        Message_ID=message_id,
        **headers,
    )
    mailbox.Maildir(config.parent / "Maildir", create=False).add(raw)
    return message_id


def iw(config: Path, *args: str, expect: int = 0) -> str:
    return in_process(config)(*args, expect=expect).output


def queue(config: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(iw(config, "review", "--json"))
    return found


def timeline(config: Path, interview_id: int) -> list[dict[str, str]]:
    shown: list[dict[str, str]] = json.loads(iw(config, "interview", "show", str(interview_id), "--json"))[
        "timeline"
    ]
    return shown


def add(config: Path, company: str, role: str, *extra: str) -> int:
    return int(
        iw(
            config,
            "interview",
            "add",
            "--company",
            company,
            "--role",
            role,
            "--at",
            "2026-11-16 10:00",
            *extra,
        )
    )


def statuses(config: Path) -> dict[int, str]:
    return {i["id"]: i["status"] for i in json.loads(iw(config, "interview", "list", "--json"))}


def deliver_mixed_signals(config: Path) -> None:
    """Jane's mail that reads as a rejection and an invitation at once."""
    deliver(
        config,
        "Jane <jane@acme.example>",
        "Update on your application",
        "Hi Sam, unfortunately the Backend role has been filled, but we would like to invite you "
        "to interview for another position on our platform team.",
    )


def test_mixed_signals_go_to_review_not_to_rejected(maildir_config: Path) -> None:
    interview_id = add(maildir_config, "Acme", "Backend Engineer", "--contact", "jane@acme.example")
    deliver_mixed_signals(maildir_config)
    out = iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    assert "1 employer reply" in out
    assert "1 for review" in out
    assert statuses(maildir_config) == {interview_id: "awaiting_reply"}
    events = timeline(maildir_config, interview_id)
    assert [e["kind"] for e in events][-2:] == ["reply", "review"]
    assert "conflicting cues" in events[-1]["summary"]
    [waiting] = queue(maildir_config)
    assert waiting["suggested"] == {"id": interview_id, "company": "Acme", "role": "Backend Engineer"}
    assert (waiting["sender"], waiting["subject"]) == ("jane@acme.example", "Update on your application")
    assert waiting["date"] == "2026-11-18T10:00:00-05:00"
    assert any("conflicting cues" in reason for reason in waiting["reasons"])
    assert "waiting for your review: 1" in iw(maildir_config, "status")

    # The user read it: an invitation to interview for another role.
    out = iw(maildir_config, "review", "confirm", str(waiting["id"]), "--kind", "interview")
    assert "awaiting_reply -> next_round" in out
    [data] = json.loads(iw(maildir_config, "interview", "list", "--json"))
    assert (data["status"], data["round"], data["last_reply_kind"]) == ("next_round", 2, "interview")
    assert queue(maildir_config) == []
    assert "waiting for your review: 0" in iw(maildir_config, "status")
    assert [e["kind"] for e in timeline(maildir_config, interview_id)][-2:] == ["review", "status"]
    again = iw(maildir_config, "review", "confirm", str(waiting["id"]), expect=2)
    assert again == f"inboxwatch: review {waiting['id']} is already confirmed\n"


def test_two_interviews_at_one_company_are_never_guessed_between(maildir_config: Path) -> None:
    backend = add(maildir_config, "Acme", "Backend Engineer", "--domain", "acme.example")
    data = add(maildir_config, "Acme", "Data Engineer", "--domain", "acme.example")
    deliver(
        maildir_config,
        "Recruiting <talent@acme.example>",
        "Next steps",
        "Hi Sam, we would like to invite you to the next round of interviews.",
    )
    out = iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    assert "1 for review" in out
    assert statuses(maildir_config) == {backend: "awaiting_reply", data: "awaiting_reply"}
    [waiting] = queue(maildir_config)
    suggested = waiting["suggested"]["id"]
    [other] = waiting["candidates"]
    assert {suggested, other["id"]} == {backend, data}
    text = iw(maildir_config, "review")
    assert f"or #{other['id']} Acme: {other['role']}" in text

    # The user knows it is about the other role.
    out = iw(maildir_config, "review", "pick", str(waiting["id"]), str(other["id"]))
    assert "awaiting_reply -> next_round" in out
    assert statuses(maildir_config) == {suggested: "awaiting_reply", other["id"]: "next_round"}
    assert "you picked this interview for review" in timeline(maildir_config, other["id"])[-2]["summary"]


def test_an_acknowledgement_is_not_an_answer(maildir_config: Path) -> None:
    interview_id = add(maildir_config, "Acme", "Backend Engineer", "--domain", "acme.example")
    deliver(
        maildir_config,
        "Acme Careers <careers@acme.example>",
        "We received your application",
        "Thank you for applying. This is an automated message to confirm we have received your application.",
    )
    out = iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    assert "0 for review" in out
    assert statuses(maildir_config) == {interview_id: "awaiting_reply"}


def test_an_unsure_auto_reply_is_not_queued(maildir_config: Path) -> None:
    # A plausible match (a free-mail sender naming the company) on a message that could move no status.
    interview_id = add(maildir_config, "Acme", "Backend Engineer", "--domain", "acme.example")
    deliver(
        maildir_config,
        "Jane Roe <jane.roe@gmail.example>",
        "Automatic reply: Acme Backend Engineer interview",
        "I am out of the office until December 1 with limited access to email.",
        Auto_Submitted="auto-replied",
    )
    out = iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    assert "1 employer reply" in out
    assert "0 for review" in out
    assert queue(maildir_config) == []
    assert statuses(maildir_config) == {interview_id: "awaiting_reply"}


def test_mail_that_names_no_interview_is_not_queued(maildir_config: Path) -> None:
    add(maildir_config, "Acme", "Backend Engineer", "--domain", "acme.example")
    deliver(maildir_config, "Jo <jo@globex.example>", "Lunch?", "Unfortunately I cannot make it on Friday.")
    assert "0 employer replies, 0 status change(s), 0 draft(s) written, 0 for review" in iw(
        maildir_config, "scan", "--now", "2026-11-18 12:00"
    )
    assert queue(maildir_config) == []


def test_a_confirmation_teaches_the_matcher(maildir_config: Path) -> None:
    interview_id = add(maildir_config, "Acme", "Backend Engineer", "--domain", "acme.example")
    # A recruiter writing from a private address: the company's name alone is only a suggestion.
    first = deliver(
        maildir_config,
        "Jane Roe <jane.roe@gmail.example>",
        "Acme - Backend Engineer",
        "Hi Sam, Acme would like to invite you to a second interview for the Backend Engineer role. "
        "Which times suit you next week?",
    )
    assert "1 for review" in iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    [waiting] = queue(maildir_config)
    assert waiting["kind"] == "interview"
    assert waiting["match_score"] < 0.8
    out = iw(maildir_config, "-v", "review", "confirm", str(waiting["id"]))
    logged = [line.partition(" INFO ")[2] for line in out.splitlines() if " INFO inboxwatch.review:" in line]
    assert logged == [
        f"inboxwatch.review: review {waiting['id']} confirmed: interview {interview_id} (Acme), "
        "interview from jane.roe@gmail.example"
    ]
    shown = json.loads(iw(maildir_config, "interview", "show", str(interview_id), "--json"))
    assert shown["contacts"] == ["jane.roe@gmail.example"]
    assert (shown["status"], shown["round"]) == ("next_round", 2)

    # She writes again, about something else: now a confident match, and no review.
    deliver(
        maildir_config,
        "Jane Roe <jane.roe@gmail.example>",
        "Good news",
        "Hi Sam, we are delighted to offer you the position. The offer letter is attached.",
        day=25,
    )
    out = iw(maildir_config, "scan", "--now", "2026-11-25 12:00")
    assert "0 for review" in out
    assert "next_round -> offer" in out
    # And a colleague answering in her thread is known by the thread.
    deliver(
        maildir_config,
        "Scheduling <calendar@people-ops.example>",
        "Re: Acme - Backend Engineer",
        "Hi Sam, unfortunately we have decided to move forward with other candidates.",
        day=26,
        In_Reply_To=first,
        References=first,
    )
    out = iw(maildir_config, "scan", "--now", "2026-11-26 12:00")
    assert "0 for review" in out
    assert "offer -> rejected" in out


def test_confirming_an_older_reply_keeps_what_a_newer_one_said(maildir_config: Path) -> None:
    interview_id = add(maildir_config, "Acme", "Backend Engineer", "--contact", "jane@acme.example")
    deliver_mixed_signals(maildir_config)
    iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    [waiting] = queue(maildir_config)
    deliver(
        maildir_config,
        "Jane <jane@acme.example>",
        "Your application",
        "Hi Sam, thank you for your time. Unfortunately we have decided not to move forward "
        "with your application.",
        day=20,
    )
    iw(maildir_config, "scan", "--now", "2026-11-20 17:00")
    assert statuses(maildir_config) == {interview_id: "rejected"}

    # Read late, the first mail was an invitation: it is recorded, but the later rejection stands.
    out = iw(maildir_config, "review", "confirm", str(waiting["id"]), "--kind", "interview")
    assert "a later reply already set the status, which stays rejected" in out
    [data] = json.loads(iw(maildir_config, "interview", "list", "--json"))
    assert (data["status"], data["round"], data["last_reply_kind"]) == ("rejected", 1, "rejection")
    assert queue(maildir_config) == []


def test_a_contacts_unreadable_message_holds_the_follow_up_until_reviewed(maildir_config: Path) -> None:
    interview_id = add(maildir_config, "Acme", "Backend Engineer", "--contact", "jane@acme.example")
    deliver(
        maildir_config,
        "Jane <jane@acme.example>",
        "Re: Thank you",
        "Hi Sam, good to hear from you. Speak soon",
    )
    out = iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    assert "1 for review" in out
    [waiting] = queue(maildir_config)
    # No phrase says what it is: "other", or the statistical backstop's unsure guess.
    assert any(reason.startswith("no known cue") for reason in waiting["reasons"])
    [row] = json.loads(iw(maildir_config, "interview", "list", "--json"))
    assert row["status"] == "awaiting_reply"

    # Monday after: the first follow-up would be due, but Jane may have answered already.
    assert "0 draft(s) written" in iw(maildir_config, "scan", "--now", "2026-11-23 12:00")
    assert "inboxwatch review" in iw(maildir_config, "interview", "list")

    # The user read it: small talk. The playbook goes on.
    iw(maildir_config, "review", "dismiss", str(waiting["id"]))
    assert "1 draft(s) written" in iw(maildir_config, "scan", "--now", "2026-11-23 12:05")
    [draft] = json.loads(iw(maildir_config, "drafts", "--json"))
    assert (draft["interview_id"], draft["kind"]) == (interview_id, "follow_up_1")


def test_dismiss_changes_nothing(maildir_config: Path) -> None:
    interview_id = add(maildir_config, "Acme", "Backend Engineer", "--domain", "acme.example")
    deliver(
        maildir_config,
        "Jane Roe <jane.roe@gmail.example>",
        "Acme - Backend Engineer",
        "Hi Sam, unfortunately Acme will not move forward with your application.",
    )
    iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    [waiting] = queue(maildir_config)
    before = json.loads(iw(maildir_config, "interview", "show", str(interview_id), "--json"))
    assert iw(maildir_config, "review", "dismiss", str(waiting["id"])) == (
        f"dismissed review {waiting['id']}; nothing changed\n"
    )
    after = json.loads(iw(maildir_config, "interview", "show", str(interview_id), "--json"))
    assert after["timeline"][-1]["summary"].startswith(f"you dismissed review {waiting['id']}")
    assert {k: v for k, v in after.items() if k != "timeline"} == {
        k: v for k, v in before.items() if k != "timeline"
    }
    assert queue(maildir_config) == []
    assert "nothing to review" in iw(maildir_config, "review")


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["confirm", "99"], "no review with id 99"),
        (["pick", "99", "1"], "no review with id 99"),
        (["dismiss", "99"], "no review with id 99"),
        (["pick", "1", "42"], "no interview with id 42"),
    ],
)
def test_a_wrong_id_is_one_line_and_status_2(maildir_config: Path, args: list[str], error: str) -> None:
    add(maildir_config, "Acme", "Backend Engineer", "--domain", "acme.example")
    deliver(
        maildir_config,
        "Jane Roe <jane.roe@gmail.example>",
        "Acme - Backend Engineer",
        "Hi Sam, unfortunately Acme will not move forward with your application.",
    )
    iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    assert iw(maildir_config, "review", *args, expect=2) == f"inboxwatch: {error}\n"
    assert len(queue(maildir_config)) == 1


def test_an_ats_address_never_becomes_a_contact(maildir_config: Path) -> None:
    backend = add(maildir_config, "Acme", "Backend Engineer", "--domain", "acme.example")
    add(maildir_config, "Acme", "Data Engineer", "--domain", "acme.example")
    globex = add(maildir_config, "Globex", "Platform Engineer", "--domain", "globex.example")
    relay = "Acme Recruiting <no-reply@us.greenhouse-mail.io>"
    deliver(
        maildir_config,
        relay,
        "Next steps with Acme",
        "Hi Sam, Acme would like to invite you to a final interview.",
    )
    iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    [waiting] = queue(maildir_config)
    iw(maildir_config, "review", "pick", str(waiting["id"]), str(backend))
    shown = json.loads(iw(maildir_config, "interview", "show", str(backend), "--json"))
    assert shown["status"] == "next_round"
    assert shown["contacts"] == []  # Greenhouse relays every employer's mail from that address

    # So Globex's mail through the same address still goes to Globex.
    deliver(
        maildir_config,
        "Globex Talent <no-reply@us.greenhouse-mail.io>",
        "Your application to Globex",
        "Hi Sam, unfortunately Globex has decided not to move forward with your application.",
        day=19,
    )
    iw(maildir_config, "scan", "--now", "2026-11-19 12:00")
    assert statuses(maildir_config)[globex] == "rejected"
    assert statuses(maildir_config)[backend] == "next_round"


class Crash(Exception):
    pass


def scan(config: Path) -> None:
    CliRunner().invoke(
        cli, ["--config", str(config), "scan", "--now", "2026-11-18 12:00"], catch_exceptions=False
    )


def test_a_crash_never_queues_a_message_twice(maildir_config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add(maildir_config, "Acme", "Backend Engineer", "--domain", "acme.example")
    deliver(
        maildir_config,
        "Jane Roe <jane.roe@gmail.example>",
        "Acme - Backend Engineer",
        "Hi Sam, unfortunately Acme will not move forward with your application.",
    )
    real_queue = review.queue

    def queue_then_die(*args: Any) -> None:
        real_queue(*args)
        raise Crash  # the process dies before the batch commits

    with monkeypatch.context() as patch:
        patch.setattr(review, "queue", queue_then_die)
        with pytest.raises(Crash):
            scan(maildir_config)
    assert queue(maildir_config) == []

    def die_after_the_sync(*args: Any) -> None:
        raise Crash  # the process dies after the batch committed

    with monkeypatch.context() as patch:
        patch.setattr(Scan, "_follow_playbook", die_after_the_sync)
        with pytest.raises(Crash):
            scan(maildir_config)
    assert len(queue(maildir_config)) == 1
    assert "0 new message(s)" in iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    assert len(queue(maildir_config)) == 1


def test_a_relayed_reply_naming_only_an_alias_matches(maildir_config: Path, tmp_path: Path) -> None:
    interview_id = add(maildir_config, "Contoso", "Backend Engineer")
    deliver(
        maildir_config,
        "Northwind Cloud Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your application",
        "Hi Sam, thank you for interviewing with Northwind Cloud. We would like to invite you to a "
        "final round interview with our CTO.",
    )
    [path] = (maildir_config.parent / "Maildir" / "new").iterdir()
    assert "match: none" in iw(maildir_config, "explain", str(path))
    # Contoso runs its hiring under its brand.
    iw(maildir_config, "interview", "update", str(interview_id), "--alias", "Northwind Cloud")
    out = iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    assert "awaiting_reply -> next_round" in out
    assert statuses(maildir_config) == {interview_id: "next_round"}


def test_a_job_id_tells_two_roles_apart(maildir_config: Path) -> None:
    backend = add(maildir_config, "Acme", "Engineer", "--domain", "acme.example", "--job-id", "R-20417")
    data = add(maildir_config, "Acme", "Engineer", "--domain", "acme.example", "--job-id", "R-20533")
    deliver(
        maildir_config,
        "Recruiting <talent@acme.example>",
        "Next steps for requisition R-20533",
        "Hi Sam, we would like to invite you to the next round of interviews.",
    )
    out = iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    assert "0 for review" in out
    assert statuses(maildir_config) == {backend: "awaiting_reply", data: "next_round"}


def test_review_on_imap_and_each_database(iw: Callable[..., Any], imap_account: Any) -> None:
    """The queue through a real Dovecot, on SQLite and on PostgreSQL."""
    backend, data = (
        int(iw(*ADD_ACME[:5], role, *ADD_ACME[6:], "--domain", "acme.example").output)
        for role in ("Backend Engineer", "Data Engineer")
    )
    client = imap_account.client()
    client.append(
        "INBOX",
        mail(
            "Next steps",
            sender="Recruiting <talent@acme.example>",
            body="Hi Alex, we would like to invite you to the next round of interviews.",
            when=datetime(2026, 11, 18, 9, tzinfo=UTC),
        ),
    )
    client.logout()
    assert "1 for review" in iw("scan", "--now", "2026-11-18 12:00").output
    assert "1 for review" not in iw("scan", "--now", "2026-11-18 13:00").output  # read once
    [waiting] = json.loads(iw("review", "--json").output)
    assert {waiting["suggested"]["id"], *(c["id"] for c in waiting["candidates"])} == {backend, data}
    iw("review", "pick", str(waiting["id"]), str(data), "--kind", "rejection")
    listed = {i["id"]: i for i in json.loads(iw("interview", "list", "--json").output)}
    assert (listed[data]["status"], listed[data]["last_reply_kind"]) == ("rejected", "rejection")
    assert listed[data]["contacts"] == ["talent@acme.example"]
    assert listed[backend]["status"] == "awaiting_reply"
    assert json.loads(iw("review", "--json").output) == []
