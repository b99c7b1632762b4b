"""The follow-up playbook: a pure function of an interview's history and ``now``.

Per round of interviews: a thank-you to each interviewer soon after it ends; a
first follow-up some business days after the employer's stated date (or after
the interview); a second one after the first was sent; then the interview is
marked ghosted. A rejection earns one gracious reply. Never two drafts for a
step, and no follow-up while an earlier draft still waits in the Drafts folder.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from inboxwatch.core.bizdays import add_business_days, is_business_day
from inboxwatch.core.model import (
    Action,
    Decision,
    DraftRecord,
    DraftState,
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
# Statuses in which the playbook runs its follow-up steps.
WAITING = frozenset({Status.SCHEDULED, Status.AWAITING_REPLY, Status.ON_HOLD, Status.NEXT_ROUND})
OPEN_DRAFT = frozenset({DraftState.PENDING, DraftState.WAITING})
DONE = frozenset({DraftState.SENT, DraftState.DISMISSED})


@dataclass(frozen=True)
class Planned:
    """A step the playbook will take, and from when."""

    step: Step | None  # None: mark the interview ghosted
    due: datetime
    recipient: str | None
    reason: str
    expires: datetime | None = None


def status_after_reply(kind: ReplyKind) -> Status | None:
    return STATUS_AFTER_REPLY.get(kind)


def round_known(state: InterviewState) -> bool:
    """Whether the time of the current round is known (an invitation may not give it)."""
    return state.status is not Status.NEXT_ROUND or state.clock_from is None or state.at > state.clock_from


def status_at(state: InterviewState, now: datetime) -> Status:
    """An interview that has taken place is awaiting a reply."""
    if state.status in (Status.SCHEDULED, Status.NEXT_ROUND) and round_known(state) and now >= state.at:
        return Status.AWAITING_REPLY
    return state.status


def working_slot(moment: datetime, settings: PolicySettings, tz: ZoneInfo) -> datetime:
    """The first moment at or after ``moment`` within working hours on a business day."""
    local = moment.astimezone(tz)
    day = local.date()
    for _ in range(366):
        if is_business_day(day, settings):
            midnight = datetime.combine(day, time(0), tzinfo=tz)
            # Wall-clock arithmetic: 18 means 18:00 on that day, 24 its midnight, whatever DST does.
            start = midnight + timedelta(hours=settings.workday_start_hour)
            end = midnight + timedelta(hours=settings.workday_end_hour)
            if local < end:
                return max(local, start)
        day += timedelta(days=1)
        local = datetime.combine(day, time(0), tzinfo=tz)
    raise ValueError("no business day within a year: check the weekend and holidays")


def _day_start(day: date, settings: PolicySettings, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(settings.workday_start_hour), tzinfo=tz)


def _after(anchor: datetime, days: int, settings: PolicySettings, tz: ZoneInfo) -> datetime:
    """The start of the working day ``days`` business days after ``anchor``."""
    return _day_start(add_business_days(anchor.astimezone(tz).date(), days, settings), settings, tz)


def _drafts(state: InterviewState, step: Step, everywhere: bool = False) -> list[DraftRecord]:
    """The step's drafts in this round (or any), leaving out those cancelled before they were written."""
    return [
        d
        for d in state.drafts
        if d.step is step and d.state is not DraftState.CANCELLED and (everywhere or d.round == state.round)
    ]


def _one(state: InterviewState, step: Step) -> DraftRecord | None:
    found = _drafts(state, step)
    return found[0] if found else None


def _thank_yous(
    state: InterviewState, now: datetime, settings: PolicySettings, tz: ZoneInfo
) -> list[Planned]:
    end = state.at + timedelta(minutes=settings.interview_minutes)
    due = working_slot(end, settings, tz)
    expires = due + timedelta(hours=settings.thank_you_hours)
    if now >= expires:
        return []  # a thank-you days late does more harm than good
    done = {d.recipient for d in _drafts(state, Step.THANK_YOU)}
    return [
        Planned(
            Step.THANK_YOU,
            due,
            contact,
            f"thank {contact} within {settings.thank_you_hours} hours of the interview",
            expires=expires,
        )
        for contact in state.contacts
        if contact not in done and contact not in state.written_to
    ]


