"""A cheap first look at a raw header block: could this message concern a logged interview at all?

Most mail is about no interview, and parsing every header structurally
costs more than the rest of a scan. The gate reads the header block with
the light ``compat32`` parser and looks for the facts matching starts
from: the user's own or a logged contact's address, a company's domain or a
domain named after it, an applicant-tracking system, a known thread or
conversation, and a company's name or job id in the sender's name or the
subject. It errs one way only: whatever ``find_match`` could match on
headers, or the user's own mail, it lets through. So it checks by
substring on the decoded, folded text, where matching checks by address,
word and phrase, and a header it cannot read lets the message through.

The gate learns the Message-ID and conversation of every message it lets
through, since a message matched earlier in a scan joins its interview's
thread, and a later one may answer it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from email import policy
from email.header import decode_header
from email.message import Message
from email.parser import BytesHeaderParser

from inboxwatch.core.lexicon import fold
from inboxwatch.core.match import company_names, id_variants, own_domains
from inboxwatch.core.model import InterviewFacts
from inboxwatch.core.parse import MAX_BYTES, message_ids
from inboxwatch.core.senders import ATS_DOMAINS

_PARSER = BytesHeaderParser(policy=policy.compat32)
_SPACE = re.compile(r"\s+")
_COMMENT = re.compile(r"\([^()]*\)")
_FROM = ("From", "Sender", "Reply-To")
_COPIED = ("To", "Cc")


class Gate:
    """What the gate looks for, gathered once from the open interviews."""

    def __init__(self, interviews: Iterable[InterviewFacts], user_email: str) -> None:
        interviews = list(interviews)
        self.user = user_email.strip().lower()
        self.contacts = frozenset(c for i in interviews for c in i.contacts)
        # Addresses and domains are looked for as text: "acme.com" stands in jane@hr.acme.com.
        self.domains = frozenset(d for i in interviews for d in own_domains(i)) | ATS_DOMAINS.keys()
        # A name stands in the text only if its first word does; a domain named
        # after a company begins with its first word (a hyphen aside).
        self.words = frozenset(
            words[0] for i in interviews for name in company_names(i) if (words := _significant(name))
        ) | frozenset(name[0] for i in interviews for name in company_names(i))
        self.job_ids = frozenset(
            v.lower() for i in interviews for job_id in i.job_ids for v in id_variants(job_id)
        )
        self.thread_ids = {ident for i in interviews for ident in i.thread_ids}
        self.conversations = {c for i in interviews for c in i.conversations}

    def admits(self, raw: bytes, conversation: str | None = None) -> bool:
        """Whether the message could concern an interview, or be the user's own: when in doubt, yes."""
        try:
            message = _PARSER.parsebytes(raw[:MAX_BYTES])
            return self._admits(message, conversation)
        except Exception:  # hostile input: let the full parser judge it
            return True

    def learn(self, message_id: str | None, conversation: str | None) -> None:
        """A message let through may join an interview's thread: mail answering it is let through too."""
        if message_id:
            self.thread_ids.add(message_id)
        if conversation:
            self.conversations.add(conversation)

    def _admits(self, message: Message, conversation: str | None) -> bool:
        if not message.keys():  # the full parser reports it unreadable
            return True
        if conversation is not None and conversation in self.conversations:
            return True
        for name in ("In-Reply-To", "References"):
            if any(set(message_ids(value)) & self.thread_ids for value in _values(message, name)):
                return True
        senders = _addresses(message, _FROM)
        if self.user in senders or any(d in senders for d in self.domains):
            return True
        if any(c in senders for c in self.contacts):
            return True
        copied = _addresses(message, _COPIED)
        if any(c in copied for c in self.contacts):
            return True
        said = fold(" ".join(_decoded(v) for name in (*_FROM, "Subject") for v in _values(message, name)))
        said = said.replace("&", " and ")
        if any(word in said for word in self.words):
            return True
        if any(word in senders.replace("-", "") for word in self.words):
            return True
        subject = " ".join(" ".join(_decoded(v) for v in _values(message, "Subject")).lower().split())
        return any(job_id in subject for job_id in self.job_ids)


def _values(message: Message, name: str) -> list[str]:
    return [str(value) for value in message.get_all(name, ())]


def _addresses(message: Message, names: tuple[str, ...]) -> str:
    """The headers as lower-case text without spaces, with and without comments: addresses stand in it."""
    text = _SPACE.sub("", " ".join(_decoded(v) for name in names for v in _values(message, name))).lower()
    return f"{text} {_COMMENT.sub('', text)}"


def _decoded(value: str) -> str:
    """The header as written and with its RFC 2047 encoded words decoded, to be looked through."""
    if "=?" not in value:
        return value
    parts = []
    try:
        for part, charset in decode_header(value):
            if isinstance(part, str):
                parts.append(part)
            else:
                try:
                    parts.append(part.decode(charset or "ascii", errors="replace"))
                except LookupError:  # a charset Python does not know
                    parts.append(part.decode("utf-8", errors="replace"))
    except Exception:  # a malformed encoded word: the text as written is all there is
        return value
    return f"{value} {''.join(parts)}"


def _significant(name: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words as domains spell them: without "and"."""
    return tuple(word for word in name if word not in {"and", "und"})
