"""The Gmail API backend: reads with gmail.readonly; the one write is a new draft (gmail.compose).

Sync follows Google's guide: one full listing, then ``history.list`` from the
stored historyId. The cursor is ``Cursor("gmail", historyId)``; while a listing
is under way it stands at position 0, never a historyId, so an interrupted
listing starts over. Keys are Gmail message ids, which do not change with
labels, so a message met again after a resync is recognised and skipped.

The INBOX role is every received message, whatever its labels (filters that
skip the inbox are common for job mail), except Sent, Drafts, Chats and Trash,
and Spam unless ``report_spam``. Requests are serial: a scan stays well below
the quota of 15,000 units per user per minute, and httplib2 is not thread-safe.
"""

from __future__ import annotations

import base64
import errno
import http.client
import logging
import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from email.utils import formataddr, getaddresses
from functools import partial
from types import TracebackType
from typing import Any, Self

import httplib2
from google.auth.exceptions import GoogleAuthError
from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from inboxwatch import gmail_auth
from inboxwatch.config import MailboxConfig
from inboxwatch.core.model import SearchTerms
from inboxwatch.errors import AuthError, CursorExpired, MailboxError, TransientError
from inboxwatch.mailbox.base import SEARCHED, Batch, Cursor, FolderInfo, RawHeader, Role
from inboxwatch.mailbox.imap import HEADER_FIELDS

log = logging.getLogger(__name__)

SYNC = "gmail"  # the cursor's validity
LISTING = 0  # the cursor's position while a full listing is under way
PAGE = 100
ATTEMPTS = 5
MAX_DELAY = 60.0
HEADERS = HEADER_FIELDS.split()
LABELS = {Role.INBOX: "INBOX", Role.SENT: "SENT", Role.DRAFTS: "DRAFT"}
ROLES = {label: role for role, label in LABELS.items()}
QUERIES = {
    Role.INBOX: "-in:sent -in:drafts -in:chats -in:trash",
    Role.SENT: "in:sent",
    Role.DRAFTS: "in:drafts",
}
# The user's own mail and our drafts are never an employer's reply, whatever else they carry.
NOT_RECEIVED = frozenset({"SENT", "DRAFT", "CHAT", "TRASH"})
OUT_OF_SIGHT = frozenset({"SPAM", "TRASH"})
RATE_LIMITED = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
ADDRESS_HEADERS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender"})
# Failures worth another attempt, when _retryable agrees.
RETRY_ERRORS = (HttpError, OSError, httplib2.HttpLib2Error, http.client.HTTPException)
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?)\s*:)+", re.IGNORECASE)
_PARSER = BytesParser(policy=default)


def _retryable(exc: Exception) -> bool:
    """Whether trying again later may help: rate limits, server errors and network trouble."""
    if isinstance(exc, HttpError):
        status = exc.status_code
        return status == 429 or status >= 500 or (status == 403 and bool(_reasons(exc) & RATE_LIMITED))
    return isinstance(exc, RETRY_ERRORS)


def _retry_after(exc: Exception) -> float:
    """The seconds a 429 or 503 asks us to wait, when it says so in seconds."""
    value = str(exc.resp.get("retry-after", "")) if isinstance(exc, HttpError) else ""
    return float(value) if value.isdigit() else 0.0


def _reasons(exc: HttpError) -> set[str]:
    """The reasons Google's JSON error body gives, such as rateLimitExceeded."""
    details = exc.error_details if isinstance(exc.error_details, list) else []
    return {d.get("reason", "") for d in details if isinstance(d, dict)}


def _line(name: str, value: str) -> str:
    """One header line in RFC 5322 form: Gmail may hand back values already decoded."""
    if not value.isascii():
        if name.lower() in ADDRESS_HEADERS:
            value = ", ".join(formataddr(pair, "utf-8") for pair in getaddresses([value]))
        else:
            value = Header(value, "utf-8").encode(linesep="\r\n")
    return f"{name}: {value}\r\n"


