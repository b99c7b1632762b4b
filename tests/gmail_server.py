"""A Gmail API on loopback, for the tests: the documented behaviour of what inboxwatch calls.

No Gmail emulator exists, so this follows Google's reference pages. The real
google-api-python-client talks real HTTP to it. It serves users.getProfile,
labels.list, messages.list (``q`` with after:, in:, rfc822msgid:, from:, to:, cc:, subject:
and {any of}, and paging), messages.get (minimal, metadata,
full, raw), history.list (paging, a 404 for an expired historyId),
drafts.create, drafts.get and drafts.list, and Google's OAuth endpoints
(the consent redirect and the token endpoint, with ``invalid_grant``).

Faults are queued with ``fail``: an error answer before a request is served, or
after it took effect (as when a POST lands but its answer is lost); with
``DROP`` the connection closes instead of answering. And
``empty_history_pages`` for a history page with a nextPageToken and no records.
Every request is logged in ``requests``, so a test can prove nothing was modified.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from email.utils import format_datetime
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs, urlencode, urlsplit

import google.oauth2.credentials
import pytest

from inboxwatch.gmail_auth import SCOPES

Json = dict[str, Any]
Query = dict[str, list[str]]

SYSTEM_LABELS = (
    "INBOX",
    "SENT",
    "DRAFT",
    "SPAM",
    "TRASH",
    "UNREAD",
    "STARRED",
    "IMPORTANT",
    "CHAT",
    "CATEGORY_PERSONAL",
    "CATEGORY_UPDATES",
)
# Search operators for `in:`, by the label they stand for.
IN = {"inbox": "INBOX", "sent": "SENT", "drafts": "DRAFT", "spam": "SPAM", "trash": "TRASH", "chats": "CHAT"}
HISTORY_TYPES = {
    "messageAdded": "messagesAdded",
    "messageDeleted": "messagesDeleted",
    "labelAdded": "labelsAdded",
    "labelRemoved": "labelsRemoved",
}
# Google's error bodies: (status name, reason, message) per HTTP status.
ERRORS = {
    400: ("INVALID_ARGUMENT", "badRequest", "Invalid argument."),
    401: ("UNAUTHENTICATED", "authError", "Request had invalid authentication credentials."),
    403: ("PERMISSION_DENIED", "rateLimitExceeded", "Quota exceeded for quota metric 'Queries'."),
    404: ("NOT_FOUND", "notFound", "Requested entity was not found."),
    429: ("RESOURCE_EXHAUSTED", "rateLimitExceeded", "Too many concurrent requests for user."),
    500: ("INTERNAL", "backendError", "Backend Error"),
    503: ("UNAVAILABLE", "backendError", "The service is currently unavailable."),
}
DROP = 0  # a fault's status that closes the connection without an answer
_PARSER = BytesParser(policy=default)
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?)\s*:)+", re.IGNORECASE)


class ApiError(Exception):
    def __init__(self, status: int, reason: str | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.reason = reason


def error_body(status: int, reason: str | None = None) -> Json:
    name, default_reason, message = ERRORS[status]
    domain = "usageLimits" if status in (403, 429) else "global"
    return {
        "error": {
            "code": status,
            "message": message,
            "errors": [{"message": message, "domain": domain, "reason": reason or default_reason}],
            "status": name,
        }
    }


def _bare(message_id: str) -> str:
    return message_id.strip().removeprefix("<").removesuffix(">")


def _topic(subject: str) -> str:
    return " ".join(_REPLY_PREFIX.sub("", subject).split()).casefold()


@dataclass
class Stored:
    """One message in the mailbox."""

    id: str
    thread_id: str
    raw: bytes
    labels: set[str]
    internal_ms: int
    history_id: int = 0

    @cached_property
    def headers(self) -> EmailMessage:
        return _PARSER.parsebytes(self.raw, headersonly=True)

    @cached_property
    def message_id(self) -> str:
        return _bare(str(self.headers["Message-ID"] or ""))

    def resource(self, form: str, wanted: list[str] | None = None) -> Json:
        """The Message resource in one of the formats of messages.get."""
        body: Json = {
            "id": self.id,
            "threadId": self.thread_id,
            "labelIds": sorted(self.labels),
            "snippet": "",
            "sizeEstimate": len(self.raw),
            "historyId": str(self.history_id),
            "internalDate": str(self.internal_ms),
        }
        if form == "raw":
            body["raw"] = base64.urlsafe_b64encode(self.raw).decode()
        elif form == "metadata":
            names = {n.lower() for n in wanted} if wanted else None
            # Gmail shows header values decoded, not as RFC 2047 encoded-words.
            headers = [{"name": k, "value": str(v)} for k, v in self.headers.items()]
            body["payload"] = {
                "mimeType": self.headers.get_content_type(),
                "headers": [h for h in headers if names is None or h["name"].lower() in names],
            }
        elif form == "full":
            body["payload"] = _part(_PARSER.parsebytes(self.raw), "")
        elif form != "minimal":
            raise ApiError(400)
        return body


def _part(message: EmailMessage, part_id: str) -> Json:
    node: Json = {
        "partId": part_id,
        "mimeType": message.get_content_type(),
        "filename": message.get_filename() or "",
        "headers": [{"name": k, "value": str(v)} for k, v in message.items()],
    }
    if message.is_multipart():
        node["body"] = {"size": 0}
        node["parts"] = [
            _part(part, f"{part_id}.{n}" if part_id else str(n))
            for n, part in enumerate(message.iter_parts())
        ]
    else:
        data = message.get_payload(decode=True) or b""
        node["body"] = {"size": len(data), "data": base64.urlsafe_b64encode(data).decode()}
    return node


# A search word: {a b} (any of them), key:"a phrase", or one word; "-" negates it.
_SEARCH_WORD = re.compile(r'-?\{[^}]*\}|-?[\w.]+:"[^"]*"|\S+')


def _term(term: str) -> Callable[[Stored], bool]:
    if term.startswith("{") and term.endswith("}"):
        alternatives = [_term(word) for word in _SEARCH_WORD.findall(term[1:-1])]
        return lambda m: any(test(m) for test in alternatives)
    key, _, value = term.partition(":")
    if key in ("from", "to", "cc", "subject"):
        # Gmail matches whole words and addresses; a substring finds those here.
        wanted = value.strip('"').lower()
        return lambda m: wanted in str(m.headers[key] or "").lower()
    if key == "after" and value.isdigit():
        return lambda m: m.internal_ms // 1000 >= int(value)
    if key == "in" and value in IN:
        return lambda m: IN[value] in m.labels
    if key == "rfc822msgid":
        return lambda m: m.message_id == _bare(value)
    raise ApiError(400, "invalidArgument")


@dataclass
class Fault:
    status: int
    method: str
    path: re.Pattern[str]
    after: bool
    reason: str | None
    retry_after: int | None
    times: int


@dataclass
class FakeGmail:
    """One Gmail account and Google's OAuth endpoints, served on 127.0.0.1."""

    address: str = "alex@example.org"
    history_id: int = 9_000_000_000  # above 2**32: historyIds are 64-bit
    messages: dict[str, Stored] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)  # draft id -> message id
    history: list[Json] = field(default_factory=list)
    requests: list[tuple[str, str, Query]] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    empty_history_pages: int = 0
    client_id: str = "test-client.apps.googleusercontent.com"
    client_secret: str = "test-secret"
    grant: tuple[str, ...] | None = None  # what the user ticks on the consent screen; None: all asked
    consents: list[Query] = field(default_factory=list)
    refresh_tokens: set[str] = field(default_factory=set)
    access_tokens: set[str] = field(default_factory=set)
    codes: dict[str, str] = field(default_factory=dict)  # authorisation code -> scopes granted
    labels: dict[str, str] = field(default_factory=lambda: {"Label_1": "Jobs"})

    def __post_init__(self) -> None:
        self.oldest_history = self.history_id
        self._lock = threading.Lock()
        self._numbers = itertools.count(0x18C0_0000_0000_0000)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        # Join handler threads on close, so a test leaves none behind.
        self._server.daemon_threads = False
        self._server.block_on_close = True
        self._server.gmail = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-gmail"
        )

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    # --- what happens in the mailbox, as a test tells it --------------------

    def _new_id(self) -> str:
        return f"{next(self._numbers):x}"

    def _record(self, kind: str, message: Stored, labels: Iterable[str] = ()) -> None:
        self.history_id += 7  # historyIds grow with gaps
        change: Json = {"message": {"id": message.id, "threadId": message.thread_id}}
        if kind == "messagesAdded":
            change["message"]["labelIds"] = sorted(message.labels)
        elif kind != "messagesDeleted":
            change["labelIds"] = sorted(labels)
        record = {"id": str(self.history_id), "messages": [change["message"]], kind: [change]}
        self.history.append(record)
        message.history_id = self.history_id

    def _thread_for(self, raw: bytes, asked: str | None) -> str | None:
        """The thread Gmail files a message in: threadId (if asked), References and subject must agree."""
        headers = _PARSER.parsebytes(raw, headersonly=True)
        cited = {_bare(i) for i in f"{headers['In-Reply-To'] or ''} {headers['References'] or ''}".split()}
        for other in self.messages.values():
            if other.message_id in cited and (asked is None or other.thread_id == asked):
                first = min(
                    (m for m in self.messages.values() if m.thread_id == other.thread_id),
                    key=lambda m: m.internal_ms,
                )
                if _topic(str(first.headers["Subject"] or "")) == _topic(str(headers["Subject"] or "")):
                    return other.thread_id
        return None

    def deliver(
        self,
        raw: bytes,
        labels: Iterable[str] = ("INBOX", "UNREAD"),
        when: float | None = None,
        thread: str | None = None,
    ) -> str:
        """A message arrives (or is sent by the user, with SENT); its Gmail id.

        ``thread`` files it in that conversation whatever its headers: Gmail threads
        by rules of its own, so a reply may be in the conversation without References.
        """
        with self._lock:
            return self._add(raw, labels, when, thread)

    def _add(self, raw: bytes, labels: Iterable[str], when: float | None, thread: str | None = None) -> str:
        key = self._new_id()
        # Mail that arrives in a thread joins it on References and subject, as Gmail's own mail does.
        thread = thread or self._thread_for(raw, None) or key
        message = Stored(key, thread, raw, set(labels), int((time.time() if when is None else when) * 1000))
        self.messages[key] = message
        self._record("messagesAdded", message)
        return key

    def send_draft(self, draft: str, when: float) -> str:
        """The user sends a draft: it leaves Drafts, and Sent holds a copy with Gmail's own Message-ID."""
        with self._lock:
            message = self.messages.pop(self.drafts.pop(draft))
            self._record("messagesDeleted", message)
            sent = _PARSER.parsebytes(message.raw)
            del sent["Message-ID"], sent["Date"]
            sent["Message-ID"] = f"<CA{secrets.token_hex(12)}@mail.gmail.com>"
            sent["Date"] = format_datetime(datetime.fromtimestamp(when, UTC))
            return self._add(sent.as_bytes(), ["SENT"], when)

    def delete_draft(self, draft: str) -> None:
        """The user discards a draft."""
        with self._lock:
            message = self.messages.pop(self.drafts.pop(draft))
            self._record("messagesDeleted", message)

    def relabel(self, key: str, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        """The user (or a filter) changes a message's labels."""
        with self._lock:
            message = self.messages[key]
            if added := set(add) - message.labels:
                message.labels |= added
                self._record("labelsAdded", message, added)
            if removed := set(remove) & message.labels:
                message.labels -= removed
                self._record("labelsRemoved", message, removed)

    def expire_history(self) -> None:
        """Every historyId given out so far stops being valid, as after a week."""
        with self._lock:
            self.oldest_history = self.history_id + 1

    def fail(
        self,
        status: int,
        path: str = ".*",
        method: str = "GET",
        times: int = 1,
        after: bool = False,
        reason: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        """Answer the next ``times`` matching requests with an error; ``after``: once they took effect."""
        with self._lock:
            self.faults.append(Fault(status, method, re.compile(path), after, reason, retry_after, times))

    def draft_messages(self) -> list[Stored]:
        return [self.messages[m] for m in self.drafts.values()]

    def writes(self) -> list[tuple[str, str]]:
        """Every request but reads, the creation of drafts and token requests."""
        allowed = {("POST", "/gmail/v1/users/me/drafts"), ("POST", "/token")}
        return [(m, p) for m, p, _q in self.requests if m != "GET" and (m, p) not in allowed]

    # --- OAuth ---------------------------------------------------------------

    def client_secrets(self, path: Path) -> Path:
        """A desktop OAuth client, as the Google Cloud console downloads it."""
        path.write_text(
            json.dumps(
                {
                    "installed": {
                        "client_id": self.client_id,
                        "client_secret": self.client_secret,
                        "auth_uri": f"{self.url}o/oauth2/auth",
                        "token_uri": f"{self.url}token",
                        "redirect_uris": ["http://localhost"],
                    }
                }
            )
        )
        return path

    def authorized_user(self, path: Path, scopes: Iterable[str] = SCOPES) -> Path:
        """A token file as `inboxwatch auth gmail` saves it, without an access token yet."""
        token = secrets.token_urlsafe(16)
        self.refresh_tokens.add(token)
        info = {
            "refresh_token": token,
            "token_uri": f"{self.url}token",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "scopes": list(scopes),
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(info))
        path.chmod(0o600)
        return path

    def revoke(self) -> None:
        """The user removes inboxwatch's access in their Google account."""
        with self._lock:
            self.refresh_tokens.clear()
            self.access_tokens.clear()

    # --- the HTTP side -------------------------------------------------------

    def handle(self, method: str, target: str, body: bytes, auth: str) -> tuple[int, Json, dict[str, str]]:
        url = urlsplit(target)
        query = parse_qs(url.query)
        with self._lock:
            self.requests.append((method, url.path, query))
            try:
                if fault := self._fault(method, url.path, after=False):
                    return self._failure(fault)
                if url.path == "/o/oauth2/auth":
                    return 302, {}, {"Location": self._consent(query)}
                if url.path == "/token":
                    return self._token(parse_qs(body.decode()), auth)
                if auth.removeprefix("Bearer ") not in self.access_tokens:
                    raise ApiError(401)
                result = self._route(method, url.path, query, body)
                if fault := self._fault(method, url.path, after=True):
                    return self._failure(fault)
                return 200, result, {}
            except ApiError as exc:
                return exc.status, error_body(exc.status, exc.reason), {}

    def _fault(self, method: str, path: str, after: bool) -> Fault | None:
        for fault in self.faults:
            if fault.after == after and fault.method == method and fault.path.fullmatch(path):
                fault.times -= 1
                if fault.times == 0:
                    self.faults.remove(fault)
                return fault
        return None

    @staticmethod
    def _failure(fault: Fault) -> tuple[int, Json, dict[str, str]]:
        if fault.status == DROP:
            return DROP, {}, {}
        headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
        return fault.status, error_body(fault.status, fault.reason), headers

    def _consent(self, query: Query) -> str:
        """Google's consent screen, answered at once: a redirect back with a code."""
        self.consents.append(query)
        asked = query["scope"][0].split()
        code = secrets.token_urlsafe(8)
        self.codes[code] = " ".join(self.grant if self.grant is not None else asked)
        answer = {"state": query["state"][0], "code": code, "scope": self.codes[code]}
        return f"{query['redirect_uri'][0]}?{urlencode(answer)}"

    def _token(self, form: Query, auth: str) -> tuple[int, Json, dict[str, str]]:
        def one(name: str) -> str:
            return form.get(name, [""])[0]

        refused = (
            400,
            {"error": "invalid_grant", "error_description": "Token has been expired or revoked."},
            {},
        )
        # The client authenticates in the form or with HTTP Basic, as Google allows both.
        basic = base64.b64decode(auth.removeprefix("Basic ")).decode() if auth.startswith("Basic ") else ":"
        client = (one("client_id"), one("client_secret")) if one("client_id") else tuple(basic.split(":", 1))
        if client != (self.client_id, self.client_secret):
            return 401, {"error": "invalid_client", "error_description": "Unauthorized"}, {}
        if one("grant_type") == "authorization_code":
            scope = self.codes.pop(one("code"), None)
            if scope is None:
                return refused
            refresh = secrets.token_urlsafe(16)
            self.refresh_tokens.add(refresh)
            answer = {"refresh_token": refresh, "scope": scope}
        elif one("grant_type") == "refresh_token" and one("refresh_token") in self.refresh_tokens:
            answer = {"scope": " ".join(SCOPES)}
        else:
            return refused
        access = secrets.token_urlsafe(16)
        self.access_tokens.add(access)
        return 200, {"access_token": access, "expires_in": 3599, "token_type": "Bearer", **answer}, {}

    def _route(self, method: str, path: str, query: Query, body: bytes) -> Json:
        routes: list[tuple[str, str, Callable[..., Json]]] = [
            ("GET", r"/gmail/v1/users/me/profile", self._profile),
            ("GET", r"/gmail/v1/users/me/labels", self._labels),
            ("GET", r"/gmail/v1/users/me/messages", self._list_messages),
            ("GET", r"/gmail/v1/users/me/messages/(\w+)", self._get_message),
            ("GET", r"/gmail/v1/users/me/history", self._list_history),
            ("GET", r"/gmail/v1/users/me/drafts", self._list_drafts),
            ("GET", r"/gmail/v1/users/me/drafts/(\w+)", self._get_draft),
            ("POST", r"/gmail/v1/users/me/drafts", self._create_draft),
        ]
        for verb, pattern, serve in routes:
            if verb == method and (found := re.fullmatch(pattern, path)):
                return serve(query, body, *found.groups())
        raise ApiError(404)

    def _profile(self, query: Query, body: bytes) -> Json:
        return {
            "emailAddress": self.address,
            "messagesTotal": len(self.messages),
            "threadsTotal": len({m.thread_id for m in self.messages.values()}),
            "historyId": str(self.history_id),
        }

    def _labels(self, query: Query, body: bytes) -> Json:
        system = [{"id": label, "name": label, "type": "system"} for label in SYSTEM_LABELS]
        user = [{"id": key, "name": name, "type": "user"} for key, name in self.labels.items()]
        return {"labels": system + user}

    @staticmethod
    def _search(q: str) -> Callable[[Stored], bool]:
        """The subset of Gmail's search language inboxwatch uses; anything else is a 400."""
        words = _SEARCH_WORD.findall(q)
        terms = [(word.startswith("-"), _term(word.removeprefix("-"))) for word in words]
        return lambda m: all(test(m) != negated for negated, test in terms)

    @staticmethod
    def _page(items: list[Json], query: Query, key: str) -> Json:
        start = int(query.get("pageToken", ["0"])[0])
        size = min(int(query.get("maxResults", ["100"])[0]), 500)
        answer: Json = {"resultSizeEstimate": len(items)}
        if items[start : start + size]:
            answer[key] = items[start : start + size]
        if start + size < len(items):
            answer["nextPageToken"] = str(start + size)
        return answer

    def _list_messages(self, query: Query, body: bytes) -> Json:
        matches = self._search(query.get("q", [""])[0])
        with_spam = query.get("includeSpamTrash", ["false"])[0] == "true"
        found = [
            m
            for m in self.messages.values()
            if matches(m) and (with_spam or not m.labels & {"SPAM", "TRASH"})
        ]
        found.sort(key=lambda m: (m.internal_ms, m.id), reverse=True)  # newest first
        return self._page([{"id": m.id, "threadId": m.thread_id} for m in found], query, "messages")

    def _message(self, key: str) -> Stored:
        if key not in self.messages:
            raise ApiError(404)
        return self.messages[key]

    def _get_message(self, query: Query, body: bytes, key: str) -> Json:
        form = query.get("format", ["full"])[0]
        return self._message(key).resource(form, query.get("metadataHeaders"))

    def _list_history(self, query: Query, body: bytes) -> Json:
        if "startHistoryId" not in query:
            raise ApiError(400, "invalidArgument")
        start = int(query["startHistoryId"][0])
        if start < self.oldest_history:
            raise ApiError(404)
        kinds = [HISTORY_TYPES[t] for t in query.get("historyTypes", list(HISTORY_TYPES))]
        label = query.get("labelId", [None])[0]
        records = []
        for record in self.history:
            changes = {k: record[k] for k in kinds if k in record}
            message = self.messages.get(record["messages"][0]["id"])
            if int(record["id"]) <= start or not changes:
                continue
            if label is None or (message is not None and label in message.labels):
                records.append({"id": record["id"], "messages": record["messages"], **changes})
        answer = self._page(records, query, "history")
        answer["historyId"] = str(self.history_id)
        if self.empty_history_pages and records:
            self.empty_history_pages -= 1
            return {"historyId": str(self.history_id), "nextPageToken": "0"}
        return answer

    def _draft_resource(self, draft: str, form: str) -> Json:
        return {"id": draft, "message": self.messages[self.drafts[draft]].resource(form)}

    def _list_drafts(self, query: Query, body: bytes) -> Json:
        matches = self._search(query.get("q", [""])[0])
        found = [
            {"id": d, "message": {"id": m, "threadId": self.messages[m].thread_id}}
            for d, m in self.drafts.items()
            if matches(self.messages[m])
        ]
        return self._page(found, query, "drafts")

    def _get_draft(self, query: Query, body: bytes, draft: str) -> Json:
        if draft not in self.drafts:
            raise ApiError(404)
        return self._draft_resource(draft, query.get("format", ["full"])[0])

    def _create_draft(self, query: Query, body: bytes) -> Json:
        message = json.loads(body)["message"]
        raw = message["raw"]
        data = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        key = self._new_id()
        # Without a threadId that Gmail accepts, the draft starts a conversation of its own.
        thread = self._thread_for(data, message["threadId"]) if "threadId" in message else None
        stored = Stored(key, thread or key, data, {"DRAFT"}, int(time.time() * 1000))
        self.messages[key] = stored
        draft = f"r{next(self._numbers) % 10**12}"
        self.drafts[draft] = key
        self._record("messagesAdded", stored)
        return {"id": draft, "message": {"id": key, "threadId": stored.thread_id, "labelIds": ["DRAFT"]}}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Google serves it
    disable_nagle_algorithm = True  # else each answer waits for the client's delayed ACK
    timeout = 5  # an idle client connection ends, so closing the server never hangs

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        gmail: FakeGmail = self.server.gmail  # type: ignore[attr-defined]
        status, answer, headers = gmail.handle(
            self.command, self.path, body, self.headers.get("Authorization", "")
        )
        if status == DROP:
            self.close_connection = True
            return
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        if urlsplit(self.path).path == "/token":
            # A failed OAuth exchange leaves its response, and so its connection, in a traceback
            # until the garbage collector runs; closing here keeps server_close from waiting on it.
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the requests are in FakeGmail.requests."""


@contextmanager
def running(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGmail]:
    """A FakeGmail for one test, with google-auth renewing tokens at it."""
    with FakeGmail() as server:
        # google-auth sends every saved refresh token to Google's endpoint, whatever the file says.
        monkeypatch.setattr(google.oauth2.credentials, "_GOOGLE_OAUTH2_TOKEN_ENDPOINT", f"{server.url}token")
        yield server
