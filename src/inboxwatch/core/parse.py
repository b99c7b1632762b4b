"""Raw mail to header facts, the new text of a message, and its calendar invitation.

Mail from the wild is often malformed, so nothing here trusts its input: a
header that cannot be read gives an empty value, a body that cannot be read
gives no text, and only a message without a single header is an error.

Cost is bounded whatever arrives: only the first ``MAX_BYTES`` of a message
are parsed (text comes before attachments in real mail, and the mailbox
adapters fetch no more by default), at most ``MAX_PARTS`` MIME parts and
``MAX_DEPTH`` levels of nesting are visited, and only ``MAX_DECODED``
characters of body text are examined for quotes and signatures.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from datetime import UTC, datetime
from email import policy
from email.headerregistry import AddressHeader, DateHeader
from email.message import EmailMessage, Message
from email.parser import BytesParser
from html.parser import HTMLParser

from inboxwatch.core.ical import read_invite
from inboxwatch.core.model import Address, CalendarInvite, Headers, ParsedMessage
from inboxwatch.core.quoting import MAX_TEXT, split_reply
from inboxwatch.errors import MessageError

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_TEXT", "parse_headers", "parse_message"]

MAX_BYTES = 100 * 1024  # bytes of a message parsed: a 30 MB message costs what a 100 KB one does
MAX_DEPTH = 20  # MIME nesting levels read; real mail rarely goes past 5
MAX_PARTS = 100  # MIME parts visited
MAX_DECODED = 100_000  # characters of body text examined

_PARSER = BytesParser(policy=policy.default)
# The body's MIME tree needs no header objects: the default policy parses Content-Type anew at
# each look, several times a part, which made reading a body cost as much as the rest of a reply.
_BODY_PARSER = BytesParser(policy=policy.compat32)

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_WHITESPACE = re.compile(r"\s+")
_INVISIBLE = str.maketrans(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad")))
_MSG_ID = re.compile(r"<([^<>]*)>")
_ADDR_SPEC = re.compile(r"[^@\s<>()\[\]\",;:]+@[^@\s<>()\[\]\",;:]+")
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([\w.:-]{1,40})", re.IGNORECASE)
_DMARC_FAIL = re.compile(r"\bdmarc\s*=\s*fail\b", re.IGNORECASE)
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})

# RFC 3834 and the vendor headers auto-responders set; Precedence: bulk and
# junk come from mass mailers, which never answer a person either.
_AUTO_PRECEDENCE = frozenset({"auto_reply", "bulk", "junk"})
_AUTO_MARKERS = ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress")
_LIST_PRECEDENCE = frozenset({"bulk", "junk", "list"})
_LIST_HEADERS = ("List-Unsubscribe", "List-Id")

# Codecs that give every byte a character, so that UTF-8 text mislabelled as
# one of them decodes without an error, into mojibake.
_SINGLE_BYTE = ("ascii", "iso8859", "cp1", "cp4", "cp8", "koi8", "mac-", "latin")
_MULTI_BYTE_CODEPAGES = frozenset({"cp932", "cp936", "cp949", "cp950", "cp1361"})

# A plain part this much shorter than the HTML one is a "view this in HTML" stub.
_STUB_RATIO = 3
_STUB_LENGTH = 200


def parse_headers(raw: bytes) -> Headers:
    """The header facts of a header block or a whole message."""
    try:
        message = _PARSER.parsebytes(raw[:MAX_BYTES], headersonly=True)
    except Exception as exc:  # the stdlib parser documents no errors; hostile input finds some
        raise MessageError("unreadable header block") from exc
    return _headers(message)


def parse_message(raw: bytes, headers: Headers | None = None) -> ParsedMessage:
    """The header facts, new text, signature and calendar invitation of a whole message.

    ``headers``: its header facts, when its header block was parsed already.
    """
    raw = raw[:MAX_BYTES]
    if headers is None:
        headers = parse_headers(raw)
    try:
        message = _BODY_PARSER.parsebytes(raw)
    except Exception:  # the parser recurses per MIME level: RecursionError on deep nesting
        return ParsedMessage(headers, "")
    body = _Body()
    try:
        text, signature = split_reply(body.read(message, 0)[:MAX_DECODED])
    except Exception:  # a broken body must not cost us the headers, which still match
        return ParsedMessage(headers, "")
    return ParsedMessage(headers, text, signature, body.invite)


# --- headers ---------------------------------------------------------------


def _headers(message: EmailMessage) -> Headers:
    if not message.keys():
        raise MessageError("no header found")
    senders = _addresses(message, "From")
    markers = _auto_markers(message)
    return Headers(
        message_id=next(iter(message_ids(_text(message, "Message-ID"))), None),
        in_reply_to=message_ids(_text(message, "In-Reply-To")),
        references=message_ids(_text(message, "References")),
        sender=senders[0] if senders else None,
        to=_addresses(message, "To"),
        cc=_addresses(message, "Cc"),
        subject=" ".join(_text(message, "Subject").split()),
        date=_date(message),
        auto_submitted=bool(markers),
        auto_markers=markers,
        reply_to=_addresses(message, "Reply-To"),
        dmarc_failed=any(_DMARC_FAIL.search(result) for result in _all(message, "Authentication-Results")),
        bulk=_text(message, "Precedence").lower() in _LIST_PRECEDENCE
        or any(_header(message, name) is not None for name in _LIST_HEADERS),
    )


def _header(message: EmailMessage, name: str) -> object:
    """One header's parsed value, or None when it is absent or unreadable."""
    try:
        return message.get(name)
    except Exception:  # the header classes raise assorted errors on malformed values
        return None


