"""What ``inboxwatch explain`` shows of a message: how it parses, matches and reads, what a scan does.

Facts and lengths only, never the body: the output is meant to be pasted into
a bug report. The action comes from the scan's own decision (``core.triage``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from inboxwatch.core.classify import classify
from inboxwatch.core.match import find_match, sent_about
from inboxwatch.core.model import (
    Address,
    CalendarInvite,
    Classification,
    InterviewFacts,
    Match,
    ParsedMessage,
    ReplyKind,
    Status,
)
from inboxwatch.core.parse import MAX_BYTES, MAX_PARTS, parse_message
from inboxwatch.core.policy import status_after_reply
from inboxwatch.core.quoting import split_reply
from inboxwatch.core.triage import Handling, reads_body, triage
from inboxwatch.kinds import shipped_model

_PARSER = BytesParser(policy=policy.default)


def explain_message(
    raw: bytes, interviews: Mapping[InterviewFacts, Status] | None, user_email: str
) -> dict[str, Any]:
    """The explanation of ``raw`` against the open interviews a scan would consider, with their statuses.

    ``interviews`` is None when there is no config: nothing to match.
    """
    parsed = parse_message(raw)
    verdict = classify(parsed, shipped_model())
    facts = list(interviews or {})
    found = find_match(parsed, facts, user_email)
    if interviews is None:
        action = {"handling": Handling.IGNORE.value, "reason": "no config, so no logged interviews"}
    else:
        statuses = {each.id: status for each, status in interviews.items()}
        action = _action(parsed, found, verdict, facts, statuses, user_email)
    return {
        "message": _summary(raw, parsed),
        "match": None if found is None else _match(found),
        "classification": {
            "kind": verdict.kind.value,
            "confidence": round(verdict.confidence, 3),
            "reasons": list(verdict.reasons),
            "return_date": None if verdict.return_date is None else verdict.return_date.isoformat(),
        },
        "action": action,
    }


def _match(found: Match) -> dict[str, Any]:
    return {
        "interview_id": found.interview_id,
        "score": round(found.score, 3),
        "reasons": list(found.reasons),
        "dmarc_failed": found.dmarc_failed,
        "others": [
            {
                "interview_id": other.interview_id,
                "score": round(other.score, 3),
                "reasons": list(other.reasons),
            }
            for other in found.others
        ],
    }


def _action(
    parsed: ParsedMessage,
    found: Match | None,
    verdict: Classification,
    interviews: Sequence[InterviewFacts],
    statuses: Mapping[int, Status],
    user_email: str,
) -> dict[str, Any]:
    sender = parsed.headers.sender
    if sender is not None and sender.email == user_email.strip().lower():
        joins = sent_about(parsed.headers, interviews)
        thread = "joins no interview" if joins is None else f"joins the thread of interview {joins}"
        return {
            "handling": Handling.IGNORE.value,
            "reason": f"your own mail is never read as a reply; it {thread}",
            "interview_id": joins,
        }
    if not reads_body(parsed.headers, interviews, user_email):
        return {
            "handling": Handling.IGNORE.value,
            "reason": "nothing in its headers points to a logged interview and no ATS relayed it: "
            "a scan does not read its text",
        }
    decision = triage(found, verdict)
    action: dict[str, Any] = {"handling": decision.handling.value, "reason": decision.reason}
    if found is not None:
        action["interview_id"] = found.interview_id
        before = statuses[found.interview_id]
        after = status_after_reply(verdict.kind) if decision.handling is Handling.SURE else None
        action["status_from"] = before.value
        action["status_to"] = (after or before).value
        if decision.handling is Handling.SURE and verdict.kind is ReplyKind.AUTO_REPLY:
            action["waits_until"] = None if verdict.return_date is None else verdict.return_date.isoformat()
    return action


def _summary(raw: bytes, parsed: ParsedMessage) -> dict[str, Any]:
    headers = parsed.headers
    message = _message(raw)
    parts = _parts(message)
    leaves = [part for part in parts if not part["multipart"]]
    html = any(part["type"] == "text/html" and not part["attachment"] for part in leaves)
    plain = any(part["type"] == "text/plain" and not part["attachment"] for part in leaves)
    return {
        "from": _address(headers.sender),
        "to": [_address(each) for each in headers.to],
        "cc": [_address(each) for each in headers.cc],
        "reply_to": [_address(each) for each in headers.reply_to],
        "date": None if headers.date is None else headers.date.isoformat(),
        "subject": headers.subject,
        "message_id": headers.message_id,
        "in_reply_to": list(headers.in_reply_to),
        "references": len(headers.references),
        "auto_submitted": headers.auto_submitted,
        "auto_markers": list(headers.auto_markers),
        "dmarc_failed": headers.dmarc_failed,
        "bytes": len(raw),
        "truncated": len(raw) > MAX_BYTES,
        "parts": parts,
        "charsets": sorted({part["charset"] for part in leaves if part["charset"]}),
        "html": html,
        "html_only": html and not plain,
        "attachments": sum(part["attachment"] for part in leaves),
        "calendar": None if parsed.invite is None else _invite(parsed.invite),
        "new_text_chars": len(parsed.text),
        "signature_chars": len(parsed.signature),
        "quoted_chars": _quoted_chars(message),
    }


def _address(address: Address | None) -> str | None:
    return None if address is None else str(address)


def _invite(invite: CalendarInvite) -> dict[str, Any]:
    return {
        "method": invite.method,
        "organizer": _address(invite.organizer),
        "start": None if invite.start is None else invite.start.isoformat(),
        "summary": invite.summary,
    }


def _message(raw: bytes) -> EmailMessage | None:
    try:
        return _PARSER.parsebytes(raw[:MAX_BYTES])
    except Exception:  # the parser documents no errors; parse_message copes the same way
        return None


def _parts(message: EmailMessage | None) -> list[dict[str, Any]]:
    """The MIME parts in order, as the parser caps them: type, charset, and whether each is an attachment."""
    if message is None:
        return []
    parts: list[dict[str, Any]] = []
    try:
        for part in message.walk():
            if len(parts) == MAX_PARTS:
                break
            parts.append(
                {
                    "type": part.get_content_type(),
                    "charset": part.get_content_charset(),
                    "multipart": part.is_multipart(),
                    "attachment": part.is_attachment(),
                }
            )
    except Exception:  # broken MIME: what was walked so far is the answer
        return parts
    return parts


def _quoted_chars(message: EmailMessage | None) -> int | None:
    """Characters of the plain-text body that are neither new text nor signature; None without one."""
    try:
        part = None if message is None else message.get_body(preferencelist=("plain",))
        body = None if part is None else part.get_content()
    except Exception:  # an undecodable body has no length to report
        return None
    if not isinstance(body, str):
        return None
    new, signature = split_reply(body)
    kept = sum(len(line) for line in (new + "\n" + signature).splitlines())
    return max(0, sum(len(line.strip()) for line in body.splitlines()) - kept)
