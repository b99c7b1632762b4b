"""A big, realistic mailbox for bench/bigmail.py, written straight into a Maildir.

The mix: 0.5% employer replies of every kind (the labelled corpus in
tests/data/corpus, re-dated and given fresh Message-IDs), about the 30
interviews of ``INTERVIEWS``; the rest newsletters, job alerts, personal
threads, notifications and mail with attachments, some of it HTML. The
user's Sent folder holds 2% as many messages: follow-ups to the interviews'
recruiters and answers in the personal threads. Everything is a pure function
of the seed, so two runs load the same mailbox.
"""

from __future__ import annotations

import base64
import csv
import os
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from corpus_source import COMPANIES

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
USER = "sam@example.org"
REPLY_SHARE = 0.005
SENT_SHARE = 0.02
# Kinds of filler mail and their weights, after the employer replies.
MIX = {"newsletter": 30, "alert": 15, "thread": 30, "notification": 15, "attachment": 10}


@dataclass(frozen=True)
class Interview:
    company: str
    role: str
    contact: str
    domain: str


def interviews() -> list[Interview]:
    """Every role of every corpus employer, and one employer that never writes: 30 in all."""
    found = [
        Interview(c.name, role, f"{c.recruiter} <{c.recruiter_email}>", c.domain)
        for c in COMPANIES
        for role in c.roles
    ]
    found.append(
        Interview("Quiet Labs", "Engineer", "Quinn Quiet <quinn@quietlabs.example>", "quietlabs.example")
    )
    return found[:30]


def corpus_replies() -> list[bytes]:
    """The corpus's mail from employers, in file order."""
    with (CORPUS / "labels.csv").open(encoding="utf-8") as labels:
        return [(CORPUS / row["file"]).read_bytes() for row in csv.DictReader(labels) if row["company"]]


HEADER_LINE = {
    name: re.compile(rb"^" + name + rb":[^\r\n]*(\r?\n[ \t][^\r\n]*)*", re.IGNORECASE | re.MULTILINE)
    for name in (rb"Date", rb"Message-ID")
}