def _all(message: EmailMessage, name: str) -> list[str]:
    """Every value of a header that may repeat, as text."""
    try:
        return [clean(str(value)) for value in message.get_all(name) or ()]
    except Exception:  # as in _header
        return []


def clean(text: str) -> str:
    # Undecodable bytes reach us as lone surrogates, which no store or log accepts.
    return _SURROGATE.sub("\ufffd", text)


def _text(message: EmailMessage, name: str) -> str:
    value = _header(message, name)
    return "" if value is None else clean(str(value)).strip()


def _addresses(message: EmailMessage, name: str) -> tuple[Address, ...]:
    value = _header(message, name)
    if not isinstance(value, AddressHeader):
        return ()
    return tuple(
        Address(name=clean(address.display_name).strip(), email=address.addr_spec.lower())
        for address in value.addresses
        if _ADDR_SPEC.fullmatch(address.addr_spec)
    )


def message_ids(value: str) -> tuple[str, ...]:
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
    # Naive: "-0000", or a zone Python does not know. RFC 5322 (3.3, 4.3) reads both as
    # UTC from a sender whose local zone is unknown; a time given in UTC is still right.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _auto_markers(message: EmailMessage) -> tuple[str, ...]:
    markers = []
    auto = _text(message, "Auto-Submitted")
    if auto and not auto.lower().startswith("no"):
        markers.append(f"Auto-Submitted: {auto.lower()}")
    precedence = _text(message, "Precedence").lower()
    if precedence in _AUTO_PRECEDENCE:
        markers.append(f"Precedence: {precedence}")
    markers += [name for name in _AUTO_MARKERS if _header(message, name) is not None]
    return tuple(markers)


# --- body ------------------------------------------------------------------


class _Body:
    """The readable text of a MIME tree and its first calendar invitation.

    Alternatives give one text, the plain one unless it is a stub of the HTML
    one; the parts of a mixed or related tree give theirs in order.
    Attachments and attached messages (forwards, bounces) are not the sender's
    new text; an invitation is read from an attached ``.ics`` too.
    """

    def __init__(self) -> None:
        self.parts = 0
        self.invite: CalendarInvite | None = None

    def read(self, part: Message, depth: int) -> str:
        self.parts += 1
        if depth > MAX_DEPTH or self.parts > MAX_PARTS:
            return ""
        kind = part.get_content_type()
        if kind in _CALENDAR_TYPES:
            if self.invite is None:
                self.invite = read_invite(_decode(part)[:MAX_DECODED])
            return ""
        if part.get_content_maintype() == "message" or part.get_content_disposition() == "attachment":
            return ""
        if part.is_multipart():
            children = [child for child in part.get_payload() if isinstance(child, Message)]
            if part.get_content_subtype() == "alternative":
                return self._alternative(children, depth + 1)
            texts = (self.read(child, depth + 1) for child in children)
            return "\n\n".join(text for text in texts if text.strip())
        if kind == "text/plain":
            return _decode(part)
        if kind == "text/html":
            return _html_to_text(_decode(part))
        return ""

    def _alternative(self, children: list[Message], depth: int) -> str:
        plain, rich = "", ""  # rich: HTML, or a related tree around it
        for child in children:
            text = self.read(child, depth).strip()
            if child.get_content_type() == "text/plain":
                plain = plain or text
            else:
                rich = rich or text
        if plain and not (len(plain) < _STUB_LENGTH and len(rich) > _STUB_RATIO * len(plain)):
            return plain
        return rich


