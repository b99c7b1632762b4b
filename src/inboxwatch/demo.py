"""Build the sample mailbox and config behind `inboxwatch demo`."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from inboxwatch.config import load_config
from inboxwatch.core.model import Address
from inboxwatch.interviews import NewInterview, add_interview
from inboxwatch.store import open_store

USER = Address("Alex Candidate", "alex@example.org")

CONFIG = """\
# The demo's config: a local Maildir and an SQLite file beside it.
[mailbox]
backend = "maildir"
path = "Maildir"

[database]
url = "sqlite:///{db}"

[user]
name = "{name}"
email = "{email}"
timezone = "UTC"
"""


def _mail(
    sender: Address, to: Address, subject: str, body: str, when: datetime, reply_to: str | None = None
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = str(sender)
    msg["To"] = str(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid("demo", sender.domain)
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    msg.set_content(body)
    return msg


def build_demo(root: Path, now: datetime) -> Path:
    """Write a Maildir, a config and a database with four interviews; return the config's path."""
    root.mkdir(parents=True, exist_ok=True)
    config_path = root / "config.toml"
    config_path.write_text(
        CONFIG.format(db=root / "inboxwatch.db", name=USER.name, email=USER.email), encoding="utf-8"
    )
    inbox = mailbox.Maildir(root / "Maildir", create=True)
    sent = inbox.add_folder("Sent")
    inbox.add_folder("Drafts")

    jane = Address("Jane Doe", "jane@acme.example")
    sam = Address("Sam Lee", "sam@globex.example")
    bill = Address("Bill Lumbergh", "bill@initech.example")
    day = timedelta(days=1)

    def weekday(days: int) -> datetime:
        """14:00 on the weekday nearest ``days`` from today, so the tour looks alike any day."""
        when = datetime.combine(now.date() + days * day, time(14), tzinfo=UTC)
        while when.weekday() >= 5:
            when -= day
        return when

    interviews = [
        NewInterview("Acme Robotics", "Backend Engineer", weekday(-9), (jane,), ("acme.example",)),
        NewInterview("Globex", "Data Engineer", weekday(-4), (sam,), ("globex.example",)),
        NewInterview(
            "Initech", "Platform Engineer", weekday(-14), (bill,), ("initech.example",), notes="TPS reports"
        ),
        NewInterview("Umbrella", "Site Reliability Engineer", weekday(3), domains=("umbrella.example",)),
    ]
    cfg = load_config(config_path)
    store = open_store(cfg.database_url)
    with store.session() as session:
        for new in interviews:
            add_interview(session, new, now)
    store.close()

    inbox.add(
        _mail(
            jane,
            USER,
            "Your application for Backend Engineer",
            "Dear Alex,\n\nThank you for taking the time to interview with us. After careful consideration, "
            "we have decided to move forward with other candidates whose experience more closely "
            "matches our needs.\n\nWe wish you the best in your search.\n\nJane",
            now - 2 * day,
        )
    )
    inbox.add(
        _mail(
            sam,
            USER,
            "Next steps: Data Engineer at Globex",
            "Hi Alex,\n\nThe team enjoyed meeting you. We would like to invite you to a final round "
            "interview with our head of data next week. Does Tuesday at 10:00 work for you?\n\nSam",
            now - 1 * day,
        )
    )
    inbox.add(
        _mail(
            Address("Weekly Jobs", "news@jobs.example"),
            USER,
            "10 new jobs for you",
            "Hello! Here are this week's jobs.",
            now - 1 * day,
        )
    )
    thanks = _mail(
        USER,
        bill,
        "Thank you for the Platform Engineer interview",
        "Dear Bill,\n\nThank you for your time today. I enjoyed our talk about the TPS reports.\n\nAlex",
        weekday(-14) + timedelta(hours=3),
    )
    sent.add(thanks)
    return config_path


def show_drafts(root: Path) -> list[str]:
    """The drafts inboxwatch wrote into the demo's Drafts folder, as text."""
    drafts = mailbox.Maildir(root / "Maildir", create=False).get_folder("Drafts")
    lines = []
    for key in sorted(drafts.keys()):
        msg = drafts[key]
        lines.append(f"\n--- draft in {root / 'Maildir' / '.Drafts'} ---")
        lines.extend(f"{name}: {msg[name]}" for name in ("From", "To", "Subject", "In-Reply-To") if msg[name])
        payload = msg.get_payload(decode=True)
        lines.append("")
        lines.append(payload.decode("utf-8") if isinstance(payload, bytes) else "")
    return lines
