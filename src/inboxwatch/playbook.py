"""Feed the pure follow-up policy: settings from the config, an interview's history from the store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from inboxwatch.config import Config
from inboxwatch.core.model import DraftRecord, DraftState, InterviewState, PolicySettings, Status, Step
from inboxwatch.core.policy import FINAL, Planned, next_planned
from inboxwatch.review import ReviewState
from inboxwatch.store.models import Interview, Message, Review


def policy_settings(cfg: Config, now: datetime) -> PolicySettings:
    """The configured thresholds, with public holidays around ``now`` from the `holidays` package."""
    settings = cfg.policy.settings
    if not cfg.policy.country:
        return settings
    years = list(range(now.year - 1, now.year + 2))
    calendar = holidays.country_holidays(cfg.policy.country, subdiv=cfg.policy.subdivision, years=years)
    days: frozenset[date] = frozenset(calendar.keys())
    return replace(settings, holidays=days)


def written_to(session: Session, interview: Interview) -> frozenset[str]:
    """The addresses the user has mailed about this interview since its current round took place."""
    rows = session.scalars(
        select(Message.recipients).where(
            Message.interview_id == interview.id,
            Message.direction == "out",
            Message.date >= interview.at,
        )
    )
    return frozenset(address for row in rows if row for address in row.split())


def interview_state(session: Session, interview: Interview) -> InterviewState:
    """The interview's history, reduced to what the policy needs."""
    return InterviewState(
        id=interview.id,
        at=interview.at,
        status=Status(interview.status),
        round=interview.round,
        reply_by=interview.reply_by,
        contacts=tuple(c.email for c in interview.contacts),
        written_to=written_to(session, interview),
        clock_from=interview.clock_from,
        not_before=interview.not_before,
        last_sender=interview.last_sender,
        drafts=tuple(
            DraftRecord(Step(d.step), d.round, d.recipient or None, DraftState(d.state), d.closed_at)
            for d in interview.drafts
        ),
        in_review=in_review(session, interview),
    )


def in_review(session: Session, interview: Interview) -> bool:
    """Whether a message suggested for this interview waits for the user's review."""
    query = select(Review.id).where(Review.interview_id == interview.id, Review.state == ReviewState.OPEN)
    return session.scalar(query.limit(1)) is not None


def next_step(session: Session, interview: Interview, now: datetime, cfg: Config) -> Planned | None:
    if Status(interview.status) in FINAL - {Status.REJECTED}:
        return None
    state = interview_state(session, interview)
    return next_planned(state, now, policy_settings(cfg, now), cfg.user.timezone)


def next_action(session: Session, interview: Interview, now: datetime, cfg: Config) -> str:
    """A short phrase for the table: what happens next."""
    status = Status(interview.status)
    if status is Status.ACTION_NEEDED:
        return "you owe them an answer"
    if any(DraftState(d.state) in (DraftState.PENDING, DraftState.WAITING) for d in interview.drafts):
        return "review the draft in Drafts"
    if in_review(session, interview):
        return "read their message: inboxwatch review"
    if status is Status.NEXT_ROUND and interview.clock_from and interview.at <= interview.clock_from:
        return f"add the round's time: inboxwatch interview update {interview.id} --at ..."
    planned = next_step(session, interview, now, cfg)
    if planned is None:
        return "-"
    what = "mark ghosted" if planned.step is None else f"{planned.step} draft"
    local = planned.due.astimezone(cfg.user.timezone)
    return f"{what} {local:%a %d %b %H:%M}"
