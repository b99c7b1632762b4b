"""Parsing: header facts, new text, signature and invitation from messages built in code,
from tests/data and from hypothesis."""

from __future__ import annotations

import contextlib
import os
import re
import tracemalloc
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inboxwatch.core.model import Address, ParsedMessage
from inboxwatch.core.parse import MAX_BYTES, MAX_DEPTH, MAX_TEXT, parse_headers, parse_message
from inboxwatch.errors import MessageError

DATA = Path(__file__).parent / "data"


def plain(text: str, **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = headers.pop("From", "Jane Doe <jane@acme.com>")
    message["Subject"] = headers.pop("Subject", "Your interview")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(text)
    return message.as_bytes()


def storable(text: str) -> bool:
    """No lone surrogates: the text can be encoded, logged and stored."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# Headers


HEADER_CASES = [
    pytest.param(
        b"From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <Juergen.Mueller@ACME.com>",
        "sender",
        Address("Jürgen Müller", "juergen.mueller@acme.com"),
        id="from-rfc2047-lower-cased",
    ),
    pytest.param(b"From: Jane", "sender", None, id="from-without-address"),
    pytest.param(b'From: "unterminated <jane@acme.com', "sender", None, id="from-broken-quote"),
    pytest.param(
        b"To: Sam <sam@example.org>, Pat@Example.org",
        "to",
        (Address("Sam", "sam@example.org"), Address("", "pat@example.org")),
        id="to-several",
    ),
    pytest.param(b"To: undisclosed-recipients:;", "to", (), id="to-empty-group"),
    pytest.param(b"Cc: HR Team <hr@acme.com>", "cc", (Address("HR Team", "hr@acme.com"),), id="cc"),
    pytest.param(
        b"Subject: =?utf-8?b?WW91ciBpbnRlcnZpZXcg4oCTIEFjbWU=?=",
        "subject",
        "Your interview \u2013 Acme",
        id="subject-b",
    ),
    pytest.param(
        b"Subject: =?iso-8859-1?q?Eingangsbest=E4tigung?=",
        "subject",
        "Eingangsbestätigung",
        id="subject-latin1",
    ),
    pytest.param(
        b"Subject: Your\r\n interview\r\n\tat Acme", "subject", "Your interview at Acme", id="subject-folded"
    ),
    pytest.param(b"Subject: caf\xc3\xa9 raw UTF-8", "subject", "café raw UTF-8", id="subject-raw-8bit"),
    pytest.param(b"Subject: =?x-bogus?q?abc=FF?=", "subject", "abc\ufffd", id="subject-unknown-charset"),
    pytest.param(b"Message-ID:  <abc.123@acme.com> ", "message_id", "<abc.123@acme.com>", id="msgid-strip"),
    pytest.param(b"Message-ID: abc.123@acme.com", "message_id", "<abc.123@acme.com>", id="msgid-bare"),
    pytest.param(b"Message-ID: <>", "message_id", None, id="msgid-empty"),
    pytest.param(b"Subject: no id", "message_id", None, id="msgid-missing"),
    pytest.param(
        b"In-Reply-To: Your message of Mon, 3 Mar <sam-1@example.org>",
        "in_reply_to",
        ("<sam-1@example.org>",),
        id="in-reply-to-with-phrase",
    ),
    pytest.param(
        b"References: <a@acme.com>\r\n <b@acme.com>\r\n\t<c@example.org>",
        "references",
        ("<a@acme.com>", "<b@acme.com>", "<c@example.org>"),
        id="references-folded",
    ),
    pytest.param(
        b"References: a@acme.com, b@acme.com",
        "references",
        ("<a@acme.com>", "<b@acme.com>"),
        id="references-bare",
    ),
    pytest.param(
        b"Date: Mon, 3 Mar 2025 10:00:00 +0100",
        "date",
        datetime(2025, 3, 3, 9, 0, tzinfo=UTC),
        id="date-to-utc",
    ),
    pytest.param(
        b"Date: Tue, 24 Nov 2026 10:00:00 -0000",
        "date",
        datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
        id="date-minus-zero",
    ),
    pytest.param(
        b"Date: Tue, 24 Nov 2026 10:00:00 -0000 (UTC)",
        "date",
        datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
        id="date-minus-zero-comment",
    ),
    pytest.param(
        b"Date: Tue, 24 Nov 2026 10:00:00 +0000",
        "date",
        datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
        id="date-plus-zero",
    ),
    pytest.param(
        b"Date: 24 Nov 2026 10:00:00 GMT",
        "date",
        datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
        id="date-gmt-no-weekday",
    ),
    pytest.param(
        b"Date: Tue, 24 Nov 2026 10:00:00 UT", "date", datetime(2026, 11, 24, 10, 0, tzinfo=UTC), id="date-ut"
    ),
    pytest.param(
        b"Date: Tue, 24 Nov 2026 10:00:00 EST",
        "date",
        datetime(2026, 11, 24, 15, 0, tzinfo=UTC),
        id="date-obsolete-zone",
    ),
    pytest.param(
        b"Date: Tue, 24 Nov 2026 10:00:00 CEST",
        "date",
        datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
        id="date-unknown-zone-as-utc",
    ),
    pytest.param(
        b"Date: Tue, 24 Nov 2026 10:00:00",
        "date",
        datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
        id="date-no-zone-as-utc",
    ),
    pytest.param(
        b"Date: Tue, 24 Nov 2026 10:00 +0100",
        "date",
        datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        id="date-no-seconds",
    ),
    pytest.param(
        b"Date: Tue, 24 Nov 26 10:00:00 +0100",
        "date",
        datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        id="date-two-digit-year",
    ),
    pytest.param(
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100 (CET)",
        "date",
        datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        id="date-zone-comment",
    ),
    pytest.param(
        b"Date: Tue,  24 Nov 2026  10:00:00 -0800",
        "date",
        datetime(2026, 11, 24, 18, 0, tzinfo=UTC),
        id="date-extra-spaces",
    ),
    pytest.param(b"Date: 2026-11-24T10:00:00Z", "date", None, id="date-iso-8601-not-rfc-5322"),
    pytest.param(b"Date: next Tuesday", "date", None, id="date-invalid"),
    pytest.param(b"Date: Mon, 3 Mar 2025 25:61:00 +0100", "date", None, id="date-out-of-range"),
    pytest.param(b"Auto-Submitted: auto-replied", "auto_submitted", True, id="auto-replied"),
    pytest.param(b"Auto-Submitted: auto-generated", "auto_submitted", True, id="auto-generated"),
    pytest.param(b"Auto-Submitted: No", "auto_submitted", False, id="auto-submitted-no"),
    pytest.param(b"X-Autoreply: yes", "auto_submitted", True, id="x-autoreply"),
    pytest.param(b"X-Autorespond: 1", "auto_submitted", True, id="x-autorespond"),
    pytest.param(b"Precedence: bulk", "auto_submitted", True, id="precedence-bulk"),
    pytest.param(b"Precedence: junk", "auto_submitted", True, id="precedence-junk"),
    pytest.param(b"Precedence: auto_reply", "auto_submitted", True, id="precedence-auto-reply"),
    pytest.param(b"Precedence: list", "auto_submitted", False, id="precedence-list"),
    pytest.param(b"X-Auto-Response-Suppress: All", "auto_submitted", True, id="x-auto-response-suppress"),
    pytest.param(b"Subject: hello", "auto_submitted", False, id="not-auto"),
    pytest.param(
        b"Auto-Submitted: Auto-Replied\r\nX-Auto-Response-Suppress: All",
        "auto_markers",
        ("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress"),
        id="auto-markers-named",
    ),
    pytest.param(b"Precedence: list", "auto_markers", (), id="no-auto-markers"),
    pytest.param(
        b"Reply-To: Priya Raman <Priya.Raman@Northwind.example>",
        "reply_to",
        (Address("Priya Raman", "priya.raman@northwind.example"),),
        id="reply-to",
    ),
    pytest.param(
        b"Authentication-Results: mx.example.org; spf=pass; dkim=none;\r\n dmarc=fail (p=reject) "
        b"header.from=acme.com",
        "dmarc_failed",
        True,
        id="dmarc-fail-folded",
    ),
    pytest.param(
        b"Authentication-Results: mx.example.org; dmarc=pass header.from=acme.com\r\n"
        b"Authentication-Results: relay.example.net; DMARC=Fail",
        "dmarc_failed",
        True,
        id="dmarc-fail-in-any-result",
    ),
    pytest.param(
        b"Authentication-Results: mx.example.org; dmarc=pass; x-dmarc=failure-reports",
        "dmarc_failed",
        False,
        id="dmarc-pass",
    ),
    pytest.param(b"Subject: no results", "dmarc_failed", False, id="dmarc-unknown"),
    pytest.param(
        b"From: a@acme.com\r\nFrom: b@globex.example",
        "sender",
        Address("", "a@acme.com"),
        id="duplicate-from",
    ),
    pytest.param(b"Subject: one\r\nSubject: two", "subject", "one", id="duplicate-subject"),
]


@pytest.mark.parametrize(("block", "field", "expected"), HEADER_CASES)
def test_header_field(block: bytes, field: str, expected: object) -> None:
    headers = parse_headers(block + b"\r\n\r\n")
    assert getattr(headers, field) == expected


@pytest.mark.parametrize("raw", [b"", b"hello world, no header here", b"\r\n\r\nbody only"])
def test_nothing_readable_is_a_message_error(raw: bytes) -> None:
    with pytest.raises(MessageError):
        parse_headers(raw)
    with pytest.raises(MessageError):
        parse_message(raw)


def test_header_the_stdlib_cannot_parse_is_empty_and_the_rest_still_count() -> None:
    # Each of these values makes the stdlib header classes raise IndexError or AttributeError.
    headers = parse_headers(b"From: a <\r\nTo: x@[\r\nMessage-ID: <\r\nSubject: still read\r\n\r\n")
    assert (headers.sender, headers.to, headers.message_id) == (None, (), None)
    assert headers.subject == "still read"


def test_header_names_with_undecodable_bytes_are_storable() -> None:
    headers = parse_headers(b"To: =?utf-8?q?=ED=A0=80?= <sam@example.org>\r\nSubject: \xff\xfe\r\n\r\n")
    assert headers.to[0].email == "sam@example.org"
    assert storable(headers.to[0].name)
    assert storable(headers.subject)


def test_parse_headers_reads_a_whole_message() -> None:
    headers = parse_headers(plain("We'd like to invite you.", Message_ID="<x@acme.com>"))
    assert headers.message_id == "<x@acme.com>"
    assert headers.sender == Address("Jane Doe", "jane@acme.com")


# Body


def test_plain_text_is_preferred_over_html() -> None:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content("The plain version.")
    message.add_alternative("<p>The HTML version.</p>", subtype="html")
    assert parse_message(message.as_bytes()).text == "The plain version."


def test_html_becomes_readable_text() -> None:
    html = (
        "<html><head><title>Mail</title><style>p {color: red}</style></head><body>"
        "<script>track()</script><p>Hello <b>Sam</b>,</p><p>we&rsquo;d like to&nbsp;meet you.<br>"
        "Tuesday?</p><blockquote>quoted earlier mail</blockquote></body></html>"
    )
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content(html, subtype="html")
    assert parse_message(message.as_bytes()).text == "Hello Sam,\n\nwe\u2019d like to meet you.\nTuesday?"


def test_empty_plain_part_falls_back_to_html() -> None:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content("   \n")
    message.add_alternative("<div>Real text</div>", subtype="html")
    assert parse_message(message.as_bytes()).text == "Real text"


def test_broken_html_keeps_what_was_read() -> None:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content("<p>Before the break</p><![bogus[ and after", subtype="html")
    assert parse_message(message.as_bytes()).text.startswith("Before the break")


def html_only(html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content(html, subtype="html")
    return message.as_bytes()


HTML_CASES = [
    pytest.param(
        '<div dir="ltr">Tuesday works.</div><div class="gmail_quote"><div class="gmail_attr">On Mon, '
        "Sam wrote:</div><blockquote>Can we meet?<div>nested</div></blockquote></div><p>after</p>",
        "Tuesday works.\n\nafter",
        "",
        id="gmail-quote-container",
    ),
    pytest.param(
        '<span style="display: none">You have a new message</span><p>Hello Sam</p>'
        '<div style="mso-hide:all"><p>hidden</p></div>',
        "Hello Sam",
        "",
        id="hidden-preheader",
    ),
    pytest.param(
        '<p>We will be in touch.</p><div class="gmail_signature"><p>Jane Doe</p><p>Acme</p></div>',
        "We will be in touch.",
        "Jane Doe\n\nAcme",
        id="signature-container",
    ),
    pytest.param(
        "<table><tr><td>Base salary:</td><td>&pound;85,000</td></tr><tr><td>Start:</td><td>May</td></tr>"
        "</table>",
        "Base salary: £85,000\n\nStart: May",
        "",
        id="table-cells",
    ),
    pytest.param("<p>Line<br/>break<img src=x><hr/>end</p>", "Line\nbreak\nend", "", id="void-elements"),
]


@pytest.mark.parametrize(("html", "text", "signature"), HTML_CASES)
def test_html_structure(html: str, text: str, signature: str) -> None:
    parsed = parse_message(html_only(html))
    assert (parsed.text, parsed.signature) == (text, signature)


def test_plain_stub_gives_way_to_html() -> None:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content("View this message in a browser.")
    long_text = "We would like to invite you to a second interview with the team next week. " * 3
    message.add_alternative(f"<p>{long_text}</p>", subtype="html")
    assert parse_message(message.as_bytes()).text == long_text.strip()


def test_alternative_inside_related_and_mixed() -> None:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content("Plain text.")
    message.add_alternative("<p>HTML text.</p>", subtype="html")
    message.get_payload()[1].add_related(b"GIF89a", maintype="image", subtype="gif", cid="<logo>")
    message.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="cv.pdf")
    assert parse_message(message.as_bytes()).text == "Plain text."


def test_inline_text_parts_of_a_mixed_message_are_joined() -> None:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.make_mixed()
    for text in ("Part one.", "Part two."):
        part = EmailMessage()
        part.set_content(text)
        message.attach(part)
    assert parse_message(message.as_bytes()).text == "Part one.\n\nPart two."


@pytest.mark.parametrize("cte", ["quoted-printable", "base64", "8bit"])
def test_transfer_encodings(cte: str) -> None:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content("Grüße aus München — see you Tuesday.", cte=cte)
    assert parse_message(message.as_bytes()).text == "Grüße aus München — see you Tuesday."


CHARSET_CASES = [
    pytest.param("utf-8", "Grüße".encode(), "Grüße", id="declared-right"),
    pytest.param(
        "windows-1252", "\u201cGr\u00fc\u00dfe\u201d".encode("cp1252"), "\u201cGrüße\u201d", id="cp1252"
    ),
    pytest.param("x-bogus", "Grüße".encode(), "Grüße", id="unknown-label-utf8-bytes"),
    pytest.param("utf-8", "Grüße".encode("latin-1"), "Grüße", id="latin1-labelled-utf8"),
    pytest.param("us-ascii", b"We\x92re happy", "We\u2019re happy", id="cp1252-labelled-ascii"),
    pytest.param("rot13", b"plain", "plain", id="not-a-text-codec"),
    pytest.param("utf-8", b"ok \x81 byte", "ok \ufffd byte", id="undecodable-everywhere"),
    pytest.param("iso-8859-1", "Grüße".encode(), "Grüße", id="utf8-labelled-latin1"),
    pytest.param("us-ascii", "Grüße".encode(), "Grüße", id="utf8-labelled-ascii"),
    pytest.param("koi8-r", "Привет".encode("koi8-r"), "Привет", id="koi8-r"),
    pytest.param("shift_jis", "面接".encode("shift_jis"), "面接", id="shift-jis"),
    pytest.param("iso-2022-jp", "面接".encode("iso-2022-jp"), "面接", id="seven-bit-iso-2022-jp"),
    pytest.param('"utf-8"', "Grüße".encode(), "Grüße", id="quoted-label"),
    pytest.param("utf-8", "a\u200bb\ufeffc".encode(), "abc", id="invisible-characters-dropped"),
]


@pytest.mark.parametrize(("charset", "body", "expected"), CHARSET_CASES)
def test_charset_fallbacks(charset: str, body: bytes, expected: str) -> None:
    raw = (
        b"From: jane@acme.com\r\nContent-Type: text/plain; charset=" + charset.encode() + b"\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body + b"\r\n"
    )
    assert parse_message(raw).text == expected


def test_html_without_a_charset_parameter_uses_its_meta_tag() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body>\x93Gr\xfc\xdfe\x94</body></html>'
    raw = (
        b"From: jane@acme.com\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + html.encode("latin-1")
    )
    assert parse_message(raw).text == "\u201cGrüße\u201d"


def test_attachments_and_attached_mail_are_not_new_text() -> None:
    forwarded = EmailMessage()
    forwarded["From"] = "other@acme.com"
    forwarded.set_content("We'd like to invite you to interview.")
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content("See the attached notes.")
    message.add_attachment("attachment text", filename="notes.txt")
    message.add_attachment(forwarded)
    assert parse_message(message.as_bytes()).text == "See the attached notes."


def test_only_attachments_give_no_text() -> None:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="offer.pdf")
    assert parse_message(message.as_bytes()).text == ""


def nested(depth: int) -> bytes:
    """A message whose text part sits ``depth`` multipart levels down."""
    raw = b"From: jane@acme.com\r\nSubject: nested\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
    for level in range(1, depth):
        raw += b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (level - 1, level)
    return raw + b"--b%d\r\nContent-Type: text/plain\r\n\r\ndeep text\r\n" % (depth - 1)


@pytest.mark.parametrize(
    ("depth", "text"),
    [(3, "deep text"), (MAX_DEPTH, "deep text"), (MAX_DEPTH + 1, ""), (3000, "")],
    ids=["shallow", "at-cap", "past-cap", "parser-recursion"],
)
def test_nesting_depth_is_capped(depth: int, text: str) -> None:
    parsed = parse_message(nested(depth))
    assert parsed.headers.subject == "nested"
    assert parsed.text == text


def test_text_is_capped() -> None:
    parsed = parse_message(plain("interview " * 5_000))
    assert len(parsed.text) == MAX_TEXT


def with_attachment(size: int) -> bytes:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content("We'd like to invite you to a final interview.")
    message.add_attachment(os.urandom(size), maintype="application", subtype="pdf", filename="a.pdf")
    return message.as_bytes()


def peak_memory(raw: bytes) -> tuple[int, ParsedMessage]:
    tracemalloc.start()
    try:
        parsed = parse_message(raw)
        return tracemalloc.get_traced_memory()[1], parsed
    finally:
        tracemalloc.stop()


def test_a_30_mb_message_costs_what_a_100_kb_one_does() -> None:
    small_raw, huge_raw = with_attachment(74_000), with_attachment(30_000_000)
    assert 100_000 < len(small_raw) < MAX_BYTES
    for raw in (small_raw, huge_raw):  # first calls compile and import what later ones reuse
        parse_message(raw)
    small_peak, small = peak_memory(small_raw)
    huge_peak, huge = peak_memory(huge_raw)
    assert huge.text == small.text == "We'd like to invite you to a final interview."
    # The one difference: the huge message's first MAX_BYTES are copied before parsing.
    assert huge_peak < small_peak + 2 * MAX_BYTES, (huge_peak, small_peak)


@pytest.mark.parametrize(
    "body",
    ["<p>" + "a " * 5_000_000 + "</p>", "Thanks,\n" * 1_000_000, "> quote\n" * 1_000_000],
    ids=["one-huge-html-line", "many-closings", "many-quote-lines"],
)
def test_pathological_bodies_are_cheap(body: str) -> None:
    parsed = parse_message(html_only(body) if body.startswith("<p>") else plain(body))
    assert len(parsed.text) <= MAX_TEXT


# Quoted earlier mail


QUOTE_CASES = [
    pytest.param(
        "Thanks, Tuesday works.\n\nOn Mon, 3 Mar 2025 at 10:00, Sam <sam@example.org> wrote:\n"
        "> Does Tuesday work?",
        "Thanks, Tuesday works.",
        id="gmail-attribution",
    ),
    pytest.param(
        "Thanks!\n\nOn Mon, 3 Mar 2025 at 10:00 Sam Example <\nsam@example.org> wrote:\n\n> old",
        "Thanks!",
        id="wrapped-attribution",
    ),
    pytest.param(
        "Danke!\n\nAm 03.03.2025 um 10:00 schrieb Sam <sam@example.org>:\n> alt",
        "Danke!",
        id="german-attribution",
    ),
    pytest.param(
        "> Can you start in May?\nYes.\n> And June?\nAlso yes.", "Yes.\nAlso yes.", id="inline-quotes"
    ),
    pytest.param(
        "New text.\n\n________________________________\nFrom: Sam <sam@example.org>\n"
        "Sent: Monday, 3 March 2025 10:00\nTo: Jane\nSubject: Interview\n\nWe'd like to offer you the role.",
        "New text.",
        id="outlook-block",
    ),
    pytest.param(
        "See below.\n\n-----Original Message-----\nFrom: Sam\nUnfortunately not.",
        "See below.",
        id="original-message",
    ),
    pytest.param(
        "FYI\n\n---------- Forwarded message ---------\nFrom: Acme <jobs@acme.com>\nWe regret to inform you",
        "FYI",
        id="forwarded",
    ),
    pytest.param("Best,\nJane\n-- \nJane Doe | Recruiter | Acme", "Best,\nJane", id="signature"),
    pytest.param(
        "Thanks!\n\nOn Tue, 4 Mar 2025, 10:00 Jane Doe <jane@acme.com>\nwrote:\n> Are you free?",
        "Thanks!",
        id="attribution-wrapped-before-wrote",
    ),
    pytest.param(
        "Passt!\n\nSam Example <sam@example.org> schrieb am Mo., 3. März 2025, 10:00:\n> alt",
        "Passt!",
        id="german-attribution-name-first",
    ),
    pytest.param(
        "Merci\n\nLe lun. 3 mars 2025 à 10:00, Sam <sam@example.org> a écrit :\n> vieux",
        "Merci",
        id="french-attribution",
    ),
    pytest.param(
        "On Mon, 3 Mar 2025 Sam <sam@example.org> wrote:\n> Can you do Tuesday?\n\nYes, Tuesday at 10.",
        "Yes, Tuesday at 10.",
        id="bottom-posted",
    ),
    pytest.param(
        "Danke.\n\nVon: Sam Example <sam@example.org>\nGesendet: Montag, 3. März 2025 10:00\nAn: Jane\n"
        "Betreff: Nachfrage\n\nWir möchten Sie einladen.",
        "Danke.",
        id="german-outlook-block",
    ),
    pytest.param(
        "Siehe unten.\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Absage",
        "Siehe unten.",
        id="de-forward",
    ),
    pytest.param(
        "-----Original Message-----\nFrom: Sam\nWe'd like to offer you the role.",
        "",
        id="nothing-new-above-quote",
    ),
    pytest.param(
        "On Monday we will call you.\nFrom: the whole team, welcome!",
        "On Monday we will call you.\nFrom: the whole team, welcome!",
        id="look-alikes-kept",
    ),
]


@pytest.mark.parametrize(("body", "expected"), QUOTE_CASES)
def test_quoted_mail_is_removed(body: str, expected: str) -> None:
    assert parse_message(plain(body)).text == expected


SIGNATURE_CASES = [
    pytest.param(
        "Hi Sam,\n\nWe would like to invite you back.\n\nKind regards,\nJane Doe\nTalent Partner | Acme Inc."
        "\nhttps://calendly.com/jane-acme",
        "Hi Sam,\n\nWe would like to invite you back.\n\nKind regards,",
        "Jane Doe\nTalent Partner | Acme Inc.\nhttps://calendly.com/jane-acme",
        id="after-a-closing",
    ),
    pytest.param(
        "Hi Sam,\n\nPlease send two references.\n\nThanks,\nJane\n\nP.S. Your offer letter will follow "
        "once we have them.",
        "Hi Sam,\n\nPlease send two references.\n\nThanks,\nJane\n\nP.S. Your offer letter will follow once "
        "we have them.",
        "",
        id="a-postscript-is-text",
    ),
    pytest.param(
        "Thanks!\n\nWe would like to invite you to a second interview next week.\nJane",
        "Thanks!\n\nWe would like to invite you to a second interview next week.\nJane",
        "",
        id="a-leading-thanks-is-no-closing",
    ),
    pytest.param(
        "Hallo Sam,\n\nleider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nAnna Weber\n"
        "Kessler Logistik GmbH\nSitz der Gesellschaft: Hamburg\nAmtsgericht Hamburg HRB 4711",
        "Hallo Sam,\n\nleider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen",
        "Anna Weber\nKessler Logistik GmbH\nSitz der Gesellschaft: Hamburg\nAmtsgericht Hamburg HRB 4711",
        id="german-closing-and-register",
    ),
    pytest.param(
        "Your interview is confirmed.\n\nThis email and any attachments are confidential and intended "
        "solely for the addressee. If you are not the intended recipient, do not offer it to anyone.",
        "Your interview is confirmed.",
        "This email and any attachments are confidential and intended solely for the addressee. If you are "
        "not the intended recipient, do not offer it to anyone.",
        id="legal-footer",
    ),
    pytest.param(
        "This email is to confirm your interview on Tuesday.",
        "This email is to confirm your interview on Tuesday.",
        "",
        id="this-email-is-not-always-a-footer",
    ),
    pytest.param(
        "We received your application.\n\nPowered by Workable\nUnsubscribe",
        "We received your application.",
        "Powered by Workable\nUnsubscribe",
        id="ats-footer",
    ),
    pytest.param(
        "Sounds good, see you then.\n\nSent from my iPhone\n\n> On 3 Mar, Sam wrote:\n> old",
        "Sounds good, see you then.",
        "Sent from my iPhone",
        id="mobile-then-quote",
    ),
]


@pytest.mark.parametrize(("body", "text", "signature"), SIGNATURE_CASES)
def test_signature_and_footers_are_apart(body: str, text: str, signature: str) -> None:
    parsed = parse_message(plain(body))
    assert (parsed.text, parsed.signature) == (text, signature)


# Files in tests/data

EML_CASES = [
    pytest.param(
        "rejection_plain.eml",
        "no-reply@us.greenhouse-mail.io",
        True,
        "move forward with other candidates",
        "Sent via Greenhouse",
        id="rejection-plain",
    ),
    pytest.param(
        "offer_html.eml",
        "tom.baker@contoso.co.uk",
        False,
        "delighted to offer you the position of Senior Software Engineer",
        "window.track",
        id="offer-html",
    ),
    pytest.param(
        "invite_calendar.eml",
        "jane.doe@fabrikam.com",
        False,
        "You have been invited to the following event.",
        "BEGIN:VCALENDAR",
        id="invite-calendar",
    ),
    pytest.param(
        "ooo_autoreply.eml",
        "priya.raman@northwind-analytics.com",
        True,
        "upon my return on Monday 24 March",
        "Following up",
        id="ooo-autoreply",
    ),
    pytest.param(
        "reply_with_quote.eml",
        "jane.doe@fabrikam.com",
        False,
        "We haven't made a final decision yet",
        "invite you to a second interview",
        id="reply-with-quote",
    ),
    pytest.param(
        "latin1_mislabelled.eml",
        "bewerbung@mueller-soehne.de",
        False,
        "Müller & Söhne GmbH",
        "\ufffd",
        id="latin1-mislabelled",
    ),
    pytest.param(
        "invite_outlook.eml",
        "anna.weber@kessler-logistik.de",
        False,
        "lade ich Sie zum zweiten Gespräch mit unserem Teamleiter ein",
        "Microsoft Teams",
        id="invite-outlook",
    ),
    pytest.param(
        "reply_outlook_html.eml",
        "j.brandt@brandt-partner.de",
        False,
        "Leider verzögert sich unser Auswahlprozess",
        "Einladung zum Vorstellungsgespräch",
        id="reply-outlook-html",
    ),
]


@pytest.mark.parametrize(("name", "sender", "auto_submitted", "present", "absent"), EML_CASES)
def test_eml_file(name: str, sender: str, auto_submitted: bool, present: str, absent: str) -> None:
    parsed = parse_message((DATA / name).read_bytes())
    assert parsed.headers.sender is not None
    assert parsed.headers.sender.email == sender
    assert parsed.headers.auto_submitted is auto_submitted
    assert parsed.headers.date is not None
    assert parsed.headers.date.tzinfo is UTC
    assert present in parsed.text
    assert absent not in parsed.text


def test_eml_signature_keeps_what_matching_reads() -> None:
    parsed = parse_message((DATA / "rejection_plain.eml").read_bytes())
    assert "Talent Acquisition, Northwind Analytics" in parsed.signature
    assert "Sent via Greenhouse" in parsed.signature
    assert parsed.text.endswith("Kind regards,")
    outlook = parse_message((DATA / "reply_outlook_html.eml").read_bytes())
    assert outlook.signature.startswith("Jürgen Brandt\n")
    assert "Kurze Rückmeldung" not in outlook.text  # a hidden preheader


INVITE_CASES = [
    pytest.param(
        "invite_calendar.eml",
        Address("Jane Doe", "jane.doe@fabrikam.com"),
        datetime(2025, 3, 18, 15, 0, tzinfo=UTC),
        "Technical interview - Fabrikam / Sam Example",
        id="google",
    ),
    pytest.param(
        "invite_outlook.eml",
        Address("Weber, Anna", "anna.weber@kessler-logistik.de"),
        datetime(2025, 4, 2, 12, 0, tzinfo=UTC),  # 14:00 summer time in Berlin
        "Zweites Vorstellungsgespräch \u2013 Kessler Logistik / Sam Example",
        id="outlook-vtimezone",
    ),
]


@pytest.mark.parametrize(("name", "organizer", "start", "summary"), INVITE_CASES)
def test_eml_invitation(name: str, organizer: Address, start: datetime, summary: str) -> None:
    invite = parse_message((DATA / name).read_bytes()).invite
    assert invite is not None
    assert (invite.method, invite.organizer, invite.start, invite.summary) == (
        "REQUEST",
        organizer,
        start,
        summary,
    )


def test_an_attached_ics_is_read() -> None:
    message = EmailMessage()
    message["From"] = "jane@acme.com"
    message.set_content("See the invitation.")
    ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Onsite\r\nEND:VEVENT\r\nEND:VCALENDAR"
    message.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    parsed = parse_message(message.as_bytes())
    assert parsed.invite is not None
    assert (parsed.invite.summary, parsed.text) == ("Onsite", "See the invitation.")


def test_no_invitation() -> None:
    assert parse_message(plain("Hello")).invite is None


def test_eml_thread_ids() -> None:
    headers = parse_message((DATA / "reply_with_quote.eml").read_bytes()).headers
    assert headers.message_id == "<CAJane+reply=2@mail.gmail.com>"
    assert headers.in_reply_to == ("<sam-followup-2@example.org>",)
    assert headers.thread_ids == {"<CAJane+invite=1@mail.gmail.com>", "<sam-followup-2@example.org>"}


# Properties: whatever arrives, the result is a ParsedMessage or a MessageError.


def assert_parses_or_refuses(raw: bytes) -> None:
    try:
        parsed = parse_message(raw)
    except MessageError:
        return
    assert isinstance(parsed, ParsedMessage)
    assert len(parsed.text) <= MAX_TEXT
    assert storable(parsed.text)
    assert storable(parsed.headers.subject)


@given(raw=st.binary(max_size=2_000))
@settings(max_examples=200, deadline=None)
def test_arbitrary_bytes(raw: bytes) -> None:
    assert_parses_or_refuses(raw)
    with contextlib.suppress(MessageError):
        parse_headers(raw)


HEADER_NAMES = st.sampled_from(
    ["From", "To", "Cc", "Subject", "Date", "Message-ID", "References", "In-Reply-To", "Content-Type"]
)
HEADER_VALUES = st.one_of(
    st.binary(max_size=60),
    st.text(alphabet='<>@"(),:;=?[]\\ aqQB_.\t\r\n\x00\xe9', max_size=40).map(str.encode),
    st.builds(
        lambda charset, data: b"=?" + charset + b"?q?" + data + b"?=",
        st.sampled_from([b"utf-8", b"x"]),
        st.binary(max_size=20),
    ),
)


@given(
    fields=st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), min_size=1, max_size=8),
    body=st.binary(max_size=100),
)
@settings(max_examples=200, deadline=None)
def test_arbitrary_header_values(fields: list[tuple[str, bytes]], body: bytes) -> None:
    assert_parses_or_refuses(
        b"".join(name.encode() + b": " + value + b"\r\n" for name, value in fields) + b"\r\n" + body
    )


BODIES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.sampled_from(
        [
            b"<p>Hello</p><script>x</script><![bogus[",
            b"Gr=C3=BC=C3=9Fe =\r\nsoft break =XY",
            b"SGVsbG8gd29ybGQ=",
            b"!!not base64$$",
            b"On Mon, 3 Mar 2025 Sam wrote:\r\n> old",
        ]
    ),
)


@st.composite
def leaf_parts(draw: st.DrawFn) -> bytes:
    content_type = draw(
        st.sampled_from(
            ["text/plain", "text/html", "text/calendar", "application/pdf", "message/rfc822", "text", "x/y"]
        )
    )
    charset = draw(
        st.sampled_from(["utf-8", "us-ascii", "iso-8859-1", "x-bogus", "utf-16", "rot13", '"', ""])
    )
    encoding = draw(st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "bogus"]))
    disposition = draw(
        st.sampled_from(["", "inline", "attachment; filename=a.txt", "attachment; filename*=x''%FF"])
    )
    head = f"Content-Type: {content_type}; charset={charset}\r\nContent-Transfer-Encoding: {encoding}\r\n"
    if disposition:
        head += f"Content-Disposition: {disposition}\r\n"
    return head.encode() + b"\r\n" + draw(BODIES)


def multiparts(children: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    return st.builds(
        multipart,
        st.sampled_from(["mixed", "alternative", "related", "digest", "report"]),
        st.text(alphabet="abcXYZ019'()+_,-./:=? ", min_size=0, max_size=12),
        st.lists(children, max_size=4),
        st.booleans(),
    )


def multipart(subtype: str, boundary: str, parts: list[bytes], closed: bool) -> bytes:
    raw = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\npreamble\r\n'.encode()
    delimiter = b"--" + boundary.encode()
    for part in parts:
        raw += delimiter + b"\r\n" + part + b"\r\n"
    return raw + (delimiter + b"--\r\n" if closed else b"")


@given(
    top=st.binary(max_size=120),
    tree=st.recursive(leaf_parts(), multiparts, max_leaves=12),
)
@settings(max_examples=200, deadline=None)
def test_arbitrary_mime_trees(top: bytes, tree: bytes) -> None:
    assert_parses_or_refuses(
        b"From: Jane <jane@acme.com>\r\nSubject: s\r\nMIME-Version: 1.0\r\n" + top + tree
    )


def test_a_message_read_with_its_header_block_parsed_before_reads_the_same() -> None:
    # The scan parses the header block it fetched first, and gives it with the whole message.
    for path in sorted((Path(__file__).parent / "data" / "corpus").glob("*.eml")):
        raw = path.read_bytes()
        block = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
        assert parse_message(raw, parse_headers(block)) == parse_message(raw), path.name