def _block(message: dict[str, Any]) -> bytes:
    """The header block of a message fetched with format=metadata."""
    lines = [_line(h["name"], h["value"]) for h in message.get("payload", {}).get("headers", [])]
    return "".join([*lines, "\r\n"]).encode()


def _arrived(records: list[dict[str, Any]]) -> list[str]:
    """Ids of the messages that history shows added, or back from Spam or Trash, in its order."""
    ids: dict[str, None] = {}
    for record in records:
        for change in record.get("messagesAdded", []):
            ids[change["message"]["id"]] = None
        for change in record.get("labelsRemoved", []):
            # Back from Spam or Trash: perhaps never read, since those are skipped.
            if OUT_OF_SIGHT & set(change["labelIds"]):
                ids[change["message"]["id"]] = None
    return list(ids)


def _any_of(terms: SearchTerms, role: Role) -> str:
    """A search for mail from any of the senders, or naming any of the names (in Sent, to them: see
    ``SEARCHED``): Gmail's {a b} is a OR b."""
    people, named = SEARCHED[role]
    words = [f"{field}:{_phrase(sender)}" for sender in terms.senders for field in people]
    words += [f"{field}:{_phrase(name)}" for name in terms.subjects for field in named]
    return f"{{{' '.join(words)}}}" if words else ""


def _phrase(text: str) -> str:
    """A term as one search word: quoted when it has spaces, without quotes of its own."""
    text = " ".join(text.replace('"', " ").split())
    return f'"{text}"' if " " in text else text


def _topic(subject: str) -> str:
    """A subject as Gmail compares it to thread a message: without reply prefixes or case."""
    return " ".join(_REPLY_PREFIX.sub("", subject).split()).casefold()


def _bare(message_id: str) -> str:
    """A Message-ID as Gmail's rfc822msgid: search takes it."""
    return message_id.strip().removeprefix("<").removesuffix(">")


class _SendOnce:
    """A connection that sends one request: a second send fails as if the connection had broken."""

    def __init__(self, conn: http.client.HTTPConnection) -> None:
        self._conn = conn
        self._sent = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def request(self, *args: Any, **kwargs: Any) -> None:
        if self._sent:
            raise ConnectionResetError(errno.ECONNRESET, "the connection broke before Google answered")
        self._sent = True
        self._conn.request(*args, **kwargs)


class _Transport(httplib2.Http):  # type: ignore[misc]  # httplib2 has no type hints
    """httplib2, without its blind second send of a request whose answer was lost.

    It sends a request again when the connection breaks before the answer,
    whatever the method (for a stale kept-alive connection). A POST may have
    taken effect: it is repeated only by ``_execute``, which first asks whether it did.
    """

    def _conn_request(self, conn: Any, request_uri: str, method: str, body: Any, headers: Any) -> Any:
        if method not in self.safe_methods:
            conn = _SendOnce(conn)
        return super()._conn_request(conn, request_uri, method, body, headers)


