"""Which logged interview an incoming message belongs to, or an honest "not sure".

Evidence, each with a weight, combines like independent evidence,
1 - prod(1 - weight):

- the message answers a message of the interview's thread, or the server
  (Gmail) files it in the same conversation (1.0);
- the sender, or the Reply-To address, is a logged contact (0.9);
- its domain is one of the company's domains, or a logged contact's, or a
  subdomain of one (0.8); failing that, a domain that spells the company's
  whole name of two or more words (``lumenbank.co.uk`` for Lumen Bank, 0.8),
  or only part of it, its one word, or an abbreviation of its last word
  (``contoso.co.uk`` for Contoso Ltd, ``meridiancap.com`` for Meridian
  Capital, 0.7): one word alone is too often another company's too;
- a logged contact is copied (0.5);
- the company's name or an alias stands in the sender's display name (0.8:
  an ATS shows its customer's name there), the subject (0.6), the text or
  signature (0.6), or, for mail relayed by an ATS, the sender's address
  (``acme@myworkday.com``, 0.6); in mail relayed by an ATS the subject and
  the signature are the customer's own template, like the display name, so
  the name counts there as it does in the display name (0.8);
- a job or requisition id of the interview stands in the message (0.7);
- its role title stands in the subject or text (0.5, or 0.25 for most of
  its words): on its own never enough, it tells two roles apart.

Domains that many senders share (free mail, applicant-tracking systems, job
boards; see ``senders``) never count as company domains. The ATS brand never
names the company: its mail is read for the company's own name. Job boards
name companies in every alert, so their mail matches only by thread or
contact. A name read from mail that is neither from a company domain nor
relayed by an ATS (a free-mail or unknown sender) makes at most a
``PLAUSIBLE`` match, for the user to confirm, and from such a sender a name
in passing in the text counts only next to the role title.

The best candidate wins unless the runner-up is nearly as sure, keeping less
than ``CLEAR`` times the best one's doubt (1 - score): then the message is
ambiguous and scores ``AMBIGUOUS``. Either way the runners-up travel with the
match, for the review queue. Companies compete on all the evidence; two
interviews at one company only on their thread, role or job id, since one
recruiter often writes about both. A message whose
``Authentication-Results`` say DMARC failed scores at most ``PLAUSIBLE``:
it may claim any company domain, so it never changes a status on its own.
The user's own mail never matches as a reply. It joins the interview whose
contacts it is sent to, or whose thread it answers (``sent_about``); when it
reaches two, their thread, role or job id must tell which, as for a reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from inboxwatch.core.lexicon import fold
from inboxwatch.core.model import Address, Candidate, Headers, InterviewFacts, Match, ParsedMessage
from inboxwatch.core.senders import ATS_DOMAINS, FREE_MAIL_DOMAINS, JOB_BOARD_DOMAINS

CONFIDENT = 0.8  # a match scoring at least this may change an interview's status
PLAUSIBLE = 0.6  # the most a match gets on evidence anyone could write
AMBIGUOUS = 0.5  # the score of a match that fits several interviews about equally well
CLEAR = 1.6  # a clear best leaves the runner-up this many times its own doubt (1 - score), or more
MAX_OTHERS = 3  # runners-up kept for the review queue

THREAD = 1.0
CONTACT = 0.9
DOMAIN = 0.8
COPIED = 0.5
NAME_IN_SENDER = 0.8
NAME_IN_SUBJECT = 0.6
NAME_IN_TEXT = 0.6
NAME_IN_ADDRESS = 0.6
NAMED_DOMAIN = 0.7
SPELLED_DOMAIN = 0.8
JOB_ID = 0.7
ROLE = 0.5
ROLE_WORDS = 0.25

_SHARED = FREE_MAIL_DOMAINS | ATS_DOMAINS.keys() | JOB_BOARD_DOMAINS
_TOKEN = re.compile(r"[^\W_]+")
_BRANDS = frozenset(" ".join(fold(word) for word in _TOKEN.findall(brand)) for brand in ATS_DOMAINS.values())
# Legal forms, left out of a company's name: "Acme GmbH" is written "Acme" too.
_LEGAL = frozenset(
    [
        "inc",
        "incorporated",
        "llc",
        "ltd",
        "limited",
        "plc",
        "corp",
        "corporation",
        "co",
        "gmbh",
        "ag",
        "se",
        "kg",
        "kgaa",
        "ohg",
        "ug",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "pty",
        "llp",
        "lp",
        "oy",
        "ab",
        "as",
        "aps",
    ]
)
# Domains named after a company: the shortest spelling that counts, the second
# levels of country domains, and the words a company's domain may add.
_MIN_NAMED_LABEL = 4
_MIN_ABBREVIATION = 3  # "cap" for Capital; shorter prefixes spell too many words
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "ne", "or", "gv"})
# Not "careers" or "jobs": acme-careers.com is how impostors spell Acme.
_LABEL_ENDS = ("hq", "inc", "corp", "app")
_ANCHORS = frozenset({"thread", "contact", "anchor"})  # evidence more than anyone could write
_PERSONAL = frozenset({"thread", "contact"})  # someone the user deals with wrote it
_TELLS_APART = frozenset({"thread", "role", "job id"})  # what tells two interviews at one company apart
# Words a role title has that say nothing: gender markers of German ads, fillers.
_ROLE_FILLER = frozenset(
    [
        "m",
        "w",
        "d",
        "f",
        "x",
        "div",
        "all",
        "genders",
        "gn",
        "the",
        "a",
        "an",
        "of",
        "for",
        "and",
        "in",
        "at",
        "to",
    ]
)
_ROLE_SYNONYMS = {"sr": "senior", "jr": "junior", "snr": "senior", "mgr": "manager", "eng": "engineer"}
_ROLE_WORDS_SHARE = 2 / 3  # the share of a role's words that counts as "most"
_MIN_JOB_ID = 4  # shorter ids are too likely to stand in a message by chance
_MIN_JOB_ID_DIGITS = 5  # the digits of an id alone count from this length: "JR-0012345" as "0012345"


class _Evidence(NamedTuple):
    weight: float
    reason: str
    # "thread", "contact", "anchor" (company domain, a copied contact), "name",
    # "mention" (in the text), "job id", "role"
    kind: str


@dataclass(frozen=True)
class _Words:
    """A text as tokens folded to lower case, whether each was capitalised, and where each stands."""

    folded: tuple[str, ...]
    capitalised: tuple[bool, ...]
    index: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, text: str) -> _Words:
        tokens = _TOKEN.findall(text.replace("&", " and "))
        folded = tuple(fold(token) for token in tokens)
        index: dict[str, list[int]] = {}
        for position, word in enumerate(folded):
            index.setdefault(word, []).append(position)
        return cls(
            folded,
            tuple(token[:1].isupper() for token in tokens),
            {word: tuple(positions) for word, positions in index.items()},
        )

    def has(self, phrase: tuple[str, ...], *, capitalised: bool = False) -> bool:
        """Whether ``phrase`` stands here; ``capitalised``: its first word begins with a capital."""
        return any(self.capitalised[start] or not capitalised for start in self.at(phrase))

    def at(self, phrase: tuple[str, ...]) -> Iterator[int]:
        """Where ``phrase`` starts, word by word."""
        return (
            start
            for start in self.index.get(phrase[0], ())
            if self.folded[start : start + len(phrase)] == phrase
        )


@dataclass(frozen=True)
class _Message:
    """What matching reads of one message, prepared once for every interview."""

    sender: Address
    reply_to: tuple[Address, ...]
    copied: frozenset[str]
    thread_ids: frozenset[str]
    conversation: str | None  # the server's conversation id
    relay: str | None  # the ATS brand that relayed it
    board: bool  # sent by a job board
    names: _Words  # display names of the sender and Reply-To
    subject: _Words
    text: _Words  # new text, and the signature unless relayed
    signed: _Words  # the signature of relayed mail, where the ATS's customer signs
    address: _Words  # the parts of an ATS sender's address that name its customer
    raw: str  # subject, text and signature, for job ids


def find_match(
    message: ParsedMessage,
    interviews: Sequence[InterviewFacts],
    user_email: str,
    conversation: str | None = None,
) -> Match | None:
    """The interview ``message`` belongs to, or None when nothing points to one.

    ``conversation`` is the server's conversation id of the message (Gmail's threadId), if any.
    """
    headers = message.headers
    sender = headers.sender
    # Without a sender the message could be the user's own (a Sent copy answers
    # the employer's thread too), so it never matches.
    if sender is None or sender.email == user_email.strip().lower():
        return None
    prepared = _prepare(message, sender, conversation)
    evidence = {interview.id: _evidence(prepared, interview) for interview in interviews}
    _keep_most_specific_roles(interviews, evidence, prepared)
    found = [i for i in interviews if _identifies(evidence[i.id], relayed=prepared.relay is not None)]
    if not found:
        return None
    best, close, anchored = _choose(found, evidence)
    others = sorted(
        (
            Candidate(i.id, _score(evidence[i.id]), tuple(each.reason for each in evidence[i.id]))
            for i in found
            if i is not best
        ),
        key=lambda candidate: -candidate.score,
    )
    score, reasons = _score(evidence[best.id]), [each.reason for each in evidence[best.id]]
    if close:
        score = min(score, AMBIGUOUS)
        plural = "s" if len(close) > 1 else ""
        reasons.append(f"also fits interview{plural} {', '.join(str(each.id) for each in close)}")
    if prepared.relay is None and not anchored:
        score = min(score, PLAUSIBLE)
        reasons.append(f"sender {sender.email} is not known to the interview: at most a suggestion")
    if headers.dmarc_failed:
        score = min(score, PLAUSIBLE)
        reasons.append("DMARC failed for the sender's domain: never changes a status on its own")
    personal = any(each.kind in _PERSONAL for each in evidence[best.id])
    if headers.bulk and not personal:
        # A job alert relayed by an ATS names the company and the role, yet answers no application.
        score = min(score, PLAUSIBLE)
        reasons.append("sent to a list, not by a contact or in a thread: at most a suggestion")
    return Match(
        best.id, round(score, 3), tuple(reasons), tuple(others[:MAX_OTHERS]), headers.dmarc_failed, personal
    )


def sent_about(
    headers: Headers, interviews: Sequence[InterviewFacts], conversation: str | None = None
) -> int | None:
    """The interview the user's own message belongs to, or None when it reaches none, or two alike.

    It reaches an interview by a logged contact among its recipients or by
    the interview's thread. One recruiter may handle two roles: then the
    thread, role title or job id in its headers must name one clearly, or it
    joins neither, since a wrong link would restart the wrong interview's clock.
    """
    recipients = {address.email for address in headers.to + headers.cc}
    reached = [
        i
        for i in interviews
        if recipients & i.contacts or headers.thread_ids & i.thread_ids or conversation in i.conversations
    ]
    if len(reached) < 2:
        return reached[0].id if reached else None
    prepared = _prepare(ParsedMessage(headers, ""), headers.sender or Address("", ""), conversation)
    evidence = {i.id: _evidence(prepared, i) for i in reached}
    _keep_most_specific_roles(reached, evidence, prepared)
    apart = {i.id: _score([e for e in evidence[i.id] if e.kind in _TELLS_APART]) for i in reached}
    best = max(reached, key=lambda i: apart[i.id])
    if apart[best.id] == 0 or any(_unclear(apart[best.id], apart[i.id]) for i in reached if i is not best):
        return None
    return best.id


def _choose(
    found: list[InterviewFacts], evidence: dict[int, list[_Evidence]]
) -> tuple[InterviewFacts, list[InterviewFacts], bool]:
    """The best interview, those it cannot be told apart from, and whether its company is anchored.

    Companies compete on all the evidence. Interviews at one company compete
    only on what tells them apart, the thread, the role and the job id: a
    recruiter logged for one of them may well write about the other, and
    speaks for their company either way.
    """
    total = {i.id: _score(evidence[i.id]) for i in found}
    apart = {i.id: _score([e for e in evidence[i.id] if e.kind in _TELLS_APART]) for i in found}
    leader = max(found, key=lambda i: total[i.id])
    colleagues = [i for i in found if _same_company(i, leader)]
    best = max(colleagues, key=lambda i: (apart[i.id], total[i.id]))
    # A message that names two of them, by role title or job id, is about both.
    close = [
        i
        for i in colleagues
        if i is not best
        and (
            _unclear(apart[best.id], apart[i.id])
            or (_named_apart(evidence[best.id]) and _named_apart(evidence[i.id]))
        )
    ]
    close += [i for i in found if i not in colleagues and _unclear(total[leader.id], total[i.id])]
    anchored = any(each.kind in _ANCHORS for i in colleagues for each in evidence[i.id])
    return best, close, anchored


def _named_apart(evidence: list[_Evidence]) -> bool:
    """Whether the message names the interview's role title or job id."""
    return any(e.kind == "job id" or (e.kind == "role" and e.weight == ROLE) for e in evidence)


