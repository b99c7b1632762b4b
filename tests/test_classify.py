"""Classify v1 over realistic employer phrasings, the keyword traps above all."""

from __future__ import annotations

from pathlib import Path

import pytest

from inboxwatch.core.classify import CONFIDENT, classify
from inboxwatch.core.model import Address, Headers
from inboxwatch.core.model import ReplyKind as K
from inboxwatch.core.parse import parse_message


def headers(subject: str = "", *, auto_submitted: bool = False) -> Headers:
    return Headers(
        message_id="<m1@acme.com>",
        in_reply_to=(),
        references=(),
        sender=Address("Jane Recruiter", "jane@acme.com"),
        to=(Address("", "sam@example.org"),),
        cc=(),
        subject=subject,
        date=None,
        auto_submitted=auto_submitted,
    )


# (subject, new text, expected kind); each must be read confidently.
CONFIDENT_CASES = [
    # Rejections.
    pytest.param(
        "Your application to Acme",
        "Thank you for taking the time to interview with us for the Data Analyst position. After careful "
        "consideration, we have decided to move forward with other candidates whose experience more closely "
        "matches our needs.",
        K.REJECTION,
        id="rejection-other-candidates",
    ),
    pytest.param(
        "",
        "Unfortunately, we are unable to offer you the position at this time.",
        K.REJECTION,
        id="trap-unable-to-offer",
    ),
    pytest.param(
        "",
        "We are not in a position to offer you a role on the team right now, but we will keep your CV "
        "on file.",
        K.REJECTION,
        id="trap-not-in-a-position-to-offer",
    ),
    pytest.param(
        "Backend Engineer application",
        "We regret to inform you that your application for the role of Backend Engineer has not been "
        "successful.",
        K.REJECTION,
        id="rejection-regret-to-inform",
    ),
    pytest.param(
        "",
        "After reviewing the panel's feedback, we will not be moving forward with your application.",
        K.REJECTION,
        id="rejection-not-moving-forward",
    ),
    pytest.param(
        "",
        "Thank you for completing the coding challenge. Unfortunately, we have decided not to proceed with "
        "your candidacy.",
        K.REJECTION,
        id="rejection-after-assessment",
    ),
    pytest.param(
        "",
        "I wanted to let you know that the role has now been filled. We wish you the best of luck in "
        "your search.",
        K.REJECTION,
        id="rejection-position-filled",
    ),
    pytest.param(
        "",
        "You have not been selected for the next round of interviews.",
        K.REJECTION,
        id="rejection-not-selected-for-next-round",
    ),
    pytest.param(
        "",
        "Hi Sam, thanks for your interest in Acme. We've decided to go with another candidate for this role. "
        "All the best in your future endeavours.",
        K.REJECTION,
        id="rejection-another-candidate",
    ),
    pytest.param(
        "",
        "We have received your application for the Product Designer role. After careful consideration, we "
        "regret to inform you that we will not be taking your application further.",
        K.REJECTION,
        id="rejection-with-acknowledgement",
    ),
    pytest.param(
        "",
        "We won\u2019t be progressing your application to the next stage.",
        K.REJECTION,
        id="rejection-curly-apostrophe",
    ),
    pytest.param(
        "",
        "Thanks for interviewing with us last week, we really enjoyed meeting you. Sadly, we've decided to "
        "offer the role to another candidate.",
        K.REJECTION,
        id="rejection-offered-to-another",
    ),
    pytest.param(
        "Re: Interview invitation",
        "Hi Sam, unfortunately we have decided to pursue other applicants for this position.",
        K.REJECTION,
        id="rejection-reply-subject-is-old-text",
    ),
    pytest.param(
        "", "We will not be inviting you to interview at this time.", K.REJECTION, id="rejection-not-inviting"
    ),
    pytest.param(
        "",
        "Unfortunately you haven't been shortlisted for this role.",
        K.REJECTION,
        id="rejection-not-shortlisted",
    ),
    # Interviews.
    pytest.param(
        "",
        "We'd like to offer you the chance to interview with our engineering team next week.",
        K.INTERVIEW,
        id="trap-offer-chance-to-interview",
    ),
    pytest.param(
        "",
        "Unfortunately we need to reschedule your interview on Thursday. Could you do Friday at 2pm instead?",
        K.INTERVIEW,
        id="trap-unfortunately-reschedule",
    ),
    pytest.param(
        "",
        "Congratulations, you've been shortlisted for the Senior Analyst role! Our recruiter will be "
        "in touch.",
        K.INTERVIEW,
        id="trap-congratulations-shortlisted",
    ),
    pytest.param(
        "",
        "Following our call, we'd like to invite you to a second interview with the hiring manager.",
        K.INTERVIEW,
        id="interview-invite-second",
    ),
    pytest.param(
        "Interview invitation \u2013 Product Manager, Acme",
        "Please use the link below to book a time that suits you: https://calendly.com/acme/pm",
        K.INTERVIEW,
        id="interview-booking-link",
    ),
    pytest.param(
        "",
        "Thank you for your time today, we'd like to move you forward to the final round.",
        K.INTERVIEW,
        id="interview-move-forward-after-thanks",
    ),
    pytest.param(
        "",
        "Are you available for a 30-minute call with our CTO on Tuesday or Wednesday?",
        K.INTERVIEW,
        id="interview-availability-call",
    ),
    pytest.param(
        "Invitation: Technical interview with Jane Doe @ Tue 4 Mar 2025 10:00 - 11:00 (GMT)",
        "Jane Doe has invited you to the following event.",
        K.INTERVIEW,
        id="interview-calendar-invitation",
    ),
    pytest.param(
        "",
        "We enjoyed your portfolio. Could we schedule a call this week to talk through next steps?",
        K.INTERVIEW,
        id="interview-schedule-call",
    ),
    pytest.param(
        "",
        "The hiring team was impressed and we would like to proceed with your application to the technical "
        "round.",
        K.INTERVIEW,
        id="interview-proceed-with-application",
    ),
    pytest.param(
        "",
        "We didn't get a chance to cover system design, so we'd like to invite you to one more interview.",
        K.INTERVIEW,
        id="interview-after-negation",
    ),
    # Offers.
    pytest.param(
        "",
        "I'm delighted to offer you the position of Senior Software Engineer at Acme. Your offer letter is "
        "attached.",
        K.OFFER,
        id="offer-delighted",
    ),
    pytest.param(
        "",
        "Following your final interview, we are pleased to extend an offer for the role of Data Scientist. "
        "Your starting salary will be \u00a365,000.",
        K.OFFER,
        id="offer-extend",
    ),
    pytest.param(
        "",
        "Congratulations! We'd like to make you an offer. Please let us know by Friday whether you accept "
        "the offer.",
        K.OFFER,
        id="offer-make-you-an-offer",
    ),
    pytest.param(
        "", "We're thrilled to offer you the role. Welcome to the team!", K.OFFER, id="offer-welcome"
    ),
    pytest.param(
        "",
        "We would like to offer the role to you. Please review the attached contract.",
        K.OFFER,
        id="offer-the-role-to-you",
    ),
    pytest.param(
        "",
        "It wasn't an easy decision, but we're pleased to offer you the position!",
        K.OFFER,
        id="offer-after-negation",
    ),
    # Requests for information.
    pytest.param(
        "",
        "Could you please send us the names and contact details of two professional references?",
        K.INFO_REQUEST,
        id="info-references",
    ),
    pytest.param(
        "",
        "As the next step, please complete the HackerRank assessment within 5 days.",
        K.INFO_REQUEST,
        id="info-assessment",
    ),
    pytest.param(
        "",
        "Before we go further, could you share your salary expectations and notice period?",
        K.INFO_REQUEST,
        id="info-salary-expectations",
    ),
    pytest.param(
        "",
        "Please upload a copy of your passport and proof of right to work to our portal.",
        K.INFO_REQUEST,
        id="info-right-to-work",
    ),
    # Acknowledgements.
    pytest.param(
        "",
        "Thank you for applying to Acme! We have received your application for the Marketing Manager "
        "position. Our team will review your application and if your profile matches our requirements, "
        "we will contact you to schedule an interview.",
        K.ACKNOWLEDGEMENT,
        id="ack-received-conditional-interview",
    ),
    pytest.param(
        "",
        "This is an automated message. Your application has been successfully submitted.",
        K.ACKNOWLEDGEMENT,
        id="ack-automated",
    ),
    pytest.param(
        "Application confirmation - Acme",
        "Thanks for your interest in Acme. Due to the high volume of applications, we will only contact "
        "shortlisted candidates.",
        K.ACKNOWLEDGEMENT,
        id="ack-only-shortlisted-contacted",
    ),
    pytest.param(
        "",
        "If we decide to move forward with your application, we will reach out to schedule an interview.",
        K.ACKNOWLEDGEMENT,
        id="ack-conditional-invitation",
    ),
    # On hold.
    pytest.param(
        "",
        "I wanted to let you know that the position has been put on hold due to budget changes.",
        K.ON_HOLD,
        id="hold-position-on-hold",
    ),
    pytest.param(
        "",
        "Our decision has been delayed by a couple of weeks as we are still interviewing. Thank you for your "
        "patience.",
        K.ON_HOLD,
        id="hold-decision-delayed",
    ),
    pytest.param(
        "",
        "Unfortunately there's a hiring freeze at the moment, so we've paused the search for this role.",
        K.ON_HOLD,
        id="hold-hiring-freeze",
    ),
    pytest.param(
        "",
        "We haven't made a final decision yet and need a bit more time.",
        K.ON_HOLD,
        id="hold-no-decision-yet",
    ),
    # Auto-replies.
    pytest.param(
        "Automatic reply: Following up on my Data Analyst interview",
        "I am currently out of the office with limited access to email. I will respond to your message upon "
        "my return on 10 March.",
        K.AUTO_REPLY,
        id="auto-outlook",
    ),
    pytest.param(
        "Out of Office: Re: Interview invitation",
        "Thanks for your email. I'm on annual leave until Monday.",
        K.AUTO_REPLY,
        id="auto-subject-echoes-invitation",
    ),
    pytest.param(
        "Abwesenheitsnotiz: Ihre Bewerbung",
        "Ich bin bis zum 10.03. nicht im B\u00fcro.",
        K.AUTO_REPLY,
        id="auto-german",
    ),
]

