"""The IMAP backend: folders are only ever EXAMINEd; the one write is APPEND of a draft."""

from __future__ import annotations

import logging
import re
import socket
import ssl
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date
from types import TracebackType
from typing import Any, Self

import imapclient
from imapclient import DRAFT, SEEN
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.imap_utf7 import decode as decode_utf7
from imapclient.imapclient import DRAFTS, SENT
from imapclient.response_parser import parse_fetch_response, parse_response
from imapclient.util import chunk

from inboxwatch.config import MailboxConfig
from inboxwatch.core.model import SearchTerms
from inboxwatch.errors import AuthError, ConfigError, MailboxError, TransientError
from inboxwatch.mailbox.base import SEARCHED, Batch, Cursor, FolderInfo, RawHeader, Role

log = logging.getLogger(__name__)

HEADER_FIELDS = (
    "FROM TO CC SUBJECT DATE MESSAGE-ID IN-REPLY-TO REFERENCES "
    "AUTO-SUBMITTED X-AUTOREPLY X-AUTORESPOND PRECEDENCE X-AUTO-RESPONSE-SUPPRESS "
    "REPLY-TO AUTHENTICATION-RESULTS"
)
# PEEK: reading must never set \Seen.
HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]"
FETCH_CHUNK = 500
# UIDs searched per command: a SEARCH answer is one line, and imaplib refuses lines over 1 MB
# (about 140,000 UIDs); windows also keep the UIDs held in memory bounded.
SEARCH_WINDOW = 50_000
SPECIAL_USE = {Role.SENT: SENT, Role.DRAFTS: DRAFTS}
STATUS_ITEMS = (b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES")
# RFC 5819 and RFC 6154: every folder with its special use and its STATUS, in one command.
LIST_STATUS = (b'""', b'"*"', b"RETURN", b"(SPECIAL-USE STATUS (" + b" ".join(STATUS_ITEMS) + b"))")
# TCP keepalive on an IDLE connection: probe after 60 s of quiet, give up after 3 lost probes.
KEEPALIVE = {"TCP_KEEPIDLE": 60, "TCP_KEEPINTVL": 20, "TCP_KEEPCNT": 3}


# The usual answer to the header FETCH, as imaplib splits it: the items before the header's
# literal (UID, and Gmail's X-GM-THRID), the literal, then ")" or more such items.
_BEFORE = re.compile(rb"\d+ \(((?:(?:UID|X-GM-THRID) \d+ )*)BODY\[HEADER\.FIELDS \([^()]*\)\] \{\d+\}")
_AFTER = re.compile(rb"((?: (?:UID|X-GM-THRID) \d+)*)\)")
_NUMBER_ITEM = re.compile(rb"(UID|X-GM-THRID) (\d+)")


def _any_of(terms: SearchTerms, role: Role) -> list[str]:
    """SEARCH keys for mail from any of the senders, or naming any of the names in From or Subject
    (in Sent, to them, or naming them in To or Subject: see ``SEARCHED``).

    IMAP's OR takes two keys, so n keys are chained: OR k1 OR k2 k3.
    """
    people, named = SEARCHED[role]
    keys = [[field.upper(), sender] for sender in terms.senders for field in people]
    keys += [[field.upper(), name] for name in terms.subjects for field in named]
    chained: list[str] = []
    for number, key in enumerate(keys, 1):
        chained += (["OR"] if number < len(keys) else []) + key
    return chained


def _conversation(value: Any) -> str | None:
    """Gmail's conversation id (X-GM-THRID), when fetched: in hex, as the Gmail API writes the same number."""
    return None if value is None else f"{int(value):x}"


def _fetch(imap: Any, *args: str) -> tuple[str, list[Any]]:
    """The status and FETCH answer of one ``UID FETCH``, split as imaplib splits them, read in fewer steps.

    imaplib matches each line of an answer against several patterns and files
    it by response type: on a first scan, tens of thousands of lines. This
    reads the same lines with imaplib's own ``readline`` and ``read``, and keeps
    only the FETCH responses. Any other untagged response (EXISTS, EXPUNGE,
    FLAGS) tells a scan nothing, and a BYE ends the connection.
    """
    tag = imap._command("UID", "FETCH", *args)
    answer: list[Any] = []
    while True:
        line = _line(imap)
        if line.startswith(tag + b" "):
            del imap.tagged_commands[tag]  # answered: imaplib waits for it no more
            return line[len(tag) + 1 :].partition(b" ")[0].decode("ascii", "replace"), answer
        if line.startswith(b"* BYE"):
            raise imap.abort(line.decode("ascii", "replace"))
        number, fetch, data = line.removeprefix(b"* ").partition(b" FETCH ")
        dat = number + b" " + data  # as imaplib files a FETCH response
        response: list[Any] = []
        while (size := _literal(dat)) is not None:
            response.append((dat, imap.read(size)))
            dat = _line(imap)
        response.append(dat)
        if fetch and line.startswith(b"* "):
            answer += response


def _line(imap: Any) -> bytes:
    """One line of the answer without its CRLF, as imaplib's reader checks it."""
    line: bytes = imap.readline()
    if not line.endswith(b"\r\n"):
        raise imap.abort(f"socket error: {'unterminated line' if line else 'EOF'}")
    return line[:-2]


def _literal(line: bytes) -> int | None:
    """The size of the literal that follows ``line`` ("... {123}"), if one does."""
    if not line.endswith(b"}"):
        return None
    size = line[line.rfind(b"{") + 1 : -1]
    return int(size) if size.isdigit() else None


def _read_headers(answer: list[Any]) -> dict[int, tuple[bytes, str | None]]:
    """Each UID's header block and conversation, from imaplib's answer to the header FETCH.

    imapclient's parser reads any answer, a character at a time: on a first
    scan it cost as much as the server and the socket. The usual answer is
    read here with a few patterns; any other goes to imapclient's parser.
    """
    found: dict[int, tuple[bytes, str | None]] = {}
    entries = iter(answer)
    for entry in entries:
        before = _BEFORE.fullmatch(entry[0]) if isinstance(entry, tuple) and len(entry) == 2 else None
        rest = next(entries, None)
        after = _AFTER.fullmatch(rest) if isinstance(rest, bytes) else None
        items = dict(_NUMBER_ITEM.findall(before.group(1) + after.group(1))) if before and after else {}
        if b"UID" not in items:
            return _parsed_headers(answer)
        found[int(items[b"UID"])] = (entry[1], _conversation(items.get(b"X-GM-THRID")))
    return found


def _parsed_headers(answer: list[Any]) -> dict[int, tuple[bytes, str | None]]:
    return {
        uid: (_item(data, b"BODY[HEADER") or b"", _conversation(data.get(b"X-GM-THRID")))
        for uid, data in parse_fetch_response(answer, True, True).items()
    }


def _folder_name(name: bytes | int) -> str:
    """A folder name as a response carries it: modified UTF-7 (RFC 3501), or a bare number."""
    return str(name) if isinstance(name, int) else decode_utf7(name)


def _item(data: dict[bytes, Any], prefix: bytes) -> Any:
    """A FETCH item by the start of its key: the server echoes the section in its own spelling."""
    return next((value for key, value in data.items() if key.startswith(prefix)), None)


class ImapMailbox:
    """A mailbox on an IMAP server, reached with imapclient."""

    def __init__(self, cfg: MailboxConfig, password: str) -> None:
        self._cfg = cfg
        self._password = password
        self._client: Any = None
        self._folders: dict[Role, str] = {Role.INBOX: "INBOX"}
        # Every SELECT here is read-only, so a selected folder can be reused for FETCH.
        self._selected: str | None = None
        # STATUS of each folder from this connection's LIST-STATUS, each used once: mail arrives.
        self._listed: dict[str, dict[bytes, Any]] | None = None

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Turn imapclient and socket errors into ours: the adapter's one error boundary."""
        cfg = self._cfg
        try:
            yield
        except LoginError as exc:
            if "UNAVAILABLE" in str(exc):  # RFC 5530: the server's auth backend is down, not our password
                raise TransientError(f"imap: {cfg.host} cannot check logins right now") from exc
            raise AuthError(f"imap: login refused for {cfg.username} at {cfg.host}") from exc
        except ssl.SSLCertVerificationError as exc:  # retrying will not help
            raise MailboxError(
                f"imap: TLS certificate of {cfg.host} not trusted: {exc.verify_message} "
                "(for a private CA, set mailbox.ca_file)"
            ) from exc
        except (IMAPClientAbortError, OSError) as exc:
            reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__
            raise TransientError(f"imap: cannot reach {cfg.host}:{cfg.port}: {reason}") from exc
        except IMAPClientError as exc:
            if "AUTHENTICATIONFAILED" in str(exc).upper().replace(" ", ""):
                raise AuthError(f"imap: login refused for {cfg.username} at {cfg.host}") from exc
            raise MailboxError(f"imap: {cfg.host}: {exc}") from exc

    def _tls_context(self) -> ssl.SSLContext:
        """Verifying, always: against the system's CAs, or those of ``mailbox.ca_file``."""
        ca_file = self._cfg.ca_file
        try:
            return ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:  # SSLError: not PEM certificates
            reason = getattr(exc, "strerror", None) or getattr(exc, "reason", None) or exc
            raise ConfigError(f"mailbox.ca_file: cannot load {ca_file}: {reason}") from exc

    def _starttls(self, client: Any, context: ssl.SSLContext | None) -> None:
        """Upgrade to TLS or give up: never go on in plaintext."""
        cfg = self._cfg
        try:
            client.starttls(context)
        except IMAPClientError as exc:  # refused or not offered; a TLS failure is an OSError
            raise MailboxError(
                f"imap: {cfg.host}:{cfg.port} did not start TLS ({exc}); not logging in without it"
            ) from exc

    @property
    def _imap(self) -> Any:
        if self._client is None:
            raise RuntimeError("ImapMailbox is not open; use it in a with statement")
        return self._client

    def __enter__(self) -> Self:
        cfg = self._cfg
        timeout = imapclient.SocketTimeout(connect=min(15.0, cfg.timeout), read=cfg.timeout)
        context = self._tls_context() if cfg.tls != "none" else None
        with self._translated():
            client = imapclient.IMAPClient(
                cfg.host, cfg.port, ssl=cfg.tls == "ssl", ssl_context=context, timeout=timeout
            )
            # imapclient turns imaplib's protocol trace on, and imaplib formats every line it reads
            # for it before the logger drops it: several percent of a big first scan.
            if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
                client._imap.debug = 0
            try:
                if cfg.tls == "starttls":
                    self._starttls(client, context)
                client.login(cfg.username, self._password)
            except BaseException:
                with suppress(OSError):
                    client.shutdown()
                raise
        self._client = client
        log.debug("logged in to %s:%d as %s", cfg.host, cfg.port, cfg.username)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        client, self._client, self._selected, self._listed = self._client, None, None, None
        if client is None:
            return
        try:
            client.logout()
        except (IMAPClientError, OSError):
            # The connection is already broken: only the socket is left to release.
            with suppress(OSError):
                client.shutdown()

    def _list_status(self) -> dict[str, dict[bytes, Any]]:
        """The STATUS of each folder not used yet, from one LIST-STATUS per connection where offered.

        The same command tells the special folders.
        """
        if self._listed is not None:
            return self._listed
        self._listed = {}
        imap = self._imap
        if imap.has_capability("LIST-STATUS") and imap.has_capability("SPECIAL-USE"):
            # imapclient has no call for it: the STATUS answers stay in imaplib's untagged responses.
            listing = imap._raw_command_untagged(b"LIST", list(LIST_STATUS), uid=False)
            statuses = parse_response(imap._imap.untagged_responses.pop("STATUS", []))
            for name, items in chunk(statuses, 2):
                self._listed[_folder_name(name)] = dict(chunk(items, 2))
            for flags, _delimiter, name in imap._proc_folder_list(listing):
                for role, flag in SPECIAL_USE.items():
                    if flag in flags:
                        self._folders.setdefault(role, name)
        return self._listed

    def _status(self, folder: str) -> dict[bytes, Any]:
        """UIDVALIDITY, UIDNEXT and MESSAGES of ``folder``: from LIST-STATUS the first time only."""
        listed = self._list_status().pop(folder, None)
        if listed is not None:
            return listed
        status: dict[bytes, Any] = self._imap.folder_status(folder, list(STATUS_ITEMS))
        return status

    def _find(self, role: Role) -> str | None:
        self._list_status()
        if role not in self._folders:
            found: str | None = self._imap.find_special_folder(SPECIAL_USE[role])
            if found is None:
                return None
            self._folders[role] = found
        return self._folders[role]

    def _folder(self, role: Role) -> str:
        name = self._find(role)
        if name is None:
            flag = SPECIAL_USE[role].decode()
            raise MailboxError(f"imap: {self._cfg.host} has no {role.value} folder (none is marked {flag})")
        return name

    def _examine(self, folder: str) -> dict[bytes, Any]:
        self._selected = None
        if self._listed is not None:
            self._listed.pop(folder, None)  # what EXAMINE tells is newer
        response: dict[bytes, Any] = self._imap.select_folder(folder, readonly=True)
        self._selected = folder
        return response

    def folders(self) -> list[FolderInfo]:
        with self._translated():
            roles = {name: role for role in Role if (name := self._find(role)) is not None}
            listing = self._imap.list_folders()
        return [FolderInfo(name, roles.get(name)) for _flags, _delimiter, name in listing]

    def changes(self, role: Role, cursor: Cursor | None, since: date) -> Iterator[Batch]:
        with self._translated():
            folder = self._folder(role)
            span = self._span(folder, cursor, since)
            if span is None:
                return
            first, end, criteria = span
            pending: list[int] = []
            for found in self._search(first, end.position, criteria):
                pending += found
                # The last chunk waits for the end: it carries the cursor past the window.
                while len(pending) > FETCH_CHUNK:
                    part, pending = pending[:FETCH_CHUNK], pending[FETCH_CHUNK:]
                    yield Batch(self._headers(folder, part), Cursor(end.validity, part[-1]))
            log.debug("%s: read %s up to UID %d", role.value, folder, end.position)
            yield Batch(self._headers(folder, pending) if pending else [], end)

    def related(self, role: Role, since: date, up_to: Cursor, terms: SearchTerms) -> Iterator[Batch]:
        criteria = _any_of(terms, role)
        if not criteria:
            return
        texts = [*terms.senders, *terms.subjects]
        charset = None if all(text.isascii() for text in texts) else "UTF-8"
        with self._translated():
            folder = self._folder(role)
            validity, last = self._position(folder, self._examine(folder))
            if validity != up_to.validity:
                return  # the folder was renumbered: the next sync reads the whole window
            for found in self._search(1, min(last, up_to.position), ["SINCE", since, *criteria], charset):
                for first in range(0, len(found), FETCH_CHUNK):
                    yield Batch(self._headers(folder, found[first : first + FETCH_CHUNK]), up_to)

    def count_new(self, role: Role, cursor: Cursor, since: date) -> int:
        with self._translated():
            folder = self._folder(role)
            span = self._span(folder, cursor, since)
            if span is None:
                return 0
            first, end, criteria = span
            return sum(len(found) for found in self._search(first, end.position, criteria))

    def _span(self, folder: str, cursor: Cursor | None, since: date) -> tuple[int, Cursor, list[Any]] | None:
        """Where a read from ``cursor`` starts, the cursor at its end and what to SEARCH for.

        None when nothing is new; otherwise the folder is left examined.
        """
        if cursor is not None and self._selected != folder:
            # STATUS is answered from the server's folder index; EXAMINE opens the folder,
            # which on a big Maildir costs a hundred times more, to learn nothing is new.
            status = self._status(folder)
            validity, last = self._position(folder, status)
            if validity == cursor.validity and last <= cursor.position:
                return None
        validity, last = self._position(folder, self._examine(folder))
        # Everything up to UIDNEXT-1 has been looked at: messages outside the window
        # or expunged meanwhile must not come back in the next incremental scan.
        end = Cursor(validity, last)
        if cursor is None or cursor.validity != validity:
            return 1, end, ["SINCE", since]
        return None if last <= cursor.position else (cursor.position + 1, end, [])

    def _search(
        self, first: int, last: int, criteria: list[Any], charset: str | None = None
    ) -> Iterator[list[int]]:
        """The UIDs from ``first`` to ``last`` that meet ``criteria``, ascending, a window at a time."""
        for low in range(first, last + 1, SEARCH_WINDOW):
            high = min(low + SEARCH_WINDOW - 1, last)
            found = self._imap.search(["UID", f"{low}:{high}", *criteria], charset)
            yield sorted(uid for uid in found if low <= uid <= high)

    def _position(self, folder: str, response: dict[bytes, Any]) -> tuple[str, int]:
        """UIDVALIDITY and the last UID given out, from an EXAMINE or STATUS response."""
        try:
            return str(response[b"UIDVALIDITY"]), int(response[b"UIDNEXT"]) - 1
        except KeyError as exc:
            raise MailboxError(f"imap: {self._cfg.host} sent no UIDVALIDITY or UIDNEXT for {folder}") from exc

    def _headers(self, folder: str, uids: list[int]) -> list[RawHeader]:
        # Gmail's IMAP (X-GM-EXT-1) tells each message's conversation. Nothing more is fetched:
        # every item costs time on every message.
        thread = " X-GM-THRID" if self._imap.has_capability("X-GM-EXT-1") else ""
        # imaplib sends the command, so that the answer can be read without imapclient's parser.
        typ, answer = _fetch(self._imap._imap, ",".join(map(str, uids)), f"({HEADER_ITEM}{thread})")
        if typ != "OK":
            raise MailboxError(f"imap: {self._cfg.host} refused to fetch headers from {folder}")
        found = _read_headers(answer)
        return [
            RawHeader(folder, str(uid), *found[uid])
            for uid in uids
            if uid in found  # absent: expunged since the SEARCH
        ]

    def fetch(self, folder: str, keys: Sequence[str], max_bytes: int) -> dict[str, bytes]:
        uids = {}
        for key in keys:
            if not (key.isascii() and key.isdigit()):
                raise MailboxError(f"imap: not a UID: {key!r}")
            uids[key] = int(key)
        if not uids:
            return {}
        with self._translated():
            if self._selected != folder:
                self._examine(folder)
            # One command for them all: a round trip each costs more than reading them.
            response = self._imap.fetch(list(uids.values()), [f"BODY.PEEK[]<0.{max_bytes}>"])
        bodies = {}
        for key, uid in uids.items():
            body: bytes | None = _item(response.get(uid, {}), b"BODY[]")
            if body is None:
                raise MailboxError(f"imap: no message with UID {key} in {folder}")
            bodies[key] = body
        return bodies

    def has_draft(self, message_id: str) -> bool:
        with self._translated():
            self._examine(self._folder(Role.DRAFTS))
            return bool(self._imap.search(["HEADER", "Message-ID", message_id]))

    def drafts_version(self) -> str | None:
        with self._translated():
            folder = self._folder(Role.DRAFTS)
            status = self._status(folder)
        try:
            return " ".join(str(status[item]) for item in STATUS_ITEMS)
        except KeyError as exc:
            raise MailboxError(f"imap: {self._cfg.host} sent an incomplete STATUS for {folder}") from exc

    def add_draft(self, raw: bytes) -> None:
        with self._translated():
            folder = self._folder(Role.DRAFTS)
            self._imap.append(folder, raw, flags=(DRAFT, SEEN))
        log.debug("appended a draft of %d bytes to %s", len(raw), folder)

    def can_idle(self) -> bool:
        """Whether the server offers IDLE (RFC 2177)."""
        with self._translated():
            return bool(self._imap.has_capability("IDLE"))

    def idle_start(self) -> None:
        """EXAMINE the INBOX once per connection and enter IDLE; new mail then comes as EXISTS."""
        with self._translated():
            if self._selected != "INBOX":
                self._examine("INBOX")
                sock = self._imap.socket()
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
                for option, value in KEEPALIVE.items():
                    if hasattr(socket, option):
                        sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, option), value)
            self._imap.idle()

    def idle_wait(self, seconds: float) -> bool:
        """Wait in IDLE for up to ``seconds``; true when new mail arrived."""
        started = time.monotonic()
        with self._translated():
            try:
                responses = self._imap.idle_check(timeout=seconds)
            finally:
                self._imap.socket().settimeout(self._cfg.timeout)  # idle_check leaves it without one
        if not responses and time.monotonic() - started < seconds / 2:
            # Readable, yet no line to read: the server closed the connection.
            raise TransientError(f"imap: {self._cfg.host} closed the connection during IDLE")
        return _exists(responses)

    def idle_end(self) -> bool:
        """Leave IDLE; true when new mail arrived since the last ``idle_wait``.

        Waits at most the read timeout, so a stalled connection fails here.
        """
        with self._translated():
            _text, responses = self._imap.idle_done()
        return _exists(responses)


def _exists(responses: list[Any]) -> bool:
    return any(len(r) > 1 and r[1] == b"EXISTS" for r in responses)
