"""Calendar invitations: method, organizer, start (zoned by VTIMEZONE rules) and summary."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inboxwatch.core.ical import read_invite
from inboxwatch.core.model import Address

# Central Europe, as Outlook describes it: summer time from the last Sunday of
# March at 02:00 to the last Sunday of October at 03:00.
BERLIN = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""
# New York since 2007: second Sunday of March to first Sunday of November.
NEW_YORK = """BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
DTSTART:20071104T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
"""
INDIA = """BEGIN:VTIMEZONE
TZID:India Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
END:STANDARD
END:VTIMEZONE
"""


def calendar(event: str, zones: str = "", method: str = "REQUEST") -> str:
    head = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:{method}\r\n" if method else "BEGIN:VCALENDAR\r\n"
    return head + zones + "BEGIN:VEVENT\r\n" + event + "END:VEVENT\r\nEND:VCALENDAR\r\n"


START_CASES = [
    pytest.param("DTSTART:20250318T150000Z\r\n", "", datetime(2025, 3, 18, 15, tzinfo=UTC), id="utc"),
    pytest.param(
        "DTSTART;TZID=W. Europe Standard Time:20250402T140000\r\n",
        BERLIN,
        datetime(2025, 4, 2, 12, tzinfo=UTC),
        id="outlook-summer",
    ),
    pytest.param(
        "DTSTART;TZID=W. Europe Standard Time:20250120T090000\r\n",
        BERLIN,
        datetime(2025, 1, 20, 8, tzinfo=UTC),
        id="outlook-winter",
    ),
    pytest.param(
        "DTSTART;TZID=W. Europe Standard Time:20251026T040000\r\n",
        BERLIN,
        datetime(2025, 10, 26, 3, tzinfo=UTC),
        id="outlook-day-summer-time-ends",
    ),
    pytest.param(
        'DTSTART;TZID="America/New_York":20250310T100000\r\n',
        NEW_YORK,
        datetime(2025, 3, 10, 14, tzinfo=UTC),
        id="quoted-tzid-nth-sunday",
    ),
    pytest.param(
        "DTSTART;TZID=America/New_York:20251215T100000\r\n",
        NEW_YORK,
        datetime(2025, 12, 15, 15, tzinfo=UTC),
        id="new-york-winter",
    ),
    pytest.param(
        "DTSTART;TZID=India Standard Time:20250601T153000\r\n",
        INDIA,
        datetime(2025, 6, 1, 10, 0, tzinfo=UTC),
        id="fixed-offset",
    ),
    pytest.param(
        "DTSTART;TZID=Europe/Paris:20250601T100000\r\n",
        "",
        datetime(2025, 6, 1, 10, 0),  # noqa: DTZ001 - a zone the invitation does not describe stays naive
        id="undescribed-zone-is-naive",
    ),
    pytest.param(
        "DTSTART:20250601T100000\r\n",
        "",
        datetime(2025, 6, 1, 10, 0),  # noqa: DTZ001 - floating time
        id="floating",
    ),
    pytest.param(
        "DTSTART;VALUE=DATE:20250601\r\n",
        "",
        datetime(2025, 6, 1),  # noqa: DTZ001 - an all-day event
        id="date-only",
    ),
    pytest.param("DTSTART:20251341T250000Z\r\n", "", None, id="invalid-date"),
    pytest.param("DTSTART:tomorrow\r\n", "", None, id="not-a-date"),
    pytest.param("SUMMARY:No start\r\n", "", None, id="missing"),
]


@pytest.mark.parametrize(("event", "zones", "start"), START_CASES)
def test_start(event: str, zones: str, start: datetime | None) -> None:
    invite = read_invite(calendar(event, zones))
    assert invite is not None
    assert invite.start == start
    if start is not None:
        assert invite.start is not None
        assert invite.start.tzinfo == start.tzinfo


def test_organizer_summary_and_method() -> None:
    event = (
        'ORGANIZER;CN="Doe, Jane";SENT-BY="mailto:ea@acme.com":MAILTO:Jane.Doe@Acme.com\r\n'
        "SUMMARY;LANGUAGE=en-US:Onsite interview\\, round 2\\; with the\r\n  platform team\r\n"
    )
    invite = read_invite(calendar(event))
    assert invite is not None
    assert invite.method == "REQUEST"
    assert invite.organizer == Address("Doe, Jane", "jane.doe@acme.com")
    assert invite.summary == "Onsite interview, round 2; with the platform team"


@pytest.mark.parametrize(
    ("event", "method", "organizer"),
    [
        pytest.param("ORGANIZER:mailto:not-an-address\r\n", "CANCEL", None, id="bad-organizer"),
        pytest.param(
            "ORGANIZER:jane@acme.com\r\n", "", Address("", "jane@acme.com"), id="no-mailto-no-method"
        ),
    ],
)
def test_method_and_organizer_variants(event: str, method: str, organizer: Address | None) -> None:
    invite = read_invite(calendar(event, method=method))
    assert invite is not None
    assert (invite.method, invite.organizer) == (method, organizer)


def test_only_the_first_event_counts_and_alarms_are_not_it() -> None:
    text = calendar(
        "SUMMARY:First\r\nBEGIN:VALARM\r\nDESCRIPTION:Reminder\r\nSUMMARY:Alarm\r\nEND:VALARM\r\n"
    ).replace("END:VCALENDAR", "BEGIN:VEVENT\r\nSUMMARY:Second\r\nEND:VEVENT\r\nEND:VCALENDAR")
    invite = read_invite(text)
    assert invite is not None
    assert invite.summary == "First"


@pytest.mark.parametrize(
    "text", ["", "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR", "not a calendar at all", "END:VEVENT"]
)
def test_no_event_is_no_invitation(text: str) -> None:
    assert read_invite(text) is None


def test_a_fifth_sunday_rule_falls_back_to_the_last() -> None:
    zone = BERLIN.replace("BYDAY=-1SU;BYMONTH=3", "BYDAY=5SU;BYMONTH=3")
    invite = read_invite(calendar("DTSTART;TZID=W. Europe Standard Time:20250331T120000\r\n", zone))
    assert invite is not None
    assert invite.start == datetime(2025, 3, 31, 10, tzinfo=UTC)  # 2025 has four Sundays in March


LINES = st.sampled_from(
    [
        "BEGIN:VCALENDAR",
        "END:VCALENDAR",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "BEGIN:VTIMEZONE",
        "END:VTIMEZONE",
        "BEGIN:STANDARD",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "TZID:Z",
        "TZOFFSETTO:+0100",
        "TZOFFSETTO:-2599",
        "DTSTART:16010101T030000",
        "DTSTART:20250229T000000",
        "RRULE:FREQ=YEARLY;BYMONTH=13;BYDAY=-1SU",
        "RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=0MO",
        "RRULE:FREQ=YEARLY;BYMONTH=12;BYDAY=5SU",
        "DTSTART;TZID=Z:20251231T235959",
        'ORGANIZER;CN="x:mailto:a@b',
        "METHOD:REQUEST",
        "SUMMARY:\\",
    ]
)


@given(lines=st.lists(st.one_of(LINES, st.text(max_size=30)), max_size=40))
@settings(max_examples=300, deadline=None)
def test_arbitrary_calendars_never_crash(lines: list[str]) -> None:
    read_invite("\r\n".join(lines))
