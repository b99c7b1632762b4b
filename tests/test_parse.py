"""Parse v1: header facts and new text from messages built in code, from tests/data and from hypothesis."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inboxwatch.core.model import Address, ParsedMessage
from inboxwatch.core.parse import MAX_DEPTH, MAX_TEXT, parse_headers, parse_message
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
    pytest.param(b"Date: Mon, 3 Mar 2025 10:00:00 -0000", "date", None, id="date-naive"),
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
]


@pytest.mark.parametrize(("charset", "body", "expected"), CHARSET_CASES)
def test_charset_fallbacks(charset: str, body: bytes, expected: str) -> None:
    raw = (
        b"From: jane@acme.com\r\nContent-Type: text/plain; charset=" + charset.encode() + b"\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body + b"\r\n"
    )
    assert parse_message(raw).text == expected


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
        "On Monday we will call you.\nFrom: the whole team, welcome!",
        "On Monday we will call you.\nFrom: the whole team, welcome!",
        id="look-alikes-kept",
    ),
]


@pytest.mark.parametrize(("body", "expected"), QUOTE_CASES)
def test_quoted_mail_is_removed(body: str, expected: str) -> None:
    assert parse_message(plain(body)).text == expected


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
