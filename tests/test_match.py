"""Matching: thread, contacts, domains, names, roles and job ids; ATS relays, ambiguity and spoofing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from inboxwatch.core.match import AMBIGUOUS, CONFIDENT, PLAUSIBLE, ats_brand, find_match, sent_about
from inboxwatch.core.model import Address, Headers, InterviewFacts, Match, ParsedMessage
from inboxwatch.core.parse import parse_message
from inboxwatch.core.senders import ATS_DOMAINS, FREE_MAIL_DOMAINS

USER = "sam@example.org"
DATA = Path(__file__).parent / "data"


def interview(
    ident: int,
    company: str,
    *,
    role: str = "Data Analyst",
    contacts: Sequence[str] = (),
    domains: Sequence[str] = (),
    threads: Sequence[str] = (),
    aliases: Sequence[str] = (),
    job_ids: Sequence[str] = (),
) -> InterviewFacts:
    return InterviewFacts(
        id=ident,
        company=company,
        role=role,
        contacts=frozenset(contacts),
        domains=frozenset(domains),
        thread_ids=frozenset(threads),
        aliases=frozenset(aliases),
        job_ids=frozenset(job_ids),
    )


def mail(
    sender: str | None,
    *,
    name: str = "",
    subject: str = "Re: Your interview",
    text: str = "",
    signature: str = "",
    in_reply_to: Sequence[str] = (),
    references: Sequence[str] = (),
    reply_to: Sequence[Address] = (),
    cc: Sequence[str] = (),
    dmarc_failed: bool = False,
    bulk: bool = False,
) -> ParsedMessage:
    headers = Headers(
        message_id="<new@mail.example>",
        in_reply_to=tuple(in_reply_to),
        references=tuple(references),
        sender=Address(name, sender) if sender else None,
        to=(Address("", USER),),
        cc=tuple(Address("", each) for each in cc),
        subject=subject,
        date=None,
        auto_submitted=False,
        reply_to=tuple(reply_to),
        dmarc_failed=dmarc_failed,
        bulk=bulk,
    )
    return ParsedMessage(headers, text, signature)


ACME = interview(1, "Acme", contacts=["jane@acme.com"], domains=["acme.com"], threads=["<inv-1@acme.com>"])
ACME_OTHER_ROLE = interview(
    2,
    "Acme",
    role="Data Engineer",
    contacts=["jane@acme.com"],
    domains=["acme.com"],
    threads=["<inv-2@acme.com>"],
)
GLOBEX = interview(3, "Globex", contacts=["globex.recruiter@gmail.com"], domains=["globex.io", "gmail.com"])
INITECH = interview(4, "Initech", domains=["initech.com", "greenhouse.io", "hire.lever.co"])
ACME_THIRD_ROLE = interview(5, "Acme", role="Senior Data Analyst", domains=["acme.com"])
NORTHWIND = interview(6, "Northwind Analytics Ltd", role="Senior Data Analyst", job_ids=["REQ-4471"])
CONTOSO = interview(7, "Contoso", role="Product Designer", aliases=["Contoso Group", "Fabrikam"])

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
        mail("no-reply@hire.lever.co", reply_to=[Address("Jane", "jane@acme.com")]),
        [ACME],
        Match(
            1,
            0.98,
            ("reply-to jane@acme.com is a logged contact", "reply-to domain acme.com belongs to acme.com"),
        ),
        id="ats-relay-with-reply-to-contact",
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
]


@pytest.mark.parametrize(("message", "interviews", "expected"), MATCHES)
def test_match(message: ParsedMessage, interviews: list[InterviewFacts], expected: Match) -> None:
    found = find_match(message, interviews, USER)
    assert found is not None
    assert (found.interview_id, found.score, found.reasons) == (
        expected.interview_id,
        expected.score,
        expected.reasons,
    )


def test_runners_up_travel_with_the_match() -> None:
    found = find_match(mail("jane@acme.com", in_reply_to=["<inv-2@acme.com>"]), [ACME, ACME_OTHER_ROLE], USER)
    assert found is not None
    assert [(other.interview_id, other.score) for other in found.others] == [(1, 0.98)]
    assert found.others[0].reasons == (
        "sender jane@acme.com is a logged contact",
        "sender domain acme.com belongs to acme.com",
    )


AMBIGUOUS_CASES = [
    pytest.param(mail("jane@acme.com"), [ACME, ACME_OTHER_ROLE], [2], id="one-contact-two-roles"),
    pytest.param(mail("bob@acme.com"), [ACME, ACME_OTHER_ROLE, ACME_THIRD_ROLE], [2, 5], id="three-way"),
    pytest.param(
        mail("jane@acme.com", in_reply_to=["<shared@acme.com>"]),
        [interview(ident, "Acme", threads=["<shared@acme.com>"]) for ident in (7, 8)],
        [8],
        id="a-thread-two-interviews-claim",
    ),
]


@pytest.mark.parametrize(("message", "interviews", "also"), AMBIGUOUS_CASES)
def test_ambiguous_matches_go_to_review_with_their_candidates(
    message: ParsedMessage, interviews: list[InterviewFacts], also: list[int]
) -> None:
    found = find_match(message, interviews, USER)
    assert found is not None
    assert found.score == AMBIGUOUS < CONFIDENT
    assert found.interview_id == interviews[0].id
    assert [other.interview_id for other in found.others] == also
    plural = "s" if len(also) > 1 else ""
    assert found.reasons[-1] == f"also fits interview{plural} {', '.join(map(str, also))}"


TOLD_APART = [
    pytest.param(
        mail("bob@acme.com", subject="Next steps: Data Engineer"),
        [ACME, ACME_OTHER_ROLE],
        2,
        'role "Data Engineer" in the message',
        id="role-in-subject",
    ),
    pytest.param(
        mail("bob@acme.com", text="Thanks for your interest in the Senior Data Analyst role."),
        [ACME, ACME_THIRD_ROLE],
        5,
        'role "Senior Data Analyst" in the message',
        id="the-longer-role-wins",
    ),
    pytest.param(
        mail("bob@acme.com", text="Regarding requisition JR0012345:"),
        [ACME, replace(ACME_OTHER_ROLE, job_ids=frozenset({"JR-0012345"}))],
        2,
        'job id "JR-0012345" in the message',
        id="job-id-without-separator",
    ),
    pytest.param(
        mail("bob@acme.com", subject="Your application (Job ID 0012345)"),
        [replace(ACME, job_ids=frozenset({"JR-0012345"})), ACME_OTHER_ROLE],
        1,
        'job id "JR-0012345" in the message',
        id="job-id-digits",
    ),
    pytest.param(
        mail("jane@acme.com", text="I'm glad to say the Sr. Data Engineer (m/w/d) team loved you."),
        [ACME, ACME_OTHER_ROLE],
        2,
        'role "Data Engineer" in the message',
        id="role-with-abbreviation-and-gender-marker",
    ),
]


@pytest.mark.parametrize(("message", "interviews", "expected", "reason"), TOLD_APART)
def test_two_interviews_at_one_company_are_told_apart(
    message: ParsedMessage, interviews: list[InterviewFacts], expected: int, reason: str
) -> None:
    found = find_match(message, interviews, USER)
    assert found is not None
    assert found.interview_id == expected
    assert found.score >= CONFIDENT
    assert reason in found.reasons


def test_a_contact_logged_on_one_of_two_roles_does_not_tell_them_apart() -> None:
    with_contact = interview(1, "Acme", contacts=["jane@acme.com"], domains=["acme.com"])
    without = interview(2, "Acme", role="Data Engineer", domains=["acme.com"])
    found = find_match(mail("jane@acme.com", subject="Update"), [with_contact, without], USER)
    assert found is not None
    assert found.score == AMBIGUOUS
    assert [other.interview_id for other in found.others] == [2]


def test_a_contact_logged_on_one_role_speaks_for_the_company_when_the_role_names_the_other() -> None:
    with_contact = interview(1, "Acme", contacts=["jane@acme.com"])
    named = interview(2, "Acme", role="Data Engineer")
    found = find_match(
        mail("jane@acme.com", subject="Your Data Engineer interview"), [with_contact, named], USER
    )
    assert found is not None
    assert (found.interview_id, found.score >= CONFIDENT) == (2, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("your Product Manager application", 20), ("your Senior Product Manager application", 21)],
    ids=["shorter-title", "longer-title"],
)
def test_a_title_inside_another_names_only_itself(text: str, expected: int) -> None:
    short = interview(20, "Globex", role="Product Manager", domains=["globex.com"])
    long = interview(21, "Globex", role="Senior Product Manager", domains=["globex.com"])
    found = find_match(mail("dana@globex.com", text=f"About {text}."), [short, long], USER)
    assert found is not None
    assert (found.interview_id, found.score >= CONFIDENT) == (expected, True)


@pytest.mark.parametrize(
    ("text", "job_ids"),
    [
        (
            "Senior Product Manager: we will not move forward. Product Manager: we would like to "
            "invite you to a first interview.",
            {},
        ),
        (
            "For the Senior Product Manager role (JR-10) we chose someone else, but the team behind "
            "JR-20 would like to meet you.",
            {21: ["JR-10"], 20: ["JR-20"]},
        ),
        (
            "The Senior Product Manager role (JR-10) is closed; Product Manager is still open.",
            {21: ["JR-10"]},
        ),
    ],
    ids=["both-titles", "both-job-ids", "a-job-id-and-the-other-title"],
)
def test_a_message_naming_two_logged_roles_at_one_company_goes_to_review(
    text: str, job_ids: dict[int, list[str]]
) -> None:
    """One status cannot be right for both: a decision on one role and an invitation to the other."""
    short = interview(
        20, "Globex", role="Product Manager", domains=["globex.com"], job_ids=job_ids.get(20, [])
    )
    long = interview(
        21, "Globex", role="Senior Product Manager", domains=["globex.com"], job_ids=job_ids.get(21, [])
    )
    found = find_match(mail("dana@globex.com", subject="Your applications", text=text), [short, long], USER)
    assert found is not None
    assert found.score < PLAUSIBLE
    assert {found.interview_id, *(other.interview_id for other in found.others)} == {20, 21}


NAMED_DOMAINS = [
    pytest.param("tom@contoso.co.uk", "Contoso Ltd", "is named after", id="country-second-level"),
    pytest.param("anna@kessler-logistik.de", "Kessler Logistik GmbH", "spells", id="hyphenated-words"),
    pytest.param("fiona@lumenbank.co.uk", "Lumen Bank", "spells", id="whole-name"),
    pytest.param("p@northwind.example", "Northwind Analytics", "is named after", id="first-word"),
    pytest.param("ethan@meridiancap.com", "Meridian Capital", "is named after", id="abbreviated-last-word"),
    pytest.param("x@meridianca.com", "Meridian Capital", None, id="abbreviation-too-short"),
    pytest.param("x@capital.com", "Meridian Capital", None, id="last-word-alone"),
    pytest.param("x@hq.com", "Compass", None, id="ending-alone"),
    pytest.param("x@acmecareers.com", "Acme Robotics", None, id="another-word-after-the-name"),
    pytest.param("nora@compasshq.com", "Compass", "is named after", id="hq"),
    pytest.param("hi@hooli.xyz", "Hooli", "is named after", id="one-word-name"),
    pytest.param(
        "j@brandt-partner.de", "Brandt & Partner Steuerberatung GmbH", "is named after", id="ampersand"
    ),
    pytest.param("talent@acme-careers.example", "Acme", None, id="careers-lookalike"),
    pytest.param("x@compassgroup.com", "Compass", None, id="another-company"),
    pytest.param("x@gmail.com", "Gmail", None, id="free-mail"),
]


@pytest.mark.parametrize(("sender", "company", "how"), NAMED_DOMAINS)
def test_a_domain_named_after_the_company(sender: str, company: str, how: str | None) -> None:
    """A domain spelling a whole name of several words is enough; one word or part of a name is not."""
    found = find_match(mail(sender, subject="Your application"), [interview(30, company)], USER)
    assert (None if found is None else found.reasons[0]) == (
        None if how is None else f"sender domain {sender.partition('@')[2]} {how} {company}"
    )
    if how is not None:
        assert found is not None
        assert (found.score >= CONFIDENT) is (how == "spells")
        message = mail(sender, subject="Your application", text=f"Thank you for interviewing with {company}.")
        confident = find_match(message, [interview(30, company)], USER)
        assert confident is not None
        assert confident.score >= CONFIDENT


ATS_CASES = [
    pytest.param(
        mail(
            "no-reply@us.greenhouse-mail.io",
            name="Northwind Analytics Recruiting",
            subject="Your application to Northwind Analytics",
        ),
        6,
        True,
        id="greenhouse-display-name-and-subject",
    ),
    pytest.param(
        mail(
            "northwindanalytics@myworkday.com",
            name="Workday",
            subject="Update on your application",
            text="Thank you for your interest in Northwind Analytics.",
        ),
        6,
        True,
        id="workday-tenant-address-and-text",
    ),
    pytest.param(
        mail(
            "no-reply@ashbyhq.com",
            subject="Update on your application",
            text="Thank you for applying for the Senior Data Analyst position.",
            signature="The Northwind Analytics Talent Team",
        ),
        6,
        True,
        id="ashby-signature-and-role",
    ),
    pytest.param(
        mail("no-reply@ashbyhq.com", subject="Regarding REQ-4471", text="Hello Sam"),
        6,
        False,
        id="job-id-alone-is-a-suggestion",
    ),
    pytest.param(
        mail("careers@contoso.teamtailor-mail.com", subject="Your interview with Fabrikam"),
        7,
        True,
        id="alias-and-tenant-subdomain",
    ),
    pytest.param(
        mail("no-reply@greenhouse.io", text="Thank you for your interest in Northwind Analytics."),
        6,
        False,
        id="name-in-text-alone-is-a-suggestion",
    ),
    pytest.param(
        mail("no-reply@teamtailor-mail.com", name="Hiring Team", subject="Update from Northwind Analytics"),
        6,
        True,
        id="name-in-the-subject-of-relayed-mail",
    ),
    pytest.param(
        mail(
            "noreply@smartrecruiters.com",
            subject="Second interview",
            text="We'd be delighted to invite you to a second interview.",
            signature="The Northwind Analytics Talent Team\nPowered by SmartRecruiters",
        ),
        6,
        True,
        id="name-in-the-signature-of-relayed-mail",
    ),
]


@pytest.mark.parametrize(("message", "expected", "confident"), ATS_CASES)
def test_ats_mail_is_matched_by_its_text(message: ParsedMessage, expected: int, confident: bool) -> None:
    found = find_match(message, [ACME, GLOBEX, INITECH, NORTHWIND, CONTOSO], USER)
    assert found is not None
    assert found.interview_id == expected
    assert (found.score >= CONFIDENT) is confident


def test_the_ats_brand_never_names_the_company() -> None:
    lever = interview(9, "Lever", domains=["lever.co"])
    workable = interview(10, "Workable")
    message = mail(
        "no-reply@hire.lever.co", name="Lever", subject="Your application", signature="Sent via Lever"
    )
    assert find_match(message, [lever, workable], USER) is None
    assert ats_brand("us.greenhouse-mail.io") == "Greenhouse"
    assert ats_brand("acme.com") is None


SUGGESTIONS = [
    pytest.param(
        mail("talent@acme-careers.example", name="Acme Careers", subject="Interview"),
        id="unknown-domain-with-name",
    ),
    pytest.param(
        mail(
            "jane.recruiter@gmail.com", text="Following your Data Analyst interview", signature="Jane, Acme"
        ),
        id="free-mail-with-name-and-role",
    ),
    pytest.param(
        mail("jo@staffing.example", subject="Your Acme application", signature="Jo, placing talent at Acme"),
        id="name-in-subject-and-signature-of-mail-no-ats-relayed",
    ),
]


@pytest.mark.parametrize("message", SUGGESTIONS)
def test_names_from_unknown_senders_are_only_suggestions(message: ParsedMessage) -> None:
    found = find_match(message, [ACME, GLOBEX], USER)
    assert found is not None
    assert found.interview_id == 1
    assert found.score == PLAUSIBLE
    assert found.reasons[-1].endswith("is not known to the interview: at most a suggestion")


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
    pytest.param(
        mail(
            "jobalerts-noreply@linkedin.com",
            name="LinkedIn Job Alerts",
            subject="Acme is hiring a Data Analyst",
            text="Acme - Data Analyst - Apply now",
        ),
        USER,
        id="job-board-alert-names-the-company",
    ),
    pytest.param(
        mail("news@techdigest.example", text="Acme raised a new round this week."),
        USER,
        id="name-in-passing-from-an-unknown-sender",
    ),
    pytest.param(
        mail("recruiter@agency.example", text="An exciting Data Analyst role in Berlin."),
        USER,
        id="a-role-title-alone",
    ),
    pytest.param(
        mail("no-reply@greenhouse.io", text="We have a notion that you might like the square office."),
        USER,
        id="one-word-names-in-lower-case-are-words",
    ),
]


@pytest.mark.parametrize(("message", "user_email"), NO_MATCHES)
def test_no_match(message: ParsedMessage, user_email: str) -> None:
    square = interview(11, "Square")
    notion = interview(12, "Notion")
    assert find_match(message, [ACME, GLOBEX, INITECH, square, notion], user_email) is None


def test_no_interviews() -> None:
    assert find_match(mail("jane@acme.com"), [], USER) is None


def test_dmarc_failure_never_changes_a_status_alone() -> None:
    found = find_match(
        mail("jane@acme.com", in_reply_to=["<inv-1@acme.com>"], dmarc_failed=True), [ACME], USER
    )
    assert found is not None
    assert found.interview_id == 1
    assert found.dmarc_failed
    assert found.score == PLAUSIBLE < CONFIDENT
    assert found.reasons[-1] == "DMARC failed for the sender's domain: never changes a status on its own"


def test_mail_to_a_list_is_at_most_a_suggestion_unless_a_contact_or_the_thread_sends_it() -> None:
    alert = mail(
        "alerts@join.com",
        subject="Neue Jobs für dich: Data Analyst",
        text="Data Analyst (m/w/d) at Acme. Jetzt bewerben.",
        bulk=True,
    )
    assert (
        find_match(replace(alert, headers=replace(alert.headers, bulk=False)), [ACME], USER).score
        >= CONFIDENT
    )
    found = find_match(alert, [ACME], USER)
    assert found is not None
    assert found.score == PLAUSIBLE
    assert found.reasons[-1].startswith("sent to a list")
    from_contact = find_match(mail("jane@acme.com", subject="Team update", bulk=True), [ACME], USER)
    assert from_contact is not None
    assert from_contact.score >= CONFIDENT


@pytest.mark.parametrize(
    ("message", "personal"),
    [
        pytest.param(mail("jane@acme.com"), True, id="a logged contact"),
        pytest.param(mail("bot@mailer.example", in_reply_to=["<inv-1@acme.com>"]), True, id="in the thread"),
        pytest.param(
            mail("news@acme.com", subject="Acme Backend Engineer"), False, id="the company's domain"
        ),
    ],
)
def test_a_match_says_whether_someone_the_user_deals_with_wrote(
    message: ParsedMessage, personal: bool
) -> None:
    found = find_match(message, [ACME], USER)
    assert found is not None
    assert found.interview_id == 1
    assert found.personal is personal


def test_legal_forms_and_umlauts_do_not_hide_a_name() -> None:
    brandt = interview(13, "Brandt & Partner Steuerberatung GmbH", role="Steuerfachangestellte (m/w/d)")
    mueller = interview(14, "Müller & Söhne GmbH")
    found = find_match(
        mail(
            "bewerbung@mail.example", name="Mueller und Soehne", subject="Ihre Bewerbung bei Müller & Söhne"
        ),
        [brandt, mueller],
        USER,
    )
    assert found is not None
    assert found.interview_id == 14
    assert 'company "mueller and soehne" in the subject' in found.reasons


def test_parsed_eml_relayed_by_greenhouse() -> None:
    parsed = parse_message((DATA / "rejection_plain.eml").read_bytes())
    found = find_match(parsed, [ACME, NORTHWIND], USER)
    assert found is not None
    assert found.interview_id == 6
    assert found.score >= CONFIDENT
    assert 'company "northwind analytics" in the text' in found.reasons


@pytest.mark.parametrize(
    "domain", ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "gmx.de"]
)
def test_free_mail_list(domain: str) -> None:
    assert domain in FREE_MAIL_DOMAINS


@pytest.mark.parametrize(
    "brand",
    [
        "Greenhouse",
        "Lever",
        "Workday",
        "Ashby",
        "SmartRecruiters",
        "iCIMS",
        "Workable",
        "Jobvite",
        "BambooHR",
        "Teamtailor",
        "Recruitee",
        "Personio",
        "SuccessFactors",
        "Taleo",
        "HackerRank",
        "CodeSignal",
    ],
)
def test_the_issue_names_every_ats(brand: str) -> None:
    assert brand in ATS_DOMAINS.values()


@pytest.mark.parametrize("domain", sorted(ATS_DOMAINS))
def test_every_ats_relays_its_customers_name_and_never_its_own(domain: str) -> None:
    """Whatever the ATS, its customer's name in the subject is enough, and its brand is nothing."""
    brand = ATS_DOMAINS[domain]
    relayed = mail(
        f"no-reply@mail.{domain}", name=f"{brand} Notifications", subject="Update from Northwind Analytics"
    )
    found = find_match(relayed, [NORTHWIND, interview(9, brand, domains=[domain])], USER)
    assert found is not None
    assert (found.interview_id, found.score >= CONFIDENT, found.others) == (6, True, ())


