"""The review queue: replies inboxwatch was unsure of, and the user's verdict on each.

The scan queues a plausible reply here instead of guessing. The user confirms
the suggestion, picks another interview, or dismisses it. Confirming or picking
applies the reply exactly as a confident one would be (``replies.apply_reply``)
and teaches the matcher: the sender becomes a contact of the interview and the
message joins its thread, so the next mail from them needs no review.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from inboxwatch.core.match import ats_brand
from inboxwatch.core.model import Classification, Match, ReplyKind, Status
from inboxwatch.errors import InputError
from inboxwatch.interviews import load_interviews, mark_backfill, record_event
from inboxwatch.replies import Reply, apply_reply, superseded
from inboxwatch.store.models import Contact, Interview, Message, Review

log = logging.getLogger(__name__)


class ReviewState(enum.StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"  # applied to the suggested interview
    REASSIGNED = "reassigned"  # applied to another interview the user picked
    DISMISSED = "dismissed"  # closed with no change


@dataclass(frozen=True)
class Found:
    """What the scan read of one message it is unsure of."""

    match: Match
    verdict: Classification
    reply: Reply
    why: str  # why it is unsure, as the triage said


def queue(session: Session, record: Message, interview: Interview, found: Found, now: datetime) -> None:
    """Queue ``record`` for review, suggesting ``interview``.

    This runs in the scan's transaction, which records the message and moves
    the folder's cursor past it: a rescan never reads it again, and a crash
    before the commit loses both. The database allows one review per message.
    """
    match, verdict, reply = found.match, found.verdict, found.reply
    review = Review(
        message=record,
        interview_id=interview.id,
        candidates=[
            {"interview_id": c.interview_id, "score": c.score, "reasons": list(c.reasons)}
            for c in match.others
        ],
        kind=verdict.kind,
        confidence=verdict.confidence,
        match_score=match.score,
        reasons=[found.why, *match.reasons, *verdict.reasons],
        replied_at=reply.at,
        return_date=reply.return_date,
        invite_start=reply.invite_start,
        state=ReviewState.OPEN,
        created_at=now,
    )
    session.add(review)
    session.flush()
    why = "; ".join(review.reasons)
    record_event(
        session, interview, now, "review", f"unsure, status kept (review {review.id}): {why}", record
    )
    log.info(
        "interview %d (%s): reply from %s left for review %d",
        interview.id,
        interview.company,
        reply.sender,
        review.id,
    )


def open_reviews(session: Session) -> list[Review]:
    """The suggestions waiting for the user, oldest reply first."""
    query = (
        select(Review)
        .options(selectinload(Review.message), selectinload(Review.interview))
        .where(Review.state == ReviewState.OPEN)
        .order_by(Review.replied_at, Review.id)
    )
    return list(session.scalars(query))


def as_dicts(session: Session, reviews: list[Review], tz: ZoneInfo) -> list[dict[str, Any]]:
    """The JSON shape of `inboxwatch review --json`."""
    ids = {c["interview_id"] for r in reviews for c in r.candidates}
    named = {i.id: i for i in load_interviews(session, sorted(ids))}

    def interview(interview_id: int | None) -> dict[str, Any] | None:
        found = named.get(interview_id) if interview_id is not None else None
        return None if found is None else {"id": found.id, "company": found.company, "role": found.role}

    return [
        {
            "id": r.id,
            "date": r.replied_at.astimezone(tz).isoformat(),
            "sender": r.message.sender,
            "subject": r.message.subject,
            "suggested": None
            if r.interview is None
            else {"id": r.interview.id, "company": r.interview.company, "role": r.interview.role},
            "kind": r.kind,
            "confidence": round(r.confidence, 3),
            "match_score": round(r.match_score, 3),
            "reasons": r.reasons,
            "candidates": [
                (interview(c["interview_id"]) or {"id": c["interview_id"], "company": None, "role": None})
                | {"score": c["score"], "reasons": c["reasons"]}
                for c in r.candidates
            ],
        }
        for r in reviews
    ]


def _open(session: Session, review_id: int) -> Review:
    review = session.get(Review, review_id)
    if review is None:
        raise InputError(f"no review with id {review_id}")
    if review.state != ReviewState.OPEN:
        raise InputError(f"review {review_id} is already {review.state}")
    return review


def accept(
    session: Session,
    review_id: int,
    interview_id: int | None,
    kind: ReplyKind | None,
    now: datetime,
    tz: ZoneInfo,
) -> str:
    """Apply the reply to ``interview_id`` (None: the suggested one) as ``kind`` (None: as read).

    Returns a line saying what changed.
    """
    review = _open(session, review_id)
    target = interview_id if interview_id is not None else review.interview_id
    if target is None:
        raise InputError(f"review {review_id} suggests no interview any more; pick one")
    found = load_interviews(session, [target])
    if not found:
        raise InputError(f"no interview with id {target}")
    interview = found[0]
    if interview.status == Status.CLOSED:
        raise InputError(f"interview {target} is closed")
    message = review.message
    sender = message.sender or "unknown sender"
    reply = Reply(
        ReplyKind(kind or review.kind), review.replied_at, sender, review.return_date, review.invite_start
    )
    confirmed = target == review.interview_id
    review.state = ReviewState.CONFIRMED if confirmed else ReviewState.REASSIGNED
    review.resolved_at = now
    _teach(session, interview, message, now)
    verb = "confirmed" if confirmed else "picked this interview for"
    record_event(
        session,
        interview,
        now,
        "review",
        f"you {verb} review {review.id}: {reply.kind} from {sender}",
        message,
    )
    log.info(
        "review %d %s: interview %d (%s), %s from %s",
        review.id,
        review.state,
        interview.id,
        interview.company,
        reply.kind,
        sender,
    )
    late = superseded(interview, reply)
    change = apply_reply(session, interview, reply, now, tz)
    if late:
        return (
            f"interview {interview.id} ({interview.company}): {reply.kind} recorded; a later reply "
            f"already set the status, which stays {interview.status}"
        )
    return (
        change
        or f"interview {interview.id} ({interview.company}): {reply.kind} recorded, status {interview.status}"
    )


def _teach(session: Session, interview: Interview, message: Message, now: datetime) -> None:
    """The sender speaks for this interview, and the message belongs to its thread.

    An applicant-tracking system's address relays mail for many employers: it never becomes a contact.
    A new contact's earlier mail may have been turned away: the next scan searches for it.
    """
    message.interview_id = interview.id
    sender = message.sender
    if not sender or ats_brand(sender.rpartition("@")[2]) is not None:
        return
    if sender not in {c.email for c in interview.contacts}:
        interview.contacts.append(Contact(email=sender))
        mark_backfill(session, interview, now)


def dismiss(session: Session, review_id: int, now: datetime) -> str:
    """Close a review with no change to any interview; returns a line saying so."""
    review = _open(session, review_id)
    review.state = ReviewState.DISMISSED
    review.resolved_at = now
    sender = review.message.sender or "unknown sender"
    if review.interview is not None:
        record_event(
            session,
            review.interview,
            now,
            "review",
            f"you dismissed review {review.id} ({review.kind} from {sender})",
            review.message,
        )
    log.info("review %d dismissed: %s from %s", review.id, review.kind, sender)
    return f"dismissed review {review.id}; nothing changed"
