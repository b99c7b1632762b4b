"""The whole playbook on a real Dovecot, a new process for every scan, the user acting in between."""

from __future__ import annotations

import email
import json
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import Message
from email.policy import default
from email.utils import make_msgid
from typing import Any

import pytest
from imapclient import DELETED
from imapclient.imapclient import DRAFTS, SENT
from sqlalchemy import create_engine, text

from mails import JANE, USER, add_acme, mail

pytestmark = pytest.mark.slow
Run = Callable[..., Any]  # the `iw_process` fixture
TOM = "Tom Baker <tom@acme.example>"


class User:
    """The job seeker at their mail client: reads, sends and deletes drafts."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.drafts_folder = client.find_special_folder(DRAFTS)
        self.sent_folder = client.find_special_folder(SENT)

    def drafts(self) -> dict[int, Message]:
        self.client.select_folder(self.drafts_folder, readonly=True)
        uids = self.client.search("ALL")
        fetched = self.client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
        return {uid: email.message_from_bytes(d[b"BODY[]"], policy=default) for uid, d in fetched.items()}

    def draft_to(self, address: str) -> tuple[int, Message]:
        [found] = [(uid, m) for uid, m in self.drafts().items() if address in str(m["To"])]
        return found

    def delete(self, uid: int) -> None:
        self.client.select_folder(self.drafts_folder)
        self.client.add_flags([uid], [DELETED])
        self.client.expunge()

    def send(self, address: str, when: datetime) -> Message:
        """Send the draft to ``address`` as a mail client does: a new Message-ID, a copy in Sent."""
        uid, draft = self.draft_to(address)
        self.delete(uid)
        sent = mail(
            str(draft["Subject"]),
            sender=str(draft["From"]),
            to=str(draft["To"]),
            body=draft.get_content(),
            when=when,
            Message_ID=make_msgid(domain="example.org"),
            **({"In_Reply_To": str(draft["In-Reply-To"])} if draft["In-Reply-To"] else {}),
        )
        self.client.append(self.sent_folder, sent)
        return draft


def interview(iw: Run, interview_id: int) -> dict[str, Any]:
    return json.loads(iw("interview", "show", str(interview_id), "--json").output)  # type: ignore[no-any-return]


def drafts_of(iw: Run, interview_id: int) -> list[tuple[str, str | None, str]]:
    return [(d["kind"], d["to"], d["state"]) for d in interview(iw, interview_id)["drafts"]]


def test_the_playbook_from_thank_you_to_ghosted_and_back(iw_process: Run, imap_account: Any) -> None:
    iw = iw_process
    interview_id = add_acme(iw, "--contact", JANE, "--contact", TOM, "--notes", "the event pipeline")
    user = User(imap_account.client())

    # Day 0, after the interview: a personal thank-you to each interviewer.
    assert "2 draft(s) written" in iw("scan", "--now", "2026-11-16 11:30").output
    thanks = user.draft_to("jane@acme.example")[1]
    assert thanks["Subject"] == "Thank you for the Backend Engineer interview"
    assert "the event pipeline" in thanks.get_content()

    # The user sends Jane's and deletes Tom's; neither is written again.
    user.send("jane@acme.example", datetime(2026, 11, 16, 12, tzinfo=UTC))
    user.delete(user.draft_to("tom@acme.example")[0])
    iw("scan", "--now", "2026-11-16 13:00")
    iw("scan", "--now", "2026-11-16 14:30")
    assert drafts_of(iw, interview_id) == [
        ("thank_you", "jane@acme.example", "sent"),
        ("thank_you", "tom@acme.example", "dismissed"),
    ]
    assert user.drafts() == {}

    # Five business days later, the first follow-up, in the thread of the thank-you.
    assert "0 draft(s) written" in iw("scan", "--now", "2026-11-23 07:59").output
    assert "1 draft(s) written" in iw("scan", "--now", "2026-11-23 08:00").output
    follow_up = user.draft_to("jane@acme.example")[1]
    assert follow_up["Subject"] == "Re: Thank you for the Backend Engineer interview"
    assert follow_up["In-Reply-To"]
    user.send("jane@acme.example", datetime(2026, 11, 23, 9, tzinfo=UTC))

    # Five business days after it was sent, the second; then the silence makes it ghosted.
    assert "0 draft(s) written" in iw("scan", "--now", "2026-11-27 12:00").output
    assert "1 draft(s) written" in iw("scan", "--now", "2026-11-30 10:00").output
    user.send("jane@acme.example", datetime(2026, 11, 30, 11, tzinfo=UTC))
    out = iw("scan", "--now", "2026-12-07 10:00").output
    assert "awaiting_reply -> ghosted" in out
    assert "0 draft(s) written" in iw("scan", "--now", "2027-01-11 10:00").output
    assert [d[0] for d in drafts_of(iw, interview_id)] == [
        "thank_you",
        "thank_you",
        "follow_up_1",
        "follow_up_2",
    ]

    # A late reply reopens the interview.
    user.client.append(
        "INBOX",
        mail(
            "Next steps",
            body="Hi Alex, we would like to invite you to a final round interview with our CTO.",
            when=datetime(2027, 1, 12, 9, tzinfo=UTC),
        ),
    )
    out = iw("scan", "--now", "2027-01-12 12:00").output
    assert "ghosted -> next_round" in out
    assert interview(iw, interview_id)["round"] == 2
    user.client.logout()


def sent_recorded(database_url: str) -> list[tuple[str | None, int | None]]:
    """The recipients and interview of each Sent message inboxwatch keeps a record of."""
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(text("select recipients, interview_id from messages where direction = 'out'"))
        found = [(recipients, interview_id) for recipients, interview_id in rows]
    engine.dispose()
    return found


def test_sent_mail_to_a_friend_is_not_kept_and_the_follow_up_clock_runs_from_the_users_send(
    iw: Run, imap_account: Any, database_url: str
) -> None:
    interview_id = add_acme(iw, "--contact", JANE)
    user = User(imap_account.client())
    iw("scan", "--now", "2026-11-16 11:30")
    user.send("jane@acme.example", datetime(2026, 11, 16, 12, tzinfo=UTC))
    user.client.append(
        user.sent_folder,
        mail(
            "Dinner on Friday?",
            sender=f"Alex Candidate <{USER}>",
            to="Kim Lee <kim@friends.example>",
            when=datetime(2026, 11, 16, 18, tzinfo=UTC),
        ),
    )
    assert "1 draft(s) written" in iw("scan", "--now", "2026-11-23 08:00").output
    user.send("jane@acme.example", datetime(2026, 11, 25, 9, tzinfo=UTC))  # two days after it was written

    # The second follow-up counts five business days from when the user sent the first.
    assert "0 draft(s) written" in iw("scan", "--now", "2026-12-02 07:59").output
    assert "1 draft(s) written" in iw("scan", "--now", "2026-12-02 08:00").output
    assert drafts_of(iw, interview_id)[1:] == [
        ("follow_up_1", "jane@acme.example", "sent"),
        ("follow_up_2", "jane@acme.example", "waiting"),
    ]
    assert sent_recorded(database_url) == [
        ("jane@acme.example", interview_id),
        ("jane@acme.example", interview_id),
    ]
    user.client.logout()


def test_a_rejection_yields_the_gracious_draft_once(iw_process: Run, imap_account: Any) -> None:
    iw = iw_process
    add_acme(iw, "--contact", JANE)
    client = imap_account.client()
    client.append(
        "INBOX",
        mail(
            "Your application",
            body="Dear Alex, unfortunately we have decided not to move forward with your application.",
            when=datetime(2026, 11, 19, 18, 30, tzinfo=UTC),
            Message_ID="<no-1@acme.example>",
        ),
    )
    out = iw("scan", "--now", "2026-11-19 20:00").output  # after hours: status now, draft in the morning
    assert "awaiting_reply -> rejected" in out
    assert "0 draft(s) written" in out
    assert "1 draft(s) written" in iw("scan", "--now", "2026-11-20 08:05").output
    assert "0 draft(s) written" in iw("scan", "--now", "2026-11-23 08:05").output
    user = User(client)
    draft = user.draft_to("jane@acme.example")[1]
    assert draft["In-Reply-To"] == "<no-1@acme.example>"
    assert draft["Subject"] == "Re: Your application"
    assert "future openings" in draft.get_content()
    client.logout()


def test_an_information_request_waits_for_the_users_answer(iw_process: Run, imap_account: Any) -> None:
    iw = iw_process
    interview_id = add_acme(iw, "--contact", JANE)
    client = imap_account.client()
    client.append(
        "INBOX",
        mail(
            "References",
            body="Hi Alex, could you please send us the contact details of two references?",
            when=datetime(2026, 11, 17, 9, tzinfo=UTC),
            Message_ID="<ask-1@acme.example>",
        ),
    )
    assert "-> action_needed" in iw("scan", "--now", "2026-11-17 12:00").output
    assert "0 draft(s) written" in iw("scan", "--now", "2026-11-30 09:00").output
    client.append(
        client.find_special_folder(SENT),
        mail(
            "Re: References",
            sender=f"Alex <{USER}>",
            to=JANE,
            when=datetime(2026, 11, 30, 10, tzinfo=UTC),
            In_Reply_To="<ask-1@acme.example>",
        ),
    )
    assert "action_needed -> awaiting_reply" in iw("scan", "--now", "2026-11-30 12:00").output
    planned = json.loads(iw("plan", "--now", "2026-11-30 12:00", "--json").output)
    assert planned[0]["next"] == "follow_up_1"
    assert planned[0]["due"] == "2026-12-07T08:00:00+01:00"  # five business days after the answer
    assert interview(iw, interview_id)["status"] == "awaiting_reply"
    client.logout()