def sent(subject: str, to: str = "jane@acme.com", thread: Sequence[str] = ()) -> Headers:
    """The headers of the user's own message."""
    return replace(mail(USER, subject=subject, in_reply_to=thread).headers, to=(Address("", to),))


SENT = [
    pytest.param(sent("Thanks"), [ACME], 1, id="one-interview-reached"),
    pytest.param(sent("Thanks", to="bob@else.example"), [ACME], None, id="no-contact-reached"),
    pytest.param(sent("Thanks", to="x@y.example", thread=["<inv-1@acme.com>"]), [ACME], 1, id="thread-only"),
    pytest.param(sent("References for the Data Engineer role"), [ACME, ACME_OTHER_ROLE], 2, id="role"),
    pytest.param(
        sent("Re: A question", thread=["<inv-1@acme.com>"]), [ACME, ACME_OTHER_ROLE], 1, id="thread"
    ),
    pytest.param(sent("Re: A question"), [ACME, ACME_OTHER_ROLE], None, id="nothing-tells-them-apart"),
    pytest.param(
        sent("Data Analyst and Data Engineer"), [ACME, ACME_OTHER_ROLE], None, id="both-roles-named"
    ),
    pytest.param(
        sent("Re: A question", thread=["<inv-1@acme.com>", "<inv-2@acme.com>"]),
        [ACME, ACME_OTHER_ROLE],
        None,
        id="both-threads",
    ),
]


@pytest.mark.parametrize(("headers", "interviews", "expected"), SENT)
def test_the_users_own_mail_joins_one_interview_or_none(
    headers: Headers, interviews: list[InterviewFacts], expected: int | None
) -> None:
    assert sent_about(headers, interviews) == expected
