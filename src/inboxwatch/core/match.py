"""Match v1: which logged interview an incoming message belongs to.

Evidence, strongest first: the message answers a message of the interview's
thread (1.0); the sender is a logged contact (0.9); the sender's domain is one
of the interview's company domains or a subdomain of one (0.8); free-mail and
applicant-tracking domains never count as company domains. When two
interviews fit equally well, the first is returned with a score below
``CONFIDENT`` so that the caller asks the user instead of guessing.
"""

from __future__ import annotations

from collections.abc import Sequence

from inboxwatch.core.model import Address, Headers, InterviewFacts, Match

CONFIDENT = 0.8  # a match scoring at least this may change an interview's status
AMBIGUOUS = 0.5  # the score of a match that fits several interviews equally well

THREAD = 1.0
CONTACT = 0.9
DOMAIN = 0.8

# Anyone can have an address here, so it says nothing about the employer.
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.co.uk",
        "hotmail.de",
        "live.com",
        "msn.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.de",
        "ymail.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.de",
        "gmx.net",
        "gmx.at",
        "gmx.ch",
        "gmx.com",
        "web.de",
        "t-online.de",
        "mail.com",
        "fastmail.com",
        "zoho.com",
        "yandex.com",
        "mail.ru",
    }
)

# Applicant-tracking systems send for many employers from one domain, so a
# domain here never identifies the company (talent.{company}.com does, and is
# not listed).
ATS_DOMAINS = frozenset(
    {
        "greenhouse.io",
        "greenhouse-mail.io",
        "lever.co",
        "myworkday.com",
        "ashbyhq.com",
        "smartrecruiters.com",
        "icims.com",
        "workable.com",
        "workablemail.com",
        "jobvite.com",
        "bamboohr.com",
        "teamtailor.com",
        "recruitee.com",
        "personio.de",
        "personio.com",
        "successfactors.com",
        "successfactors.eu",
        "taleo.net",
        "hackerrank.com",
        "codesignal.com",
    }
)


# Domains that many unrelated senders share.
_SHARED_DOMAINS = FREE_MAIL_DOMAINS | ATS_DOMAINS


def find_match(headers: Headers, interviews: Sequence[InterviewFacts], user_email: str) -> Match | None:
    """The interview ``headers`` belong to, or None when nothing points to one."""
    sender = headers.sender
    # Without a sender the message could be the user's own (a Sent copy answers
    # the employer's thread too), so it never matches.
    if sender is None or sender.email == user_email.strip().lower():
        return None
    scored = [(interview, _evidence(headers.thread_ids, sender, interview)) for interview in interviews]
    scored = [(interview, evidence) for interview, evidence in scored if evidence]
    if not scored:
        return None
    best = max(evidence[0][0] for _, evidence in scored)
    tied = [(interview, evidence) for interview, evidence in scored if evidence[0][0] == best]
    first, evidence = tied[0]
    reasons = tuple(reason for _, reason in evidence)
    if len(tied) == 1:
        return Match(first.id, best, reasons)
    others = ", ".join(str(interview.id) for interview, _ in tied[1:])
    plural = "s" if len(tied) > 2 else ""
    return Match(first.id, min(best, AMBIGUOUS), (*reasons, f"also fits interview{plural} {others}"))


def _evidence(
    thread_ids: frozenset[str], sender: Address, interview: InterviewFacts
) -> list[tuple[float, str]]:
    """(score, reason) for each piece of evidence, strongest first."""
    evidence: list[tuple[float, str]] = []
    answered = sorted(thread_ids & interview.thread_ids)
    if answered:
        evidence.append((THREAD, f"answers {answered[0]} in the interview's thread"))
    if sender.email in interview.contacts:
        evidence.append((CONTACT, f"sender {sender.email} is a logged contact"))
    company = next(
        (
            domain
            for domain in sorted(interview.domains)
            if _within(sender.domain, domain) and not _shared(domain)
        ),
        None,
    )
    if company is not None:
        evidence.append((DOMAIN, f"sender domain {sender.domain} belongs to {company}"))
    return evidence


def _within(domain: str, parent: str) -> bool:
    return domain == parent or domain.endswith("." + parent)


def _shared(domain: str) -> bool:
    return any(_within(domain, shared) for shared in _SHARED_DOMAINS)