def _unclear(best: float, other: float) -> bool:
    """Whether ``other`` is nearly as sure as ``best``: it keeps less than ``CLEAR`` times the doubt."""
    return 1 - other <= CLEAR * (1 - best)


def _same_company(one: InterviewFacts, other: InterviewFacts) -> bool:
    names = company_names(one)[:1]
    return (
        one.id == other.id
        or (bool(names) and names == company_names(other)[:1])
        or bool(own_domains(one) & own_domains(other))
    )


@lru_cache(maxsize=4096)  # asked for every message and interview: derive once
def own_domains(interview: InterviewFacts) -> set[str]:
    """The company's own domains: the logged ones, and its contacts' (jane@acme.com speaks for acme.com)."""
    domains = interview.domains | {contact.rpartition("@")[2] for contact in interview.contacts}
    return {domain for domain in domains if not _shared(domain)}


def ats_brand(domain: str) -> str | None:
    """The applicant-tracking system a domain belongs to, if any: its mail needs its text to match."""
    ats = _ats_of(domain)
    return None if ats is None else ATS_DOMAINS[ats]


@lru_cache(maxsize=4096)
def _ats_of(domain: str) -> str | None:
    return next((ats for ats in ATS_DOMAINS if _within(domain, ats)), None)


def _prepare(message: ParsedMessage, sender: Address, conversation: str | None) -> _Message:
    headers = message.headers
    ats = _ats_of(sender.domain)
    relay = None if ats is None else ATS_DOMAINS[ats]
    # An ATS address may name its customer: acme@myworkday.com, jobs@acme.bamboohr.com.
    tenant = "" if ats is None else f"{sender.email.partition('@')[0]} {sender.domain.removesuffix(ats)}"
    return _Message(
        sender=sender,
        reply_to=headers.reply_to,
        copied=frozenset(address.email for address in headers.to + headers.cc),
        thread_ids=headers.thread_ids,
        conversation=conversation,
        relay=relay,
        board=any(_within(sender.domain, board) for board in JOB_BOARD_DOMAINS),
        names=_Words.of(" | ".join(address.name for address in (sender, *headers.reply_to))),
        subject=_Words.of(headers.subject),
        text=_Words.of(message.text if relay else f"{message.text}\n{message.signature}"),
        signed=_Words.of(message.signature if relay else ""),
        address=_Words.of(tenant),
        raw=f"{headers.subject}\n{message.text}\n{message.signature}",
    )


