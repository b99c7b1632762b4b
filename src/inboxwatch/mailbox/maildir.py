"""The Maildir backend: a local Maildir++ tree as Dovecot or mbsync writes it.

The top folder is INBOX; the others are ``.Name`` directories beside its
``cur``, ``new`` and ``tmp``. Files are only opened for reading: a message
stays in ``new/`` and keeps its flags. The one write is a new draft.
"""

from __future__ import annotations

import mailbox
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from inboxwatch.core.model import SearchTerms
from inboxwatch.errors import MailboxError
from inboxwatch.mailbox.base import Batch, Cursor, FolderInfo, RawHeader, Role

ROLE_FOLDERS = {Role.INBOX: "INBOX", Role.SENT: "Sent", Role.DRAFTS: "Drafts"}
FOLDER_ROLES = {name: role for role, name in ROLE_FOLDERS.items()}
# A Maildir has no UIDs to resume from: every scan reads the whole window and
# the store skips the (folder, key) pairs it has seen.
CURSOR = Cursor("maildir", 0)
BATCH_SIZE = 500

_PARSER = BytesHeaderParser(policy=compat32)


def _header(header: bytes, name: str) -> str | None:
    value = _PARSER.parsebytes(header).get(name)
    return None if value is None else str(value).strip()


def _date(header: bytes) -> datetime | None:
    value = _header(header, "Date")
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (ValueError, OverflowError):  # a hostile year overflows
        return None
    # "-0000" means "zone unknown" and parses naive; treat it as UTC so dates compare.
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _arrival(box: mailbox.Maildir, key: str) -> datetime | None:
    """When the file arrived: its mtime, which get_message reads without changing anything."""
    try:
        return datetime.fromtimestamp(box.get_message(key).get_date(), UTC)
    except (KeyError, FileNotFoundError):
        return None  # gone meanwhile


def _read_header(box: mailbox.Maildir, key: str) -> bytes:
    """The header block of one message, up to and with the blank line."""
    lines = []
    with box.get_file(key) as file:
        for line in iter(file.readline, b""):
            lines.append(line)
            if line in (b"\n", b"\r\n"):
                break
    return b"".join(lines)


def _headers(box: mailbox.Maildir) -> Iterator[tuple[str, bytes]]:
    """(key, header) of every message still there when its turn comes."""
    for key in box.iterkeys():
        try:
            header = _read_header(box, key)
        except (KeyError, FileNotFoundError):
            continue  # another mail client moved or deleted it meanwhile
        yield key, header


class MaildirMailbox:
    """A local Maildir++ tree."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._top: mailbox.Maildir | None = None

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Turn file system errors into ours."""
        try:
            yield
        except OSError as exc:
            raise MailboxError(f"maildir: {exc.filename or self._path}: {exc.strerror or exc}") from exc

    def __enter__(self) -> Self:
        if not (self._path / "cur").is_dir():
            raise MailboxError(f"maildir: no Maildir at {self._path}")
        self._top = mailbox.Maildir(self._path, factory=None, create=False)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._top = None

    @property
    def _inbox(self) -> mailbox.Maildir:
        if self._top is None:
            raise RuntimeError("MaildirMailbox is not open; use it in a with statement")
        return self._top

    def _folder(self, name: str) -> mailbox.Maildir:
        if name == "INBOX":
            return self._inbox
        try:
            return self._inbox.get_folder(name)
        except mailbox.NoSuchMailboxError as exc:
            raise MailboxError(f"maildir: no {name} folder at {self._path / ('.' + name)}") from exc

    def folders(self) -> list[FolderInfo]:
        with self._translated():
            names = ["INBOX", *sorted(self._inbox.list_folders())]
        return [FolderInfo(name, FOLDER_ROLES.get(name)) for name in names]

    def changes(self, role: Role, cursor: Cursor | None, since: date) -> Iterator[Batch]:
        name = ROLE_FOLDERS[role]
        with self._translated():
            box = self._folder(name)
            found: list[tuple[datetime, RawHeader]] = []
            for key, header in _headers(box):
                when = _date(header) or _arrival(box, key)
                if when is not None and when.date() >= since:
                    found.append((when, RawHeader(name, key, header)))
        found.sort(key=lambda item: (item[0], item[1].key))
        headers = [raw for _when, raw in found]
        if not headers and cursor != CURSOR:
            yield Batch([], CURSOR)
        for start in range(0, len(headers), BATCH_SIZE):
            yield Batch(headers[start : start + BATCH_SIZE], CURSOR)

    def related(self, role: Role, since: date, up_to: Cursor, terms: SearchTerms) -> Iterator[Batch]:
        # Every scan reads the whole window again (see CURSOR), with the interviews known then:
        # the mail turned away before an interview was logged comes back by itself.
        return iter(())

    def count_new(self, role: Role, cursor: Cursor, since: date) -> int:
        """Every message of the window, as a scan looks at them all: counted by arrival, files unopened."""
        name = ROLE_FOLDERS[role]
        start = datetime.combine(since, datetime.min.time(), UTC).timestamp()
        with self._translated():
            self._folder(name)  # a clear error when it is missing
            directory = self._path if name == "INBOX" else self._path / f".{name}"
            return sum(
                1
                for sub in ("new", "cur")
                for entry in os.scandir(directory / sub)
                if not entry.name.startswith(".") and entry.is_file() and entry.stat().st_mtime >= start
            )

    def fetch(self, folder: str, keys: Sequence[str], max_bytes: int) -> dict[str, bytes]:
        bodies = {}
        with self._translated():
            box = self._folder(folder)
            for key in keys:
                try:
                    with box.get_file(key) as file:
                        bodies[key] = file.read(max_bytes)
                except (KeyError, FileNotFoundError) as exc:
                    raise MailboxError(f"maildir: no message {key} in {folder}") from exc
        return bodies

    def has_draft(self, message_id: str) -> bool:
        with self._translated():
            try:
                drafts = self._inbox.get_folder(ROLE_FOLDERS[Role.DRAFTS])
            except mailbox.NoSuchMailboxError:
                return False
            wanted = message_id.strip()
            return any(_header(header, "Message-ID") == wanted for _key, header in _headers(drafts))

    def drafts_version(self) -> str | None:
        return None  # Reading the drafts is a local file read: nothing to save.

    def add_draft(self, raw: bytes) -> None:
        name = ROLE_FOLDERS[Role.DRAFTS]
        with self._translated():
            try:
                drafts = self._inbox.get_folder(name)
            except mailbox.NoSuchMailboxError:
                drafts = self._inbox.add_folder(name)
            # Straight into cur/ as read: a draft is the user's own mail, not news.
            draft = mailbox.MaildirMessage(raw)
            draft.set_subdir("cur")
            draft.set_flags("DS")
            drafts.add(draft)
