"""Log interviews and present them: the library behind `inboxwatch interview`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from inboxwatch.core.model import Address, Status
from inboxwatch.core.policy import FINAL
from inboxwatch.errors import InputError
from inboxwatch.store.models import Backfill, Contact, Domain, Event, Interview, Message

log = logging.getLogger(__name__)


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
    aliases: tuple[str, ...] = ()  # other names of the company
    job_ids: tuple[str, ...] = ()  # the posting's requisition or job ids


def lines(values: tuple[str, ...]) -> str:
    """Names or ids as stored: one per line, trimmed, without blanks or repeats."""
    return "\n".join(dict.fromkeys(v.strip() for v in values if v.strip()))


def add_interview(session: Session, new: NewInterview, now: datetime) -> int:
    """Store a new interview and return its id."""
    interview = Interview(
        company=new.company,
        role=new.role,
        at=new.at,
        reply_by=new.reply_by,
        round=new.round,
        notes=new.notes,
        aliases=lines(new.aliases),
        job_ids=lines(new.job_ids),
        status=Status.SCHEDULED if new.at > now else Status.AWAITING_REPLY,
        created_at=now,
        contacts=[Contact(name=a.name, email=a.email) for a in new.contacts],
        domains=[Domain(domain=d.lower().lstrip("@")) for d in new.domains],
    )
    session.add(interview)
    session.flush()
    mark_backfill(session, interview, now)
    return interview.id


@dataclass(frozen=True)
class Changes:
    """Fields to change on a logged interview; None leaves a field as it is."""

    company: str | None = None
    role: str | None = None
    at: datetime | None = None
    reply_by: date | None = None
    round: int | None = None
    notes: str | None = None
    add_contacts: tuple[Address, ...] = ()
    add_domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] | None = None  # replaces the set; () clears it
    job_ids: tuple[str, ...] | None = None  # replaces the set; () clears it


def get_interview(session: Session, interview_id: int) -> Interview:
    found = load_interviews(session, [interview_id])
    if not found:
        raise InputError(f"no interview with id {interview_id}")
    return found[0]


def update_interview(session: Session, interview_id: int, changes: Changes, now: datetime) -> Interview:
    """Apply ``changes``; a new time for the round makes it scheduled (or awaiting) again."""
    interview = get_interview(session, interview_id)
    before, window = matching_facts(interview), interview.at
    for name in ("company", "role", "reply_by", "round", "notes"):
        if (value := getattr(changes, name)) is not None:
            setattr(interview, name, value)
    for name in ("aliases", "job_ids"):
        if (values := getattr(changes, name)) is not None:
            setattr(interview, name, lines(values))
    if changes.at is not None:
        interview.at = changes.at
        if Status(interview.status) in (Status.SCHEDULED, Status.NEXT_ROUND, Status.AWAITING_REPLY):
            interview.status = Status.SCHEDULED if changes.at > now else Status.AWAITING_REPLY
            interview.clock_from = None
    known = {c.email for c in interview.contacts}
    interview.contacts.extend(
        Contact(name=a.name, email=a.email) for a in changes.add_contacts if a.email not in known
    )
    domains = {d.domain for d in interview.domains}
    interview.domains.extend(
        Domain(domain=d) for d in {d.lower().lstrip("@") for d in changes.add_domains} - domains
    )
    # An earlier time opens the window earlier: mail from before it was never looked at.
    if matching_facts(interview) != before or interview.at < window:
        mark_backfill(session, interview, now)
    record_event(session, interview, now, "note", "you updated the interview")
    return interview


def matching_facts(interview: Interview) -> tuple[object, ...]:
    """What decides which mail concerns the interview: when it grows, earlier mail may concern it too."""
    return (
        interview.company,
        interview.aliases,
        interview.job_ids,
        frozenset(c.email for c in interview.contacts),
        frozenset(d.domain for d in interview.domains),
    )


def mark_backfill(session: Session, interview: Interview, now: datetime) -> None:
    """Have the next scan search the mail its folders' cursors already passed for this interview."""
    session.merge(Backfill(interview_id=interview.id, marked_at=now))


def close_interview(session: Session, interview_id: int, now: datetime) -> Interview:
    """Withdraw: no more drafts, no more status changes."""
    interview = get_interview(session, interview_id)
    set_status(session, interview, Status.CLOSED, "you closed it", now)
    return interview


def set_status(
    session: Session, interview: Interview, status: Status, reason: str, now: datetime
) -> str | None:
    """Move the status, with a timeline line and a log line; returns that line, or None if unchanged."""
    if interview.status == status:
        return None
    line = f"interview {interview.id} ({interview.company}): {interview.status} -> {status} ({reason})"
    record_event(session, interview, now, "status", f"{interview.status} -> {status}: {reason}")
    interview.status = status
    log.info("%s", line)
    return line


def load_interviews(
    session: Session, ids: list[int] | None = None, *, events: bool = True
) -> list[Interview]:
    """Interviews with their contacts, domains, drafts and events, oldest first.

    ``events=False`` leaves the timeline unloaded: a scan never reads it, and it grows with every reply.
    """
    related = [Interview.contacts, Interview.domains, Interview.drafts] + (
        [Interview.events] if events else []
    )
    query = (
        select(Interview)
        .options(*(selectinload(each) for each in related))
        .order_by(Interview.at, Interview.id)
    )
    if ids is not None:
        query = query.where(Interview.id.in_(ids))
    return list(session.scalars(query))


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
        "aliases": interview.aliases.splitlines(),
        "job_ids": interview.job_ids.splitlines(),
        "notes": interview.notes,
        "drafts": [
            {
                "kind": d.step,
                "round": d.round,
                "to": d.recipient or None,
                "created_at": d.created_at.astimezone(tz).isoformat(),
                "state": d.state,
            }
            for d in interview.drafts
        ],
    }


def timeline(interview: Interview, tz: ZoneInfo) -> list[dict[str, Any]]:
    return [
        {"at": e.at.astimezone(tz).isoformat(), "kind": e.kind, "summary": e.summary}
        for e in interview.events
    ]


def record_event(
    session: Session,
    interview: Interview,
    at: datetime,
    kind: str,
    summary: str,
    message: Message | None = None,
) -> None:
    """Add a line to the interview's timeline: reply, review, status or draft.

    ``message``: the message it is about, which needs no id yet: it is linked when both are written.
    """
    session.add(Event(interview_id=interview.id, at=at, kind=kind, summary=summary, message=message))
