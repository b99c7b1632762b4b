"""Log interviews and present them: the library behind `inboxwatch interview`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from inboxwatch.core.model import Address, InterviewState, PolicySettings, Status, Step
from inboxwatch.core.policy import FINAL, next_step, status_at
from inboxwatch.store.models import Contact, Domain, Interview


@dataclass(frozen=True)
class NewInterview:
    company: str
    role: str
    at: datetime  # aware
    contacts: tuple[Address, ...] = ()
    domains: tuple[str, ...] = ()
    reply_by: date | None = None
    round: int = 1
    notes: str = ""


def add_interview(session: Session, new: NewInterview, now: datetime) -> int:
    """Store a new interview and return its id."""
    interview = Interview(
        company=new.company,
        role=new.role,
        at=new.at,
        reply_by=new.reply_by,
        round=new.round,
        notes=new.notes,
        status=status_at(Status.SCHEDULED, new.at, now),
        created_at=now,
        contacts=[Contact(name=a.name, email=a.email) for a in new.contacts],
        domains=[Domain(domain=d.lower().lstrip("@")) for d in new.domains],
    )
    session.add(interview)
    session.flush()
    return interview.id


def load_interviews(session: Session, ids: list[int] | None = None) -> list[Interview]:
    """Interviews with their contacts, domains, drafts and events, oldest first."""
    query = (
        select(Interview)
        .options(
            selectinload(Interview.contacts),
            selectinload(Interview.domains),
            selectinload(Interview.drafts),
            selectinload(Interview.events),
        )
        .order_by(Interview.at, Interview.id)
    )
    if ids is not None:
        query = query.where(Interview.id.in_(ids))
    return list(session.scalars(query))


def policy_state(interview: Interview) -> InterviewState:
    return InterviewState(
        id=interview.id,
        at=interview.at,
        reply_by=interview.reply_by,
        status=Status(interview.status),
        drafted_steps=frozenset(Step(d.step) for d in interview.drafts),
    )


def next_action(interview: Interview, settings: PolicySettings, tz: ZoneInfo) -> str:
    """A short phrase for the table: what inboxwatch will do next."""
    status = Status(interview.status)
    if status in FINAL or status is Status.GHOSTED:
        return "-"
    if status is Status.ACTION_NEEDED:
        return "you owe them an answer"
    if any(d.state == "waiting" for d in interview.drafts):
        return "review the draft in Drafts"
    step = next_step(policy_state(interview), settings, tz)
    if step is None:
        return "-"
    kind, due = step
    return f"{kind} draft {due:%a %d %b %H:%M}"


def silence_days(interview: Interview, now: datetime) -> int | None:
    """Whole days since the interview or the employer's last reply; None before it or once decided."""
    if Status(interview.status) in FINAL:
        return None
    since = max(filter(None, (interview.at, interview.last_reply_at)))
    return None if now < since else (now - since).days


def as_dict(interview: Interview, tz: ZoneInfo) -> dict[str, Any]:
    """The JSON shape documented in the README."""
    return {
        "id": interview.id,
        "company": interview.company,
        "role": interview.role,
        "at": interview.at.astimezone(tz).isoformat(),
        "round": interview.round,
        "reply_by": interview.reply_by.isoformat() if interview.reply_by else None,
        "status": interview.status,
        "last_reply_kind": interview.last_reply_kind,
        "contacts": [str(Address(c.name, c.email)) for c in interview.contacts],
        "domains": [d.domain for d in interview.domains],
        "notes": interview.notes,
        "drafts": [
            {"kind": d.step, "created_at": d.created_at.astimezone(tz).isoformat(), "state": d.state}
            for d in interview.drafts
        ],
    }


def timeline(interview: Interview, tz: ZoneInfo) -> list[dict[str, Any]]:
    return [
        {"at": e.at.astimezone(tz).isoformat(), "kind": e.kind, "summary": e.summary}
        for e in interview.events
    ]
