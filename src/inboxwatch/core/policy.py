"""Policy v1: when a follow-up is due, and how a reply moves the status."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from inboxwatch.core.bizdays import add_business_days
from inboxwatch.core.model import (
    Action,
    InterviewState,
    PolicySettings,
    ReplyKind,
    Status,
    Step,
)

# The status a confidently read reply moves an interview to; kinds absent here
# (acknowledgement, auto_reply, other) are not an answer and change nothing.
STATUS_AFTER_REPLY: dict[ReplyKind, Status] = {
    ReplyKind.REJECTION: Status.REJECTED,
    ReplyKind.INTERVIEW: Status.NEXT_ROUND,
    ReplyKind.OFFER: Status.OFFER,
    ReplyKind.INFO_REQUEST: Status.ACTION_NEEDED,
    ReplyKind.ON_HOLD: Status.ON_HOLD,
}

# Statuses in which nothing more is expected from the employer.
FINAL = frozenset({Status.OFFER, Status.REJECTED, Status.CLOSED})


def status_after_reply(kind: ReplyKind) -> Status | None:
    return STATUS_AFTER_REPLY.get(kind)


def status_at(status: Status, at: datetime, now: datetime) -> Status:
    """A scheduled interview that has taken place is awaiting a reply."""
    if status is Status.SCHEDULED and now >= at:
        return Status.AWAITING_REPLY
    return status


def follow_up_due_at(state: InterviewState, settings: PolicySettings, tz: ZoneInfo) -> datetime:
    """When the first follow-up falls due, at the start of that working day."""
    if state.reply_by is not None:
        day = add_business_days(state.reply_by, settings.after_reply_by_days, settings)
    else:
        day = add_business_days(state.at.astimezone(tz).date(), settings.follow_up_days, settings)
    return datetime.combine(day, time(settings.workday_start_hour), tzinfo=tz)


def next_step(state: InterviewState, settings: PolicySettings, tz: ZoneInfo) -> tuple[Step, datetime] | None:
    """The next draft the playbook will write for this interview, and when."""
    if Step.FOLLOW_UP_1 in state.drafted_steps:
        return None
    if state.status not in (Status.SCHEDULED, Status.AWAITING_REPLY):
        return None
    return Step.FOLLOW_UP_1, follow_up_due_at(state, settings, tz)


def due_actions(state: InterviewState, now: datetime, settings: PolicySettings, tz: ZoneInfo) -> list[Action]:
    """The drafts due at ``now``, each with its reason."""
    step = next_step(state, settings, tz)
    if step is None or status_at(state.status, state.at, now) is not Status.AWAITING_REPLY:
        return []
    kind, due = step
    if now < due:
        return []
    if state.reply_by is not None:
        reason = (
            f"no reply {settings.after_reply_by_days} business day(s) after the stated date "
            f"{state.reply_by.isoformat()}"
        )
    else:
        reason = f"no reply {settings.follow_up_days} business days after the interview"
    return [Action(interview_id=state.id, step=kind, reason=reason)]
