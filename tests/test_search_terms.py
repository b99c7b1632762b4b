"""The terms a backfill asks the server for, built from what matching knows of an interview."""

from __future__ import annotations

import pytest

from inboxwatch.core.model import InterviewFacts, SearchTerms
from inboxwatch.core.search import search_terms


def facts(company: str = "Acme", **fields: frozenset[str]) -> InterviewFacts:
    known: dict[str, frozenset[str]] = {"contacts": frozenset(), "domains": frozenset(), **fields}
    return InterviewFacts(id=1, company=company, role="Engineer", thread_ids=frozenset(), **known)


@pytest.mark.parametrize(
    ("interview", "expected"),
    [
        pytest.param(facts(), SearchTerms((), ("acme",)), id="a name alone"),
        pytest.param(
            facts(contacts=frozenset({"jane@acme.com", "kim@hr.acme.com"}), domains=frozenset({"acme.com"})),
            SearchTerms(("acme.com",), ("acme",)),
            id="a domain stands for its addresses and subdomains",
        ),
        pytest.param(
            facts(contacts=frozenset({"jane.roe@gmail.com"})),
            SearchTerms(("jane.roe@gmail.com",), ("acme",)),
            id="a free-mail contact is searched by address, never by domain",
        ),
        pytest.param(
            facts("Northwind Analytics GmbH", aliases=frozenset({"Contoso"})),
            SearchTerms((), ("northwind analytics", "northwindanalytics", "contoso")),
            id="names without legal forms, spaced and joined",
        ),
        pytest.param(facts("Müller AG"), SearchTerms((), ("mueller", "Müller")), id="a name as written too"),
        pytest.param(
            facts(job_ids=frozenset({"R-20417"})),
            SearchTerms((), ("acme", "20417")),
            id="a job id by its number, which its other spellings contain",
        ),
        pytest.param(facts("Greenhouse"), SearchTerms((), ()), id="an ATS brand is no company name"),
    ],
)
def test_search_terms(interview: InterviewFacts, expected: SearchTerms) -> None:
    assert search_terms(interview) == expected
