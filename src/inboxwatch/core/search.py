"""The terms of a server-side search for the mail one interview could concern.

A backfill asks the server for mail that arrived before the interview was
logged. It asks for what the gate looks for in From and Subject: the
contacts, the company's own domains (a domain stands in any address at it or
its subdomains), the company's names and job ids. Mail relayed by an
applicant-tracking system is found by the company's name in its subject or
sender name: searching every ATS message's text would cost more than a scan.
Threads are left out: a reply in a thread of the user's own mail to a contact
comes from that contact or the company's domain in all but rare cases.
"""

from __future__ import annotations

import re
from dataclasses import replace

from inboxwatch.core.match import company_names, id_variants, own_domains
from inboxwatch.core.model import InterviewFacts, SearchTerms

_WORD = re.compile(r"[^\W_]+")  # a word, as matching splits a name


def search_terms(interview: InterviewFacts) -> SearchTerms:
    """Senders and subject words to OR together; each term as a server's substring search takes it."""
    senders = sorted(interview.contacts | own_domains(interview))
    names: dict[str, None] = {}
    for words in company_names(interview):
        names[" ".join(words)] = None
        names["".join(words)] = None  # "NorthwindAnalytics", as a domain or a tag spells it
    # Folding spells "Müller" as "mueller": a server compares the name as written.
    for written in (interview.company, *sorted(interview.aliases)):
        if not written.isascii():
            tokens = _WORD.findall(written.replace("&", " and "))
            for name in company_names(replace(interview, company=written, aliases=frozenset())):
                names[" ".join(tokens[: len(name)])] = None  # without the legal form, as matching reads it
    job_ids = {variant for job_id in interview.job_ids for variant in id_variants(job_id)}
    return SearchTerms(tuple(_shortest(senders)), tuple(_shortest([*names, *sorted(job_ids)])))


def _shortest(terms: list[str]) -> list[str]:
    """The terms without those that contain another: a substring search for the shorter finds them."""
    lowered = [term.lower() for term in terms]
    return [
        term
        for term, low in zip(terms, lowered, strict=True)
        if not any(other != low and other in low for other in lowered)
    ]
