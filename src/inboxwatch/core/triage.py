"""What a scan does with an employer's message: act on it, leave it for review, or ignore it, and why.

The scan and ``inboxwatch explain`` both ask here, so that what explain says
the scan would do is what the scan does.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from inboxwatch.core import classify as classifier
from inboxwatch.core import match as matcher
from inboxwatch.core.model import Classification, Headers, InterviewFacts, Match, ParsedMessage, ReplyKind

# Kinds that are not a person's answer about the candidacy: never sent to review.
NOT_AN_ANSWER = frozenset({ReplyKind.AUTO_REPLY, ReplyKind.ACKNOWLEDGEMENT, ReplyKind.OTHER})


class Handling(enum.StrEnum):
    SURE = "sure"  # the reply is applied: its status change, clock and return date
    REVIEW = "review"  # the status is kept, and the user is asked
    IGNORE = "ignore"  # nothing changes and nobody is asked


@dataclass(frozen=True)
class Triage:
    handling: Handling
    reason: str


def reads_body(
    headers: Headers, interviews: Sequence[InterviewFacts], user_email: str, conversation: str | None = None
) -> bool:
    """Whether a message is worth fetching whole: its headers point to an interview, or an ATS relayed it.

    An applicant-tracking system names the company only in its text.
    """
    # The cheap test first: for relayed mail the match on headers alone is work thrown away.
    if headers.sender is not None and matcher.ats_brand(headers.sender.domain) is not None:
        return True
    return matcher.find_match(ParsedMessage(headers, ""), interviews, user_email, conversation) is not None


def triage(found: Match | None, verdict: Classification) -> Triage:
    """Sure only when both the match and the reading are confident, and the sender is not forged."""
    if found is None:
        return Triage(Handling.IGNORE, "no logged interview fits it")
    doubts = []
    if found.score < matcher.CONFIDENT:
        doubts.append(f"the match scores {found.score:.2f}, below {matcher.CONFIDENT}")
    if verdict.confidence < classifier.CONFIDENT:
        doubts.append(
            f"{verdict.kind} is read with confidence {verdict.confidence:.2f}, below {classifier.CONFIDENT}"
        )
    if found.dmarc_failed:
        doubts.append("DMARC failed: a forged sender never changes a status on its own")
    sure_of_sender = found.score >= matcher.CONFIDENT and not found.dmarc_failed
    unread = verdict.kind is ReplyKind.OTHER or (verdict.guessed and verdict.kind in NOT_AN_ANSWER)
    if sure_of_sender and unread and found.personal:
        # Someone the user deals with wrote, and no phrase says what: a person must read it.
        return Triage(
            Handling.REVIEW,
            "a logged contact or the interview's thread wrote, and nothing in it reads as a known kind",
        )
    if not doubts:
        return Triage(
            Handling.SURE, f"interview {found.interview_id} matched and {verdict.kind} read confidently"
        )
    # Only what could move a status is worth the user's time.
    if verdict.kind not in NOT_AN_ANSWER:
        return Triage(Handling.REVIEW, "; ".join(doubts))
    return Triage(Handling.IGNORE, f"an unsure {verdict.kind} changes nothing: {'; '.join(doubts)}")
