"""Classification over realistic employer phrasings, the keyword traps above all."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from inboxwatch.core.classify import CONFIDENT, classify
from inboxwatch.core.model import Address, CalendarInvite, ParsedMessage
from inboxwatch.core.model import ReplyKind as K
from inboxwatch.core.parse import parse_message
from mails import jane_headers, jane_says

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
        "Unfortunately the panel interview planned for Tuesday can no longer take place on that date. "
        "Please choose one of the new slots in the portal.",
        K.INTERVIEW,
        id="trap-unfortunately-not-on-that-date",
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
    # The traps of the issue, word for word.
    pytest.param(
        "",
        "Thank you for your patience. We are not in a position to move forward at this time, but we'd like "
        "to keep you in mind for future openings.",
        K.REJECTION,
        id="trap-not-in-a-position-to-move-forward",
    ),
    pytest.param(
        "",
        "We'd like to offer you an interview for the Analyst role.",
        K.INTERVIEW,
        id="trap-offer-an-interview",
    ),
    pytest.param(
        "",
        "Unfortunately, we will not be able to extend an offer to you.",
        K.REJECTION,
        id="trap-unable-to-extend-an-offer",
    ),
    pytest.param(
        "",
        "We've come to the decision not to offer you the Backend Engineer role.",
        K.REJECTION,
        id="trap-decision-not-to-offer",
    ),
    pytest.param(
        "",
        "I regret to say that on this occasion we have not been able to offer you the post.",
        K.REJECTION,
        id="trap-have-not-been-able-to-offer",
    ),
    pytest.param(
        "",
        "I'm sorry to say the hiring manager is ill, so we need to move your interview to next Thursday.",
        K.INTERVIEW,
        id="trap-sorry-move-interview",
    ),
    pytest.param(
        "",
        "Unfortunately we decided to move on with another candidate after the final interview.",
        K.REJECTION,
        id="move-on-after-the-interview-is-no-reschedule",
    ),
    pytest.param(
        "",
        "I can't wait to have you on board - we're delighted to offer you the role!",
        K.OFFER,
        id="cannot-wait-is-no-negation",
    ),
    pytest.param(
        "",
        "Don't hesitate to reach out with questions. We would like to invite you to an onsite interview.",
        K.INTERVIEW,
        id="dont-hesitate-is-no-negation",
    ),
    pytest.param(
        "",
        "We will send you the details of the interview separately. We'd love to meet you next week.",
        K.INTERVIEW,
        id="we-send-details-is-no-request",
    ),
    pytest.param(
        "",
        "If you have not heard from us within two weeks, please consider your application unsuccessful. We "
        "have received your application.",
        K.ACKNOWLEDGEMENT,
        id="ack-consider-unsuccessful-if-no-news",
    ),
    pytest.param(
        "",
        "How was your interview experience with Acme? Please take our 2-minute survey.",
        K.OTHER,
        id="survey",
    ),
    pytest.param(
        "New jobs for you",
        "Data Analyst at Acme - Apply now. Senior Analyst at Globex - Easy Apply. 12 new jobs matching your "
        "profile.",
        K.OTHER,
        id="job-alert",
    ),
    pytest.param(
        "Quick question",
        "Hi Sam, I came across your profile on LinkedIn and I'm reaching out about an exciting opportunity "
        "with my client. Would you be open to a quick call this week?",
        K.OTHER,
        id="recruiter-outreach",
    ),
    pytest.param(
        "Acme Engineering Monthly",
        "Read the full story on our blog, and register now for our webinar on data platforms.",
        K.OTHER,
        id="newsletter",
    ),
    pytest.param(
        "",
        "Hi Sam, I'm out of the office until Monday, 24 March, with no access to email.",
        K.AUTO_REPLY,
        id="auto-human-out-of-office",
    ),
    # German.
    pytest.param(
        "Ihre Bewerbung",
        "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.",
        K.REJECTION,
        id="de-other-candidate",
    ),
    pytest.param(
        "",
        "Nach sorgfältiger Prüfung können wir Ihnen leider keine Zusage geben.",
        K.REJECTION,
        id="de-no-commitment",
    ),
    pytest.param(
        "",
        "Wir können Ihre Bewerbung im weiteren Verfahren leider nicht berücksichtigen.",
        K.REJECTION,
        id="de-not-considered",
    ),
    pytest.param(
        "",
        "Die Position wird nun mit einer internen Bewerberin aus dem Vertrieb besetzt.",
        K.REJECTION,
        id="de-filled-by-someone-named",
    ),
    pytest.param(
        "", "Wir machen mit jemand anderem weiter, tut mir leid.", K.REJECTION, id="de-someone-else"
    ),
    pytest.param(
        "",
        "Wir möchten die Stelle mit einer Kandidatin wie Ihnen besetzen und laden Sie zu einem Gespräch ein.",
        K.INTERVIEW,
        id="de-a-candidate-like-you-is-no-rejection",
    ),
    pytest.param(
        "",
        "Wir können Ihnen leider noch keine Zusage geben, da noch Gespräche ausstehen.",
        K.ON_HOLD,
        id="de-not-yet-is-no-no",
    ),
    pytest.param(
        "",
        "Wir freuen uns, Sie zu einem zweiten Vorstellungsgespräch einzuladen.",
        K.INTERVIEW,
        id="de-invitation",
    ),
    pytest.param(
        "",
        "Leider müssen wir unseren Termin am Donnerstag verschieben. Passt Ihnen Freitag um 10 Uhr?",
        K.INTERVIEW,
        id="de-trap-leider-verschieben",
    ),
    pytest.param(
        "",
        "Herzlichen Glückwunsch, Sie sind in der engeren Auswahl!",
        K.INTERVIEW,
        id="de-trap-glueckwunsch-engere-auswahl",
    ),
    pytest.param(
        "",
        "Wir freuen uns sehr, Ihnen die Stelle als Data Engineer anbieten zu können. Den Arbeitsvertrag "
        "senden wir Ihnen per Post.",
        K.OFFER,
        id="de-offer",
    ),
    pytest.param(
        "",
        "Bitte senden Sie uns noch Ihre Arbeitszeugnisse und nennen Sie uns Ihre Gehaltsvorstellung.",
        K.INFO_REQUEST,
        id="de-documents",
    ),
    pytest.param(
        "Eingangsbestätigung",
        "Vielen Dank für Ihre Bewerbung. Ihre Bewerbung ist bei uns eingegangen.",
        K.ACKNOWLEDGEMENT,
        id="de-acknowledgement",
    ),
    pytest.param(
        "",
        "Leider verzögert sich unser Auswahlprozess. Wir bitten Sie noch um etwas Geduld.",
        K.ON_HOLD,
        id="de-delayed",
    ),
    pytest.param(
        "Neue Jobs für Sie",
        "Wir haben 8 passende Stellenangebote für Sie gefunden.",
        K.OTHER,
        id="de-job-alert",
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
    result = classify(jane_says(subject, text))
    assert result.kind is kind, result.reasons
    assert CONFIDENT <= result.confidence <= 1


@pytest.mark.parametrize("text", CONFLICTED_CASES)
def test_conflicting_cues_go_to_review(text: str) -> None:
    result = classify(jane_says("", text))
    assert result.confidence < CONFIDENT
    assert any(reason.startswith("conflicting cues") for reason in result.reasons)


def test_an_invitation_is_an_interview() -> None:
    invite = CalendarInvite("REQUEST", Address("Jane", "jane@acme.com"), None, "Onsite")
    result = classify(replace(jane_says("Invitation: Onsite", ""), invite=invite))
    assert result.kind is K.INTERVIEW
    assert result.confidence >= CONFIDENT
    assert "calendar invitation (METHOD:REQUEST)" in result.reasons


def test_a_cancelled_event_is_no_invitation() -> None:
    invite = CalendarInvite("CANCEL", Address("Jane", "jane@acme.com"), None, "Onsite")
    assert classify(replace(jane_says("Canceled: Onsite", ""), invite=invite)).kind is K.OTHER


SENT = datetime(2025, 3, 17, 8, 0, tzinfo=UTC)  # a Monday

RETURN_CASES = [
    pytest.param(
        "I am out of the office and back on Monday 24 March.", SENT, date(2025, 3, 24), id="back-on"
    ),
    pytest.param("I'm on leave until 21 March.", SENT, date(2025, 3, 21), id="until-is-the-day-back"),
    pytest.param(
        "I'm on leave through 21 March.", SENT, date(2025, 3, 22), id="through-is-the-last-day-away"
    ),
    pytest.param("I'm away from the 10th until the 21st.", SENT, date(2025, 3, 21), id="day-only"),
    pytest.param("Out of office, returning 2025-04-02.", SENT, date(2025, 4, 2), id="iso"),
    pytest.param("I'm on vacation until Friday.", SENT, date(2025, 3, 21), id="weekday"),
    pytest.param("I'm away until Monday.", SENT, date(2025, 3, 24), id="same-weekday-is-next-week"),
    pytest.param("I'm away until 4/3.", SENT, date(2025, 4, 3), id="either-order-nearest"),
    pytest.param("I'm away until 3/24.", SENT, date(2025, 3, 24), id="month-first"),
    pytest.param("I'm away until January 5th.", SENT, date(2026, 1, 5), id="next-year"),
    pytest.param("I'm away until March 14, 2025.", SENT, date(2025, 3, 14), id="stale-with-year"),
    pytest.param("I'm on holiday until 10 March.", SENT, date(2025, 3, 10), id="stale-without-year"),
    pytest.param(
        "Out until 14 March, back on 19 March after a conference.", SENT, date(2025, 3, 19), id="latest-wins"
    ),
    pytest.param(
        "Ich bin bis einschließlich 21.03. nicht im Büro.", SENT, date(2025, 3, 22), id="de-inclusive"
    ),
    pytest.param("Ab dem 24. März bin ich wieder erreichbar.", SENT, date(2025, 3, 24), id="de-ab"),
    pytest.param("Ich bin vom 10.3. bis 21.3.2025 im Urlaub.", SENT, date(2025, 3, 21), id="de-range"),
    pytest.param("Ich bin bis Mo., 24.03. abwesend.", SENT, date(2025, 3, 24), id="de-weekday-prefix"),
    pytest.param("Ich bin bis 17.00 Uhr nicht erreichbar.", SENT, None, id="de-time-is-no-date"),
    pytest.param("I'm out of the office with limited access to email.", SENT, None, id="no-date"),
    pytest.param("I'm on leave until Monday.", None, None, id="weekday-without-sending-day"),
    pytest.param("I'm on leave until 24 March 2025.", None, date(2025, 3, 24), id="year-without-sending-day"),
    pytest.param("I'm on leave until 31 February.", SENT, None, id="impossible-date"),
]


@pytest.mark.parametrize(("text", "sent", "back"), RETURN_CASES)
def test_out_of_office_return_date(text: str, sent: datetime | None, back: date | None) -> None:
    parsed = ParsedMessage(replace(jane_headers("Automatic reply: Following up"), date=sent), text)
    result = classify(parsed)
    assert result.kind is K.AUTO_REPLY
    assert result.return_date == back


def test_return_date_only_for_auto_replies() -> None:
    result = classify(jane_says("", "We regret to inform you that the role is closed until 24 March."))
    assert result.kind is K.REJECTION
    assert result.return_date is None


def test_every_result_has_reasons() -> None:
    for case in CONFIDENT_CASES:
        subject, text = str(case.values[0]), str(case.values[1])
        assert classify(jane_says(subject, text)).reasons, case.id


def test_no_offer_or_interview_is_ever_a_confident_rejection() -> None:
    good_news = [
        (str(case.values[0]), str(case.values[1]))
        for case in CONFIDENT_CASES
        if case.values[2] in {K.OFFER, K.INTERVIEW}
    ]
    good_news += [("", str(case.values[0])) for case in CONFLICTED_CASES]
    assert len(good_news) >= 15
    for subject, text in good_news:
        result = classify(jane_says(subject, text))
        assert not (result.kind is K.REJECTION and result.confidence >= CONFIDENT), (text, result)


def test_a_responder_header_alone_is_an_auto_reply() -> None:
    result = classify(jane_says("Re: Following up", "Thanks for your message.", markers=("X-Autoreply",)))
    assert result.kind is K.AUTO_REPLY
    assert result.confidence >= CONFIDENT
    assert result.reasons == ("auto-reply header X-Autoreply",)


@pytest.mark.parametrize(
    ("markers", "reasons"),
    [
        (("Precedence: bulk",), ("bulk-mail header Precedence: bulk",)),
        (("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress"), ("no known cue",)),
    ],
    ids=["bulk", "ats-automated"],
)
def test_automated_mail_headers_alone_are_no_auto_reply(
    markers: tuple[str, ...], reasons: tuple[str, ...]
) -> None:
    result = classify(jane_says("Re: Following up", "Thanks for your message.", markers=markers))
    assert result.kind is K.OTHER
    assert result.confidence < CONFIDENT
    assert result.reasons == reasons


def test_auto_generated_tracking_mail_is_read_by_its_text() -> None:
    text = "We regret to inform you that we will not be moving forward with your application."
    result = classify(jane_says("Your application", text, markers=("Auto-Submitted: auto-generated",)))
    assert result.kind is K.REJECTION
    assert result.confidence >= CONFIDENT


def test_nothing_recognisable_is_other_and_unsure() -> None:
    result = classify(jane_says("Office move", "Our office moves to a new address next month."))
    assert result.kind is K.OTHER
    assert result.confidence < CONFIDENT
    assert result.reasons == ("no known cue",)


def test_reasons_name_cues_not_message_text() -> None:
    text = (
        "Dear Sam Example, after careful consideration we regret to inform you that Project Zebra will "
        "not be moving forward with your application."
    )
    result = classify(jane_says("", text))
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
        ("invite_outlook.eml", K.INTERVIEW),
        ("reply_outlook_html.eml", K.ON_HOLD),
    ],
)
def test_parsed_eml_files(name: str, kind: K) -> None:
    parsed = parse_message((Path(__file__).parent / "data" / name).read_bytes())
    result = classify(parsed)
    assert result.kind is kind, result.reasons
    assert result.confidence >= CONFIDENT


# The general rules a careful recruiter applies, each with a message that needs it: (rule, subject,
# new text, kind). Each must be read confidently.
RULE_CASES = [
    # The five hard phrases, in wordings not listed above.
    ("negation", "", "I'm afraid we're unable to offer you the role this time.", K.REJECTION),
    (
        "negation with hope",
        "",
        "We're not in a position to move forward at this time, but we'd like to keep you in mind for "
        "future roles.",
        K.REJECTION,
    ),
    ("an interview offered", "", "We'd like to offer you an interview with our Head of Data.", K.INTERVIEW),
    ("regret about a date", "", "Unfortunately, we need to reschedule our call on Thursday.", K.INTERVIEW),
    (
        "congratulations on a step",
        "",
        "Congratulations, you've been shortlisted for the panel round!",
        K.INTERVIEW,
    ),
    # An acknowledgement yields to an answer in the same message.
    (
        "answer over receipt",
        "Regarding your application",
        "Thank you for applying to the Senior Product Manager position. The position has been filled. We "
        "appreciate your interest in Globex.",
        K.REJECTION,
    ),
    # What an offer depends on is no request.
    (
        "condition of an offer",
        "Offer Letter",
        "I'm thrilled to share your offer letter. Please note the offer is contingent on a background "
        "check, and let me know if you have any questions about the package.",
        K.OFFER,
    ),
    (
        "conditional offer",
        "",
        "We are delighted to make you a conditional offer. This offer is subject to satisfactory references "
        "and a DBS check.",
        K.OFFER,
    ),
    # Regret about logistics says nothing about the outcome.
    (
        "regret about a building",
        "",
        "We're excited to invite you to an onsite. Unfortunately the lifts are out of service, so please "
        "use the side entrance.",
        K.INTERVIEW,
    ),
    (
        "regret about a deadline",
        "",
        "Congratulations! We are excited to extend you an offer. Unfortunately we cannot extend the "
        "deadline to sign it.",
        K.OFFER,
    ),
    # A receipt of what was asked for is no new request.
    (
        "receipt of a task",
        "Assessment received",
        "This is to confirm we have received your completed take-home assignment. The hiring team will "
        "review it and get back to you within a week.",
        K.ACKNOWLEDGEMENT,
    ),
    (
        "withdrawal confirmed",
        "",
        "We have received your request to withdraw your application. We wish you all the best.",
        K.ACKNOWLEDGEMENT,
    ),
    # A condition on the employer's own decision promises nothing yet.
    (
        "our decision as a condition",
        "",
        "Thanks for your interest. We've received your application and our team will review it shortly. "
        "If there's a fit, we'll reach out to schedule a call.",
        K.ACKNOWLEDGEMENT,
    ),
    # Short and casual mail.
    ("passing", "re: frontend", "hey sam - gonna pass on this one, sorry. good luck out there", K.REJECTION),
    (
        "a meeting proposed",
        "next step?",
        "Sam - loved the chat. Can you do 30 min with our CEO Thurs?",
        K.INTERVIEW,
    ),
    ("an offer announced", "!!", "we want you. offer coming tonight. call me?", K.OFFER),
    (
        "joining as",
        "",
        "Sam - we'd love for you to join Compass as our Growth Marketing Manager. Happy to jump on a call to "
        "walk through equity.",
        K.OFFER,
    ),
    # A hold, whatever is held.
    ("anything on hold", "", "The Operations Analyst requirement is currently on hold.", K.ON_HOLD),
    ("a decision pushed back", "", "We've had to push back our decision by a few weeks.", K.ON_HOLD),
    # A perk withheld is no rejection; a call about an offer is no interview.
    (
        "a perk withheld",
        "Offer of employment",
        "I am delighted to confirm our offer of employment. Unfortunately we are unable to offer hybrid "
        "working in the first three months.",
        K.OFFER,
    ),
    (
        "a call about the offer",
        "Your offer",
        "Congratulations! Please find your offer in the portal. Let's set up a call with the hiring manager "
        "to answer any questions before you sign.",
        K.OFFER,
    ),
    (
        "a time that suits",
        "",
        "Sadly I need to move Thursday's session. Would Tuesday at 10 suit?",
        K.INTERVIEW,
    ),
    ("back burner", "", "The role's been put on the back burner until the new financial year.", K.ON_HOLD),
    ("got it", "", "Thanks Sam - got your references, I'll reach out to them this week.", K.ACKNOWLEDGEMENT),
    ("de hired", "", "Wir möchten Sie gern als Projektmanagerin einstellen.", K.OFFER),
    ("de paused", "", "Wir mussten den Prozess für ein paar Wochen pausieren.", K.ON_HOLD),
    ("de du request", "", "Uns fehlt noch dein Lebenslauf. Kannst du ihn bitte hochladen?", K.INFO_REQUEST),
    # German compounds and singulars.
    (
        "de compound meeting",
        "",
        "Wir würden dich gern zum Tech-Interview mit zwei Leuten aus dem Team einladen.",
        K.INTERVIEW,
    ),
    (
        "de singular document",
        "",
        "Für die weitere Bearbeitung benötigen wir noch Ihr aktuelles Arbeitszeugnis.",
        K.INFO_REQUEST,
    ),
    # An applicant-tracking system's status line decides, whatever the rest says.
    ("status rejected", "Update", "Role: Data Engineer\nNew status: Not selected", K.REJECTION),
    ("status archived", "", "Your application moved to: Archived - Not a fit.", K.REJECTION),
    ("status interview", "", "Application status: Interview\nStage: Onsite loop", K.INTERVIEW),
    ("status review", "", "Your application status has been updated to: In Review.", K.ACKNOWLEDGEMENT),
    ("status on hold", "Your application status: On hold", "No action is needed from you.", K.ON_HOLD),
    ("status offer", "", "Candidate status changed to: Offer extended", K.OFFER),
    ("de status", "", "Der Status Ihrer Bewerbung wurde geändert auf: Abgelehnt", K.REJECTION),
    # The shapes of scheduling: a video-call link, times offered or asked about.
    ("zoom link", "", "You're all set.\nJoin Zoom Meeting\nhttps://zoom.us/j/934820?pwd=x", K.INTERVIEW),
    (
        "teams link is no meetup",
        "",
        "Join here: https://teams.microsoft.com/l/meetup-join/19abc",
        K.INTERVIEW,
    ),
    ("times offered", "", "They've suggested Wed 2pm or Fri 11am. Which works?", K.INTERVIEW),
    ("time asked", "", "can u do tmrw 3pm w our cto?", K.INTERVIEW),
    ("de times offered", "", "Passt dir Donnerstag 16 Uhr oder Freitag 9 Uhr?", K.INTERVIEW),
    # A decision for someone else, in the words of a phone or an agency.
    ("team passed", "", "Sam - team passed. sorry.", K.REJECTION),
    ("going with another", "", "She's going with the internal person. Bummer.", K.REJECTION),
    ("not taking it further", "", "They won't be taking things further.", K.REJECTION),
    ("not recommended", "", "The panel has not recommended you for appointment.", K.REJECTION),
    (
        "withdrawn from consideration",
        "",
        "Your application has been withdrawn from consideration.",
        K.REJECTION,
    ),
    ("de chose someone", "", "Wir haben uns für jemanden entschieden, der mehr Erfahrung hat.", K.REJECTION),
    # Offers without the word "offer".
    ("selected for the position", "", "You are selected for the Energy Analyst position.", K.OFFER),
    ("extend the position", "", "We'd like to extend to you the position of Planner.", K.OFFER),
    ("they want you", "", "They want you! They came back with 95k plus bonus.", K.OFFER),
    # Holds, receipts, requests and helpdesks.
    ("decisions parked", "", "Decisions are parked until the reorg is done.", K.ON_HOLD),
    ("taking longer", "", "The decision will take some more time.", K.ON_HOLD),
    (
        "de delayed",
        "",
        "Unsere Entscheidung verzögert sich, da wir noch Gespräche mit weiteren Kandidaten führen.",
        K.ON_HOLD,
    ),
    ("CV sent on", "", "I've sent your CV across to Contoso this morning.", K.ACKNOWLEDGEMENT),
    ("take-home asked", "", "We'd like you to do a small take-home within 7 days.", K.INFO_REQUEST),
    (
        "helpdesk ticket",
        "[Ticket #4821] Re: hello",
        "We've received your email and will respond soon.",
        K.AUTO_REPLY,
    ),
]

# Shapes that can mislead, each with what it must stay.
NOT_MISLED_CASES = [
    (
        "an offer withdrawn",
        "I'm sorry to say we have to withdraw the offer we sent you last week.",
        K.REJECTION,
    ),
    ("talks that end", "The base you need is outside our band, so I think we part ways here.", K.REJECTION),
    (
        "an offer that lapses if unsigned is still an offer",
        "We're delighted to offer you the role! The offer will be withdrawn if it is not signed by Friday.",
        K.OFFER,
    ),
    (
        "de-an-offer-withdrawn",
        "Leider müssen wir das Ihnen unterbreitete Vertragsangebot zurückziehen.",
        K.REJECTION,
    ),
    ("de-no-zusage", "Eine Zusage können wir dir deshalb leider nicht geben.", K.REJECTION),
    (
        "offered to and accepted by another",
        "The requisition has been offered to and accepted by a candidate whose background is a closer fit.",
        K.REJECTION,
    ),
    ("picked someone with more", "team picked someone w/ more react native mileage. sorry!", K.REJECTION),
    ("de-the-position-is-taken", "Hallo, die Stelle ist vergeben. Trotzdem vielen Dank!", K.REJECTION),
    (
        "de-a-position-not-yet-filled-is-no-rejection",
        "Die Stelle ist noch nicht besetzt, wir melden uns bis Freitag.",
        K.ON_HOLD,
    ),
    (
        "a process naming both outcomes decides nothing",
        "We have received your application. You will be notified at each stage: Reviewed, Selected or "
        "Not Selected.",
        K.ACKNOWLEDGEMENT,
    ),
    (
        "de-a-process-naming-both-outcomes-decides-nothing",
        "Wir haben Ihre Unterlagen erhalten. Eine Absage oder Zusage erfolgt in jedem Fall schriftlich.",
        K.ACKNOWLEDGEMENT,
    ),
    (
        "de-bitten-wir-sie-nachzureichen",
        "Um Ihre Bewerbung bearbeiten zu können, bitten wir Sie, uns Ihr Prüfungszeugnis nachzureichen.",
        K.INFO_REQUEST,
    ),
    (
        "a legal footer refuses nothing",
        "We would like to invite you to a final interview on Monday at 10am. This e-mail and any "
        "attachments do not constitute an offer of employment. Unfortunately we cannot guarantee the "
        "security of e-mail.",
        K.INTERVIEW,
    ),
    (
        "de-a-legal-footer-refuses-nothing",
        "Wir möchten Sie gern zum 1. Juni einstellen. Den Arbeitsvertrag schicke ich Ihnen per Post. Der "
        "Inhalt dieser E-Mail stellt kein verbindliches Angebot dar. Leider können wir für die Sicherheit "
        "der Übertragung keine Gewähr übernehmen.",
        K.OFFER,
    ),
    (
        "a hold that asks something needs an answer",
        "We have not made a decision yet, and you're still in the process. Could you let me know your "
        "notice period?",
        K.INFO_REQUEST,
    ),
    (
        "an abbreviation ends no sentence",
        "Als nächsten Schritt bitten wir Sie, einen Online-Test (ca. 40 Minuten) zu absolvieren.",
        K.INFO_REQUEST,
    ),
    (
        "de-the-position-goes-to-another",
        "Die Stelle geht an eine ehemalige Auszubildende von uns.",
        K.REJECTION,
    ),
    (
        "de-the-position-goes-to-you-is-no-rejection",
        "Die Stelle geht an Sie, herzlichen Glückwunsch!",
        K.OFFER,
    ),
    (
        "passing a CV on is no rejection",
        "The team passed your CV to the manager. Are you free Thursday at 3pm?",
        K.INTERVIEW,
    ),
    (
        "a take-home praised is no request",
        "Loved your take-home. Want to jump on a call on Friday?",
        K.INTERVIEW,
    ),
    (
        "a call to share more is no interview",
        "We're not going to be extending an offer, but happy to hop on a call to share more.",
        K.REJECTION,
    ),
    (
        "selected for an interview is no offer",
        "You have been selected for an interview for the role.",
        K.INTERVIEW,
    ),
]


@pytest.mark.parametrize(
    ("text", "kind"), [case[1:] for case in NOT_MISLED_CASES], ids=[case[0] for case in NOT_MISLED_CASES]
)
def test_a_shape_does_not_mislead(text: str, kind: K) -> None:
    assert classify(jane_says("", text)).kind is kind


# A day and a time alone, or a question in German, is a guess: it goes to review, not to "other".
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Superday is Monday, 9am to 1pm.", K.INTERVIEW),
        ("Kannst du mir sagen, ab wann du anfangen könntest?", K.INFO_REQUEST),
    ],
    ids=["day-and-time", "de-question"],
)
def test_a_weak_shape_is_a_guess_for_review(text: str, kind: K) -> None:
    result = classify(jane_says("", text))
    assert result.kind is kind, result.reasons
    assert result.confidence < CONFIDENT


@pytest.mark.parametrize(
    ("subject", "text", "kind"), [case[1:] for case in RULE_CASES], ids=[case[0] for case in RULE_CASES]
)
def test_general_rule(subject: str, text: str, kind: K) -> None:
    result = classify(jane_says(subject, text))
    assert result.kind is kind, result.reasons
    assert result.confidence >= CONFIDENT, result


# Rejection and good news in one message: the side after a turn ("however", "but", "jedoch")
# is the message's point, but the reading stays for review.
TURN_CASES = [
    pytest.param(
        "We won't be moving forward with your application for the Data Engineer position. However, the ML "
        "team would like to invite you to an onsite interview.",
        K.INTERVIEW,
        id="rejection-then-invitation",
    ),
    pytest.param(
        "We'd love to invite you to interview for the Senior role, but unfortunately the position has since "
        "been filled.",
        K.REJECTION,
        id="invitation-then-rejection",
    ),
    pytest.param(
        "Für die Stelle als Backend-Entwickler müssen wir Ihnen leider absagen. Wir möchten Sie jedoch gern "
        "zu einem Gespräch für die Frontend-Stelle einladen.",
        K.INTERVIEW,
        id="de-absage-jedoch-einladung",
    ),
]


@pytest.mark.parametrize(("text", "kind"), TURN_CASES)
def test_a_turn_decides_between_rejection_and_good_news(text: str, kind: K) -> None:
    result = classify(jane_says("", text))
    assert result.kind is kind, result.reasons
    assert result.confidence < CONFIDENT


def test_passing_a_message_on_is_no_rejection() -> None:
    result = classify(jane_says("", "Thanks Sam, got it - I've noted your availability and will pass it on."))
    assert result.kind is K.ACKNOWLEDGEMENT, result.reasons


@pytest.mark.parametrize(
    ("text", "back"),
    [
        (
            "I am on leave from 17-Mar-2025 to 21-Mar-2025 and will resume office on 24-Mar-2025.",
            date(2025, 3, 24),
        ),
        ("I am out of the office until 28/03/2025.", date(2025, 3, 28)),
        ("I'm on parental leave and back on the 2nd of April.", date(2025, 4, 2)),
        ("I will be back at work the 3rd of April 2025.", date(2025, 4, 3)),
        ("Priya returns to the office on Friday 4 April.", date(2025, 4, 4)),
        ("OOO till 3/26, back online Thu 3/27.", date(2025, 3, 27)),
        ("I'll pick this up when I'm next in, on Thursday 27 March.", date(2025, 3, 27)),
        ("On a business trip, will be back on 2025/4/2.", date(2025, 4, 2)),
        ("I am on leave till and with Friday 21-03-2025.", date(2025, 3, 22)),
        ("On holiday. From Monday 31 March I am again available.", date(2025, 3, 31)),
        ("I'm out from Monday 17 March and back on Friday 21 March.", date(2025, 3, 21)),
        ("OOO, back 3.27!", date(2025, 3, 27)),
        ("Out this afternoon, back 3.30pm.", None),
        ("On holiday, back in the office in week 14.", date(2025, 3, 31)),
        ("Ich bin im Urlaub und ab KW 15 wieder erreichbar.", date(2025, 4, 7)),
        ("Ich bin auf Dienstreise. Am Dienstag, den 1.4. bin ich wieder zurück.", date(2025, 4, 1)),
        (
            "Ich bin unterwegs. Am 10. Juni haben wir Sommerfest, ab dem 2.4. bin ich erreichbar.",
            date(2025, 4, 2),
        ),
        ("I'm on leave till 26/3 (inclusive).", date(2025, 3, 27)),
        ("Ich bin bis 26.3. (einschließlich) im Urlaub.", date(2025, 3, 27)),
        ("Ich bin bis inkl. 26.3. im Urlaub.", date(2025, 3, 27)),
        (
            "Ich bin bis einschließlich Freitag, 4. April weg. Ab Montag, dem 7. April bin ich da.",
            date(2025, 4, 7),
        ),
        ("Ich bin im Urlaub und in KW 14 wieder im Büro.", date(2025, 3, 31)),
        ("On leave, back on deck Wed 2 April.", date(2025, 4, 2)),
        ("I will return to my regular duties on 1 April 2025.", date(2025, 4, 1)),
        ("I am out until 24-03-2025 included.", date(2025, 3, 25)),
    ],
    ids=[
        "resume-office-dd-mon-yyyy",
        "british-numeric",
        "ordinal-of-month",
        "the-ordinal-after-back-at-work",
        "returns-to-the-office",
        "back-online-after-an-until",
        "next-in",
        "year-first-slashes",
        "till-and-with-day-month-year-dashes",
        "from-a-day-i-am-again-available",
        "from-the-first-day-away-is-no-return",
        "month-dot-day",
        "a-time-is-no-date",
        "calendar-week",
        "de-kw",
        "de-date-before-the-return",
        "de-am-without-return-is-no-date",
        "inclusive-after-the-date",
        "de-einschliesslich-after-the-date",
        "de-inkl-abbreviated",
        "de-a-weekday-then-dem",
        "de-in-kw",
        "back-on-deck",
        "return-to-my-duties",
        "until-a-day-included",
    ],
)
def test_more_return_date_forms(text: str, back: date | None) -> None:
    parsed = ParsedMessage(replace(jane_headers("Out of Office"), date=SENT), text)
    assert classify(parsed).return_date == back


@pytest.mark.parametrize(
    "text",
    [
        "We're not going to move ahead with the Senior SRE opening. That said, our platform team would "
        "love to chat about a mid-level role.",
        "Für die Stelle als Backend-Entwickler müssen wir leider absagen. Wir würden Sie aber gerne "
        "unserem Frontend-Team vorstellen.",
    ],
    ids=["en", "de"],
)
def test_a_wish_after_a_rejection_goes_to_review(text: str) -> None:
    result = classify(jane_says("", text))
    assert result.kind is K.REJECTION, result.reasons
    assert result.confidence < CONFIDENT


def test_a_rejection_that_ends_on_it_stays_confident() -> None:
    text = "Unfortunately, we will not be moving forward. However, we will keep your CV on file."
    result = classify(jane_says("", text))
    assert result.kind is K.REJECTION
    assert result.confidence >= CONFIDENT
