"""What an employer's reply does to an interview: its status, the policy's clock, the round, the wait.

The scan applies a reply it is sure of here, and `inboxwatch review` applies
one the user confirmed: both through ``apply_reply``, so they never differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from inboxwatch.core.model import ReplyKind
from inboxwatch.core.policy import status_after_reply
from inboxwatch.core.triage import NOT_AN_ANSWER
from inboxwatch.interviews import set_status
from inboxwatch.store.models import Interview


@dataclass(frozen=True)
class Reply:
    """A reply as read: what it says, when, from whom, and the dates it gives."""

    kind: ReplyKind
    at: datetime  # aware: its Date header, or when it was seen
    sender: str
    return_date: date | None = None  # an out-of-office sender's return
    invite_start: datetime | None = None  # aware: the start of the calendar invitation it carries


def superseded(interview: Interview, reply: Reply) -> bool:
    """A newer reply was applied already (a review confirmed late, or mail delivered out of order)."""
    return interview.last_reply_at is not None and reply.at < interview.last_reply_at


def apply_reply(
    session: Session, interview: Interview, reply: Reply, now: datetime, tz: ZoneInfo
) -> str | None:
    """Record the reply on the interview, moving its status and clock; returns the status change line.

    A superseded reply moves nothing: the newer one already spoke.
    """
    if superseded(interview, reply):
        return None
    kind = reply.kind
    interview.last_reply_kind = kind
    interview.last_reply_at = reply.at
    if kind is ReplyKind.AUTO_REPLY and reply.return_date is not None:
        interview.not_before = datetime.combine(reply.return_date, time(0), tzinfo=tz)
    if kind in NOT_AN_ANSWER:
        return None  # an acknowledgement or out-of-office message does not restart the silence
    interview.last_sender = reply.sender
    interview.clock_from = reply.at
    if kind is ReplyKind.INTERVIEW:
        interview.round += 1
        # The new round's time, from a calendar invitation; otherwise `interview update --at` gives it.
        if reply.invite_start is not None:
            interview.at = reply.invite_start
    new_status = status_after_reply(kind)
    if new_status is None:
        return None
    return set_status(session, interview, new_status, f"{kind} from {reply.sender}", now)
