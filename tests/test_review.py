"""Honest about doubt: a reply inboxwatch is unsure of changes no status and is left for review."""

from __future__ import annotations

import json
import mailbox
from datetime import UTC, datetime
from email.utils import make_msgid
from pathlib import Path

from mails import in_process, mail


def deliver(config: Path, sender: str, subject: str, body: str) -> None:
    raw = mail(
        subject,
        sender=sender,
        to="sam@example.org",
        body=body,
        when=datetime(2026, 11, 18, 15, tzinfo=UTC),
        linesep="\n",
        Message_ID=make_msgid(domain="mail.example"),
    )
    mailbox.Maildir(config.parent / "Maildir", create=False).add(raw)


def iw(config: Path, *args: str) -> str:
    return in_process(config)(*args).output


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


def test_mixed_signals_go_to_review_not_to_rejected(maildir_config: Path) -> None:
    interview_id = add(maildir_config, "Acme", "Backend Engineer", "--contact", "jane@acme.example")
    deliver(
        maildir_config,
        "Jane <jane@acme.example>",
        "Update on your application",
        "Hi Sam, unfortunately the Backend role has been filled, but we would like to invite you "
        "to interview for another position on our platform team.",
    )
    out = iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    assert "1 employer reply" in out
    assert "1 for review" in out
    assert statuses(maildir_config) == {interview_id: "awaiting_reply"}
    shown = json.loads(iw(maildir_config, "interview", "show", str(interview_id), "--json"))
    assert [e["kind"] for e in shown["timeline"]][-2:] == ["reply", "review"]
    assert "conflicting cues" in shown["timeline"][-1]["summary"]


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
