"""Plain value types shared by the core, the store and the adapters."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class ReplyKind(enum.StrEnum):
    """What an employer's message is about."""

    REJECTION = "rejection"
    INTERVIEW = "interview"
    OFFER = "offer"
    INFO_REQUEST = "info_request"
    ACKNOWLEDGEMENT = "acknowledgement"
    ON_HOLD = "on_hold"
    AUTO_REPLY = "auto_reply"
    OTHER = "other"


class Status(enum.StrEnum):
    """Where an interview stands."""

    SCHEDULED = "scheduled"
    AWAITING_REPLY = "awaiting_reply"
    NEXT_ROUND = "next_round"
    OFFER = "offer"
    REJECTED = "rejected"
    ON_HOLD = "on_hold"
    ACTION_NEEDED = "action_needed"
    GHOSTED = "ghosted"
    CLOSED = "closed"


class Step(enum.StrEnum):
    """A step of the follow-up playbook that produces a draft."""

    FOLLOW_UP_1 = "follow_up_1"


@dataclass(frozen=True)
class Address:
    """One mail address with its display name."""

    name: str
    email: str  # lower-cased

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class Headers:
    """The header facts inboxwatch reads from a message."""

    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str
    date: datetime | None  # aware, UTC
    auto_submitted: bool  # RFC 3834 and vendor auto-reply markers

    @property
    def thread_ids(self) -> frozenset[str]:
        """Message-IDs this message answers."""
        return frozenset(self.in_reply_to + self.references)


@dataclass(frozen=True)
class ParsedMessage:
    """A whole message reduced to what classification reads."""

    headers: Headers
    text: str  # the new text of the message, quoted mail removed


@dataclass(frozen=True)
class InterviewFacts:
    """What matching needs to know about one open interview."""

    id: int
    company: str
    role: str
    contacts: frozenset[str]  # lower-cased addresses
    domains: frozenset[str]  # lower-cased
    thread_ids: frozenset[str]  # Message-IDs known to belong to it


@dataclass(frozen=True)
class Match:
    """The interview a message belongs to, with the evidence."""

    interview_id: int
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Classification:
    """What a message says, with the evidence."""

    kind: ReplyKind
    confidence: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class PolicySettings:
    """The follow-up thresholds, from the config."""

    follow_up_days: int = 5
    after_reply_by_days: int = 1
    workday_start_hour: int = 8
    weekend: frozenset[int] = frozenset({5, 6})  # Monday is 0
    holidays: frozenset[date] = frozenset()


@dataclass(frozen=True)
class InterviewState:
    """What the policy needs to know about one interview."""

    id: int
    at: datetime  # aware
    reply_by: date | None
    status: Status
    drafted_steps: frozenset[Step] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Action:
    """A draft the policy says is due now."""

    interview_id: int
    step: Step
    reason: str
