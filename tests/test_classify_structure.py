"""Classification of mail in shapes no phrase was written for: the structure decides, or a person does.

Each case is a fresh wording of a shape that misled the classifier on mail
written blind (held-out batches 7, 9 and 10), never that mail's sentences.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from inboxwatch.core.classify import CONFIDENT, classify
from inboxwatch.core.model import ParsedMessage
from inboxwatch.core.model import ReplyKind as K
from mails import jane_says

# A hiring step named but not scheduled, a call offered before signing, a
# headline that asks: none is an invitation, so the message's real point decides.
NOT_AN_INVITATION = [
    pytest.param(
        "Before I put your name in front of the hiring committee next week, what salary range are you "
        "looking for?",
        K.INFO_REQUEST,
        id="step-named-then-pay-asked",
    ),
    pytest.param(
        "One thing ahead of presenting you to our CTO: how much notice do you need to give?",
        K.INFO_REQUEST,
        id="presenting-you-then-notice-asked",
    ),
    pytest.param(
        "Great news - legal is drawing up the contract now and it'll come through DocuSign on Monday, with "
        "the base we agreed. Happy to jump on a call before you sign.",
        K.OFFER,
        id="call-before-signing-an-offer",
    ),
    pytest.param(
        "Everyone agreed, so HR will send you the formal letter this week; it sets out the salary and a "
        "start date in March.",
        K.OFFER,
        id="formal-letter-from-hr",
    ),
]


@pytest.mark.parametrize(("text", "kind"), NOT_AN_INVITATION)
def test_a_hiring_step_or_a_call_about_details_is_no_invitation(text: str, kind: K) -> None:
    result = classify(jane_says("", text))
    assert result.kind is kind, result.reasons
    assert result.confidence >= CONFIDENT, result


# Mail to a list answers nobody's application, whatever its copy says to "you".
@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Interview week is here",
            "You've been invited to the final round? Our coaches will help you get ready. "
            "Book a slot with us.",
        ),
        (
            "Your profile this month",
            "Recruiters are asking: please send your salary expectations so employers can find you faster.",
        ),
    ],
    ids=["coaching-newsletter", "job-board-digest"],
)
def test_mail_to_a_list_is_never_a_confident_answer(subject: str, text: str) -> None:
    message = jane_says(subject, text)
    result = classify(ParsedMessage(replace(message.headers, bulk=True), message.text))
    assert result.confidence < CONFIDENT, result


@pytest.mark.parametrize(
    "text",
    [
        "Landed an offer? Here's how to negotiate it, in 5 tips from our career coaches.",
        "Nervous about interviews? This week on the blog: how to answer the salary question.",
        "Kindly share your updated CV and notice period if interested - urgent requirement with our esteemed "
        "client.",
    ],
    ids=["offer-headline", "interview-headline", "staffing-outreach"],
)
def test_headlines_and_outreach_are_no_answer(text: str) -> None:
    result = classify(jane_says("", text))
    assert result.kind is K.OTHER or result.confidence < CONFIDENT, result


def test_a_receipt_that_also_sounds_like_a_hold_goes_to_review() -> None:
    result = classify(
        jane_says("", "Thanks for checking in! Still gathering the panel's notes, I'll circle back.")
    )
    assert result.confidence < CONFIDENT, result


def test_an_away_note_that_asks_something_is_a_person_not_a_responder() -> None:
    result = classify(
        jane_says("", "I'm on holiday until Tuesday - shall we grab lunch on Thursday instead?")
    )
    assert result.confidence < CONFIDENT, result


def test_footer_alert_settings_do_not_hide_a_closed_role() -> None:
    text = (
        "The Platform Engineer requisition has now been closed, and applicants will no longer be progressed. "
        "You can manage your job alerts from your candidate account."
    )
    result = classify(jane_says("Your application", text))
    assert result.kind is K.REJECTION, result.reasons
    assert result.confidence >= CONFIDENT, result


# Unseen phrasings, read by word families rather than sentences.
FAMILIES = [
    # Closed, filled or cancelled roles and internal hires.
    pytest.param(
        "Sorry Sam - they've decided to fill the team lead seat internally.", K.REJECTION, id="internal"
    ),
    pytest.param(
        "Finance pulled the headcount for this req and we are not backfilling, so the search is over.",
        K.REJECTION,
        id="headcount-pulled",
    ),
    pytest.param(
        "Die Stelle konnte inzwischen intern besetzt werden; wir bitten um Ihr Verständnis.",
        K.REJECTION,
        id="de-intern-besetzt",
    ),
    pytest.param("Bad luck: the manager wanted someone more senior.", K.REJECTION, id="someone-more-senior"),
    pytest.param(
        "We've decided to fill the position with an existing employee from the data team.",
        K.REJECTION,
        id="existing-employee",
    ),
    pytest.param(
        "Your application for the Staff Engineer post has been archived.", K.REJECTION, id="archived"
    ),
    pytest.param(
        "In the end we offered the job to someone whose background is closer to payments.",
        K.REJECTION,
        id="offered-to-someone",
    ),
    pytest.param("I'm afraid it's a pass from the committee this time.", K.REJECTION, id="a-pass-from"),
    # Offers by paperwork, contract, package or pay and start date.
    pytest.param(
        "I've put together the package for you: salary of £61,000 and 30 days' leave.",
        K.OFFER,
        id="package",
    ),
    pytest.param(
        "We'd like to move ahead with you for the Analytics Lead role; the paperwork will follow from HR.",
        K.OFFER,
        id="move-ahead-with-you",
    ),
    pytest.param(
        "Melden Sie sich gern, dann besprechen wir das Gehalt und Ihren Starttermin.",
        K.OFFER,
        id="de-gehalt-und-start",
    ),
    pytest.param("Den Vertrag schicke ich dir morgen per Mail.", K.OFFER, id="de-vertrag"),
    pytest.param(
        "Leadership approved your hire - look out for the contract in your inbox tomorrow.",
        K.OFFER,
        id="hire-approved",
    ),
    pytest.param(
        "Good news from the team: your contract is attached for signature.", K.OFFER, id="contract-attached"
    ),
    # Holds by funding, freeze, leave or pauses.
    pytest.param(
        "We are waiting on our next funding round before we hire anyone; give us a month.",
        K.ON_HOLD,
        id="funding",
    ),
    pytest.param(
        "Our director has gone on sick leave, so we're holding off on final decisions for now.",
        K.ON_HOLD,
        id="leave",
    ),
    pytest.param(
        "We have had to pause all permanent hiring until the budget is approved.", K.ON_HOLD, id="pause"
    ),
    pytest.param(
        "Vor Ende des Quartals kann ich leider keine Entscheidung treffen.",
        K.ON_HOLD,
        id="de-keine-entscheidung",
    ),
    # Interviews: a moved date, a request to attend, a work trial, a slot to grab.
    pytest.param(
        "Apologies - the time of your onsite needs to shift by a day, to Wednesday at 10am.",
        K.INTERVIEW,
        id="onsite-needs-to-shift",
    ),
    pytest.param(
        "I am pleased to request your attendance at a panel interview on 12 June.",
        K.INTERVIEW,
        id="attendance",
    ),
    pytest.param(
        "Next up is a half-day pairing session with two of our engineers; grab any time that suits.",
        K.INTERVIEW,
        id="pairing-next",
    ),
    pytest.param(
        "Wir würden Sie gern in Köln begrüßen. Wann passt es Ihnen in der kommenden Woche?",
        K.INTERVIEW,
        id="de-wann-passt-es",
    ),
    # Requests: eligibility, something missing, names of referees.
    pytest.param(
        "Quick check: are you eligible to work in Canada without sponsorship?", K.INFO_REQUEST, id="eligible"
    ),
    pytest.param(
        "Your submission is incomplete: please log in and add your cover letter.",
        K.INFO_REQUEST,
        id="incomplete",
    ),
    pytest.param(
        "Could you drop me the names of two former managers we could talk to?", K.INFO_REQUEST, id="names"
    ),
    pytest.param(
        "There's a company-wide hiring pause until the third quarter; we'll pick things up then.",
        K.ON_HOLD,
        id="hiring-pause",
    ),
    pytest.param(
        "Can we book 45 minutes next week so you can chat with our head of product?",
        K.INTERVIEW,
        id="book-minutes",
    ),
    pytest.param(
        "Wir haben die Ausschreibung inzwischen gestrichen, die Position bleibt unbesetzt.",
        K.REJECTION,
        id="de-ausschreibung-gestrichen",
    ),
    pytest.param(
        "Das Team war begeistert, daher möchten wir Ihnen gern ein schriftliches Angebot unterbreiten.",
        K.OFFER,
        id="de-angebot-unterbreiten",
    ),
    pytest.param(
        "Über die Besetzung entscheiden wir erst nach den Sommerferien.", K.ON_HOLD, id="de-erst-nach"
    ),
    pytest.param("Ihre Unterlagen liegen uns vollständig vor.", K.ACKNOWLEDGEMENT, id="de-liegen-vor"),
    pytest.param(
        "Magst du nächste Woche mal bei uns vorbeikommen und das Team treffen?",
        K.INTERVIEW,
        id="de-vorbeikommen",
    ),
    # Receipts: on our records, arrived, passed on.
    pytest.param(
        "Thanks for your email. Your application is registered in our database.",
        K.ACKNOWLEDGEMENT,
        id="records",
    ),
    pytest.param(
        "Ihre Unterlagen sind bei uns angekommen und wurden an die Fachabteilung weitergeleitet.",
        K.ACKNOWLEDGEMENT,
        id="de-angekommen",
    ),
]


@pytest.mark.parametrize(("text", "kind"), FAMILIES)
def test_a_word_family_is_read(text: str, kind: K) -> None:
    result = classify(jane_says("", text))
    assert result.kind is kind, result.reasons
    assert result.confidence >= CONFIDENT, result


# The new families never take a rejection's wording for good news, nor good news for a rejection.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "We'd like to invite you to a final interview with the team before HR sends any paperwork.",
            K.INTERVIEW,
        ),
        ("Unfortunately we have closed the role and will not be sending a contract.", K.REJECTION),
    ],
    ids=["paperwork-after-an-invitation", "no-contract"],
)
def test_new_families_keep_good_and_bad_news_apart(text: str, kind: K) -> None:
    assert classify(jane_says("", text)).kind is kind


def test_an_answer_that_reads_like_a_newsletter_goes_to_review() -> None:
    text = (
        "You've been shortlisted for the final round! Read more in our monthly digest, and register now "
        "for the careers fair."
    )
    result = classify(jane_says("", text))
    assert result.confidence < CONFIDENT, result


def test_a_role_closed_to_new_applicants_is_no_rejection() -> None:
    text = (
        "The role has now been closed to new applications, and we'd like to invite you to a final interview."
    )
    result = classify(jane_says("", text))
    assert result.kind is K.INTERVIEW, result.reasons
    assert result.confidence >= CONFIDENT, result


# What an employer asks for is no offer, though it names pay, a start date or paperwork.
@pytest.mark.parametrize(
    "text",
    [
        "Please send your signed paperwork for the background check by Friday.",
        "Let me know your expected pay and when you can start.",
    ],
    ids=["paperwork-asked-for", "pay-and-start-asked-for"],
)
def test_a_request_naming_pay_or_paperwork_is_no_offer(text: str) -> None:
    result = classify(jane_says("", text))
    assert result.kind is not K.OFFER or result.confidence < CONFIDENT, result


def test_a_rejection_with_a_talent_community_footer_stays_confident() -> None:
    text = (
        "We have decided not to move forward with your application. Join our talent community to hear about "
        "future openings."
    )
    message = jane_says("", text)
    result = classify(ParsedMessage(replace(message.headers, bulk=True), message.text))
    assert result.kind is K.REJECTION, result.reasons
    assert result.confidence >= CONFIDENT, result


# A question whose object is a meeting with someone is scheduling, not a request for information.
@pytest.mark.parametrize(
    "text",
    [
        "Could you tell me whether Wednesday morning works for a call with our head of data?",
        "Can you confirm you're available on Friday for the panel?",
        "Could you send two or three slots that suit you for a video interview?",
        "Hättest du Zeit für ein kurzes Kennenlerngespräch mit unserer Teamleiterin nächste Woche?",
    ],
    ids=["works-for-a-call-with", "confirm-available", "slots-that-suit", "de-fuer-ein-gespraech"],
)
def test_a_question_about_a_meeting_is_an_invitation(text: str) -> None:
    result = classify(jane_says("", text))
    assert result.kind is K.INTERVIEW, result.reasons
    assert result.confidence >= CONFIDENT, result


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We won't be moving ahead. Please feel free to call me if you'd like feedback.", K.REJECTION),
        ("We're sending you an offer today - set up a call with me to talk about the package.", K.OFFER),
    ],
    ids=["feel-free-to-call", "call-about-the-package"],
)
def test_a_call_offered_about_a_decision_is_no_invitation(text: str, kind: K) -> None:
    result = classify(jane_says("", text))
    assert result.kind is kind, result.reasons
    assert result.confidence >= CONFIDENT, result


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A status line's former value is history; the current one decides.
        ("Previous status: Interview - onsite\nCurrent status: Position cancelled", K.REJECTION),
        ("Old stage: Phone screen. New stage: Requisition withdrawn.", K.REJECTION),
        # A refusal bound to a condition is no decision.
        (
            "Could you send us the signed reference form? We can't move your application to the next "
            "step until we have it.",
            K.INFO_REQUEST,
        ),
        # A refusal "for now" pauses.
        ("The budget is being reviewed, so for now we cannot proceed with further interviews.", K.ON_HOLD),
    ],
)
def test_history_conditions_and_pauses_are_no_rejection(text: str, kind: K) -> None:
    assert classify(jane_says("Update on your application", text)).kind is kind