# Rejection cues next to offer or interview cues of comparable strength: for review.
CONFLICTED_CASES = [
    pytest.param(
        "Unfortunately we can't offer you the Senior role, but we'd like to invite you to interview for our "
        "Mid-level position.",
        id="rejection-and-invitation",
    ),
    pytest.param(
        "We are not moving forward with the Backend role; however, we are pleased to offer you a position on "
        "the Platform team.",
        id="rejection-and-offer",
    ),
]


@pytest.mark.parametrize(("subject", "text", "kind"), CONFIDENT_CASES)
def test_confident_kind(subject: str, text: str, kind: K) -> None:
    result = classify(headers(subject), text)
    assert result.kind is kind, result.reasons
    assert CONFIDENT <= result.confidence <= 1


@pytest.mark.parametrize("text", CONFLICTED_CASES)
def test_conflicting_cues_go_to_review(text: str) -> None:
    result = classify(headers(), text)
    assert result.confidence < CONFIDENT
    assert any(reason.startswith("conflicting cues") for reason in result.reasons)


def test_no_offer_or_interview_is_ever_a_confident_rejection() -> None:
    good_news = [
        (str(case.values[0]), str(case.values[1]))
        for case in CONFIDENT_CASES
        if case.values[2] in {K.OFFER, K.INTERVIEW}
    ]
    good_news += [("", str(case.values[0])) for case in CONFLICTED_CASES]
    assert len(good_news) >= 15
    for subject, text in good_news:
        result = classify(headers(subject), text)
        assert not (result.kind is K.REJECTION and result.confidence >= CONFIDENT), (text, result)