def _follow_ups(state: InterviewState, settings: PolicySettings, tz: ZoneInfo) -> list[Planned]:
    end = state.at + timedelta(minutes=settings.interview_minutes)
    anchor = max(end, state.clock_from or end)
    recipient = state.last_sender or (state.contacts[0] if state.contacts else None)
    first, second = _one(state, Step.FOLLOW_UP_1), _one(state, Step.FOLLOW_UP_2)
    if first is None:
        if state.reply_by is not None and (state.clock_from is None or state.reply_by >= anchor.date()):
            due = _day_start(
                add_business_days(state.reply_by, settings.after_reply_by_days, settings), settings, tz
            )
            why = f"no reply {settings.after_reply_by_days} business day(s) after their date {state.reply_by}"
        else:
            due = _after(anchor, settings.follow_up_days, settings, tz)
            since = "the interview" if anchor == end else "their last news"
            why = f"no reply {settings.follow_up_days} business days after {since}"
        return [Planned(Step.FOLLOW_UP_1, due, recipient, why)]
    if first.state is DraftState.SENT and first.closed_at is not None and second is None:
        due = _after(max(first.closed_at, anchor), settings.follow_up_2_days, settings, tz)
        why = f"no reply {settings.follow_up_2_days} business days after the first follow-up was sent"
        return [Planned(Step.FOLLOW_UP_2, due, recipient, why)]
    # Ghosted once the last follow-up was sent (or declined) and the silence went on.
    last = second if first.state is DraftState.SENT and second is not None else first
    if last.state in DONE and last.closed_at is not None:
        due = _after(max(last.closed_at, anchor), settings.ghosted_days, settings, tz)
        why = f"no reply {settings.ghosted_days} business days after the last follow-up"
        return [Planned(None, due, None, why)]
    return []


def plan(state: InterviewState, now: datetime, settings: PolicySettings, tz: ZoneInfo) -> list[Planned]:
    """Every step still ahead for this interview at ``now``, each with the moment it falls due."""
    status = state.status
    if status is Status.REJECTED:
        if not settings.after_rejection or _drafts(state, Step.AFTER_REJECTION, everywhere=True):
            return []
        since = state.clock_from or state.at
        recipient = state.last_sender or (state.contacts[0] if state.contacts else None)
        return [
            Planned(
                Step.AFTER_REJECTION,
                working_slot(since, settings, tz),
                recipient,
                "thank them after the rejection",
            )
        ]
    if status not in WAITING or not round_known(state):
        return []
    steps = _thank_yous(state, now, settings, tz)
    # At most one draft waits per interview: thank-yous first, then one follow-up at a time.
    # An employer's message waiting for review may have answered already: no nudge before it is read.
    if not steps and not state.in_review and not any(d.state in OPEN_DRAFT for d in state.drafts):
        steps = _follow_ups(state, settings, tz)
    if state.not_before is not None:
        gate = _after(state.not_before, settings.auto_reply_grace_days, settings, tz)
        steps = [
            Planned(p.step, max(p.due, gate), p.recipient, p.reason, p.expires)
            if p.step is not Step.THANK_YOU
            else p
            for p in steps
        ]
    return sorted(steps, key=lambda p: p.due)


def decide(state: InterviewState, now: datetime, settings: PolicySettings, tz: ZoneInfo) -> Decision:
    """What is due at ``now``: drafts to write, or the ghosted status, with reasons."""
    current = status_at(state, now)
    changed = current if current is not state.status else None
    state = replace(state, status=current)
    due = [p for p in plan(state, now, settings, tz) if p.due <= now]
    ghost = next((p for p in due if p.step is None), None)
    if ghost is not None:
        return Decision(status=Status.GHOSTED, reason=ghost.reason)
    in_hours = working_slot(now, settings, tz) == now.astimezone(tz)
    actions = tuple(
        Action(state.id, p.step, p.recipient, p.reason)
        for p in due
        if p.step is not None and in_hours and (p.expires is None or now < p.expires)
    )
    return Decision(
        actions=actions, status=changed, reason="the interview has taken place" if changed else ""
    )


def next_planned(
    state: InterviewState, now: datetime, settings: PolicySettings, tz: ZoneInfo
) -> Planned | None:
    """The next step the playbook will take, for `plan` and the interview table."""
    steps = plan(replace(state, status=status_at(state, now)), now, settings, tz)
    return steps[0] if steps else None
