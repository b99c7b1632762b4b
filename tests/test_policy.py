"""The follow-up playbook, table-tested with an explicit ``now`` in Berlin time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from inboxwatch.core.model import (
    DraftRecord,
    DraftState,
    InterviewState,
    PolicySettings,
    ReplyKind,
    Status,
    Step,
)
from inboxwatch.core.policy import decide, next_planned, status_after_reply, working_slot

TZ = ZoneInfo("Europe/Berlin")
SETTINGS = PolicySettings()
JANE, TOM = "jane@acme.example", "tom@acme.example"


def t(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


# Monday 16 November 2026, 10:00-11:00, with two interviewers.
BASE = InterviewState(id=1, at=t(16, 10), status=Status.AWAITING_REPLY, contacts=(JANE, TOM))


def drafted(*records: tuple[Step, DraftState, datetime | None]) -> tuple[DraftRecord, ...]:
    thanks = tuple(DraftRecord(Step.THANK_YOU, 1, who, DraftState.SENT, t(16, 12)) for who in (JANE, TOM))
    return thanks + tuple(DraftRecord(step, 1, JANE, state, when) for step, state, when in records)


THANKED = replace(BASE, drafts=drafted())


def steps(
    state: InterviewState, now: datetime, settings: PolicySettings = SETTINGS
) -> list[tuple[str, str | None]]:
    decision = decide(state, now, settings, TZ)
    found = [(str(a.step), a.recipient) for a in decision.actions]
    if decision.status is Status.GHOSTED:
        found.append(("ghosted", None))
    return found


@pytest.mark.parametrize(
    ("state", "now", "expected"),
    [
        # Thank-yous: one per interviewer after the interview ends, within working hours and 24 hours.
        (BASE, t(16, 10, 30), []),
        (BASE, t(16, 11, 30), [("thank_you", JANE), ("thank_you", TOM)]),
        (replace(BASE, written_to=frozenset({JANE})), t(16, 12), [("thank_you", TOM)]),
        (replace(BASE, at=t(16, 17, 30)), t(16, 18, 30), []),  # ends after hours: wait for the morning
        (replace(BASE, at=t(16, 17, 30)), t(17, 8), [("thank_you", JANE), ("thank_you", TOM)]),
        (BASE, t(17, 11, 1), []),  # more than 24 hours late: skipped
        # First follow-up: five business days after the interview, at the start of the day.
        (THANKED, t(23, 7, 59), []),
        (THANKED, t(23, 8), [("follow_up_1", JANE)]),
        (THANKED, t(23, 19), []),  # due, but outside working hours
        # ...or one business day after the employer's date.
        (replace(THANKED, reply_by=date(2026, 11, 25)), t(23, 9), []),
        (replace(THANKED, reply_by=date(2026, 11, 25)), t(26, 8), [("follow_up_1", JANE)]),
        # No follow-up while a thank-you still waits in Drafts.
        (replace(BASE, drafts=(DraftRecord(Step.THANK_YOU, 1, JANE, DraftState.WAITING),)), t(30, 9), []),
        # The second follow-up counts from when the first was sent, not written.
        (replace(THANKED, drafts=drafted((Step.FOLLOW_UP_1, DraftState.WAITING, None))), t(30, 9), []),
        (replace(THANKED, drafts=drafted((Step.FOLLOW_UP_1, DraftState.SENT, t(24, 10)))), t(30, 9), []),
        (
            replace(THANKED, drafts=drafted((Step.FOLLOW_UP_1, DraftState.SENT, t(24, 10)))),
            t(1, 8, month=12),
            [("follow_up_2", JANE)],
        ),
        # Then stop: ghosted five business days after the second was sent; never a third.
        (
            replace(
                THANKED,
                drafts=drafted(
                    (Step.FOLLOW_UP_1, DraftState.SENT, t(24, 10)),
                    (Step.FOLLOW_UP_2, DraftState.SENT, t(1, 10, month=12)),
                ),
            ),
            t(8, 8, month=12),
            [("ghosted", None)],
        ),
        # A dismissed first follow-up: no second one, and ghosted after the silence.
        (replace(THANKED, drafts=drafted((Step.FOLLOW_UP_1, DraftState.DISMISSED, t(23, 9)))), t(27, 9), []),
        (
            replace(THANKED, drafts=drafted((Step.FOLLOW_UP_1, DraftState.DISMISSED, t(23, 9)))),
            t(30, 8),
            [("ghosted", None)],
        ),
        # A weekend-only silence is no silence: Friday's interview is not followed up on Monday.
        (replace(THANKED, at=t(20, 14)), t(23, 9), []),
        (replace(THANKED, at=t(20, 14)), t(27, 8), [("follow_up_1", JANE)]),
    ],
)
def test_playbook_steps(state: InterviewState, now: datetime, expected: list[tuple[str, str | None]]) -> None:
    assert steps(state, now) == expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (Status.ACTION_NEEDED, []),  # the user owes the answer
        (Status.OFFER, []),
        (Status.CLOSED, []),
        (Status.GHOSTED, []),
        (Status.REJECTED, [("after_rejection", JANE)]),
    ],
)
def test_each_answer_stops_the_follow_ups(status: Status, expected: list[tuple[str, str | None]]) -> None:
    state = replace(THANKED, status=status, clock_from=t(18, 9), last_sender=JANE)
    assert steps(state, t(30, 9)) == expected


def test_after_rejection_once_and_only_when_enabled() -> None:
    rejected = replace(THANKED, status=Status.REJECTED, clock_from=t(18, 19), last_sender=TOM)
    assert steps(rejected, t(18, 20)) == []  # after hours
    assert steps(rejected, t(19, 8)) == [("after_rejection", TOM)]
    assert steps(rejected, t(19, 8), replace(SETTINGS, after_rejection=False)) == []
    done = replace(rejected, drafts=(DraftRecord(Step.AFTER_REJECTION, 1, TOM, DraftState.WAITING),))
    assert steps(done, t(25, 9)) == []


def test_on_hold_restarts_the_clock() -> None:
    held = replace(THANKED, status=Status.ON_HOLD, clock_from=t(19, 15))
    assert steps(held, t(23, 9)) == []
    assert steps(held, t(26, 8)) == [("follow_up_1", JANE)]


def test_on_hold_after_the_first_follow_up_restarts_the_second() -> None:
    sent = drafted((Step.FOLLOW_UP_1, DraftState.SENT, t(24, 10)))
    held = replace(THANKED, status=Status.ON_HOLD, clock_from=t(27, 10), drafts=sent)
    assert steps(held, t(1, 9, month=12)) == []
    assert steps(held, t(4, 8, month=12)) == [("follow_up_2", JANE)]


def test_out_of_office_defers_until_after_the_return() -> None:
    away = replace(THANKED, not_before=t(25, 0))
    assert steps(away, t(25, 12)) == []
    assert steps(away, t(26, 8)) == [("follow_up_1", JANE)]


def test_a_message_waiting_for_review_holds_the_follow_ups_and_the_ghosting() -> None:
    unread = replace(THANKED, in_review=True)
    assert steps(unread, t(24, 9)) == []
    assert steps(unread, t(10, 9, month=12)) == []  # long past the ghosting threshold too
    assert steps(replace(unread, in_review=False), t(24, 9)) == [("follow_up_1", JANE)]
    assert steps(replace(BASE, in_review=True), t(16, 11, 30)) == [("thank_you", JANE), ("thank_you", TOM)]


def test_a_reply_just_before_the_threshold_cancels_the_follow_up() -> None:
    answered = replace(THANKED, status=Status.ON_HOLD, clock_from=t(23, 7, 59))
    assert steps(answered, t(23, 8)) == []


def test_a_new_round_restarts_the_playbook() -> None:
    earlier = drafted((Step.FOLLOW_UP_1, DraftState.SENT, t(23, 9)))
    invited = replace(BASE, status=Status.NEXT_ROUND, round=2, clock_from=t(24, 9), drafts=earlier)
    assert steps(invited, t(25, 9)) == []  # the round's time is not known yet
    assert next_planned(invited, t(25, 9), SETTINGS, TZ) is None
    scheduled = replace(invited, at=t(1, 10, month=12))
    assert steps(scheduled, t(30, 9)) == []
    assert steps(scheduled, t(1, 11, 5, month=12)) == [("thank_you", JANE), ("thank_you", TOM)]
    assert decide(scheduled, t(1, 11, 5, month=12), SETTINGS, TZ).status is Status.AWAITING_REPLY


def test_holidays_are_not_business_days() -> None:
    settings = replace(SETTINGS, holidays=frozenset({date(2026, 12, 25)}))
    state = replace(THANKED, reply_by=date(2026, 12, 24))
    assert steps(state, t(28, 7, month=12), settings) == []
    assert steps(state, t(28, 8, month=12), settings) == [("follow_up_1", JANE)]
    assert steps(state, t(25, 9, month=12)) == [("follow_up_1", JANE)]  # without the holiday


def test_due_time_across_a_dst_change_stays_at_local_start_of_day() -> None:
    early = replace(THANKED, at=datetime(2026, 10, 23, 14, tzinfo=TZ))
    planned = next_planned(early, datetime(2026, 10, 24, tzinfo=TZ), SETTINGS, TZ)
    assert planned is not None
    assert planned.due == datetime(2026, 10, 30, 8, tzinfo=TZ)
    assert planned.due.utcoffset() == timedelta(hours=1)


def test_working_slot_skips_nights_weekends_and_holidays() -> None:
    settings = replace(SETTINGS, holidays=frozenset({date(2026, 11, 23)}))
    assert working_slot(t(20, 19), settings, TZ) == t(24, 8)  # Friday night -> Tuesday (Monday off)
    assert working_slot(t(24, 12), settings, TZ) == t(24, 12)


def test_scheduled_interview_becomes_awaiting_once_it_has_taken_place() -> None:
    future = replace(BASE, status=Status.SCHEDULED, at=t(30, 10))
    assert decide(future, t(29, 10), SETTINGS, TZ).status is None
    assert decide(future, t(30, 10), SETTINGS, TZ).status is Status.AWAITING_REPLY


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


def test_working_hours_around_the_clock() -> None:
    always = replace(SETTINGS, workday_start_hour=0, workday_end_hour=24, weekend=frozenset())
    assert working_slot(t(22, 23, 30), always, TZ) == t(22, 23, 30)  # a Sunday night
