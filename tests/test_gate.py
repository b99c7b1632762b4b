"""The gate before the full parse lets through every message the full path would act on."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest

from inboxwatch.core.gate import READ, Gate, _any_of, _fields
from inboxwatch.core.match import sent_about
from inboxwatch.core.model import DRAFT_MARKER, InterviewFacts
from inboxwatch.core.parse import clean, parse_headers
from inboxwatch.core.triage import reads_body

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import accuracy  # noqa: E402
import mailgen  # noqa: E402

USER = "sam@example.org"
CORPUS = sorted((ROOT / "tests" / "data" / "corpus").glob("*.eml")) + sorted(
    (ROOT / "tests" / "data").glob("*.eml")
)


def acted_on(raw: bytes, interviews: Sequence[InterviewFacts], conversation: str | None = None) -> bool:
    """What the full path acts on: the user's own mail, and mail whose headers point to an interview."""
    headers = parse_headers(raw)
    own = headers.sender is not None and headers.sender.email == USER
    return own or reads_body(headers, interviews, USER, conversation)


def gated_out(raws: Sequence[bytes], interviews: Sequence[InterviewFacts]) -> list[str]:
    gate = Gate(interviews, USER)
    return [parse_headers(raw).subject for raw in raws if acted_on(raw, interviews) and not gate.admits(raw)]


@pytest.mark.parametrize("seed", range(8))
def test_no_corpus_message_the_full_path_acts_on_is_gated_out(seed: int) -> None:
    raws = [path.read_bytes() for path in CORPUS]
    interviews = list(accuracy.log_interviews(random.Random(seed)).values())  # noqa: S311 (a seeded, reproducible log)
    assert gated_out(raws, interviews) == []


def test_the_gate_turns_away_most_of_a_generated_mailbox_and_none_of_what_matters() -> None:
    logged = [
        InterviewFacts(
            id=n,
            company=each.company,
            role=each.role,
            contacts=frozenset({each.contact.rpartition("<")[2].rstrip(">").lower()}),
            domains=frozenset({each.domain}),
            thread_ids=frozenset(),
        )
        for n, each in enumerate(mailgen.interviews(), start=1)
    ]
    raws = list(mailgen.Generator(3000, datetime(2026, 5, 1, tzinfo=UTC)).inbox(3000))
    assert gated_out(raws, logged) == []
    gate = Gate(logged, USER)
    admitted = sum(gate.admits(raw) for raw in raws)
    assert admitted < len(raws) // 10


def linked(raw: bytes, interviews: Sequence[InterviewFacts], conversation: str | None = None) -> bool:
    """What the full path does with the user's Sent mail: link it to an interview, or not."""
    return sent_about(parse_headers(raw), interviews, conversation) is not None


def sent_gated_out(raws: Sequence[bytes], interviews: Sequence[InterviewFacts]) -> list[str]:
    gate = Gate(interviews, USER)
    return [
        parse_headers(raw).subject for raw in raws if linked(raw, interviews) and not gate.admits_sent(raw)
    ]


def answer(raw: bytes) -> bytes:
    """The user's answer to a message, to everyone on it, in its thread, as a mail client writes it."""
    headers = parse_headers(raw)
    msg = EmailMessage()
    msg["From"] = f"Sam <{USER}>"
    msg["To"] = ", ".join(str(a.email) for a in (*headers.reply_to, headers.sender) if a is not None)
    if headers.cc:
        msg["Cc"] = ", ".join(a.email for a in headers.cc)
    msg["Subject"] = f"Re: {headers.subject}"
    if headers.message_id:
        msg["In-Reply-To"] = headers.message_id
        msg["References"] = " ".join((*headers.references, headers.message_id))
    return msg.as_bytes()


@pytest.mark.parametrize("seed", range(8))
def test_no_sent_message_the_full_path_links_is_gated_out(seed: int) -> None:
    raws = [path.read_bytes() for path in CORPUS]
    sent = raws + [answer(raw) for raw in raws]
    interviews = list(accuracy.log_interviews(random.Random(seed)).values())  # noqa: S311 (a seeded, reproducible log)
    assert sum(linked(raw, interviews) for raw in sent) > 0
    assert sent_gated_out(sent, interviews) == []


def test_the_sent_gate_lets_through_mail_to_the_interviews_and_none_to_friends() -> None:
    people = mailgen.interviews()
    logged = [
        InterviewFacts(
            id=n,
            company=each.company,
            role=each.role,
            contacts=frozenset({each.contact.rpartition("<")[2].rstrip(">").lower()}),
            domains=frozenset({each.domain}),
            thread_ids=frozenset(),
        )
        for n, each in enumerate(people, start=1)
    ]
    raws = list(mailgen.Generator(3000, datetime(2026, 5, 1, tzinfo=UTC)).sent(200, people))
    assert sent_gated_out(raws, logged) == []
    gate = Gate(logged, USER)
    assert [gate.admits_sent(raw) for raw in raws] == [index < len(people) for index in range(len(raws))]


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
def test_the_gate_reads_every_field_it_looks_at_that_the_email_package_reads(path: Path) -> None:
    raw = path.read_bytes()
    fields = _fields(raw)
    assert fields is not None
    unfolded = {name: [re.sub(r"[\r\n]", "", v) for v in values] for name, values in fields.items()}
    for name, value in BytesHeaderParser(policy=policy.compat32).parsebytes(raw).raw_items():
        if name.lower() not in READ:
            continue
        expected = clean(re.sub(r"[\r\n]", "", value))
        assert any(expected in mine for mine in unfolded[name.lower()]), name


