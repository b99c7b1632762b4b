"""Plain value types shared by the core, the store and the adapters."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

# The header that marks a message as inboxwatch's own draft.
DRAFT_MARKER = "X-Inboxwatch-Draft"


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

    THANK_YOU = "thank_you"
    FOLLOW_UP_1 = "follow_up_1"
    FOLLOW_UP_2 = "follow_up_2"
    AFTER_REJECTION = "after_rejection"


class DraftState(enum.StrEnum):
    """What became of a draft inboxwatch wrote."""

    PENDING = "pending"  # recorded, not yet confirmed in the Drafts folder
    WAITING = "waiting"  # in the Drafts folder
    SENT = "sent"  # gone from Drafts, and a matching message is in Sent
    DISMISSED = "dismissed"  # gone from Drafts without being sent: the step is skipped
    CANCELLED = "cancelled"  # no longer due before it was written


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
    auto_markers: tuple[str, ...] = ()  # those markers as "Header: value", for the reasons
    reply_to: tuple[Address, ...] = ()
    dmarc_failed: bool = False  # Authentication-Results says the message failed DMARC
    bulk: bool = False  # sent to a list: Precedence bulk, junk or list, or a List-Unsubscribe or List-Id

    @property
    def thread_ids(self) -> frozenset[str]:
        """Message-IDs this message answers."""
        return frozenset(self.in_reply_to + self.references)


@dataclass(frozen=True)
class CalendarInvite:
    """The first event of a text/calendar part."""

    method: str  # REQUEST for an invitation, CANCEL, REPLY, ...; "" when absent
    organizer: Address | None
    start: datetime | None  # aware UTC; naive when the invitation gives no zone it describes
    summary: str


@dataclass(frozen=True)
class ParsedMessage:
    """A whole message reduced to what classification and matching read."""

    headers: Headers
    text: str  # the new text of the message: no quoted mail, signature or footer
    signature: str = ""  # the signature and footers cut from it: matching reads them
    invite: CalendarInvite | None = None


@dataclass(frozen=True)
class InterviewFacts:
    """What matching needs to know about one open interview."""

    id: int
    company: str
    role: str
    contacts: frozenset[str]  # lower-cased addresses
    domains: frozenset[str]  # lower-cased
    thread_ids: frozenset[str]  # Message-IDs known to belong to it
    aliases: frozenset[str] = frozenset()  # other names of the company: brands, former or legal names
    job_ids: frozenset[str] = frozenset()  # requisition or job ids of the posting
    conversations: frozenset[str] = frozenset()  # the server's conversation ids of its mail (Gmail threadId)


@dataclass(frozen=True)
class SearchTerms:
    """What a server-side search asks for: mail from any of ``senders`` or naming any of ``subjects``."""

    senders: tuple[str, ...]  # addresses and domains, found as substrings of From
    subjects: tuple[str, ...]  # company names and job ids, found as substrings of Subject (names of From too)


@dataclass(frozen=True)
class Candidate:
    """An interview a message may belong to, with the evidence."""

    interview_id: int
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """The interview a message belongs to, with the evidence."""

    interview_id: int
    score: float
    reasons: tuple[str, ...]
    others: tuple[Candidate, ...] = ()  # the runners-up, best first: what a review offers instead
    dmarc_failed: bool = False  # the sender failed DMARC: never change a status on this message alone
    personal: bool = False  # a logged contact wrote it, or it answers the interview's thread


@dataclass(frozen=True)
class Classification:
    """What a message says, with the evidence."""

    kind: ReplyKind
    confidence: float
    reasons: tuple[str, ...]
    return_date: date | None = None  # when an out-of-office sender is back, if the reply says
    guessed: bool = False  # read by the statistical backstop, not by cues: a person must confirm it


@dataclass(frozen=True)
class PolicySettings:
    """The follow-up thresholds, from the config."""

    thank_you_hours: int = 24
    interview_minutes: int = 60
    follow_up_days: int = 5
    after_reply_by_days: int = 1
    follow_up_2_days: int = 5
    ghosted_days: int = 5
    auto_reply_grace_days: int = 1
    after_rejection: bool = True
    workday_start_hour: int = 8
    workday_end_hour: int = 18
    weekend: frozenset[int] = frozenset({5, 6})  # Monday is 0
    holidays: frozenset[date] = frozenset()


@dataclass(frozen=True)
class DraftRecord:
    """A draft already recorded for an interview."""

    step: Step
    round: int
    recipient: str | None
    state: DraftState
    closed_at: datetime | None = None  # when it was seen sent or dismissed


@dataclass(frozen=True)
class InterviewState:
    """What the policy knows about one interview: its history reduced to facts."""

    id: int
    at: datetime  # the current round's time, aware
    status: Status
    round: int = 1
    reply_by: date | None = None
    contacts: tuple[str, ...] = ()  # addresses, in the order they were logged
    written_to: frozenset[str] = frozenset()  # contacts the user mailed since the round's interview
    clock_from: datetime | None = None  # the last reply that restarted the silence
    not_before: datetime | None = None  # an out-of-office return: wait for it
    last_sender: str | None = None  # who wrote the last employer reply
    drafts: tuple[DraftRecord, ...] = ()
    in_review: bool = False  # an employer's message about it waits for the user's review


@dataclass(frozen=True)
class Action:
    """A draft the policy says is due now."""

    interview_id: int
    step: Step
    recipient: str | None
    reason: str


@dataclass(frozen=True)
class Decision:
    """What the policy says for one interview at one moment."""

    actions: tuple[Action, ...] = ()
    status: Status | None = None  # a new status, when the silence alone changes it
    reason: str = ""
