"""Parse v1: raw mail to header facts and the new text of a message.

Mail from the wild is often malformed, so nothing here trusts its input: a
header that cannot be read gives an empty value, a body that cannot be read
gives no text, and only a message without a single header is an error.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email import policy
from email.headerregistry import AddressHeader, DateHeader
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from html.parser import HTMLParser

from inboxwatch.core.model import Address, Headers, ParsedMessage
from inboxwatch.errors import MessageError

MAX_DEPTH = 20  # MIME nesting levels read; real mail rarely goes past 5
MAX_TEXT = 20_000  # characters of new text kept

_PARSER = BytesParser(policy=policy.default)

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_WHITESPACE = re.compile(r"\s+")
_MSG_ID = re.compile(r"<([^<>]*)>")
_ADDR_SPEC = re.compile(r"[^@\s<>()\[\]\",;:]+@[^@\s<>()\[\]\",;:]+")
_AUTO_PRECEDENCE = frozenset({"auto_reply", "bulk", "junk"})
_AUTO_MARKERS = ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress")

# Where quoted earlier mail begins: everything from such a line on is old.
_ATTRIBUTION_START = re.compile(r"^(?:on|am|le)\s", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(r"(?:\bwrote|\bschrieb\b.*|\ba écrit)\s*:\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"^(?:-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht"
    r"|weitergeleitete nachricht|message d'origine|message transféré)\s*-{2,}"
    r"|begin forwarded message:)\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"^\*?(?:from|von|de)\s*:", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(r"^\*?(?:sent|date|gesendet|envoyé)\s*:", re.IGNORECASE)
_RULE = re.compile(r"^[-_=*\s]*$")  # blank lines and the rules mailers draw above a quote


def parse_headers(raw: bytes) -> Headers:
    """The header facts of a header block or a whole message."""
    try:
        message = _PARSER.parsebytes(raw, headersonly=True)
    except Exception as exc:  # the stdlib parser documents no errors; hostile input finds some
        raise MessageError("unreadable header block") from exc
    return _headers(message)


def parse_message(raw: bytes) -> ParsedMessage:
    """The header facts and the new text of a whole message."""
    try:
        message = _PARSER.parsebytes(raw)
    except Exception:  # the parser recurses per MIME level: RecursionError on deep nesting
        return ParsedMessage(parse_headers(raw), "")
    headers = _headers(message)
    try:
        text = _body_text(message)
    except Exception:  # a broken body must not cost us the headers, which still match
        text = ""
    return ParsedMessage(headers, _new_text(text))


def _headers(message: EmailMessage) -> Headers:
    if not message.keys():
        raise MessageError("no header found")
    senders = _addresses(message, "From")
    return Headers(
        message_id=next(iter(_msg_ids(_text(message, "Message-ID"))), None),
        in_reply_to=_msg_ids(_text(message, "In-Reply-To")),
        references=_msg_ids(_text(message, "References")),
        sender=senders[0] if senders else None,
        to=_addresses(message, "To"),
        cc=_addresses(message, "Cc"),
        subject=" ".join(_text(message, "Subject").split()),
        date=_date(message),
        auto_submitted=_auto_submitted(message),
    )


def _header(message: EmailMessage, name: str) -> object:
    """One header's parsed value, or None when it is absent or unreadable."""
    try:
        return message.get(name)
    except Exception:  # the header classes raise assorted errors on malformed values
        return None


def _clean(text: str) -> str:
    # Undecodable bytes reach us as lone surrogates, which no store or log accepts.
    return _SURROGATE.sub("\ufffd", text)


def _text(message: EmailMessage, name: str) -> str:
    value = _header(message, name)
    return "" if value is None else _clean(str(value)).strip()


def _addresses(message: EmailMessage, name: str) -> tuple[Address, ...]:
    value = _header(message, name)
    if not isinstance(value, AddressHeader):
        return ()
    return tuple(
        Address(name=_clean(address.display_name).strip(), email=address.addr_spec.lower())
        for address in value.addresses
        if _ADDR_SPEC.fullmatch(address.addr_spec)
    )


def _msg_ids(value: str) -> tuple[str, ...]:
    """Message-IDs in their ``<...>`` form; bare ids from sloppy mailers get the brackets."""
    bracketed = ["<" + "".join(inner.split()) + ">" for inner in _MSG_ID.findall(value)]
    if bracketed:
        return tuple(ident for ident in bracketed if ident != "<>")
    return tuple(f"<{token}>" for token in re.split(r"[\s,]+", value) if "@" in token)


