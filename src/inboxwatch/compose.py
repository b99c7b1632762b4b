"""Render a follow-up draft from its template into an RFC 5322 message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from inboxwatch.core.model import DRAFT_MARKER, Address, Step
from inboxwatch.errors import TemplateError


@dataclass(frozen=True)
class Thread:
    """The message a draft answers."""

    message_id: str
    references: tuple[str, ...]
    subject: str


@dataclass(frozen=True)
class DraftRequest:
    """Everything needed to write one draft."""

    step: Step
    interview_id: int
    message_id: str
    sender: Address
    recipient: Address | None
    company: str
    role: str
    interview_at: datetime  # in the user's time zone
    round: int
    topics: str  # the user's notes from the interview
    signature: str
    thread: Thread | None
    now: datetime


# Subjects for drafts that start a conversation; replies keep the thread's subject.
DEFAULT_SUBJECTS = {
    Step.THANK_YOU: "Thank you for the {role} interview",
    Step.FOLLOW_UP_1: "Following up on my {role} interview",
    Step.FOLLOW_UP_2: "Checking in on the {role} position",
    Step.AFTER_REJECTION: "Thank you for considering me for the {role} role",
}


def first_topic(notes: str) -> str:
    """The first topic in the user's notes: its first line or sentence, without a trailing stop."""
    line = next((row.strip(" -*\t") for row in notes.splitlines() if row.strip(" -*\t")), "")
    return line.split(". ")[0].rstrip(".")


def _environment(template_dir: Path | None) -> SandboxedEnvironment:
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None and template_dir.is_dir():
        loaders.append(jinja2.FileSystemLoader(template_dir))
    loaders.append(jinja2.PackageLoader("inboxwatch", "templates"))
    # Sandboxed with strict undefined: a typo in a user's template fails loudly,
    # and template code can reach nothing it is not handed.
    return SandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )


def render_body(request: DraftRequest, template_dir: Path | None) -> str:
    """The draft's text from ``<step>.txt.j2``; the user's copy wins over ours."""
    context = {
        "interviewer_name": request.recipient.name if request.recipient else "",
        "company": request.company,
        "role": request.role,
        "interview_date": f"{request.interview_at:%A, %B} {request.interview_at.day}",
        "round": request.round,
        "topic": first_topic(request.topics),
        "user_name": request.sender.name,
        "signature": request.signature,
    }
    try:
        template = _environment(template_dir).get_template(f"{request.step}.txt.j2")
        return template.render(context)
    except jinja2.TemplateError as exc:
        raise TemplateError(f"template {request.step}.txt.j2: {exc}") from exc


def _reply_subject(subject: str) -> str:
    return subject if subject[:3].lower() == "re:" else f"Re: {subject}"


def build_draft(request: DraftRequest, template_dir: Path | None) -> bytes:
    """The whole draft message, threaded when there is a conversation to answer."""
    msg = EmailMessage()
    msg["From"] = formataddr((request.sender.name, request.sender.email))
    if request.recipient is not None:
        msg["To"] = formataddr((request.recipient.name, request.recipient.email))
    if request.thread is not None:
        msg["Subject"] = _reply_subject(request.thread.subject)
        msg["In-Reply-To"] = request.thread.message_id
        msg["References"] = " ".join((*request.thread.references, request.thread.message_id))
    else:
        msg["Subject"] = DEFAULT_SUBJECTS[request.step].format(role=request.role)
    msg["Date"] = format_datetime(request.now)
    msg["Message-ID"] = request.message_id
    msg[DRAFT_MARKER] = f"interview={request.interview_id}; step={request.step}"
    msg.set_content(render_body(request, template_dir))
    return msg.as_bytes()