def _evidence(message: _Message, interview: InterviewFacts) -> list[_Evidence]:
    found = _anchors(message, interview)
    if message.board and not found:
        return []
    found += _names(message, interview)
    found += _job_ids(message, interview)
    role = _role(interview.role)
    if role and any(words.has(role) for words in (message.subject, message.text, message.signed)):
        found.append(_Evidence(ROLE, f'role "{interview.role}" in the message', "role"))
    elif role and _share(role, message) >= _ROLE_WORDS_SHARE:
        found.append(_Evidence(ROLE_WORDS, f'most words of role "{interview.role}" in the message', "role"))
    return found


def _anchors(message: _Message, interview: InterviewFacts) -> list[_Evidence]:
    """Evidence from the thread, the contacts and the company's domains."""
    found = []
    answered = sorted(message.thread_ids & interview.thread_ids)
    if answered:
        found.append(_Evidence(THREAD, f"answers {answered[0]} in the interview's thread", "thread"))
    elif message.conversation is not None and message.conversation in interview.conversations:
        # Gmail files a message in a conversation on its references: evidence as good as theirs.
        found.append(
            _Evidence(THREAD, f"in conversation {message.conversation} with the interview's mail", "thread")
        )
    # The sender first, then Reply-To, which relays often point at the recruiter.
    addresses = [("sender", message.sender), *(("reply-to", each) for each in message.reply_to)]
    contact = next(((role, each) for role, each in addresses if each.email in interview.contacts), None)
    if contact is not None:
        found.append(_Evidence(CONTACT, f"{contact[0]} {contact[1].email} is a logged contact", "contact"))
    domains = sorted(own_domains(interview))
    domain = next(
        (
            (role, each, company)
            for role, each in addresses
            for company in domains
            if _within(each.domain, company)
        ),
        None,
    )
    named = [(_named_after(a.domain, interview), r, a) for r, a in addresses] if domain is None else []
    if domain is not None:
        role, each, company = domain
        found.append(_Evidence(DOMAIN, f"{role} domain {each.domain} belongs to {company}", "anchor"))
    elif any(weight for weight, _, _ in named):
        weight, role, each = max(named, key=lambda n: n[0])
        how = "spells" if weight == SPELLED_DOMAIN else "is named after"
        found.append(_Evidence(weight, f"{role} domain {each.domain} {how} {interview.company}", "anchor"))
    copied = sorted(message.copied & interview.contacts)
    if copied:
        found.append(_Evidence(COPIED, f"logged contact {copied[0]} is copied", "anchor"))
    return found