def test_auto_submitted_header_alone_is_an_auto_reply() -> None:
    result = classify(headers("Re: Following up", auto_submitted=True), "Thanks for your message.")
    assert result.kind is K.AUTO_REPLY
    assert result.reasons == ('matched "auto-submitted header"',)


def test_auto_submitted_tracking_mail_is_read_by_its_text() -> None:
    text = "We regret to inform you that we will not be moving forward with your application."
    result = classify(headers("Your application", auto_submitted=True), text)
    assert result.kind is K.REJECTION
    assert result.confidence >= CONFIDENT


def test_nothing_recognisable_is_other_and_unsure() -> None:
    result = classify(headers("Office move"), "Our office moves to a new address next month.")
    assert result.kind is K.OTHER
    assert result.confidence < CONFIDENT
    assert result.reasons == ("no known cue",)


def test_reasons_name_cues_not_message_text() -> None:
    text = (
        "Dear Sam Example, after careful consideration we regret to inform you that Project Zebra will "
        "not be moving forward with your application."
    )
    result = classify(headers(), text)
    assert result.reasons
    assert all(len(reason) <= 80 for reason in result.reasons)
    assert not any("zebra" in reason.lower() or "sam" in reason.lower() for reason in result.reasons)
    assert 'matched "regret to inform"' in result.reasons


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("rejection_plain.eml", K.REJECTION),
        ("offer_html.eml", K.OFFER),
        ("invite_calendar.eml", K.INTERVIEW),
        ("ooo_autoreply.eml", K.AUTO_REPLY),
        ("reply_with_quote.eml", K.ON_HOLD),
        ("latin1_mislabelled.eml", K.ACKNOWLEDGEMENT),
    ],
)
def test_parsed_eml_files(name: str, kind: K) -> None:
    parsed = parse_message((Path(__file__).parent / "data" / name).read_bytes())
    result = classify(parsed.headers, parsed.text)
    assert result.kind is kind, result.reasons
    assert result.confidence >= CONFIDENT
