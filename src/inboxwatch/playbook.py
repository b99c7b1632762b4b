"""Feed the pure follow-up policy: settings from the config, an interview's history from the store."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
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


@dataclass(frozen=True)
class History:
    """What the policy needs from the store beyond the interviews' own rows, for many at once."""

    written_to: Mapping[int, frozenset[str]]  # by interview: addresses mailed since its round took place
    reviewing: frozenset[int]  # interviews with a suggested message waiting for the user's review

    def in_review(self, interview: Interview) -> bool:
        return interview.id in self.reviewing

    def state(self, interview: Interview) -> InterviewState:
        """The interview's history, reduced to what the policy needs."""
        return InterviewState(
            id=interview.id,
            at=interview.at,
            status=Status(interview.status),
            round=interview.round,
            reply_by=interview.reply_by,
            contacts=tuple(c.email for c in interview.contacts),
            written_to=self.written_to.get(interview.id, frozenset()),
            clock_from=interview.clock_from,
            not_before=interview.not_before,
            last_sender=interview.last_sender,
            drafts=tuple(
                DraftRecord(Step(d.step), d.round, d.recipient or None, DraftState(d.state), d.closed_at)
                for d in interview.drafts
            ),
            in_review=self.in_review(interview),
        )


def load_history(session: Session, interviews: Iterable[Interview]) -> History:
    """The history of these interviews, in two queries whatever their number."""
    ids = [i.id for i in interviews]
    sent = session.execute(
        select(Message.interview_id, Message.recipients)
        .join(Interview, Interview.id == Message.interview_id)
        .where(
            Message.interview_id.in_(ids),
            Message.direction == "out",
            Message.date >= Interview.at,
        )
    )
    written_to: dict[int, set[str]] = {}
    for interview_id, recipients in sent:
        if interview_id is not None and recipients:
            written_to.setdefault(interview_id, set()).update(recipients.split())
    reviewing = session.scalars(
        select(Review.interview_id)
        .where(Review.interview_id.in_(ids), Review.state == ReviewState.OPEN)
        .distinct()
    )
    return History(
        written_to={key: frozenset(value) for key, value in written_to.items()},
        reviewing=frozenset(i for i in reviewing if i is not None),
    )


def next_step(history: History, interview: Interview, now: datetime, cfg: Config) -> Planned | None:
    if Status(interview.status) in FINAL - {Status.REJECTED}:
        return None
    return next_planned(history.state(interview), now, policy_settings(cfg, now), cfg.user.timezone)


def next_action(history: History, interview: Interview, now: datetime, cfg: Config) -> str:
    """A short phrase for the table: what happens next."""
    status = Status(interview.status)
    if status is Status.ACTION_NEEDED:
        return "you owe them an answer"
    if any(DraftState(d.state) in (DraftState.PENDING, DraftState.WAITING) for d in interview.drafts):
        return "review the draft in Drafts"
    if history.in_review(interview):
        return "read their message: inboxwatch review"
    if status is Status.NEXT_ROUND and interview.clock_from and interview.at <= interview.clock_from:
        return f"add the round's time: inboxwatch interview update {interview.id} --at ..."
    planned = next_step(history, interview, now, cfg)
    if planned is None:
        return "-"
    what = "mark ghosted" if planned.step is None else f"{planned.step} draft"
    local = planned.due.astimezone(cfg.user.timezone)
    return f"{what} {local:%a %d %b %H:%M}"