def _named_after(domain: str, interview: InterviewFacts) -> float:
    """How surely a domain's own label spells the company's name: 0 if it does not.

    ``SPELLED_DOMAIN`` when it spells all of a name of two or more words
    (lumenbank.co.uk, kessler-logistik.de); ``NAMED_DOMAIN`` when it spells a
    one-word name, the first words of a name ("northwind.com" for Northwind
    Analytics), those and the beginning of the next word ("meridiancap.com"
    for Meridian Capital), or ends in a word like "hq" ("compasshq.com").
    """
    if _shared(domain):
        return 0.0
    labels = domain.split(".")
    # Country domains keep a second level: contoso.co.uk, acme.com.au.
    country = len(labels) > 2 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2
    label = labels[-3 if country else -2].replace("-", "") if len(labels) > 1 else ""
    weight = 0.0
    for name in company_names(interview):
        words = [word for word in name if word not in {"and", "und"}]
        if len(words) > 1 and label == "".join(words):
            return SPELLED_DOMAIN
        for size in range(1, len(words) + 1):
            spelled = "".join(words[:size])
            rest = label.removeprefix(spelled)
            if (
                len(spelled) >= _MIN_NAMED_LABEL
                and label.startswith(spelled)
                and (
                    rest in {"", *_LABEL_ENDS}
                    or (size < len(words) and len(rest) >= _MIN_ABBREVIATION and words[size].startswith(rest))
                )
            ):
                weight = NAMED_DOMAIN
    return weight


