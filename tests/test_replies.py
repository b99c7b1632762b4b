"""How replies move an interview: new rounds from calendar invitations, out-of-office returns."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

from mails import in_process, mail

DATA = Path(__file__).parent / "data"


def iw(config: Path, *args: str) -> str:
    return in_process(config)(*args).output


def deliver(config: Path, raw: bytes) -> None:
    mailbox.Maildir(config.parent / "Maildir", create=False).add(raw)


def test_a_calendar_invitation_schedules_the_next_round(maildir_config: Path) -> None:
    iw(
        maildir_config,
        "interview",
        "add",
        "--company",
        "Fabrikam",
        "--role",
        "Backend Engineer",
        "--at",
        "2025-03-11 10:00",
        "--contact",
        "jane.doe@fabrikam.com",
    )
    deliver(maildir_config, (DATA / "invite_calendar.eml").read_bytes())
    iw(maildir_config, "scan", "--now", "2025-03-12 12:00")
    [data] = json.loads(iw(maildir_config, "interview", "list", "--json"))
    assert (data["status"], data["round"], data["last_reply_kind"]) == ("next_round", 2, "interview")
    assert data["at"] == "2025-03-18T11:00:00-04:00"  # 15:00 UTC, in the user's New York time
    [planned] = json.loads(iw(maildir_config, "plan", "--now", "2025-03-12 12:00", "--json"))
    assert (planned["next"], planned["due"]) == ("thank_you", "2025-03-18T12:00:00-04:00")
    # Once the new round has taken place, the interview awaits a reply again.
    assert "next_round -> awaiting_reply" in iw(maildir_config, "scan", "--now", "2025-03-18 12:30")


def test_an_out_of_office_reply_defers_the_follow_up_past_the_return(maildir_config: Path) -> None:
    iw(
        maildir_config,
        "interview",
        "add",
        "--company",
        "Acme",
        "--role",
        "SRE",
        "--at",
        "2026-11-16 10:00",
        "--contact",
        "jane@acme.example",
    )
    [before] = json.loads(iw(maildir_config, "plan", "--now", "2026-11-18 12:00", "--json"))
    assert (before["next"], before["due"]) == ("follow_up_1", "2026-11-23T08:00:00-05:00")
    deliver(
        maildir_config,
        mail(
            "Automatic reply: Thank you",
            body="I am out of the office until Wednesday, November 25, 2026 with limited access to email.",
            Auto_Submitted="auto-replied",
            Date="Wed, 18 Nov 2026 09:00:00 -0500",
            linesep="\n",
        ),
    )
    iw(maildir_config, "scan", "--now", "2026-11-18 12:00")
    [after] = json.loads(iw(maildir_config, "plan", "--now", "2026-11-18 12:00", "--json"))
    assert (after["next"], after["due"]) == ("follow_up_1", "2026-11-26T08:00:00-05:00")
    [data] = json.loads(iw(maildir_config, "interview", "list", "--json"))
    assert (data["status"], data["last_reply_kind"]) == ("awaiting_reply", "auto_reply")