def _date(message: EmailMessage) -> datetime | None:
    value = _header(message, "Date")
    if not isinstance(value, DateHeader) or value.datetime is None:
        return None
    moment = value.datetime
    # A naive time ("-0000") has an unknown zone: better no date than a wrong one.
    return moment.astimezone(UTC) if moment.tzinfo is not None else None


def _auto_submitted(message: EmailMessage) -> bool:
    auto = _text(message, "Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        return True
    if _text(message, "Precedence").lower() in _AUTO_PRECEDENCE:
        return True
    return any(_header(message, name) is not None for name in _AUTO_MARKERS)


def _leaves(root: MIMEPart) -> Iterator[MIMEPart]:
    """Non-multipart parts in reading order, without attachments or attached mail."""
    stack: list[tuple[MIMEPart, int]] = [(root, 0)]
    while stack:
        part, depth = stack.pop()
        # message/* parts are earlier mail (forwards, bounces), not new text.
        if part.get_content_maintype() == "message" or part.is_attachment():
            continue
        if part.is_multipart():
            if depth < MAX_DEPTH:
                stack.extend((child, depth + 1) for child in reversed(list(part.iter_parts())))
            continue
        yield part


def _body_text(root: MIMEPart) -> str:
    """The first non-empty text/plain part, else the first text/html part as text."""
    html: MIMEPart | None = None
    for part in _leaves(root):
        kind = part.get_content_type()
        if kind == "text/plain":
            text = _decode(part)
            if text.strip():
                return text
        elif kind == "text/html" and html is None:
            html = part
    return _html_to_text(_decode(html)) if html is not None else ""


def _decode(part: MIMEPart) -> str:
    payload = part.get_payload(decode=True)  # undoes base64 and quoted-printable
    if not isinstance(payload, bytes):
        return ""
    declared = part.get_content_charset()
    for charset in (declared, "utf-8") if declared else ("utf-8",):
        try:
            return _clean(payload.decode(charset))
        except (LookupError, ValueError):  # unknown or mislabelled charset
            continue
    # cp1252 rather than latin-1: mail labelled latin-1 is mostly Windows text with curly quotes.
    return payload.decode("cp1252", errors="replace")


class _HtmlText(HTMLParser):
    """Readable text of an HTML body: block elements become line breaks."""

    # blockquote holds quoted earlier mail in Gmail, Apple Mail and Thunderbird replies.
    SKIP = frozenset({"script", "style", "title", "blockquote"})
    BREAK = frozenset(
        {"br", "p", "div", "li", "tr", "table", "ul", "ol", "hr", "h1", "h2", "h3", "h4", "h5", "h6"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BREAK:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BREAK:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.chunks.append(_WHITESPACE.sub(" ", data))


def _html_to_text(html: str) -> str:
    parser = _HtmlText()
    # html.parser raises AssertionError on some broken markup; keep what was read before it.
    with contextlib.suppress(AssertionError):
        parser.feed(html)
        parser.close()
    return "".join(parser.chunks)


def _starts_quote(lines: list[str], index: int) -> bool:
    line = lines[index]
    if _SEPARATOR.match(line):
        return True
    if _ATTRIBUTION_START.match(line):
        # Long attributions wrap: "On Mon, ... Jane Doe <\njane@acme.com> wrote:"
        return any(_ATTRIBUTION_END.search(" ".join(lines[index : index + n])) for n in (1, 2))
    # Outlook quotes under a "From: / Sent: / To: / Subject:" block.
    return bool(_OUTLOOK_FROM.match(line)) and any(
        _OUTLOOK_SENT.match(following) for following in lines[index + 1 : index + 4]
    )


def _new_text(text: str) -> str:
    """The text without quoted earlier mail and without the signature."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    for index, line in enumerate(lines):
        if line == "--" or _starts_quote(lines, index):  # "-- " is the signature delimiter
            break
        if line.startswith(">"):
            continue
        if line or (kept and kept[-1]):  # at most one blank line in a row
            kept.append(line)
    while kept and _RULE.fullmatch(kept[-1]):
        kept.pop()
    return "\n".join(kept)[:MAX_TEXT]