def _names(message: _Message, interview: InterviewFacts) -> list[_Evidence]:
    """Evidence from the company's name and aliases, wherever they stand."""
    names = company_names(interview)
    places = (
        (message.names, NAME_IN_SENDER, "the sender's name", "name"),
        (message.subject, NAME_IN_SENDER if message.relay else NAME_IN_SUBJECT, "the subject", "name"),
        (message.text, NAME_IN_TEXT, "the text", "mention"),
        (message.signed, NAME_IN_SENDER, "the signature", "name"),
        (message.address, NAME_IN_ADDRESS, f"the {message.relay} sender address", "name"),
    )
    found = []
    for words, weight, place, kind in places:
        # Addresses are lower case: there a one-word name need not be capitalised.
        name = next((name for name in names if _stands(name, words, words is not message.address)), None)
        if name is not None:
            found.append(_Evidence(weight, f'company "{" ".join(name)}" in {place}', kind))
    return found


@lru_cache(maxsize=4096)
def company_names(interview: InterviewFacts) -> list[tuple[str, ...]]:
    """The company's name and aliases as folded words, without legal forms or ATS brands."""
    names = []
    for name in (interview.company, *sorted(interview.aliases)):
        words = list(_Words.of(name).folded)
        while len(words) > 1 and words[-1] in _LEGAL:
            words.pop()
        if words and " ".join(words) not in _BRANDS and len("".join(words)) >= 2:
            names.append(tuple(words))
    return names


