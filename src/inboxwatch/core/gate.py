"""A cheap first look at a raw header block: could this message concern a logged interview at all?

Most mail is about no interview, and parsing every header structurally
costs more than the rest of a scan. The gate splits the header block into
fields itself, as the email package does, and looks for the facts matching
starts from: the user's own or a logged contact's address, a company's domain or a
domain named after it, an applicant-tracking system, a known thread or
conversation, and a company's name or job id in the sender's name or the
subject. It errs one way only: whatever ``find_match`` could match on
headers, or the user's own mail, it lets through. So it checks by
substring on the folded text, where matching checks by address, word and
phrase; a header with encoded words or 8-bit text is decoded by the header
class the full parser uses; and a block it cannot read goes through.

The user's Sent mail has a gate of its own: the user wrote it all, so it asks
instead what ``sent_about`` and the drafts could use: a recipient who is a
contact or at a company's, a domain named after it or an applicant-tracking
system's, a known thread or conversation, one of inboxwatch's own drafts (by
Message-ID or its marker header), and a company's name or job id in the
subject or the recipients' names.

The gate learns the Message-ID and conversation of every message it lets
through, since a message matched earlier in a scan joins its interview's
thread, and a later one may answer it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from email import policy
from typing import Any

from inboxwatch.core.lexicon import fold
from inboxwatch.core.match import company_names, id_variants, own_domains
from inboxwatch.core.model import DRAFT_MARKER, InterviewFacts
from inboxwatch.core.parse import MAX_BYTES, clean, message_ids
from inboxwatch.core.senders import ATS_DOMAINS

_FROM = ("from", "sender", "reply-to")
_COPIED = ("to", "cc")
_RECIPIENTS = (*_COPIED, "bcc")
_MARKER = DRAFT_MARKER.lower()
# The fields the gate looks at.
READ = (*_FROM, *_RECIPIENTS, "subject", "in-reply-to", "references", "message-id", _MARKER)
# One of them at the start of a line, its first line and its folded ones; a name ends at the colon.
_READ_FIELD = re.compile(
    rf"^({'|'.join(map(re.escape, READ))}):[ \t]*(.*(?:\n[ \t].*)*)", re.MULTILINE | re.IGNORECASE | re.ASCII
)
_ANY_FIELD = re.compile(r"^[\x21-\x39\x3b-\x7e]+:", re.MULTILINE)
_COMMENT = re.compile(r"\([^()]*\)")
_LINE_BREAK = re.compile(r"\n|\r")  # as the email package unfolds a header


class Gate:
    """What the gate looks for, gathered once from the open interviews."""

    def __init__(
        self, interviews: Iterable[InterviewFacts], user_email: str, drafts: Iterable[str] = ()
    ) -> None:
        """``drafts``: the Message-IDs of the drafts inboxwatch wrote, which the user may have sent."""
        interviews = list(interviews)
        user = user_email.strip().lower()
        contacts = {c for i in interviews for c in i.contacts}
        # Addresses and domains are looked for as text: "acme.com" stands in jane@hr.acme.com.
        domains = {d for i in interviews for d in own_domains(i)} | ATS_DOMAINS.keys()
        names = [name for i in interviews for name in company_names(i)]
        # A name stands in the text only if its first word does; a domain named
        # after a company begins with its first word, "and" left out.
        words = {name[0] for name in names} | {w[0] for name in names if (w := _significant(name))}
        job_ids = {v.lower() for i in interviews for job_id in i.job_ids for v in id_variants(job_id)}
        self.sender = _any_of({user, *contacts, *domains})
        self.copied = _any_of(contacts)
        self.recipient = _any_of({*contacts, *domains})
        self.drafts = set(drafts)
        self.words = _any_of(words)
        self.job_ids = _any_of(job_ids)
        self.thread_ids = {ident for i in interviews for ident in i.thread_ids}
        self.conversations = {c for i in interviews for c in i.conversations}

    def admits(self, raw: bytes, conversation: str | None = None) -> bool:
        """Whether the message could concern an interview, or be the user's own: when in doubt, yes."""
        fields = _fields(raw)
        if fields is None:  # the full parser reports it unreadable
            return True
        if self._in_thread(fields, conversation):
            return True
        senders = _addresses(fields, _FROM)
        if self.sender.search(senders) or self.copied.search(_addresses(fields, _COPIED)):
            return True
        return self._named(fields, _FROM, senders)

    def admits_sent(self, raw: bytes, conversation: str | None = None) -> bool:
        """Whether the user's own message could join an interview or be a draft sent: when in doubt, yes.

        The user's address is no reason here: it stands in all of their mail.
        """
        fields = _fields(raw)
        if fields is None or _MARKER in fields or self._in_thread(fields, conversation):
            return True
        if any(set(message_ids(value)) & self.drafts for value in fields.get("message-id", ())):
            return True
        recipients = _addresses(fields, _RECIPIENTS)
        return self.recipient.search(recipients) is not None or self._named(fields, _RECIPIENTS, recipients)

    def _in_thread(self, fields: dict[str, list[str]], conversation: str | None) -> bool:
        """Whether the message is in a known conversation, or answers a known message."""
        if conversation is not None and conversation in self.conversations:
            return True
        return any(
            set(message_ids(value)) & self.thread_ids
            for name in ("in-reply-to", "references")
            for value in fields.get(name, ())
        )

    def _named(self, fields: dict[str, list[str]], people: tuple[str, ...], addresses: str) -> bool:
        """Whether the subject, or what ``people`` hold, names a company, or the subject a job id."""
        said = fold(" ".join(v for name in (*people, "subject") for v in fields.get(name, ())))
        if self.words.search(said.replace("&", " and ")) or self.words.search(addresses.replace("-", "")):
            return True
        subject = " ".join(" ".join(fields.get("subject", ())).lower().split())
        return self.job_ids.search(subject) is not None

    def learn(self, message_id: str | None, conversation: str | None) -> None:
        """A message let through may join an interview's thread: mail answering it is let through too."""
        if message_id:
            self.thread_ids.add(message_id)
        if conversation:
            self.conversations.add(conversation)


