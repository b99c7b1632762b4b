"""`inboxwatch explain FILE.eml`: the parse summary, the match, the reading, and what a scan would do."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path
from typing import Any

import pytest

from inboxwatch.core.model import Classification, Match, ReplyKind
from inboxwatch.core.triage import Handling, triage
from mails import in_process, mail

DATA = Path(__file__).parent / "data"


def explain(config: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(in_process(config)("explain", str(DATA / name), "--json").output)
    return data


def test_without_config_the_message_is_read_but_matches_nothing(tmp_path: Path) -> None:
    output = in_process(tmp_path / "none.toml")("explain", str(DATA / "rejection_plain.eml"), "--json").output
    data = json.loads(output)
    assert (data["classification"]["kind"], data["match"]) == ("rejection", None)
    assert data["classification"]["reasons"]
    assert data["action"] == {"handling": "ignore", "reason": "no config, so no logged interviews"}
    assert data["message"]["from"] == "Northwind Analytics Recruiting <no-reply@us.greenhouse-mail.io>"
    assert "enjoyed speaking" not in output  # facts and lengths, never the text


@pytest.mark.parametrize(
    ("name", "facts"),
    [
        pytest.param(
            "offer_html.eml",
            {"html_only": True, "attachments": 1, "charsets": ["utf-8"], "calendar": None, "in_reply_to": []},
            id="html-only-with-attachment",
        ),
        pytest.param(
            "reply_with_quote.eml",
            {"html": True, "html_only": False, "in_reply_to": ["<sam-followup-2@example.org>"]},
            id="quoted-reply",
        ),
        pytest.param("latin1_mislabelled.eml", {"html": False, "attachments": 0}, id="mislabelled-charset"),
    ],
)
def test_the_parse_summary(tmp_path: Path, name: str, facts: dict[str, Any]) -> None:
    summary = explain(tmp_path / "none.toml", name)["message"]
    assert {key: summary[key] for key in facts} == facts
    assert summary["new_text_chars"] > 0
    assert summary["message_id"]


def test_a_quoted_reply_tells_new_text_from_quoted_text(tmp_path: Path) -> None:
    summary = explain(tmp_path / "none.toml", "reply_with_quote.eml")["message"]
    assert summary["quoted_chars"] > summary["new_text_chars"] > 0


def test_a_calendar_invitation(tmp_path: Path) -> None:
    found = explain(tmp_path / "none.toml", "invite_calendar.eml")
    assert found["message"]["calendar"]["method"] == "REQUEST"
    assert found["message"]["calendar"]["start"] == "2025-03-18T15:00:00+00:00"
    assert found["classification"]["kind"] == "interview"


def test_an_out_of_office_reply_has_its_return_date(tmp_path: Path) -> None:
    verdict = explain(tmp_path / "none.toml", "ooo_autoreply.eml")["classification"]
    assert verdict["kind"] == "auto_reply"
    assert verdict["return_date"] is not None


def reading(kind: ReplyKind, confidence: float) -> Classification:
    return Classification(kind, confidence, ())


TRIAGE = [
    pytest.param(
        Match(1, 0.9, (), personal=True),
        reading(ReplyKind.OTHER, 0.3),
        Handling.REVIEW,
        "nothing in it reads",
        id="unreadable-from-a-contact",
    ),
    pytest.param(
        Match(1, 0.9, ()),
        reading(ReplyKind.OTHER, 0.9),
        Handling.SURE,
        "read confidently",
        id="company-mail-nobody-wrote-to-you",
    ),
    pytest.param(None, reading(ReplyKind.OFFER, 0.95), Handling.IGNORE, "no logged interview", id="no-match"),
    pytest.param(Match(1, 0.9, ()), reading(ReplyKind.OFFER, 0.95), Handling.SURE, "interview 1", id="sure"),
    pytest.param(
        Match(1, 0.6, ()), reading(ReplyKind.OFFER, 0.95), Handling.REVIEW, "match", id="unsure-match"
    ),
    pytest.param(
        Match(1, 0.9, ()),
        reading(ReplyKind.REJECTION, 0.5),
        Handling.REVIEW,
        "confidence",
        id="unsure-reading",
    ),
    pytest.param(
        Match(1, 0.9, (), dmarc_failed=True),
        reading(ReplyKind.OFFER, 0.95),
        Handling.REVIEW,
        "DMARC",
        id="forged",
    ),
    pytest.param(
        Match(1, 0.9, ()),
        reading(ReplyKind.AUTO_REPLY, 0.5),
        Handling.IGNORE,
        "changes nothing",
        id="unsure-ooo",
    ),
    pytest.param(
        Match(1, 0.6, ()),
        reading(ReplyKind.ACKNOWLEDGEMENT, 0.9),
        Handling.IGNORE,  # even if it is theirs, an acknowledgement would move no status
        "match scores 0.60",
        id="unsure-match-ack",
    ),
]


@pytest.mark.parametrize(("found", "verdict", "handling", "why"), TRIAGE)
def test_triage(found: Match | None, verdict: Classification, handling: Handling, why: str) -> None:
    """Sure needs a confident match and reading; unsure answers go to review, unsure non-answers nowhere."""
    decision = triage(found, verdict)
    assert decision.handling is handling
    assert why in decision.reason


def log(config: Path, company: str, role: str, *extra: str) -> None:
    in_process(config)(
        "interview", "add", "--company", company, "--role", role, "--at", "2025-03-13 10:00", *extra
    )


# Contoso's offer (offer_html.eml) names the role "Senior Software Engineer".
STORIES = [
    pytest.param(
        [("Contoso", "Senior Software Engineer")],
        {"handling": "sure", "interview_id": 1, "status_from": "awaiting_reply", "status_to": "offer"},
        "1 employer reply, 1 status change(s)",
        ["offer"],
        id="sure-changes-the-status",
    ),
    pytest.param(
        [("Contoso", "Data Engineer"), ("Contoso", "Product Manager")],
        {"handling": "review", "status_from": "awaiting_reply", "status_to": "awaiting_reply"},
        "1 employer reply, 0 status change(s), 0 draft(s) written, 1 for review",
        ["awaiting_reply", "awaiting_reply"],
        id="two-roles-go-to-review",
    ),
    pytest.param(
        [("Globex", "Senior Software Engineer")],
        {"handling": "ignore"},
        "0 employer replies, 0 status change(s)",
        ["awaiting_reply"],
        id="another-company-is-ignored",
    ),
]


@pytest.mark.parametrize(("logged", "action", "scanned", "statuses"), STORIES)
def test_the_action_is_what_a_scan_then_does(
    maildir_config: Path,
    logged: list[tuple[str, str]],
    action: dict[str, Any],
    scanned: str,
    statuses: list[str],
) -> None:
    for company, role in logged:
        log(maildir_config, company, role, "--domain", f"{company.lower()}.co.uk")
    said = explain(maildir_config, "offer_html.eml")
    assert {key: said["action"].get(key) for key in action} == action
    assert said["action"]["reason"]
    if action["handling"] == "review":
        assert said["match"]["score"] < 0.8
        assert [other["interview_id"] for other in said["match"]["others"]] == [
            3 - said["match"]["interview_id"]
        ]

    mailbox.Maildir(maildir_config.parent / "Maildir", create=False).add(
        (DATA / "offer_html.eml").read_bytes()
    )
    run = in_process(maildir_config)
    assert run("scan", "--now", "2025-03-14 18:00").output.startswith(f"1 new message(s), {scanned}")
    listed = json.loads(run("interview", "list", "--json").output)
    assert [each["status"] for each in sorted(listed, key=lambda each: each["id"])] == statuses


def test_the_text_form_says_the_action(maildir_config: Path) -> None:
    log(maildir_config, "Contoso", "Senior Software Engineer", "--domain", "contoso.co.uk")
    text = in_process(maildir_config)("explain", str(DATA / "offer_html.eml")).output
    assert text.startswith("kind: offer")
    assert "match: interview 1" in text
    assert "action: sure, status awaiting_reply -> offer" in text


def test_the_users_own_mail_joins_a_thread_and_is_never_a_reply(maildir_config: Path, tmp_path: Path) -> None:
    log(maildir_config, "Fabrikam", "Backend Engineer", "--contact", "jane.doe@fabrikam.com")
    own = tmp_path / "own.eml"
    own.write_bytes(
        mail("Re: Next steps", sender="Sam Example <sam@example.org>", to="jane.doe@fabrikam.com")
    )
    data = json.loads(in_process(maildir_config)("explain", str(own), "--json").output)
    assert data["match"] is None
    assert data["action"] == {
        "handling": "ignore",
        "reason": "your own mail is never read as a reply; it joins the thread of interview 1",
        "interview_id": 1,
    }