def _stands(name: tuple[str, ...], words: _Words, cased: bool) -> bool:
    # In cased text a one-word name must be capitalised: "Notion" is a company, "notion" a word.
    return words.has(name, capitalised=cased and len(name) == 1) or (
        len(name) > 1 and words.has(("".join(name),))  # "NorthwindAnalytics", "northwind-analytics"
    )


def _job_ids(message: _Message, interview: InterviewFacts) -> list[_Evidence]:
    for job_id in sorted(interview.job_ids):
        for variant in id_variants(job_id):
            if re.search(rf"(?<![^\W_]){re.escape(variant)}(?![^\W_])", message.raw, re.IGNORECASE):
                return [_Evidence(JOB_ID, f'job id "{job_id}" in the message', "job id")]
    return []


def id_variants(job_id: str) -> list[str]:
    """How a logged id may be written: as logged, without separators, or as its long number."""
    compact = re.sub(r"[\s_-]+", "", job_id.strip())
    digits = max(re.findall(r"\d+", compact), key=len, default="")
    variants = [job_id.strip(), compact] + ([digits] if len(digits) >= _MIN_JOB_ID_DIGITS else [])
    return [variant for variant in variants if len(variant) >= _MIN_JOB_ID]


@lru_cache(maxsize=4096)
def _role(role: str) -> tuple[str, ...]:
    words = (_ROLE_SYNONYMS.get(word, word) for word in _Words.of(role).folded)
    return tuple(word for word in words if word not in _ROLE_FILLER)


def _share(role: tuple[str, ...], message: _Message) -> float:
    present = {*message.subject.folded, *message.text.folded, *message.signed.folded}
    return sum(word in present for word in role) / len(role)


def _keep_most_specific_roles(
    interviews: Sequence[InterviewFacts], evidence: dict[int, list[_Evidence]], message: _Message
) -> None:
    """Keep the role evidence that tells roles apart, and drop what only seems to.

    "Senior Data Analyst" contains "Data Analyst": a message about the senior
    role names both, and only the longer one tells the two interviews apart,
    unless "Data Analyst" also stands on its own. A message naming only "Data
    Analyst" holds most words of the senior role too, but they are the shorter
    role's words and say nothing of the senior one.
    """
    named = {
        i.id: _role(i.role)
        for i in interviews
        if any(e.weight == ROLE and e.kind == "role" for e in evidence[i.id])
    }
    for interview in interviews:
        role = _role(interview.role)
        longer_named = [
            other for other in named.values() if len(other) > len(role) and _contains(other, role)
        ]
        inside_named = any(
            len(role) > len(other) and _contains(role, other)
            for ident, other in named.items()
            if ident != interview.id
        )
        only_inside = bool(longer_named) and not _stands_alone(role, longer_named, message)
        if (interview.id in named and only_inside) or (interview.id not in named and inside_named):
            evidence[interview.id] = [e for e in evidence[interview.id] if e.kind != "role"]


def _stands_alone(role: tuple[str, ...], longer: list[tuple[str, ...]], message: _Message) -> bool:
    """Whether ``role`` stands somewhere in the message outside each of the ``longer`` roles holding it."""
    for words in (message.subject, message.text, message.signed):
        inside = {
            start + offset
            for other in longer
            for start in words.at(other)
            for offset in range(len(other) - len(role) + 1)
            if other[offset : offset + len(role)] == role
        }
        if any(start not in inside for start in words.at(role)):
            return True
    return False


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    return any(longer[start : start + len(shorter)] == shorter for start in range(len(longer)))


def _identifies(found: list[_Evidence], *, relayed: bool) -> bool:
    """Whether the evidence names the interview at all.

    A role title alone never does. From a free-mail or unknown sender a name
    in the text must come with the role or a job id: job sites and
    newsletters name companies in passing.
    """
    kinds = {each.kind for each in found}
    if kinds & {"thread", "contact", "anchor", "job id", "name"}:
        return True
    return "mention" in kinds and (relayed or "role" in kinds)


def _score(found: list[_Evidence]) -> float:
    remaining = 1.0
    for each in found:
        remaining *= 1 - each.weight
    return round(1 - remaining, 3)


def _within(domain: str, parent: str) -> bool:
    return domain == parent or domain.endswith("." + parent)


@lru_cache(maxsize=4096)
def _shared(domain: str) -> bool:
    return any(_within(domain, shared) for shared in _SHARED)