def _fields(raw: bytes) -> dict[str, list[str]] | None:
    """The fields the gate reads, by lower-case name, as the email package splits them, or more.

    It splits lines and joins folded ones as ``email.feedparser`` does, but
    reads on past a line that is no header, where that parser stops: fields
    it keeps, this keeps too. None: the block holds no field at all.
    """
    text = raw[:MAX_BYTES].decode("ascii", "surrogateescape")  # as BytesParser decodes
    # Every line end as "\n", so that one search finds each field with its folded lines.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    end = 0 if text.startswith("\n") else text.find("\n\n")  # the first empty line ends the header
    head = text if end < 0 else text[:end]
    fields: dict[str, list[str]] = {}
    plain = head.isascii() and "=?" not in head  # as most headers are: nothing to decode
    for name, value in _READ_FIELD.findall(head):
        fields.setdefault(name.lower(), []).append(value if plain else _readable(name, value))
    if not fields and _ANY_FIELD.search(head) is None:
        return None
    return fields


def _readable(name: str, value: str) -> str:
    """A header as written, and as the full parser reads it when it holds encoded words or 8-bit text.

    Decoding it with the very header class ``parse`` uses finds what matching will find.
    """
    if value.isascii() and "=?" not in value:
        return value
    try:
        read = str(policy.default.header_factory(name, _LINE_BREAK.sub("", value)))
    except Exception:  # the header classes raise assorted errors on malformed values
        read = ""
    return clean(f"{value} {read}")


def _addresses(fields: dict[str, list[str]], names: tuple[str, ...]) -> str:
    """The headers as lower-case text without spaces, with and without comments: addresses stand in it."""
    text = "".join(" ".join(v for name in names for v in fields.get(name, ())).split()).lower()
    return f"{text} {_COMMENT.sub('', text)}" if "(" in text else text


def _any_of(texts: Iterable[str]) -> re.Pattern[str]:
    """One search for any of the texts; none: a search that never finds.

    The texts are folded into a trie, so that a position is tried against the
    few that begin with its character rather than against each text in turn.
    """
    trie: dict[str, Any] = {}
    for text in texts:
        if text:
            node = trie
            for char in text:
                node = node.setdefault(char, {})
            node[""] = {}  # a text ends here
    return re.compile(_alternatives(trie) if trie else "(?!)")


def _alternatives(node: dict[str, Any]) -> str:
    """A trie as a regular expression; a text ending here matches, whatever may follow it."""
    if "" in node:
        return ""  # search only asks whether one stands: the shortest is enough
    branches = [re.escape(char) + _alternatives(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _significant(name: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words as domains spell them: without "and"."""
    return tuple(word for word in name if word not in {"and", "und"})
