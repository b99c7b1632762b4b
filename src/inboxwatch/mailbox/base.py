"""The interface every mailbox backend implements."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from types import TracebackType
from typing import Protocol, Self

from inboxwatch.core.model import SearchTerms


class Role(enum.StrEnum):
    """The folders inboxwatch reads or writes, by purpose."""

    INBOX = "inbox"
    SENT = "sent"
    DRAFTS = "drafts"


# Where a backfill search looks in each folder it syncs: the headers naming the people of an
# interview, then those naming its company. The user wrote what Sent holds: its people are recipients.
SEARCHED: dict[Role, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Role.INBOX: (("from",), ("from", "subject")),
    Role.SENT: (("to", "cc"), ("to", "subject")),
}


@dataclass(frozen=True)
class Cursor:
    """How far a folder has been read: (UIDVALIDITY, last UID) on IMAP."""

    validity: str
    position: int


@dataclass(frozen=True)
class RawHeader:
    """The header block of one message, as the server stored it."""

    folder: str
    key: str  # the message's UID (IMAP) or file key (Maildir) in the folder
    header: bytes
    thread_id: str | None = None  # the server's conversation id: Gmail's threadId, in hex


@dataclass(frozen=True)
class Batch:
    """Some new messages, and the cursor that stands after them."""

    headers: list[RawHeader]
    cursor: Cursor


@dataclass(frozen=True)
class FolderInfo:
    """A folder on the server, for check-config."""

    name: str
    role: Role | None


class Mailbox(Protocol):
    """A connection to the user's mail.

    Implementations never change existing mail: folders are opened read-only
    and bodies fetched without setting \\Seen. The only write is a new draft.
    """

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def folders(self) -> list[FolderInfo]:
        """Every folder, with the role inboxwatch gives it."""
        ...

    def changes(self, role: Role, cursor: Cursor | None, since: date) -> Iterator[Batch]:
        """Headers of messages newer than ``cursor``, in batches.

        Without a cursor, or when the cursor's validity no longer holds, the
        scan starts over with the messages received on or after ``since``.
        """
        ...

    def related(self, role: Role, since: date, up_to: Cursor, terms: SearchTerms) -> Iterator[Batch]:
        """Headers of the messages ``up_to`` already passed, received on or after ``since``, that the
        server finds by ``terms``: the mail a scan turned away before an interview was logged.

        Nothing when ``up_to`` no longer holds: the next ``changes`` reads the window again.
        Every batch carries ``up_to``: the folder's cursor stays where it is.
        """
        ...

    def count_new(self, role: Role, cursor: Cursor, since: date) -> int:
        """How many messages ``changes`` would give from ``cursor``, counted without reading them."""
        ...

    def fetch(self, folder: str, keys: Sequence[str], max_bytes: int) -> dict[str, bytes]:
        """The first ``max_bytes`` of each of these whole messages, by key, read together.

        A message that is not there is an error, as it is for one alone.
        """
        ...

    def has_draft(self, message_id: str) -> bool:
        """Whether the Drafts folder holds a message with this Message-ID."""
        ...

    def drafts_version(self) -> str | None:
        """A value that changes whenever a message is added to or removed from the Drafts folder.

        None when the backend cannot tell without looking at the drafts themselves.
        """
        ...

    def add_draft(self, raw: bytes) -> None:
        """Store a new draft in the Drafts folder."""
        ...