def test_the_gate_reads_fields_past_a_line_that_is_no_header() -> None:
    fields = _fields(b"From: a@b.example\r\nnot a header\r\nSubject: Acme\r\n  folded\r\n\r\nBody: no\r\n")
    assert fields == {"from": ["a@b.example"], "subject": ["Acme\n  folded"]}


@pytest.mark.parametrize(
    ("raw", "fields"),
    [
        (b"Date: today\r\nX-Mailer: x\r\n\r\n", {}),  # fields, none the gate looks at
        (b"\r\nFrom: a@b.example\r\n", None),  # an empty first line: the header is empty
        (b"not a header at all\r\n", None),
        (
            b"To: a@b.example\rCC: c@d.example\n\r\nFrom: body@e.example",
            {"to": ["a@b.example"], "cc": ["c@d.example"]},
        ),
    ],
)
def test_the_gate_tells_a_header_without_the_fields_it_reads_from_no_header(
    raw: bytes, fields: dict[str, list[str]] | None
) -> None:
    assert _fields(raw) == fields


def interview(
    company: str,
    *,
    contacts: Sequence[str] = (),
    domains: Sequence[str] = (),
    threads: Sequence[str] = (),
    aliases: Sequence[str] = (),
    job_ids: Sequence[str] = (),
    conversations: Sequence[str] = (),
) -> InterviewFacts:
    return InterviewFacts(
        id=1,
        company=company,
        role="Data Analyst",
        contacts=frozenset(contacts),
        domains=frozenset(domains),
        thread_ids=frozenset(threads),
        aliases=frozenset(aliases),
        job_ids=frozenset(job_ids),
        conversations=frozenset(conversations),
    )


ACME = interview(
    "Acme GmbH",
    contacts=["jane@acme.example"],
    domains=["acme.example"],
    threads=["<follow-up@example.org>"],
    aliases=["Wile Labs"],
    job_ids=["JR-2024-117"],
)
MUELLER = interview("Müller & Söhne AG")
NORTHWIND = interview("Northwind Analytics")


def raw(*headers: str) -> bytes:
    """A header block, from a stranger and about nothing unless the headers say otherwise."""
    lines = list(headers)
    if not any(line.lower().startswith("from:") for line in lines):
        lines.insert(0, "From: News <news@shop.example>")
    if not any(line.lower().startswith("subject:") for line in lines):
        lines.append("Subject: hello")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@pytest.mark.parametrize(
    ("facts", "headers", "admitted"),
    [
        (ACME, ["Subject: Your weekly deals"], False),
        (ACME, ["From: Sam <sam@example.org>"], True),  # the user's own mail
        (ACME, ["From: Jane Doe <Jane@Acme.example>"], True),  # a contact, in any case
        (ACME, ["From: HR <hr@careers.acme.example>"], True),  # a subdomain
        (ACME, ["From: x@gmail.com", "Reply-To: jane@acme.example"], True),
        (ACME, ["From: x@gmail.com", "Sender: bounce@acme.example"], True),
        (ACME, ["From: Acme via Workday <acme@myworkday.com>"], True),  # an ATS relay
        (ACME, ["From: no-reply@greenhouse.io"], True),  # an ATS names its customer in its text
        (ACME, ["To: sam@example.org", "Cc: jane@acme.example"], True),  # a contact copied
        (ACME, ["In-Reply-To: <follow-up@example.org>"], True),
        (ACME, ["References: <a@b.example>\r\n <follow-up@example.org>"], True),  # folded
        (ACME, ["Subject: Your application at ACME"], True),
        (ACME, ["Subject: =?utf-8?q?Ihre_Bewerbung_bei_Acme?="], True),  # encoded
        (ACME, ["Subject: Your\r\n application at Wile\r\n Labs"], True),  # folded, an alias
        (ACME, ["Subject: Requisition JR2024117"], True),  # a job id, compact
        (ACME, ["From: =?utf-8?b?QWNtZSBSZWNydWl0aW5n?= <x@gmail.com>"], True),  # "Acme Recruiting"
        (MUELLER, ["Subject: =?iso-8859-1?q?Bewerbung_M=FCller?="], True),  # umlaut, folded "mueller"
        (MUELLER, ["Subject: Bewerbung bei Mueller"], True),
        (MUELLER, ["From: Müller Personal <x@gmail.com>"], True),  # 8-bit UTF-8, unencoded
        (MUELLER, ["Subject: Bewerbung=?utf-8?q?M=C3=BCller?="], True),  # an encoded word glued to text
        (MUELLER, ["Subject: Bewerbung bei Schmidt"], False),
        (NORTHWIND, ["From: hr@northwind.example"], True),  # a domain named after the company
        (NORTHWIND, ["From: hr@north-wind.example"], True),
    ],
)
def test_gate_rules(facts: InterviewFacts, headers: list[str], admitted: bool) -> None:
    message = raw(*headers)
    assert Gate([facts], USER).admits(message) is admitted
    if acted_on(message, [facts]):
        assert admitted


