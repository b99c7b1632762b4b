from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from inboxwatch.compose import DraftRequest, Thread, build_draft
from inboxwatch.core.model import DRAFT_MARKER, Address, Step
from inboxwatch.errors import TemplateError


def request(thread: Thread | None = None) -> DraftRequest:
    return DraftRequest(
        step=Step.FOLLOW_UP_1,
        interview_id=7,
        message_id="<abc@example.org>",
        sender=Address("Alex Candidate", "alex@example.org"),
        recipient=Address("Jane Doe", "jane@acme.example"),
        company="Acme",
        role="Backend Engineer",
        interview_at=datetime(2026, 11, 20, 14, tzinfo=UTC),
        round=1,
        topics="- the event pipeline rewrite. Also on-call.\n- team size",
        signature="Alex",
        thread=thread,
        now=datetime(2026, 11, 27, 8, tzinfo=UTC),
    )


def test_unthreaded_draft_is_addressed_and_specific() -> None:
    msg = message_from_bytes(build_draft(request(), None), policy=default)
    assert msg["To"] == "Jane Doe <jane@acme.example>"
    assert msg["From"] == "Alex Candidate <alex@example.org>"
    assert msg["Subject"] == "Following up on my Backend Engineer interview"
    assert msg["Message-ID"] == "<abc@example.org>"
    assert msg[DRAFT_MARKER] == "interview=7; step=follow_up_1"
    assert msg["In-Reply-To"] is None
    body = msg.get_content()
    assert body.startswith("Dear Jane,")
    assert "on Friday, November 20 for the Backend Engineer position at Acme" in body
    assert "thinking about the event pipeline rewrite, and" in body


def test_threaded_draft_answers_the_conversation() -> None:
    thread = Thread("<r2@acme.example>", ("<r1@acme.example>",), "Re: Your interview")
    msg = message_from_bytes(build_draft(request(thread), None), policy=default)
    assert msg["Subject"] == "Re: Your interview"
    assert msg["In-Reply-To"] == "<r2@acme.example>"
    assert msg["References"] == "<r1@acme.example> <r2@acme.example>"


def test_user_template_overrides_and_is_sandboxed(tmp_path: Path) -> None:
    (tmp_path / "follow_up_1.txt.j2").write_text("Hi {{ interviewer_name }} from {{ company }}\n")
    msg = message_from_bytes(build_draft(request(), tmp_path), policy=default)
    assert msg.get_content() == "Hi Jane Doe from Acme\n"
    (tmp_path / "follow_up_1.txt.j2").write_text("{{ company.__class__.__mro__ }}\n")
    with pytest.raises(TemplateError):
        build_draft(request(), tmp_path)


@pytest.mark.parametrize("step", list(Step))
def test_every_step_has_a_warm_specific_default(step: Step) -> None:
    msg = message_from_bytes(build_draft(replace(request(), step=step), None), policy=default)
    body = msg.get_content()
    assert body.startswith("Dear Jane,")
    assert "Acme" in body
    assert body.rstrip().endswith("Alex")
    assert "Backend Engineer" in msg["Subject"]


def test_text_is_never_evaluated_as_template_code() -> None:
    sneaky = replace(request(), company="{{ 7 * 7 }}", topics="{% for x in range(3) %}loop{% endfor %}")
    body = message_from_bytes(build_draft(sneaky, None), policy=default).get_content()
    assert "{{ 7 * 7 }}" in body
    assert "49" not in body
    assert "{% for x in range(3) %}loop{% endfor %}" in body


def test_undefined_variable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "follow_up_1.txt.j2").write_text("Hi {{ nobody }}\n")
    with pytest.raises(TemplateError, match="nobody"):
        build_draft(request(), tmp_path)