def _decode(part: Message) -> str:
    payload = part.get_payload(decode=True)  # undoes base64 and quoted-printable
    if not isinstance(payload, bytes):
        return ""
    declared = part.get_content_charset()
    if declared is None and part.get_content_type() == "text/html":
        meta = _META_CHARSET.search(payload[:4096])
        declared = meta.group(1).decode("ascii").lower() if meta else None
    return clean(_decode_bytes(payload, declared)).translate(_INVISIBLE)


def _decode_bytes(payload: bytes, declared: str | None) -> str:
    """Text in the declared charset, unless the bytes say otherwise."""
    codec = _codec(declared)
    # UTF-8 is the one encoding whose non-ASCII bytes rarely decode by accident.
    if not payload.isascii() and (codec is None or _single_byte(codec)):
        with contextlib.suppress(UnicodeDecodeError):
            return payload.decode("utf-8")
    for name in (codec, "utf-8"):
        if name is not None:
            with contextlib.suppress(UnicodeDecodeError, LookupError):  # LookupError: rot13 and friends
                return payload.decode(name)
    # cp1252 rather than latin-1: mail labelled latin-1 is mostly Windows text with curly quotes.
    return payload.decode("cp1252", errors="replace")


def _codec(label: str | None) -> str | None:
    """The Python name of a charset label, or None when Python does not know it."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip('"')).name
    except (LookupError, ValueError):  # ValueError: labels with NUL bytes
        return None


def _single_byte(codec: str) -> bool:
    return codec.startswith(_SINGLE_BYTE) and codec not in _MULTI_BYTE_CODEPAGES


class _HtmlText(HTMLParser):
    """Readable text of an HTML body: blocks become lines, cells are spaced, quotes are left out.

    Quoted earlier mail sits in a blockquote (Apple Mail, Thunderbird) or in
    Gmail's and Yahoo's quote containers; hidden elements hold preheaders.
    Signature containers turn into the "-- " delimiter, so that the split of
    text and signature treats HTML and plain mail alike.
    """

    SKIP = frozenset({"script", "style", "title", "head", "blockquote", "noscript", "template"})
    VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
    )
    BREAK = frozenset(
        {
            "br",
            "p",
            "div",
            "li",
            "tr",
            "table",
            "ul",
            "ol",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "section",
        }
    )
    CELL = frozenset({"td", "th"})
    QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote")
    SIGNATURE_CLASSES = ("gmail_signature", "moz-signature", "signature")
    HIDDEN = re.compile(r"display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden", re.IGNORECASE)

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skip_tag = ""  # the element being left out, and how deep in it we are
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth:
            self.skip_depth += tag == self.skip_tag
            return
        found = {name: value or "" for name, value in attrs}
        classes = f"{found.get('class', '')} {found.get('id', '')}".lower()
        if tag not in self.VOID and (
            tag in self.SKIP
            or self.HIDDEN.search(found.get("style", ""))
            or any(name in classes for name in self.QUOTE_CLASSES)
        ):
            self.skip_tag, self.skip_depth = tag, 1
            return
        if any(name in classes for name in self.SIGNATURE_CLASSES):
            self.chunks.append("\n-- \n")
        if tag in self.BREAK:
            self.chunks.append("\n")
        elif tag in self.CELL:
            self.chunks.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            self.skip_depth -= tag == self.skip_tag
        elif tag in self.BREAK and tag not in self.VOID:  # <br/> is one break, not two
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.chunks.append(_WHITESPACE.sub(" ", data))


def _html_to_text(html: str) -> str:
    parser = _HtmlText()
    # html.parser raises AssertionError on some broken markup; keep what was read before it.
    with contextlib.suppress(AssertionError):
        parser.feed(html)
        parser.close()
    return "".join(parser.chunks)