class GmailMailbox:
    """A Gmail account through the Gmail API."""

    def __init__(
        self,
        cfg: MailboxConfig,
        sleep: Callable[[float], None] = time.sleep,
        transport: httplib2.Http | None = None,
    ) -> None:
        """``sleep`` and ``transport`` (an httplib2.Http, or a test double of one) are for tests."""
        self._cfg = cfg
        self._sleep = sleep
        self._transport = transport
        self._service: Any = None

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Turn Google client and network errors into ours: the adapter's one error boundary."""
        try:
            yield
        except HttpError as exc:
            status = exc.status_code
            if _retryable(exc):
                raise TransientError(f"gmail: Google answered {status} ({exc.reason}); will retry") from exc
            if status in (401, 403):
                raise AuthError(f"gmail: access refused ({exc.reason}); {gmail_auth.RERUN}") from exc
            raise MailboxError(f"gmail: Google answered {status}: {exc.reason}") from exc
        except GoogleAuthError as exc:
            raise gmail_auth.refresh_failed(exc) from exc
        except RETRY_ERRORS as exc:  # all but HttpError, caught above: the network failed
            reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__
            raise TransientError(f"gmail: cannot reach Google: {reason}") from exc

    @property
    def _api(self) -> Any:
        if self._service is None:
            raise RuntimeError("GmailMailbox is not open; use it in a with statement")
        return self._service.users()

    def __enter__(self) -> Self:
        cfg = self._cfg
        transport = self._transport or _Transport(timeout=cfg.timeout)
        try:
            with self._translated():
                credentials = gmail_auth.load(cfg.token_file, transport)
                options = {"api_endpoint": cfg.api_endpoint} if cfg.api_endpoint else None
                self._service = build(
                    "gmail",
                    "v1",
                    http=AuthorizedHttp(credentials, http=transport),
                    client_options=options,
                    static_discovery=True,
                    cache_discovery=False,
                )
                profile = self._execute(self._api.getProfile(userId="me"))
            address = str(profile.get("emailAddress", "")).lower()
            if address != cfg.username.lower():
                # A browser signed in to another Google account is the usual cause.
                raise AuthError(
                    f"gmail: the saved authorisation is for {address}, not mailbox.username "
                    f"{cfg.username}; {gmail_auth.RERUN} and choose {cfg.username}"
                )
        except BaseException:
            self._service = None
            transport.close()
            raise
        log.debug("gmail: signed in as %s", address)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        service, self._service = self._service, None
        if service is not None:
            service.close()

    def _execute(self, request: Any, settled: Callable[[], bool] | None = None) -> Any:
        """Send a request, backing off with jitter while Google is busy or unreachable.

        ``settled`` makes a request that is not idempotent safe to repeat: it is
        asked before every attempt whether an earlier one took effect after all.
        The library's own ``num_retries`` stays 0: it would repeat a POST without asking.
        """
        attempt = 1
        while True:
            if settled is not None and settled():
                return None
            try:
                return request.execute()
            except RETRY_ERRORS as exc:
                if attempt == ATTEMPTS or not _retryable(exc):
                    raise
                # Jitter spreads retries out, so clients hit by one failure do not return in step.
                delay = min(MAX_DELAY, max(_retry_after(exc), 2**attempt * (0.5 + random.random() / 2)))  # noqa: S311
                log.warning("gmail: %s; trying again in %.1f s", type(exc).__name__, delay)
                self._sleep(delay)
            attempt += 1

    # --- reading ----------------------------------------------------------

    def folders(self) -> list[FolderInfo]:
        with self._translated():
            labels = self._execute(self._api.labels().list(userId="me")).get("labels", [])
        return [FolderInfo(label["name"], ROLES.get(label["id"])) for label in labels]

    def changes(self, role: Role, cursor: Cursor | None, since: date) -> Iterator[Batch]:
        with self._translated():
            # Read before listing: whatever happens meanwhile is after it and comes next time.
            start = int(self._execute(self._api.getProfile(userId="me"))["historyId"])
            if cursor is None or cursor.validity != SYNC or cursor.position == LISTING:
                yield from self._listing(role, since, start)
                return
            try:
                yield from self._history(role, cursor.position, start)
            except CursorExpired:
                log.warning(
                    "gmail: the saved historyId %d has expired; reading %s again", cursor.position, role
                )
                yield from self._listing(role, since, start)

    def count_new(self, role: Role, cursor: Cursor, since: date) -> int:
        """What history lists since ``cursor`` (or the listing gives), before metadata is read."""
        with self._translated():
            start = int(self._execute(self._api.getProfile(userId="me"))["historyId"])
            if cursor.validity == SYNC and cursor.position != LISTING:
                if cursor.position >= start:
                    return 0
                try:
                    return sum(
                        len(_arrived(records)) for records, _ in self._history_pages(role, cursor.position)
                    )
                except CursorExpired:
                    pass  # a scan would list the window again: count that
            return len(self._listed(role, since))

    def related(self, role: Role, since: date, up_to: Cursor, terms: SearchTerms) -> Iterator[Batch]:
        """The window's messages that the search finds.

        A search cannot stop at a historyId: mail that came after ``up_to`` is found too,
        and skipped by its key when history brings it again.
        """
        matching = _any_of(terms, role)
        if up_to.validity != SYNC or up_to.position == LISTING or not matching:
            return  # a listing under way reads the whole window anyway
        with self._translated():
            ids = self._listed(role, since, matching)
            for first in range(0, len(ids), PAGE):
                yield Batch(self._headers(role, ids[first : first + PAGE]), up_to)

    def _listed(self, role: Role, since: date, matching: str = "") -> list[str]:
        """The ids of the window's messages (those ``matching`` finds, if given), oldest first."""
        # The earliest midnight anywhere on ``since``, so the window never starts late.
        begin = datetime.combine(since, datetime.min.time(), timezone(timedelta(hours=14)))
        include_spam = role is Role.INBOX and self._cfg.report_spam
        ids: list[str] = []
        token = None
        while True:
            page = self._execute(
                self._api.messages().list(
                    userId="me",
                    q=" ".join(filter(None, [f"after:{int(begin.timestamp())}", QUERIES[role], matching])),
                    includeSpamTrash=include_spam,
                    maxResults=PAGE,
                    pageToken=token,
                )
            )
            ids.extend(m["id"] for m in page.get("messages", []))
            if (token := page.get("nextPageToken")) is None:
                break
        # Gmail lists newest first; replies must be read in the order they came.
        ids.reverse()
        log.debug("gmail: %d message(s) for %s since %s", len(ids), role, since)
        return ids

    def _listing(self, role: Role, since: date, start: int) -> Iterator[Batch]:
        ids = self._listed(role, since)
        if not ids:
            yield Batch([], Cursor(SYNC, start))
        for first in range(0, len(ids), PAGE):
            done = first + PAGE >= len(ids)
            yield Batch(
                self._headers(role, ids[first : first + PAGE]), Cursor(SYNC, start if done else LISTING)
            )

    def _history_pages(self, role: Role, position: int) -> Iterator[tuple[list[dict[str, Any]], str | None]]:
        """History since ``position``, a page at a time: its records and the next page's token."""
        # Paged by hand: the library's list_next rejects the repeated historyTypes parameter.
        request = partial(
            self._api.history().list,
            userId="me",
            startHistoryId=str(position),
            historyTypes=["messageAdded", "labelRemoved"],
            labelId=LABELS[role] if role is not Role.INBOX else None,
            maxResults=PAGE,
        )
        token = None
        while True:
            try:
                page = self._execute(request(pageToken=token))
            except HttpError as exc:
                if exc.status_code == 404:
                    raise CursorExpired(f"gmail: historyId {position} is no longer valid") from exc
                raise
            token = page.get("nextPageToken")
            yield page.get("history", []), token
            if token is None:
                return

    def _history(self, role: Role, position: int, start: int) -> Iterator[Batch]:
        for records, token in self._history_pages(role, position):
            if not records and token is not None:
                log.info("gmail: Google has more history for %s but sent none; trying again next scan", role)
                return
            if records:
                position = int(records[-1]["id"])
            # After the last page the cursor moves to the id read before listing, if that is later.
            end = position if token is not None else max(position, start)
            yield Batch(self._headers(role, _arrived(records)), Cursor(SYNC, end))

    def _headers(self, role: Role, ids: list[str]) -> list[RawHeader]:
        found = []
        for key in ids:
            message = self._get(key, "metadata")
            if message is None:
                continue  # deleted since it was listed
            labels = set(message.get("labelIds", []))
            if role is Role.INBOX:
                wanted = not labels & NOT_RECEIVED and (self._cfg.report_spam or "SPAM" not in labels)
            else:
                wanted = LABELS[role] in labels
            if wanted:
                found.append(RawHeader(LABELS[role], key, _block(message), message.get("threadId")))
        return found

    def _get(self, key: str, form: str) -> dict[str, Any] | None:
        extra = {"metadataHeaders": HEADERS} if form == "metadata" else {}
        try:
            message: dict[str, Any] = self._execute(
                self._api.messages().get(userId="me", id=key, format=form, **extra)
            )
        except HttpError as exc:
            if exc.status_code == 404:
                return None
            raise
        return message

    def fetch(self, folder: str, keys: Sequence[str], max_bytes: int) -> dict[str, bytes]:
        # One request each, as for the headers: the API's batch endpoint is a different protocol.
        return {key: self._raw(key, max_bytes) for key in keys}

    def _raw(self, key: str, max_bytes: int) -> bytes:
        with self._translated():
            message = self._get(key, "raw")
        if message is None:
            raise MailboxError(f"gmail: no message with id {key}")
        if "SPAM" in message.get("labelIds", []):
            # Only candidate replies are fetched, and a missed reply is a real loss: say so, touch nothing.
            log.warning(
                "gmail: a reply to one of your interviews is in Spam (message %s); it is left there", key
            )
        raw: str = message.get("raw", "")
        return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))[:max_bytes]

    # --- drafts -------------------------------------------------------------

    def has_draft(self, message_id: str) -> bool:
        with self._translated():
            return self._has_draft(message_id)

    def _has_draft(self, message_id: str) -> bool:
        query = f"rfc822msgid:{_bare(message_id)}"
        return bool(self._execute(self._api.drafts().list(userId="me", q=query, maxResults=1)).get("drafts"))

    def drafts_version(self) -> str | None:
        return None  # Gmail has no cheap summary of the Drafts label: every waiting draft is looked up.

    def add_draft(self, raw: bytes) -> None:
        draft = _PARSER.parsebytes(raw, headersonly=True)
        message_id = draft["Message-ID"]
        if not message_id:
            raise MailboxError("gmail: a draft needs a Message-ID, so that a retry cannot write it twice")
        body: dict[str, Any] = {"raw": base64.urlsafe_b64encode(raw).decode()}
        with self._translated():
            thread = self._thread(draft)
            if thread is not None:
                body["threadId"] = thread
            # Only _execute repeats the POST (not httplib2: see _Transport), after a search
            # for our Message-ID before each attempt: one draft, whatever answer is lost.
            created = self._execute(
                self._api.drafts().create(userId="me", body={"message": body}),
                settled=lambda: self._has_draft(message_id),
            )
        log.debug("gmail: %s draft %s", "wrote" if created else "found", message_id)

    def _thread(self, draft: EmailMessage) -> str | None:
        """The conversation a reply draft belongs in, when Gmail will accept it there.

        Gmail files a draft in a thread only with its threadId, In-Reply-To and
        References, and the thread's subject; else it starts a new one.
        """
        answered = draft["In-Reply-To"]
        if not answered:
            return None
        query = f"rfc822msgid:{_bare(str(answered))}"
        found = self._execute(self._api.messages().list(userId="me", q=query, maxResults=1)).get("messages")
        if not found:
            return None
        original = self._execute(
            self._api.messages().get(
                userId="me", id=found[0]["id"], format="metadata", metadataHeaders=["Subject"]
            )
        )
        subject = _PARSER.parsebytes(_block(original), headersonly=True)["Subject"] or ""
        if _topic(subject) != _topic(draft["Subject"] or ""):
            log.warning("gmail: the draft's subject differs from the conversation's; it starts a new one")
            return None
        thread: str = found[0]["threadId"]
        return thread
