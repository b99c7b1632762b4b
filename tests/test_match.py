"""Match v1: thread, logged contact and company domain, and the cases that must not match."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from inboxwatch.core.match import CONFIDENT, FREE_MAIL_DOMAINS, find_match
from inboxwatch.core.model import Address, Headers, InterviewFacts, Match

USER = "sam@example.org"


def interview(
    ident: int,
    company: str,
    *,
    contacts: Sequence[str] = (),
    domains: Sequence[str] = (),
    threads: Sequence[str] = (),
) -> InterviewFacts:
    return InterviewFacts(
        id=ident,
        company=company,
        role="Data Analyst",
        contacts=frozenset(contacts),
        domains=frozenset(domains),
        thread_ids=frozenset(threads),
    )


def mail(sender: str | None, *, in_reply_to: Sequence[str] = (), references: Sequence[str] = ()) -> Headers:
    return Headers(
        message_id="<new@mail.example>",
        in_reply_to=tuple(in_reply_to),
        references=tuple(references),
        sender=Address("", sender) if sender else None,
        to=(Address("", USER),),
        cc=(),
        subject="Re: Your interview",
        date=None,
        auto_submitted=False,
    )


ACME = interview(1, "Acme", contacts=["jane@acme.com"], domains=["acme.com"], threads=["<inv-1@acme.com>"])
ACME_OTHER_ROLE = interview(
    2, "Acme", contacts=["jane@acme.com"], domains=["acme.com"], threads=["<inv-2@acme.com>"]
)
GLOBEX = interview(3, "Globex", contacts=["globex.recruiter@gmail.com"], domains=["globex.io", "gmail.com"])
INITECH = interview(4, "Initech", domains=["initech.com", "greenhouse.io", "hire.lever.co"])
ACME_THIRD_ROLE = interview(5, "Acme", domains=["acme.com"])

MATCHES = [
    pytest.param(
        mail("jane@acme.com", in_reply_to=["<inv-1@acme.com>"]),
        [ACME],
        Match(
            1,
            1.0,
            (
                "answers <inv-1@acme.com> in the interview's thread",
                "sender jane@acme.com is a logged contact",
                "sender domain acme.com belongs to acme.com",
            ),
        ),
        id="thread-contact-and-domain",
    ),
    pytest.param(
        mail("someone@elsewhere.example", references=["<x@y>", "<inv-1@acme.com>"]),
        [ACME],
        Match(1, 1.0, ("answers <inv-1@acme.com> in the interview's thread",)),
        id="thread-via-references",
    ),
    pytest.param(
        mail("globex.recruiter@gmail.com"),
        [ACME, GLOBEX],
        Match(3, 0.9, ("sender globex.recruiter@gmail.com is a logged contact",)),
        id="contact-on-free-mail",
    ),
    pytest.param(
        mail("bob@acme.com"),
        [GLOBEX, ACME],
        Match(1, 0.8, ("sender domain acme.com belongs to acme.com",)),
        id="company-domain",
    ),
    pytest.param(
        mail("talent@careers.acme.com"),
        [ACME],
        Match(1, 0.8, ("sender domain careers.acme.com belongs to acme.com",)),
        id="company-subdomain",
    ),
    pytest.param(
        mail("jane@acme.com", in_reply_to=["<inv-2@acme.com>"]),
        [ACME, ACME_OTHER_ROLE],
        Match(
            2,
            1.0,
            (
                "answers <inv-2@acme.com> in the interview's thread",
                "sender jane@acme.com is a logged contact",
                "sender domain acme.com belongs to acme.com",
            ),
        ),
        id="thread-tells-two-roles-apart",
    ),
    pytest.param(
        mail("jane@acme.com"),
        [ACME_THIRD_ROLE, ACME],
        Match(
            1, 0.9, ("sender jane@acme.com is a logged contact", "sender domain acme.com belongs to acme.com")
        ),
        id="contact-beats-domain",
    ),
    pytest.param(
        mail("jane@acme.com"),
        [ACME, ACME_OTHER_ROLE],
        Match(
            1,
            0.5,
            (
                "sender jane@acme.com is a logged contact",
                "sender domain acme.com belongs to acme.com",
                "also fits interview 2",
            ),
        ),
        id="tie-goes-to-review",
    ),
    pytest.param(
        mail("bob@acme.com"),
        [ACME, ACME_OTHER_ROLE, ACME_THIRD_ROLE],
        Match(1, 0.5, ("sender domain acme.com belongs to acme.com", "also fits interviews 2, 5")),
        id="three-way-tie",
    ),
]


@pytest.mark.parametrize(("headers", "interviews", "expected"), MATCHES)
def test_match(headers: Headers, interviews: list[InterviewFacts], expected: Match) -> None:
    assert find_match(headers, interviews, USER) == expected


NO_MATCHES = [
    pytest.param(mail(USER, in_reply_to=["<inv-1@acme.com>"]), USER, id="own-sent-copy-in-thread"),
    pytest.param(
        mail(USER, in_reply_to=["<inv-1@acme.com>"]), " Sam@Example.ORG ", id="own-address-any-case"
    ),
    pytest.param(mail(None, in_reply_to=["<inv-1@acme.com>"]), USER, id="no-sender"),
    pytest.param(mail("jane@notacme.com"), USER, id="lookalike-domain"),
    pytest.param(mail("someone@gmail.com"), USER, id="free-mail-domain-logged-by-mistake"),
    pytest.param(mail("no-reply@greenhouse.io"), USER, id="ats-domain-logged-by-mistake"),
    pytest.param(mail("no-reply@hire.lever.co"), USER, id="ats-subdomain-logged-by-mistake"),
    pytest.param(mail("stranger@unknown.example", references=["<other@x>"]), USER, id="no-evidence"),
]


@pytest.mark.parametrize(("headers", "user_email"), NO_MATCHES)
def test_no_match(headers: Headers, user_email: str) -> None:
    assert find_match(headers, [ACME, GLOBEX, INITECH], user_email) is None


def test_no_interviews() -> None:
    assert find_match(mail("jane@acme.com"), [], USER) is None


def test_a_thread_two_interviews_claim_is_not_confident() -> None:
    shared = [interview(ident, "Acme", threads=["<shared@acme.com>"]) for ident in (7, 8)]
    match = find_match(mail("jane@acme.com", in_reply_to=["<shared@acme.com>"]), shared, USER)
    assert match is not None
    assert match.interview_id == 7
    assert match.score < CONFIDENT
    assert match.reasons[-1] == "also fits interview 8"


@pytest.mark.parametrize(
    "domain",
    [
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "yahoo.com",
        "icloud.com",
        "proton.me",
        "gmx.de",
        "gmx.net",
        "web.de",
    ],
)
def test_free_mail_list(domain: str) -> None:
    assert domain in FREE_MAIL_DOMAINS