def sent(*headers: str) -> bytes:
    """A header block of the user's own mail, to a friend about nothing unless the headers say otherwise."""
    lines = list(headers)
    if not any(line.lower().startswith("to:") for line in lines):
        lines.insert(0, "To: Kim <kim@friends.example>")
    return raw(f"From: Sam <{USER}>", *lines)


@pytest.mark.parametrize(
    ("facts", "headers", "admitted"),
    [
        (ACME, [], False),  # the user's own address is no reason: it is on all of it
        (ACME, [f"To: {USER}"], False),
        (ACME, ["To: Jane Doe <Jane@Acme.example>"], True),  # a contact, in any case
        (ACME, ["Cc: jane@acme.example"], True),
        (ACME, ["Bcc: jane@acme.example"], True),
        (ACME, ["To: kim@friends.example,\r\n jane@acme.example"], True),  # folded, second
        (ACME, ["To: hr@careers.acme.example"], True),  # a subdomain
        (ACME, ["To: jobs@greenhouse.io"], True),  # an applicant-tracking system
        (ACME, ["To: Acme Recruiting <x@gmail.com>"], True),  # the company's name
        (NORTHWIND, ["To: hr@north-wind.example"], True),  # a domain named after the company
        (ACME, ["In-Reply-To: <follow-up@example.org>"], True),
        (ACME, ["References: <a@b.example>\r\n <follow-up@example.org>"], True),
        (ACME, ["Message-ID: <draft-1@example.org>"], True),  # a draft inboxwatch wrote, sent as it is
        (ACME, ["Message-ID: <draft-2@example.org>"], False),
        (ACME, [f"{DRAFT_MARKER}: interview=1; step=follow_up_1"], True),  # its marker kept
        (ACME, ["Subject: My interview at ACME"], True),
        (ACME, ["Subject: Re: Requisition JR2024117"], True),  # a job id, compact
        (MUELLER, ["Subject: =?iso-8859-1?q?Bewerbung_M=FCller?="], True),
        (MUELLER, ["Subject: Bewerbung bei Schmidt"], False),
    ],
)
def test_sent_gate_rules(facts: InterviewFacts, headers: list[str], admitted: bool) -> None:
    message = sent(*headers)
    assert Gate([facts], USER, drafts=["<draft-1@example.org>"]).admits_sent(message) is admitted
    if linked(message, [facts]):
        assert admitted


def test_sent_mail_in_a_known_conversation_or_unreadable_is_let_through() -> None:
    gate = Gate([interview("Acme", conversations=["t-1"])], USER)
    assert gate.admits_sent(sent(), "t-1")
    assert not gate.admits_sent(sent(), "t-2")
    assert gate.admits_sent(b"\xff\xfe\x00garbage")


def test_sent_mail_answering_a_message_let_through_is_let_through() -> None:
    gate = Gate([ACME], USER)
    reply = sent("In-Reply-To: <new@acme.example>")
    assert not gate.admits_sent(reply)
    gate.learn("<new@acme.example>", None)
    assert gate.admits_sent(reply)


def test_a_known_conversation_is_let_through() -> None:
    gate = Gate([interview("Acme", conversations=["t-1"])], USER)
    assert gate.admits(raw(), "t-1")
    assert not gate.admits(raw(), "t-2")


def test_a_message_let_through_lets_its_answers_through() -> None:
    gate = Gate([ACME], USER)
    answer = raw("In-Reply-To: <new@acme.example>")
    assert not gate.admits(answer)
    gate.learn("<new@acme.example>", "t-9")
    assert gate.admits(answer)
    assert gate.admits(raw(), "t-9")


def test_an_unreadable_header_block_is_let_through() -> None:
    assert Gate([ACME], USER).admits(b"\xff\xfe\x00garbage")


def test_one_search_for_many_texts_finds_what_looking_for_each_finds() -> None:
    rng = random.Random(7)  # noqa: S311 (seeded, reproducible)
    letters = "ab.-@(c"
    for _ in range(300):
        texts = {"".join(rng.choices(letters, k=rng.randint(0, 5))) for _ in range(rng.randint(0, 6))}
        search = _any_of(texts)
        for _ in range(10):
            haystack = "".join(rng.choices(letters, k=rng.randint(0, 12)))
            assert (search.search(haystack) is not None) == any(t and t in haystack for t in texts)
