"""The user's Sent mail, against a real Dovecot: one recruiter for two roles at one company.

Answering a request restarts the wait for the employer, so Sent mail must
join the right interview, or none when it does not say which.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from imapclient.imapclient import SENT

from mails import ADD_ACME, JANE, USER, mail

Run = Callable[..., Any]  # the `iw` fixture
ROLES = ("Backend Engineer", "Data Engineer")


def statuses(iw: Run) -> list[str]:
    listed = json.loads(iw("interview", "list", "--json").output)
    return [each["status"] for each in sorted(listed, key=lambda each: each["id"])]


@pytest.mark.parametrize(
    ("subject", "headers", "expected"),
    [
        pytest.param(
            "References for the Data Engineer role",
            {},
            ["action_needed", "awaiting_reply"],
            id="the-role-says-which",
        ),
        pytest.param(
            "Re: A question",
            {"In_Reply_To": "<request-0@acme.example>"},
            ["awaiting_reply", "action_needed"],
            id="the-thread-says-which",
        ),
        pytest.param("Re: A question", {}, ["action_needed", "action_needed"], id="nothing-says-which"),
    ],
)
def test_sent_mail_to_a_shared_recruiter_joins_the_interview_it_names(
    iw: Run, imap_account, subject: str, headers: dict[str, str], expected: list[str]
) -> None:
    iw(*ADD_ACME, "--contact", JANE)
    iw(*ADD_ACME[:4], "--role", ROLES[1], *ADD_ACME[6:], "--contact", JANE)
    client = imap_account.client()
    for index, role in enumerate(ROLES):
        client.append(
            "INBOX",
            mail(
                f"References for the {role} role",
                body=f"Dear Alex,\n\nCould you please send us the names and contact details of two "
                f"references for the {role} role?\n\nThanks,\nJane",
                when=datetime(2026, 11, 17, 9, tzinfo=UTC),
                Message_ID=f"<request-{index}@acme.example>",
            ),
        )
    iw("scan", "--now", "2026-11-17 12:00")
    assert statuses(iw) == ["action_needed", "action_needed"]

    answer = mail(
        subject,
        sender=f"Alex Candidate <{USER}>",
        to=JANE,
        body="Dear Jane,\n\nHere are my references.\n\nAlex",
        when=datetime(2026, 11, 18, 9, tzinfo=UTC),
        Message_ID="<answer@example.org>",
        **headers,
    )
    client.append(client.find_special_folder(SENT), answer)
    client.logout()
    iw("scan", "--now", "2026-11-18 12:00")
    assert statuses(iw) == expected
