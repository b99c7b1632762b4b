from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from inboxwatch.core.model import InterviewState, PolicySettings, ReplyKind, Status, Step
from inboxwatch.core.policy import due_actions, next_step, status_after_reply, status_at

BERLIN = ZoneInfo("Europe/Berlin")
# Friday 20 November 2026, 14:00 in Berlin.
AT = datetime(2026, 11, 20, 14, 0, tzinfo=BERLIN)
SETTINGS = PolicySettings(follow_up_days=5, after_reply_by_days=1, workday_start_hour=8)


def state(**changes: object) -> InterviewState:
    base: dict[str, object] = {
        "id": 1,
        "at": AT,
        "reply_by": None,
        "status": Status.AWAITING_REPLY,
        "drafted_steps": frozenset(),
    }
    return InterviewState(**(base | changes))  # type: ignore[arg-type]


def at_local(day: int, hour: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("now", "due"),
    [
        (at_local(26, 12), False),  # Thursday: 4 business days after
        (at_local(27, 7), False),  # Friday, before the working day starts
        (at_local(27, 8), True),  # Friday 08:00, 5 business days after
        (at_local(30, 9), True),
    ],
)
def test_first_follow_up_after_five_business_days(now: datetime, due: bool) -> None:
    actions = due_actions(state(), now, SETTINGS, BERLIN)
    assert [a.step for a in actions] == ([Step.FOLLOW_UP_1] if due else [])


def test_stated_date_moves_the_follow_up() -> None:
    given = state(reply_by=date(2026, 12, 2))  # a Wednesday
    assert due_actions(given, at_local(3, 7, 12), SETTINGS, BERLIN) == []
    actions = due_actions(given, at_local(3, 8, 12), SETTINGS, BERLIN)
    assert len(actions) == 1
    assert "2026-12-02" in actions[0].reason


def test_no_second_draft_for_a_step_already_drafted() -> None:
    done = state(drafted_steps=frozenset({Step.FOLLOW_UP_1}))
    assert due_actions(done, AT + timedelta(days=30), SETTINGS, BERLIN) == []
    assert next_step(done, SETTINGS, BERLIN) is None


@pytest.mark.parametrize(
    "status", [Status.REJECTED, Status.OFFER, Status.NEXT_ROUND, Status.ACTION_NEEDED, Status.ON_HOLD]
)
def test_no_follow_up_once_the_employer_answered(status: Status) -> None:
    assert due_actions(state(status=status), AT + timedelta(days=30), SETTINGS, BERLIN) == []


def test_scheduled_interview_in_the_future_gets_nothing() -> None:
    future = state(status=Status.SCHEDULED, at=at_local(30, 10))
    assert due_actions(future, at_local(29, 10), SETTINGS, BERLIN) == []
    assert status_at(Status.SCHEDULED, future.at, at_local(30, 11)) is Status.AWAITING_REPLY


def test_due_time_across_a_dst_change_stays_at_local_start_of_day() -> None:
    # Interview the Friday before the October change; 5 business days later is after it.
    early = state(at=datetime(2026, 10, 23, 14, tzinfo=BERLIN))
    step = next_step(early, SETTINGS, BERLIN)
    assert step is not None
    assert step[1] == datetime(2026, 10, 30, 8, tzinfo=BERLIN)
    assert step[1].utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        (ReplyKind.REJECTION, Status.REJECTED),
        (ReplyKind.INTERVIEW, Status.NEXT_ROUND),
        (ReplyKind.OFFER, Status.OFFER),
        (ReplyKind.INFO_REQUEST, Status.ACTION_NEEDED),
        (ReplyKind.ON_HOLD, Status.ON_HOLD),
        (ReplyKind.ACKNOWLEDGEMENT, None),
        (ReplyKind.AUTO_REPLY, None),
        (ReplyKind.OTHER, None),
    ],
)
def test_status_after_reply(kind: ReplyKind, status: Status | None) -> None:
    assert status_after_reply(kind) == status