def redated(raw: bytes, when: datetime, message_id: str) -> bytes:
    """A corpus message as if sent ``when``, under a Message-ID of its own."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    head = HEADER_LINE[b"Date"].sub(f"Date: {format_datetime(when)}".encode(), head, count=1)
    head = HEADER_LINE[b"Message-ID"].sub(f"Message-ID: {message_id}".encode(), head, count=1)
    return head + sep + body


WORDS = [
    "update",
    "team",
    "project",
    "meeting",
    "release",
    "quarter",
    "plan",
    "review",
    "weekend",
    "travel",
    "photos",
    "dinner",
    "invoice",
    "account",
    "security",
    "report",
    "garden",
    "football",
    "concert",
    "library",
    "coffee",
    "budget",
    "launch",
]
BRANDS = ["techdigest", "dailybrief", "shopnow", "travelmore", "devweekly", "newsnow", "gadgetzone"]
BOARDS = [("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), ("Indeed", "alert@indeed.com")]
FRIENDS = ["Robin Green", "Kim Lee", "Ana Souza", "Tom Berg", "Mia Chen", "Lars Nilsen", "Eva Rossi"]
NOTIFIERS = [("GitHub", "notifications@github.com"), ("Bank", "alerts@mybank.example")]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng, rng.randint(6, 14)) for _ in range(sentences))


def message(headers: list[tuple[str, str]], content_type: str, body: str) -> bytes:
    lines = [f"{name}: {value}" for name, value in headers]
    lines += ["MIME-Version: 1.0", f"Content-Type: {content_type}", "", body]
    return "\r\n".join(lines).replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode()


class Generator:
    """Messages for one mailbox of ``size``; ``inbox()`` and ``sent()`` yield raw bytes."""

    def __init__(self, size: int, now: datetime, seed: int = 7) -> None:
        self.size = size
        self.now = now
        self.rng = random.Random(seed)
        self.replies = corpus_replies()
        self.threads: list[tuple[str, str, str]] = []  # (friend, subject, last Message-ID)
        self.count = 0

    def _common(self, sender: str, subject: str, to: str = f"Sam Example <{USER}>") -> list[tuple[str, str]]:
        self.count += 1
        when = self.now - timedelta(minutes=self.rng.randint(60, 60 * 24 * 10))
        domain = sender.rpartition("@")[2].rstrip(">")
        return [
            ("From", sender),
            ("To", to),
            ("Subject", subject),
            ("Date", format_datetime(when)),
            ("Message-ID", f"<bench-{self.count}@{domain}>"),
            ("Authentication-Results", f"mx.example.org; dkim=pass header.d={domain}; spf=pass; dmarc=pass"),
        ]

    def newsletter(self) -> bytes:
        brand = self.rng.choice(BRANDS)
        head = self._common(
            f"{brand.title()} <news@{brand}.example>", f"{brand.title()}: {sentence(self.rng, 5)}"
        )
        head += [("List-Unsubscribe", f"<https://{brand}.example/u?sam>"), ("Precedence", "bulk")]
        items = "".join(
            f"<tr><td><h2>{sentence(self.rng, 4)}</h2><p>{paragraph(self.rng, 3)}</p></td></tr>"
            for _ in range(4)
        )
        html = f'<!DOCTYPE html><html><body><table width="600">{items}</table></body></html>'
        return message(head, 'text/html; charset="utf-8"', html)

    def alert(self) -> bytes:
        name, address = self.rng.choice(BOARDS)
        head = self._common(f"{name} <{address}>", f"{self.rng.randint(3, 30)} new jobs for 'engineer'")
        jobs = [(c.name, self.rng.choice(c.roles)) for c in self.rng.sample(COMPANIES, 5)]
        text = "\n".join(
            f"{role} at {company}\nApply now: https://jobs.example/{i}"
            for i, (company, role) in enumerate(jobs)
        )
        html = "".join(
            f"<li><a href='https://jobs.example/{i}'>{role}</a> at {company}</li>"
            for i, (company, role) in enumerate(jobs)
        )
        boundary = f"alt-{self.count}"
        body = (
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n\n"
            f"<html><body><ul>{html}</ul></body></html>\n"
            f"--{boundary}--\n"
        )
        return message(head, f'multipart/alternative; boundary="{boundary}"', body)

    def thread(self) -> bytes:
        if self.threads and self.rng.random() < 0.6:
            friend, subject, parent = self.rng.choice(self.threads)
            subject = subject if subject.startswith("Re: ") else f"Re: {subject}"
        else:
            friend, subject, parent = self.rng.choice(FRIENDS), sentence(self.rng, 4).rstrip("."), ""
        address = f"{friend.split()[0].lower()}@friends.example"
        head = self._common(f"{friend} <{address}>", subject)
        if parent:
            head += [("In-Reply-To", parent), ("References", parent)]
        self.threads.append((friend, subject, head[4][1]))
        del self.threads[:-200]
        body = "\n\n".join(paragraph(self.rng, 3) for _ in range(self.rng.randint(1, 3)))
        return message(head, "text/plain; charset=utf-8", f"Hi Sam,\n\n{body}\n\n{friend.split()[0]}\n")

    def notification(self) -> bytes:
        name, address = self.rng.choice(NOTIFIERS)
        head = self._common(f"{name} <{address}>", f"[{name}] {sentence(self.rng, 6)}")
        head.append(("Auto-Submitted", "auto-generated"))
        return message(head, "text/plain; charset=utf-8", paragraph(self.rng, 2))

    def attachment(self) -> bytes:
        friend = self.rng.choice(FRIENDS)
        head = self._common(
            f"{friend} <{friend.split()[0].lower()}@friends.example>", "The file you asked for"
        )
        blob = base64.encodebytes(self.rng.randbytes(self.rng.randint(2000, 12000))).decode()
        boundary = f"mix-{self.count}"
        body = (
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{paragraph(self.rng, 1)}\n"
            f"--{boundary}\nContent-Type: application/pdf; name=report.pdf\n"
            "Content-Disposition: attachment; filename=report.pdf\n"
            f"Content-Transfer-Encoding: base64\n\n{blob}"
            f"--{boundary}--\n"
        )
        return message(head, f'multipart/mixed; boundary="{boundary}"', body)

    def reply(self, n: int) -> bytes:
        self.count += 1
        when = self.now - timedelta(hours=self.rng.randint(1, 40))
        return redated(
            self.replies[n % len(self.replies)], when, f"<bench-reply-{self.count}@employer.example>"
        )

    def inbox(self, count: int) -> Iterator[bytes]:
        """``count`` messages, employer replies spread evenly among them."""
        kinds, weights = list(MIX), list(MIX.values())
        every = round(1 / REPLY_SHARE)
        for i in range(count):
            if i % every == every // 2:
                yield self.reply(i // every)
            else:
                yield getattr(self, self.rng.choices(kinds, weights)[0])()

    def sent(self, count: int, logged: list[Interview]) -> Iterator[bytes]:
        """The user's own mail: a follow-up to each interview's contact, then answers to friends."""
        for i in range(count):
            if i < len(logged):
                head = self._common(
                    f"Sam Example <{USER}>", f"Following up: {logged[i].role}", to=logged[i].contact
                )
                yield message(
                    head, "text/plain; charset=utf-8", f"Hello,\n\n{paragraph(self.rng, 2)}\n\nSam\n"
                )
            else:
                friend = self.rng.choice(FRIENDS)
                head = self._common(
                    f"Sam Example <{USER}>",
                    f"Re: {sentence(self.rng, 3)}",
                    to=f"{friend} <x@friends.example>",
                )
                yield message(head, "text/plain; charset=utf-8", paragraph(self.rng, 2))


def write_maildir(root: Path, folder: str, messages: Iterator[bytes], prefix: str) -> int:
    """Write messages into cur/ of ``folder`` ("" for the INBOX) under a user's Maildir ``root``,
    as Dovecot would keep them; returns how many."""
    path = root / folder
    cur = path / "cur"
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    owner = root.stat()  # the mail user, who must be able to write Dovecot's index beside the mail
    if folder:
        (path / "maildirfolder").touch()
        os.chown(path, owner.st_uid, owner.st_gid)
    count = 0
    for count, raw in enumerate(messages, 1):
        # S= and W= give the sizes, so the server need not read a file to answer RFC822.SIZE.
        flags = "S" if count % 3 else ""
        name = cur / f"{prefix}.M{count}.bench,S={len(raw)},W={len(raw)}:2,{flags}"
        with name.open("wb") as out:
            out.write(raw)
    for sub in ("cur", "new", "tmp"):
        os.chown(path / sub, owner.st_uid, owner.st_gid)
    return count
